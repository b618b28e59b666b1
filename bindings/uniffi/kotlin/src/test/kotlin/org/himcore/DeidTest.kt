package org.himcore

import com.google.gson.JsonParser
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

class DeidTest {
    companion object {
        /** Built once: it compiles its dictionaries and patterns. */
        val text: TextDeidentifier by lazy { TextDeidentifier() }
    }

    private val note = "Patient: Jason Glover  MRN: 57403373\nDOB: 06/23/1961. Seen by Dr. Okonkwo on April 28, 2020."
    private val key = "a secret of at least sixteen bytes".toByteArray()

    @Test
    fun notesAreTaggedWithSpansInCharacters() {
        val r = text.deidentify(note)
        assertEquals("Patient: [NAME]  MRN: [MRN]\nDOB: [DATE]. Seen by Dr. [NAME] on [DATE].", r.text)
        val first = r.spans.first()
        assertEquals("NAME", first.phiType)
        assertEquals("Jason Glover", note.substring(first.start.toInt(), first.end.toInt()))
        assertEquals(r.spans, text.detect(note))
    }

    @Test
    fun utf16OffsetsSliceKotlinStringsEvenWithEmoji() {
        val withEmoji = "\uD83D\uDE00 $note"
        for (s in text.deidentify(withEmoji).spans) {
            val slice = withEmoji.substring(s.startUtf16.toInt(), s.endUtf16.toInt())
            assertEquals(withEmoji.offsetByCodePoints(0, s.start.toInt()), s.startUtf16.toInt())
            assertFalse(slice.startsWith(" ") || slice.endsWith(" "), slice)
        }
        val name = text.detect(withEmoji).first { it.phiType == "NAME" }
        assertEquals("Jason Glover", withEmoji.substring(name.startUtf16.toInt(), name.endUtf16.toInt()))
    }

    @Test
    fun surrogatesAreKeyedAndConsistent() {
        DeidKey.fromBytes(key).use { k ->
            val policy = """{"method":"surrogate"}"""
            val a = text.deidentify(note, policy, k, "patient-1")
            val b = text.deidentify(note, policy, k, "patient-1")
            assertEquals(a.text, b.text)
            assertFalse(a.text.contains("Glover"), a.text)
            assertEquals(k.pseudonym("MRN555"), k.pseudonym("MRN555"))
        }
        DeidKey.fromBytes("another secret, also long enough".toByteArray()).use { other ->
            DeidKey.fromBytes(key).use { k -> assertNotEquals(k.pseudonym("MRN555"), other.pseudonym("MRN555")) }
        }
    }

    @Test
    fun batchesKeepOrder() {
        val out = text.deidentifyBatch(listOf(note, "No PHI here."), emptyList())
        assertEquals(2, out.size)
        assertEquals("No PHI here.", out[1].text)
        assertEquals(2, text.detectBatch(listOf(note, "")).size)
    }

    @Test
    fun safeHarborPresetStripsIdentifiersAndReportsCountsOnly() {
        val patient = """{"resourceType":"Patient","id":"123","name":[{"family":"Glover","given":["Jason"]}],""" +
            """"gender":"male","birthDate":"1961-06-23","address":[{"city":"Davidhaven","state":"MA","postalCode":"02124"}]}"""
        FhirDeidentifier.fromPreset("safe-harbor", referenceDate = "2025-01-01", textEngine = text).use { engine ->
            val r = engine.deidentifyResource(patient)
            val out = JsonParser.parseString(r.json).asJsonObject
            assertFalse(out.has("name"))
            assertEquals("1961", out.get("birthDate").asString)
            assertEquals("safe-harbor", r.report.policy)
            assertFalse(r.report.toString().contains("Glover"))
            val batch = engine.deidentifyBatch(listOf(patient, """{"id":"x"}""", patient), skipErrors = true)
            assertEquals(2, batch.resourcesJson.size)
            assertEquals(listOf(1UL), batch.report.skipped.map { it.index })
            assertEquals("DEID_NOT_A_RESOURCE", batch.report.skipped.first().code)
        }
    }

    @Test
    fun keyedMethodsFailClosedWithoutAKey() {
        val e = assertThrows<HimCoreException.Deid> { FhirDeidentifier.fromPreset("pseudonymized-research") }
        assertEquals("DEID_KEY_MISSING", e.code)
        val s = assertThrows<HimCoreException.Deid> { text.deidentify(note, """{"method":"surrogate"}""") }
        assertEquals("DEID_KEY_MISSING", s.code)
        val short = assertThrows<HimCoreException.Deid> { DeidKey.fromBytes("zq7x9".toByteArray()) }
        assertEquals("DEID_KEY_INVALID", short.code)
        assertFalse(short.detail.contains("zq7x9"))
        val preset = assertThrows<HimCoreException> { FhirDeidentifier.fromPreset("nope") }
        assertEquals("DEID_PRESET_UNKNOWN", preset.code)
        val date = assertThrows<HimCoreException.InvalidArgument> { FhirDeidentifier.fromPreset("safe-harbor", referenceDate = "2025") }
        assertEquals("INVALID_DATE", date.code)
        assertTrue(deidPresets().contains("safe-harbor"))
    }

    @Test
    fun keysNeverShowInToString() {
        DeidKey.fromBytes(key).use { k -> assertFalse(k.toString().contains("secret"), k.toString()) }
    }
}
