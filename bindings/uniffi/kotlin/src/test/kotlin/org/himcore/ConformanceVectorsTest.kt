package org.himcore

import com.google.gson.JsonElement
import com.google.gson.JsonObject
import com.google.gson.JsonParser
import com.google.gson.JsonPrimitive
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicNode
import org.junit.jupiter.api.DynamicContainer.dynamicContainer
import org.junit.jupiter.api.DynamicTest.dynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import java.io.File

/**
 * The shared conformance vectors (crates/himcore/tests/vectors/<area>.json), run
 * through the Kotlin binding: the same inputs give the same answers as in Rust,
 * Python and Node. A case is `{"name", "op": "<area>.<fn>", "input", "expected"}`;
 * `expected` is the core's serde JSON for the result (or a projection of it), or
 * `{"error_code": "AREA_X"}` when the call must fail.
 */
class ConformanceVectorsTest {
    /** One handler per vector op: the binding's call, its result as JSON. */
    private val ops: Map<String, (JsonObject) -> JsonElement> = mapOf(
        "fhir.validate" to { i -> Json.of(validateResource(i.get("resource").toString())) },
        "fhir.validate_json" to { i -> Json.of(validateResource(Json.str(i, "text"))) },
        "codes.validate" to { i ->
            Json.of(validateCode(Json.str(i, "system"), Json.str(i, "code"), Json.optStr(i, "date")))
        },
        "codes.normalize" to { i -> JsonPrimitive(normalizeCode(Json.str(i, "system"), Json.str(i, "code"))) },
        "retention.evaluate" to { i ->
            RetentionEngine.fromShipped(Json.strings(i.get("packs"))).use { engine ->
                Json.of(engine.evaluate(i.get("record").toString(), Json.str(i, "as_of")))
            }
        },
        "audit.verify" to { i ->
            val key = Json.optStr(i, "key_hex")?.let { AuditKey.fromHex(it) }
            Json.of(verifyAuditLog(Json.str(i, "log").toByteArray(), key))
        },
        "roi.accounting" to { i ->
            AuditKey.fromHex(Json.str(i, "key_hex")).use { key ->
                Json.of(auditAccounting(Json.str(i, "log").toByteArray(), key, Json.str(i, "patient"), Json.str(i, "as_of")))
            }
        },
        "roi.release" to { i ->
            ConsentEngine.compile(i.getAsJsonArray("consents").map { it.toString() }).use { engine ->
                Json.of(roiRelease(engine, i.get("record").toString(), i.get("request").toString()))
            }
        },
        "codes.lookup" to { i ->
            Json.of(lookupCode(Json.str(i, "system"), Json.str(i, "code"), Json.optStr(i, "date")))
        },
        "codes.check_claim" to { i -> Json.of(checkClaim(Json.strings(i.get("codes")), Json.optStr(i, "date"))) },
        "hl7.parse" to { i ->
            try {
                val r = hl7Query(Json.str(i, "message"), Json.strings(i.get("paths")))
                Json.obj(
                    "segments" to r.segments,
                    "segment_terminator" to r.segmentTerminator.name,
                    "values" to Json.obj(*r.values.entries.map { it.key to it.value }.toTypedArray()),
                )
            } catch (e: HimCoreException.Hl7) {
                Json.obj("error_code" to e.code, "segment" to e.segment, "field" to e.field)
            }
        },
        "hl7.ack" to { i ->
            val a = hl7Ack(Json.str(i, "message"), Json.str(i, "control_id"), Json.str(i, "timestamp"))
            Json.obj("code" to a.code, "ack" to a.ack)
        },
        "consent.check" to { i ->
            Json.of(
                checkConsent(
                    i.getAsJsonArray("consents").map { it.toString() },
                    i.get("request").toString(),
                    i.get("policy")?.toString(),
                ),
            )
        },
    )

    private val dir = File(System.getProperty("himcore.vectors"))

    private fun vectorFiles(): List<File> =
        (dir.listFiles { f -> f.name.endsWith(".json") } ?: emptyArray()).sortedBy { it.name }

    private fun cases(f: File): List<JsonObject> =
        JsonParser.parseString(f.readText()).asJsonObject.getAsJsonArray("cases").map { it.asJsonObject }

    private fun run(op: String, input: JsonObject): JsonElement {
        val handler = ops[op] ?: error("op $op is not exposed in the Kotlin binding")
        return try {
            handler(input)
        } catch (e: HimCoreException) {
            Json.obj("error_code" to e.code)
        }
    }

    @TestFactory
    fun sharedVectorsGiveTheCoreAnswers(): List<DynamicNode> = vectorFiles().map { f ->
        dynamicContainer(f.name, cases(f).map { c ->
            dynamicTest(c.get("name").asString) {
                val expected = c.get("expected")
                val actual = run(c.get("op").asString, c.getAsJsonObject("input"))
                assertTrue(Json.matches(expected, actual)) { "expected $expected\n     got $actual" }
            }
        })
    }

    @Test
    fun everyVectorOpIsExposedInKotlin() {
        val files = vectorFiles()
        assertTrue(files.any { it.name == "fhir.json" }, "no fhir.json in $dir")
        val missing = files.flatMap { f -> cases(f).map { it.get("op").asString } }.toSortedSet() - ops.keys
        assertTrue(missing.isEmpty()) { "vector ops without a Kotlin binding: $missing" }
    }
}
