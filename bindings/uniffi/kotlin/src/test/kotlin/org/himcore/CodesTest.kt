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
        val v = validateCode("icd10cm", " e119 ", "2025-10-01")
        assertTrue(v.valid)
        assertEquals("icd10cm", v.system)
        assertEquals(" e119 ", v.code)
        assertEquals("E11.9", v.normalized)
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
        // validateCode takes the URI too, like the Python and Node bindings.
        val loinc = validateCode("http://loinc.org", "2345-7")
        assertTrue(loinc.valid)
        assertEquals("loinc", loinc.system)
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

    @Test
    fun lookupGivesHierarchyAndSeventhCharacters() {
        val info = lookupCode("icd10cm", "s72001a", "2025-10-01")
        assertEquals("S72.001A", info.code)
        assertEquals("19", info.chapter?.id)
        assertEquals("S70-S79", info.block?.id)
        assertEquals("S72.001", info.parent)
        assertEquals(true, info.billable)
        assertTrue(info.seventhCharacters.any { it.character == "A" && it.meaning.contains("initial") })
    }

    @Test
    fun lookupOfAnInvalidCodeThrowsTheValidationCode() {
        val e = assertThrows<HimCoreException.Codes> { lookupCode("icd10cm", "E11.99") }
        assertEquals("CODE_UNKNOWN", e.code)
    }

    @Test
    fun claimCheckReportsExcludes1ManifestationHeaderAndDuplicate() {
        val report = checkClaim(listOf("G63", "E11.9", "E10.9", "E11.9", "E11"), "2025-10-01")
        assertFalse(report.clean)
        assertEquals(5, report.codes.size)
        val found = report.findings.map { it.code }.toSet()
        assertEquals(
            setOf("CODE_DUPLICATE", "CODE_NOT_BILLABLE", "CODE_EXCLUDES1_PAIR", "CODE_MANIFESTATION_WITHOUT_ETIOLOGY"),
            found,
        )
        assertTrue(report.findings.any { it.code == "CODE_EXCLUDES1_PAIR" && it.codes == listOf("E11.9", "E10.9") })
    }

    @Test
    fun cleanClaimsInABatch() {
        val reports = checkClaims(listOf(listOf("E11.9", "I10"), listOf("E11.9", "E11.9")))
        assertEquals(listOf(true, false), reports.map { it.clean })
    }
}
