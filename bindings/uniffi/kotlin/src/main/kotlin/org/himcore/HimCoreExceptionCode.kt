// Hand-written companion of the generated bindings (org/himcore/himcore.kt):
// ship it with them (the JVM jar and build-android.sh include it).
package org.himcore

/**
 * The core's stable machine code (`FHIR_INVALID_RESOURCE`, `CODE_UNKNOWN_SYSTEM`,
 * `INVALID_DATE`, ...) of any himcore exception, without first matching its area:
 *
 * ```
 * try { validateCode("icd9", "250.00") } catch (e: HimCoreException) { log(e.code) }
 * ```
 *
 * Each subclass also has `code` as a property of its own; this extension gives the
 * sealed base the same view. Branch on the code, never on the message.
 */
val HimCoreException.code: String
    get() = when (this) {
        is HimCoreException.Fhir -> code
        is HimCoreException.Codes -> code
        is HimCoreException.Consent -> code
        is HimCoreException.Hl7 -> code
        is HimCoreException.Retention -> code
        is HimCoreException.Audit -> code
        is HimCoreException.Roi -> code
        is HimCoreException.InvalidArgument -> code
    }

/** The human-readable detail of any himcore exception (may change between versions). */
val HimCoreException.detail: String
    get() = when (this) {
        is HimCoreException.Fhir -> detail
        is HimCoreException.Codes -> detail
        is HimCoreException.Consent -> detail
        is HimCoreException.Hl7 -> detail
        is HimCoreException.Retention -> detail
        is HimCoreException.Audit -> detail
        is HimCoreException.Roi -> detail
        is HimCoreException.InvalidArgument -> detail
    }
