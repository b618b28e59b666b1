package org.himcore

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

class FhirTest {
    private val patient =
        """{"resourceType":"Patient","id":"p1","active":true,"gender":"female","birthDate":"1974-12",""" +
            """"name":[{"family":"Chalmers","given":["Peter","James"]}],"x-unknown":{"kept":1.50}}"""

    @Test
    fun validPatientHasNoIssues() {
        val report = validateResource(patient)
        assertTrue(report.valid)
        assertEquals("Patient", report.resourceType)
        assertEquals("p1", report.id)
        assertTrue(report.issues.none { it.severity == FhirSeverity.ERROR })
    }

    @Test
    fun everyProblemIsReportedWithCodeAndPath() {
        val report = validateResource(
            """{"resourceType":"Patient","id":"bad","active":"yes","gender":"mail","birthDate":"1974-13-45"}""",
        )
        assertFalse(report.valid)
        val byPath = report.issues.filter { it.severity == FhirSeverity.ERROR }.associate { it.path to it.code }
        assertEquals("FHIR_INVALID_TYPE", byPath["Patient.active"])
        assertEquals("FHIR_CODE_NOT_IN_VALUESET", byPath["Patient.gender"])
        assertEquals("FHIR_INVALID_VALUE", byPath["Patient.birthDate"])
    }

    @Test
    fun observationWithoutStatusIsMissingARequiredElement() {
        val report = validateResource(
            """{"resourceType":"Observation","code":{"text":"weight"}}""",
        )
        assertFalse(report.valid)
        assertTrue(report.issues.any { it.code == "FHIR_REQUIRED_MISSING" && it.path == "Observation.status" })
    }

    @Test
    fun textThatIsNotJsonGivesAReportNotAnException() {
        val report = validateResource("{not json")
        assertFalse(report.valid)
        assertEquals(listOf("FHIR_INVALID_JSON"), report.issues.map { it.code })
        assertNull(report.resourceType)
    }

    @Test
    fun batchValidationKeepsOrder() {
        val reports = validateResources(listOf(patient, "[]", """{"resourceType":"Basic","id":"b"}"""))
        assertEquals(3, reports.size)
        assertTrue(reports[0].valid)
        assertFalse(reports[1].valid)
        assertEquals("b", reports[2].id)
    }

    @Test
    fun roundTripKeepsUnknownElementsAndDecimalText() {
        val out = normalizeResource(patient)
        assertTrue(out.contains("\"x-unknown\":{\"kept\":1.50}"), out)
        assertTrue(out.contains("\"birthDate\":\"1974-12\""), out)
    }

    @Test
    fun parsedResourceWritesBackWhatItRead() {
        FhirResource.parse(patient).use { r ->
            assertEquals("Patient", r.resourceType())
            assertEquals("p1", r.id())
            assertEquals(normalizeResource(patient), r.toJson())
        }
    }

    @Test
    fun invalidResourceRaisesTypedExceptionWithEveryIssue() {
        val e = assertThrows<HimCoreException.Fhir> {
            FhirResource.parse("""{"resourceType":"Patient","active":"yes","gender":"mail"}""")
        }
        assertEquals("FHIR_INVALID_RESOURCE", e.code)
        assertEquals(setOf("Patient.active", "Patient.gender"), e.issues.map { it.path }.toSet())
    }

    @Test
    fun malformedJsonRaisesInvalidJson() {
        val e = assertThrows<HimCoreException> { normalizeResource("{\"resourceType\":") }
        assertTrue(e is HimCoreException.Fhir)
        assertEquals("FHIR_INVALID_JSON", (e as HimCoreException.Fhir).code)
        assertTrue(e.issues.isEmpty())
    }
}
