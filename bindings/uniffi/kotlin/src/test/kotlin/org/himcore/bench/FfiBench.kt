// Throughput of the Kotlin door (JNA + uniffi serialisation + the core), not a
// test: `make bench-kotlin` runs it against the release library and prints the
// figures quoted in docs/benchmarks.md ("Mobile"). Numbers are wall-clock on
// whatever machine runs it; no thresholds anywhere.
package org.himcore.bench

import org.himcore.validateCode
import org.himcore.validateCodes
import org.himcore.validateResources

private fun <T> best(rounds: Int, body: () -> T): Pair<Double, T> {
    var bestNs = Long.MAX_VALUE
    var last: T? = null
    repeat(rounds) {
        val t0 = System.nanoTime()
        last = body()
        bestNs = minOf(bestNs, System.nanoTime() - t0)
    }
    @Suppress("UNCHECKED_CAST")
    return bestNs / 1e9 to (last as T)
}

fun main() {
    val mix = listOf("E11.9", "e119", "I10", "Z99.999", "S72.001A", "E11", "J45.909", "XYZ", "A00.0", "R07.9")
    val codes = List(100_000) { mix[it % mix.size] }
    validateCodes("icd10cm", codes.take(1000), null) // warm up JIT and tables

    val (batchS, out) = best(5) { validateCodes("icd10cm", codes, "2025-10-01") }
    check(out.size == codes.size)
    println("validateCodes  : %,d ICD-10-CM codes per call, %.0f codes/s (best of 5)".format(codes.size, codes.size / batchS))

    val single = codes.take(20_000)
    val (oneS, _) = best(3) { single.forEach { validateCode("icd10cm", it, "2025-10-01") } }
    println("validateCode   : one call per code, %.0f calls/s (best of 3)".format(single.size / oneS))

    val patient = """{"resourceType":"Patient","id":"p%d","active":true,"gender":"female","birthDate":"1974-12-25",""" +
        """"name":[{"family":"Chalmers","given":["Peter","James"]}],"telecom":[{"system":"phone","value":"(03) 5555 6473","use":"work"}],""" +
        """"address":[{"use":"home","line":["534 Erewhon St"],"city":"PleasantVille","postalCode":"3999"}]}"""
    val resources = List(10_000) { patient.format(it) }
    val (fhirS, reports) = best(5) { validateResources(resources) }
    check(reports.all { it.valid })
    val mb = resources.sumOf { it.length } / 1e6
    println("validateResources: %,d Patients per call, %.0f resources/s, %.1f MB/s (best of 5)".format(resources.size, resources.size / fhirS, mb / fhirS))
}
