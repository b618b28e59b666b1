package org.himcore

import com.google.gson.JsonArray
import com.google.gson.JsonElement
import com.google.gson.JsonNull
import com.google.gson.JsonObject
import com.google.gson.JsonParser
import com.google.gson.JsonPrimitive

/**
 * The binding's records written as the JSON the core's serde output gives, so the
 * shared conformance vectors (crates/himcore/tests/vectors/<area>.json) can be
 * compared in Kotlin as in Rust, Python and Node.
 */
internal object Json {
    fun v(x: Any?): JsonElement = when (x) {
        null -> JsonNull.INSTANCE
        is JsonElement -> x
        is String -> JsonPrimitive(x)
        is Boolean -> JsonPrimitive(x)
        is Number -> JsonPrimitive(x)
        is ULong -> JsonPrimitive(x.toString().toBigInteger())
        is Iterable<*> -> JsonArray().also { a -> x.forEach { a.add(v(it)) } }
        else -> error("no JSON form for ${x::class}")
    }

    fun obj(vararg pairs: Pair<String, Any?>): JsonObject =
        JsonObject().also { o -> pairs.forEach { (k, x) -> o.add(k, v(x)) } }

    fun of(x: CodeValidation): JsonObject = obj(
        "system" to x.system,
        "code" to x.code,
        "normalized" to x.normalized,
        "valid" to x.valid,
        "billable" to x.billable,
        "display" to x.display,
        "error" to x.error?.let { obj("code" to it.code, "message" to it.message) },
    )

    private fun notes(n: List<CodeNote>) = n.map { obj("kind" to it.kind, "text" to it.text) }

    private fun heading(h: CodeHeading?) = h?.let { obj("id" to it.id, "title" to it.title) }

    fun of(i: CodeInfo): JsonObject = obj(
        "system" to i.system,
        "code" to i.code,
        "title" to i.title,
        "billable" to i.billable,
        "release" to i.release,
        "chapter" to heading(i.chapter),
        "block" to heading(i.block),
        "parent" to i.parent,
        "children" to i.children,
        "notes" to notes(i.notes),
        "block_notes" to notes(i.blockNotes),
        "chapter_notes" to notes(i.chapterNotes),
        "seventh_characters" to i.seventhCharacters.map { obj("character" to it.character, "meaning" to it.meaning) },
    )

    fun of(r: ClaimReport): JsonObject = obj(
        "clean" to r.clean,
        "codes" to r.codes.map { of(it) },
        "findings" to r.findings.map { obj("code" to it.code, "codes" to it.codes, "message" to it.message) },
    )

    fun of(i: FhirIssue): JsonObject = obj(
        "severity" to i.severity.name.lowercase(),
        "code" to i.code,
        "path" to i.path,
        "message" to i.message,
    )

    fun of(r: FhirValidationReport): JsonObject = obj(
        "resourceType" to r.resourceType,
        "id" to r.id,
        "valid" to r.valid,
        "issues" to r.issues.map { of(it) },
    )

    fun of(d: ConsentDecision): JsonObject = obj(
        "decision" to d.decision.name.lowercase(),
        "obligations" to d.obligations.map { obj("code" to it.code, "system" to it.system, "why" to it.why) },
        "reasons" to d.reasons.map { obj("consent" to it.consent, "provision" to it.provision, "why" to it.why) },
    )

    fun of(r: RetainUntil): String = when (r) {
        is RetainUntil.Date -> r.date
        RetainUntil.Indeterminate -> "indeterminate"
        RetainUntil.Permanent -> "permanent"
    }

    fun of(d: RetentionDecision): JsonObject = obj(
        "id" to d.id,
        "as_of" to d.asOf,
        "status" to d.status.name.lowercase(),
        "retain_until" to of(d.retainUntil),
        "governing_rule" to obj("id" to d.governingRule.id, "citation" to d.governingRule.citation),
        "rules" to d.rules.map { o ->
            obj("id" to o.id, "citation" to o.citation, "retain_until" to of(o.retainUntil)).also { j ->
                o.overriddenBy?.let { j.addProperty("overridden_by", it) }
            }
        },
        "holds" to d.holds,
        "warnings" to d.warnings.map { obj("code" to it.code, "message" to it.message) },
    )

    fun of(r: AuditVerifyReport): JsonObject = obj(
        "ok" to r.ok,
        "mode" to r.mode,
        "lines" to r.lines,
        "entries" to r.entries,
        "checkpoints" to r.checkpoints,
        "last_seq" to r.lastSeq,
        "last_hash" to r.lastHash,
        "last_checkpoint_seq" to r.lastCheckpointSeq,
        "unprotected_tail" to r.unprotectedTail,
        "valid_len" to r.validLen,
        "problems" to r.problems.map { p ->
            obj("kind" to p.kind, "line" to p.line, "message" to p.message).also { j -> p.seq?.let { j.add("seq", v(it)) } }
        },
    )

    fun of(a: DisclosureAccounting): JsonObject = obj(
        "patient" to a.patient,
        "from" to a.from,
        "to" to a.to,
        "disclosures" to a.disclosures.map { d ->
            obj(
                "seq" to d.seq, "date" to d.date, "recipient" to d.recipient, "recipient_address" to d.recipientAddress,
                "description" to d.description, "purpose" to d.purpose, "resources" to d.resources,
            )
        },
        "exempt_left_out" to a.exemptLeftOut,
    )

    fun of(w: WithheldResource): JsonObject = obj(
        "resource_type" to w.resourceType,
        "id" to w.id,
        "reasons" to w.reasons.map { obj("consent" to it.consent, "provision" to it.provision, "why" to it.why) },
    )

    fun of(r: RoiRelease): JsonObject = obj(
        "request_id" to r.requestId,
        "bundle" to JsonParser.parseString(r.bundleJson),
        "released" to r.released,
        "withheld" to r.withheld.map { of(it) },
        "not_requested" to r.notRequested,
        "not_found" to r.notFound,
        "obligations" to r.obligations.map { obj("code" to it.code, "system" to it.system, "why" to it.why) },
        "audit_entry" to JsonParser.parseString(r.auditEntryJson),
    )

    /**
     * Does [actual] give every value [expected] names? Objects: each expected key
     * must be present and match (keys the vector leaves out are not compared: the
     * Rust runner checks the core's full output); arrays: same length, matched in
     * order; scalars: equal (numbers by value).
     */
    fun matches(expected: JsonElement, actual: JsonElement): Boolean = when {
        expected.isJsonObject -> actual.isJsonObject && expected.asJsonObject.entrySet().all { (k, e) ->
            actual.asJsonObject.has(k) && matches(e, actual.asJsonObject.get(k))
        }
        expected.isJsonArray -> actual.isJsonArray && expected.asJsonArray.size() == actual.asJsonArray.size() &&
            (0 until expected.asJsonArray.size()).all { matches(expected.asJsonArray[it], actual.asJsonArray[it]) }
        expected.isJsonNull -> actual.isJsonNull
        expected.asJsonPrimitive.isNumber && actual.isJsonPrimitive && actual.asJsonPrimitive.isNumber ->
            expected.asBigDecimal.compareTo(actual.asBigDecimal) == 0
        else -> expected == actual
    }

    fun str(o: JsonObject, key: String): String = o.get(key).asString

    fun optStr(o: JsonObject, key: String): String? = o.get(key)?.takeUnless { it.isJsonNull }?.asString

    fun strings(e: JsonElement): List<String> = e.asJsonArray.map { it.asString }
}
