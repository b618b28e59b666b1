package org.himcore

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class SmokeTest {
    @Test
    fun versionComesFromRust() {
        assertEquals("0.1.0", himcoreVersion())
    }
}
