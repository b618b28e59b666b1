package org.himcore

import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream

/** The shipped Kotlin example (examples/kotlin/Example.kt) runs on the shipped data. */
class ExampleTest {
    @Test
    fun kotlinExampleRunsOnTheExampleBundle() {
        val root = File(System.getProperty("himcore.root")).canonicalFile
        val bundle = root.resolve("examples/data/bundle.json")
        val out = ByteArrayOutputStream()
        val saved = System.out
        System.setOut(PrintStream(out, true, "UTF-8"))
        try {
            org.himcore.example.main(arrayOf(bundle.path))
        } finally {
            System.setOut(saved)
        }
        val text = out.toString("UTF-8")
        assertTrue(text.contains("Bundle/"), text)
        assertTrue(text.contains("E11.9 -> E11.9 valid billable=true"), text)
        assertTrue(text.contains("== Error: CODE_UNKNOWN_SYSTEM"), text)
    }
}
