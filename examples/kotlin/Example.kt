// himcore from Kotlin (JVM or Android): validate a FHIR Bundle and a few codes.
//
// Run from the repository root (builds the library, generates the bindings,
// compiles and runs this file against them):
//
//     make example-kotlin
//
// On Android the same calls work unchanged once the .so files and the generated
// Kotlin are in your module (see docs/mobile.md).
package org.himcore.example

import org.himcore.HimCoreException
import org.himcore.code
import org.himcore.validateCode
import org.himcore.validateCodes
import org.himcore.validateDocument
import java.io.File

fun main(args: Array<String>) {
    val path = args.firstOrNull() ?: "examples/data/bundle.json"

    // 1. FHIR: every resource of the Bundle, with every problem found.
    println("== FHIR validation of $path")
    for (entry in validateDocument(File(path).readText())) {
        val r = entry.report
        val where = entry.location.ifEmpty { "(document)" }
        println("$where ${r.resourceType}/${r.id ?: "-"} valid=${r.valid}")
        for (issue in r.issues) println("    ${issue.severity} ${issue.code} at ${issue.path}: ${issue.message}")
    }

    // 2. Codes on the date of service (ISO yyyy-MM-dd; LocalDate.toString() gives it).
    println("== Code validation (date of service 2025-10-01)")
    val dx = validateCodes("icd10cm", listOf("E11.9", "E11", "J45.909", "Z99.999"), "2025-10-01")
    for (v in dx) {
        val verdict = if (v.valid) "valid billable=${v.billable} ${v.display ?: ""}" else "invalid ${v.error?.code}"
        println("${v.code} -> ${v.normalized ?: "?"} $verdict")
    }

    // 3. Errors raised in Rust arrive as typed exceptions with the core's code.
    try {
        validateCode("icd9", "250.00")
    } catch (e: HimCoreException.Codes) {
        println("== Error: ${e.code} (${e.detail})")
    } catch (e: HimCoreException) {
        println("== Unexpected error: ${e.code}")
    }
}
