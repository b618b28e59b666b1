package org.himcore

import org.json.JSONArray
import org.json.JSONObject

/**
 * The binding's records written as the JSON the core's serde output gives, so the
 * shared conformance vectors (crates/himcore/tests/vectors/<area>.json) can be
 * compared in Kotlin exactly as in Rust, Python and Node.
 */
internal object Json {
    fun nullable(v: Any?): Any = v ?: JSONObject.NULL

    fun obj(vararg pairs: Pair<String, Any?>): JSONObject {
        val o = JSONObject()
        for ((k, v) in pairs) o.put(k, nullable(v))
        return o
    }

    fun arr(items: Iterable<Any?>): JSONArray = JSONArray().also { a -> items.forEach { a.put(nullable(it)) } }

    fun of(v: CodeValidation): JSONObject = obj(
        "system" to v.system,
        "code" to v.code,
        "normalized" to v.normalized,
        "valid" to v.valid,
        "billable" to v.billable,
        "display" to v.display,
        "error" to v.error?.let { obj("code" to it.code, "message" to it.message) },
    )

    fun of(i: FhirIssue): JSONObject = obj(
        "severity" to i.severity.name.lowercase(),
        "code" to i.code,
        "path" to i.path,
        "message" to i.message,
    )

    fun of(r: FhirValidationReport): JSONObject = obj(
        "resourceType" to r.resourceType,
        "id" to r.id,
        "valid" to r.valid,
        "issues" to arr(r.issues.map { of(it) }),
    )

    /** Canonical text (sorted keys) for readable assertion messages. */
    fun canonical(v: Any?): String = when (v) {
        null, JSONObject.NULL -> "null"
        is JSONObject -> v.keySet().sorted().joinToString(",", "{", "}") { k -> JSONObject.quote(k) + ":" + canonical(v.opt(k)) }
        is JSONArray -> (0 until v.length()).joinToString(",", "[", "]") { canonical(v.opt(it)) }
        is String -> JSONObject.quote(v)
        else -> v.toString()
    }

    /** JSON equality: objects by keys, arrays by order, numbers by value. */
    fun same(a: Any?, b: Any?): Boolean = when {
        (a == null || a == JSONObject.NULL) -> b == null || b == JSONObject.NULL
        a is JSONObject && b is JSONObject -> a.similar(b)
        a is JSONArray && b is JSONArray -> a.similar(b)
        a is Number && b is Number -> a.toString().toBigDecimal().compareTo(b.toString().toBigDecimal()) == 0
        else -> a == b
    }

    fun strings(a: JSONArray): List<String> = (0 until a.length()).map { a.getString(it) }

    fun optString(o: JSONObject, key: String): String? = if (o.isNull(key)) null else o.getString(key)
}
