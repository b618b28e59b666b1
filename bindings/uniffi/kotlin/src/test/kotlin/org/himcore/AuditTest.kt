package org.himcore

import com.google.gson.JsonParser
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.io.ByteArrayOutputStream
import java.io.File
import java.security.KeyPairGenerator

class AuditTest {
    private val data = File(System.getProperty("himcore.root"), "examples/data")
    private val entries = data.resolve("audit_entries.ndjson").readLines().filter { it.isNotBlank() }
    private val secret = ByteArray(32) { it.toByte() }

    /** The app owns storage: here, a byte buffer standing for a file. */
    private fun writeLog(writer: AuditLogWriter, lines: List<String>): ByteArray {
        val store = ByteArrayOutputStream()
        for (e in lines) store.write(writer.append(e).bytes)
        return store.toByteArray()
    }

    @Test
    fun appendedLogVerifiesAndAChangeIsFoundWithItsLine() {
        AuditKey.fromBytes(secret).use { key ->
            val log = AuditLogWriter.create(key).use { writeLog(it, entries) }
            val ok = verifyAuditLog(log, key)
            assertTrue(ok.ok, ok.problems.toString())
            assertEquals("hmac", ok.mode)
            assertEquals(3UL, ok.entries)
            val tampered = String(log).replace("dr-ex-spouse", "dr-someone1").toByteArray()
            val bad = verifyAuditLog(tampered, key)
            assertFalse(bad.ok)
            assertEquals("changed", bad.problems.first().kind)
            assertEquals(2UL, bad.problems.first().line)
        }
    }

    @Test
    fun signedCheckpointsVerifyWithThePublicKeyOnly() {
        val pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
        AuditKey.fromBytes(secret).use { key ->
            val log = AuditLogWriter.create(key, pair.private.encoded, 2UL).use { writeLog(it, entries) }
            val r = verifyAuditLog(log)
            assertTrue(r.ok, r.problems.toString())
            assertEquals("hash-chain-and-signatures", r.mode)
            assertEquals(1UL, r.checkpoints)
        }
    }

    @Test
    fun resumeDropsATornLastLineAndContinuesTheChain() {
        AuditKey.fromBytes(secret).use { key ->
            val log = AuditLogWriter.create(key).use { writeLog(it, entries.take(2)) }
            val torn = log + entries[2].toByteArray().copyOf(40)
            AuditLogWriter.resume(torn, key).use { w ->
                val rec = w.recovery()!!
                assertEquals(log.size.toULong(), rec.validLen)
                assertEquals(40UL, rec.tornBytes)
                assertEquals(3UL, w.nextSeq())
                val full = log + w.append(entries[2]).bytes
                assertTrue(verifyAuditLog(full, key).ok)
            }
            val changed = String(log).replace("dr-lee", "dr-lea").toByteArray()
            val e = assertThrows<HimCoreException.Audit> { AuditLogWriter.resume(changed, key) }
            assertEquals("AUDIT_TAMPERED", e.code)
        }
    }

    @Test
    fun accountingListsOnlyAccountableDisclosures() {
        AuditKey.fromBytes(secret).use { key ->
            val log = AuditLogWriter.create(key).use { writeLog(it, entries) }
            val a = auditAccounting(log, key, "Patient/pat-1001", "2025-06-30")
            assertEquals(listOf("County Department of Public Health"), a.disclosures.map { it.recipient })
            assertEquals("2019-06-30", a.from)
        }
    }

    @Test
    fun releaseOfInformationWithholdsByConsentAndIsRecorded() {
        val consent = data.resolve("consent.json").readText()
        val record = data.resolve("consent_bundle.json").readText()
        val request = data.resolve("roi_request.json").readText()
        ConsentEngine.compile(listOf(consent)).use { engine ->
            val r = roiRelease(engine, record, request)
            assertEquals("ROI-2025-0042", r.requestId)
            assertEquals(listOf("Condition/cond-htn", "Observation/obs-hgb"), r.released)
            assertEquals(listOf("cond-oud"), r.withheld.map { it.id })
            assertTrue(validateDocument(r.bundleJson).all { it.report.valid })
            AuditKey.fromBytes(secret).use { key ->
                val log = AuditLogWriter.create(key).use { writeLog(it, entries + r.auditEntryJson) }
                val accounted = auditAccounting(log, key, "Patient/pat-1001", "2025-06-30").disclosures
                assertTrue(accounted.any { it.recipient == "Smith & Jones LLP" }, accounted.toString())
            }
            val nothing = request.replace(Regex("\"items\"\\s*:\\s*\\[[^]]*]"), "\"items\": []")
            val e = assertThrows<HimCoreException.Roi> { roiRelease(engine, record, nothing) }
            assertEquals("ROI_NOTHING_REQUESTED", e.code)
        }
    }

    @Test
    fun entriesExportAsFhirAuditEvents() {
        val event = JsonParser.parseString(auditEntryToFhir(entries[0], 1UL)).asJsonObject
        assertEquals("AuditEvent", event.get("resourceType").asString)
        assertTrue(validateResource(event.toString()).valid)
    }

    @Test
    fun keysAreCheckedAndNeverShown() {
        val short = assertThrows<HimCoreException.Audit> { AuditKey.fromBytes(ByteArray(8)) }
        assertEquals("AUDIT_KEY_INVALID", short.code)
        val hex = assertThrows<HimCoreException> { AuditKey.fromHex("not hex") }
        assertEquals("AUDIT_KEY_INVALID", hex.code)
        AuditKey.fromHex("6b".repeat(32)).use { key ->
            assertFalse(key.toString().contains("6b6b"), key.toString())
        }
        AuditKey.fromBytes(secret).use { key ->
            val bad = assertThrows<HimCoreException.Audit> { AuditLogWriter.create(key).use { it.append("""{"time":"x"}""") } }
            assertEquals("AUDIT_INVALID_ENTRY", bad.code)
        }
    }
}
