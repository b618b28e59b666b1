package org.himcore

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

class RetentionTest {
    private fun record(extra: String = "") =
        """{"id":"r1","record_type":"medical_record","jurisdiction":"US-TX","facility_type":"hospital",""" +
            """"patient_birth_date":"1970-01-01","created":"2005-01-01","discharged":"2005-01-01","programs":[]$extra}"""

    @Test
    fun expiredRecordIsEligibleWithItsGoverningRuleAndCitation() {
        RetentionEngine.fromShipped(listOf("us-tx")).use { engine ->
            val d = engine.evaluate(record(), "2026-01-01")
            assertEquals(RetentionStatus.ELIGIBLE_FOR_DESTRUCTION, d.status)
            assertEquals(RetainUntil.Date("2015-01-01"), d.retainUntil)
            assertEquals("us-tx-hospital", d.governingRule.id)
            assertTrue(d.governingRule.citation.contains("241.103"))
        }
    }

    @Test
    fun activeLegalHoldAlwaysWins() {
        val held = record(""","legal_holds":[{"id":"LIT-7","start":"2014-01-01"}]""")
        RetentionEngine.fromShipped(listOf("us-tx")).use { engine ->
            val d = engine.evaluate(held, "2026-01-01")
            assertEquals(RetentionStatus.ON_HOLD, d.status)
            assertEquals(listOf("LIT-7"), d.holds)
        }
    }

    @Test
    fun missingFactKeepsTheRecordAndWarns() {
        val r = """{"id":"s2","record_type":"hipaa_privacy_documentation","jurisdiction":"US","created":"2012-01-01"}"""
        RetentionEngine.fromShipped(listOf("us-federal")).use { engine ->
            val d = engine.evaluate(r, "2040-01-01")
            assertEquals(RetentionStatus.RETAIN, d.status)
            assertEquals(RetainUntil.Indeterminate, d.retainUntil)
            assertEquals(listOf("RETENTION_FACT_MISSING"), d.warnings.map { it.code })
        }
    }

    @Test
    fun batchReportsEachBadRecordAlone() {
        RetentionEngine.fromShipped(listOf("us-tx")).use { engine ->
            val out = engine.evaluateMany(
                listOf(record(), record().replace("US-TX", "US-ZZ"), """{"id":"x","legal_hold":[]}"""),
                "2026-01-01",
            )
            assertEquals(RetentionStatus.ELIGIBLE_FOR_DESTRUCTION, out[0].decision?.status)
            assertEquals("RETENTION_UNKNOWN_JURISDICTION", out[1].error?.code)
            assertNull(out[1].decision)
            assertEquals("RETENTION_INVALID_RECORD", out[2].error?.code)
        }
    }

    @Test
    fun explanationCoversEveryLoadedRule() {
        RetentionEngine.fromShipped(listOf("us-federal", "us-tx")).use { engine ->
            val x = engine.explain(record(), "2026-01-01")
            assertEquals(engine.explain(record(), "2026-01-01").decision, x.decision)
            assertTrue(x.considered.size > 1)
            assertTrue(x.considered.any { it.applies && it.id == "us-tx-hospital" })
        }
    }

    @Test
    fun customPacksAndDefaults() {
        val packs = shippedRetentionPacks()
        assertTrue("us-federal" in packs && "us-ca" in packs, packs.toString())
        val json = shippedRetentionPackJson("us-tx")
        RetentionEngine.fromPacks(listOf(json), defaultJurisdiction = "US-TX").use { engine ->
            assertEquals(listOf("us-tx"), engine.packNames())
            val d = engine.evaluate(record().replace("US-TX", "US-ZZ"), "2026-01-01")
            assertTrue(d.warnings.isNotEmpty())
        }
    }

    @Test
    fun errorsArriveAsTypedRetentionExceptions() {
        val pack = assertThrows<HimCoreException.Retention> { RetentionEngine.fromShipped(listOf("us-zz")) }
        assertEquals("RETENTION_UNKNOWN_PACK", pack.code)
        RetentionEngine.fromShipped(listOf("us-tx")).use { engine ->
            val e = assertThrows<HimCoreException.Retention> { engine.evaluate(record().replace("US-TX", "US-ZZ"), "2026-01-01") }
            assertEquals("RETENTION_UNKNOWN_JURISDICTION", e.code)
            val d = assertThrows<HimCoreException.InvalidArgument> { engine.evaluate(record(), "01/01/2026") }
            assertEquals("INVALID_DATE", d.code)
        }
    }
}
