package org.himcore

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.io.File

class ConsentTest {
    private val data = File(System.getProperty("himcore.root"), "examples/data")
    private val consentJson = data.resolve("consent.json").readText()

    /** The four requests of examples/data/consent_request.json (NDJSON). */
    private val requests = data.resolve("consent_request.json").readLines().filter { it.isNotBlank() }

    @Test
    fun engineDecidesEachRequestWithReasons() {
        ConsentEngine.compile(listOf(consentJson)).use { engine ->
            assertEquals(1UL, engine.consentCount())
            val permit = engine.decide(requests[0])
            assertEquals(ConsentVerdict.PERMIT, permit.decision)
            val deny = engine.decide(requests[1])
            assertEquals(ConsentVerdict.DENY, deny.decision)
            assertEquals("provision[0]", deny.reasons.first().provision)
        }
    }

    @Test
    fun breakTheGlassPermitCarriesObligations() {
        val d = checkConsent(listOf(consentJson), requests[3])
        assertEquals(ConsentVerdict.PERMIT, d.decision)
        assertEquals(listOf("AUDIT", "NOTIFY"), d.obligations.map { it.code })
        assertNull(d.obligations[1].system)
    }

    @Test
    fun sensitiveDataWithoutNamingConsentIsDenied() {
        val d = checkConsent(listOf(consentJson), requests[2])
        assertEquals(ConsentVerdict.DENY, d.decision)
        assertTrue(d.reasons.any { it.why.contains("SUD") }, d.reasons.toString())
    }

    @Test
    fun batchDecisionsKeepOrderAndReportBadRequestsAlone() {
        val bad = requests[0].replace("\"TREAT\"", "\"LUNCH\"")
        ConsentEngine.compile(listOf(consentJson)).use { engine ->
            val out = engine.decideMany(listOf(requests[0], bad, requests[1]))
            assertEquals(ConsentVerdict.PERMIT, out[0].decision?.decision)
            assertNull(out[1].decision)
            assertEquals("CONSENT_UNKNOWN_PURPOSE", out[1].error?.code)
            assertEquals(ConsentVerdict.DENY, out[2].decision?.decision)
        }
    }

    @Test
    fun bundleFilterWithholdsAndMasks() {
        val bundle = data.resolve("consent_bundle.json").readText()
        val request = data.resolve("consent_filter_request.json").readText()
        ConsentEngine.compile(listOf(consentJson)).use { engine ->
            val r = engine.filterBundle(bundle, request)
            assertEquals(4UL, r.released)
            assertEquals(listOf("Condition/cond-oud"), r.withheld.map { "${it.resourceType}/${it.id}" })
            assertFalse(r.bundleJson.contains("\"id\":\"cond-oud\""))
            assertNotNull(validateResource(r.bundleJson).resourceType)
        }
    }

    @Test
    fun unreadableInputsRaiseTypedConsentExceptions() {
        val unknownPurpose = assertThrows<HimCoreException.Consent> {
            checkConsent(emptyList(), requests[0].replace("\"TREAT\"", "\"LUNCH\""))
        }
        assertEquals("CONSENT_UNKNOWN_PURPOSE", unknownPurpose.code)
        val notJson = assertThrows<HimCoreException.Consent> { ConsentEngine.compile(listOf("{")) }
        assertEquals("CONSENT_INVALID_JSON", notJson.code)
        val badPolicy = assertThrows<HimCoreException> {
            ConsentEngine.compile(emptyList(), """{"sensitive_categories":["NOPE"]}""")
        }
        assertEquals("CONSENT_INVALID_POLICY", badPolicy.code)
        ConsentEngine.compile(emptyList()).use { engine ->
            val e = assertThrows<HimCoreException.Consent> { engine.filterBundle("""{"resourceType":"Patient"}""", requests[0]) }
            assertEquals("CONSENT_NOT_A_BUNDLE", e.code)
        }
    }

    @Test
    fun noConsentAndNoPolicyDenies() {
        assertEquals(ConsentVerdict.DENY, checkConsent(emptyList(), requests[0]).decision)
    }
}
