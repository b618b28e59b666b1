package org.himcore

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

class CodesTest {
    @Test
    fun billableIcd10CmCodeIsNormalisedAndTitled() {
        val v = validateCode("icd10cm", " e11.9 ", "2025-10-01")
        assertTrue(v.valid)
        assertEquals("icd10cm", v.system)
        assertEquals(" e11.9 ", v.code)
        assertEquals("E119", v.normalized)
        assertEquals(true, v.billable)
        assertNotNull(v.display)
        assertNull(v.error)
    }

    @Test
    fun headerCodeIsValidButNotBillable() {
        val v = validateCode("icd10cm", "E11")
        assertTrue(v.valid)
        assertEquals(false, v.billable)
    }

    @Test
    fun unknownCodeIsAnAnswerNotAnException() {
        val v = validateCode("icd10cm", "E11.99")
        assertFalse(v.valid)
        assertEquals("CODE_UNKNOWN", v.error?.code)
        assertNull(v.billable)
    }

    @Test
    fun dateOfServicePicksTheReleaseInForce() {
        // U07.1 (COVID-19) exists in every shipped release; a date before any
        // shipped release cannot be settled and says so.
        assertTrue(validateCode("icd10cm", "U07.1", "2024-10-01").valid)
        val old = validateCode("icd10cm", "U07.1", "1999-01-01")
        assertFalse(old.valid)
        assertEquals("CODE_RELEASE_UNAVAILABLE", old.error?.code)
    }

    @Test
    fun batchValidationKeepsOrder() {
        val out = validateCodes("npi", listOf("1234567893", "1234567890", "12345"))
        assertEquals(listOf(true, false, false), out.map { it.valid })
        assertEquals("CODE_CHECK_DIGIT", out[1].error?.code)
        assertEquals("CODE_INVALID_FORMAT", out[2].error?.code)
    }

    @Test
    fun fhirCodingValidatesByItsSystemUri() {
        val v = validateCoding("http://hl7.org/fhir/sid/icd-10-cm", "E11.9")
        assertTrue(v.valid)
        assertEquals("icd10cm", v.system)
    }

    @Test
    fun unhyphenatedTenDigitNdcIsAmbiguous() {
        val v = validateCode("ndc", "0002143380")
        assertFalse(v.valid)
        assertEquals("CODE_NDC_AMBIGUOUS", v.error?.code)
        assertEquals("00002-1433-80", normalizeCode("ndc", "0002-1433-80"))
    }

    @Test
    fun unknownSystemRaisesTypedCodesException() {
        val e = assertThrows<HimCoreException.Codes> { validateCode("icd9", "250.00") }
        assertEquals("CODE_UNKNOWN_SYSTEM", e.code)
        assertTrue(e.detail.contains("icd9"), e.detail)
        // The same error seen through the sealed base type.
        val base: HimCoreException = assertThrows<HimCoreException> { validateCoding("urn:example", "x") }
        assertEquals("CODE_UNKNOWN_SYSTEM", base.code)
    }

    @Test
    fun malformedDateIsRefusedNotDefaulted() {
        for (bad in listOf("2025-02-30", "10/01/2025", "2025-1-1", "")) {
            val e = assertThrows<HimCoreException.InvalidArgument>(bad) { validateCode("icd10cm", "E11.9", bad) }
            assertEquals("INVALID_DATE", e.code)
        }
    }

    @Test
    fun normalizeReportsFormatErrors() {
        val e = assertThrows<HimCoreException.Codes> { normalizeCode("icd10cm", "E1!") }
        assertEquals("CODE_INVALID_FORMAT", e.code)
    }

    @Test
    fun everySystemIsListedWithItsUris() {
        val systems = codeSystems()
        assertTrue(systems.size >= 12)
        val icd = systems.first { it.name == "icd10cm" }
        assertEquals("http://hl7.org/fhir/sid/icd-10-cm", icd.uri)
        for (s in systems) {
            assertFalse(validateCodes(s.name, emptyList()).any())
        }
    }
}
