#!/usr/bin/env node
// Throughput and event-loop responsiveness of himcore from Node.
//
//   npm run build:release && node bench/bench.js      (from bindings/node)
//
// Prints one JSON object. Sections:
//   perCall    sync calls in a JS loop (one boundary crossing per item)
//   batch      validateMany: one crossing per batch
//   eventLoop  gaps between ticks of a 1 ms interval timer while nothing runs,
//              while a large *Async batch runs (work on the libuv pool, results
//              handed over in chunks), and while the same batch runs
//              synchronously (what blocking would cost); callMs is how long the
//              call blocked before returning its Promise (argument conversion)
'use strict'

const { performance } = require('node:perf_hooks')
const himcore = require('..')
const { codes, fhir } = himcore

/** A ~2 KB FHIR R4 Patient, as JSON text (index varies id and birthDate). */
function patientText(i) {
  return JSON.stringify({
    resourceType: 'Patient',
    id: `bench-${i}`,
    meta: { versionId: '3', lastUpdated: '2024-05-01T12:30:00Z', profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient'] },
    text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">Jane Q. Public, born 1974</div>' },
    identifier: [
      { use: 'usual', type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, system: 'urn:oid:1.2.36.146.595.217.0.1', value: `${100000 + i}`, period: { start: '2001-05-06' }, assigner: { display: 'Acme Healthcare' } },
      { use: 'official', system: 'http://hl7.org/fhir/sid/us-ssn', value: '000-00-0000' },
    ],
    active: true,
    name: [
      { use: 'official', family: 'Public', given: ['Jane', 'Quinn'], prefix: ['Ms.'] },
      { use: 'maiden', family: 'Doe', given: ['Jane'], period: { end: '2002' } },
    ],
    telecom: [
      { system: 'phone', value: '(03) 5555 6473', use: 'work', rank: 1 },
      { system: 'email', value: 'jane.public@example.org', use: 'home' },
    ],
    gender: 'female',
    birthDate: `19${50 + (i % 50)}-12-25`,
    _birthDate: { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime', valueDateTime: '1974-12-25T14:35:45-05:00' }] },
    deceasedBoolean: false,
    address: [{ use: 'home', type: 'both', text: '534 Erewhon St PeasantVille, Rainbow, Vic 3999', line: ['534 Erewhon St'], city: 'PleasantVille', district: 'Rainbow', state: 'Vic', postalCode: '3999', period: { start: '1974-12-25' } }],
    maritalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-MaritalStatus', code: 'M', display: 'Married' }] },
    contact: [{ relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0131', code: 'N' }] }], name: { family: 'du Marché', given: ['Bénédicte'] }, telecom: [{ system: 'phone', value: '+33 (237) 998327' }], gender: 'female', period: { start: '2012' } }],
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'en-US' }] }, preferred: true }],
    managingOrganization: { reference: 'Organization/1' },
  })
}

/** A mix of valid and invalid ICD-10-CM inputs, as a coding tool would see them. */
const ICD_MIX = ['E11.9', 'e119', 'I10', 'S72.001A', 'Z3A.20', 'E11', 'XYZ', 'J45.909', 'A00.0', 'E11.99999']

function rate(n, seconds) {
  return Math.round(n / seconds)
}

function timeLoop(n, fn) {
  const start = performance.now()
  for (let i = 0; i < n; i++) fn(i)
  return (performance.now() - start) / 1000
}

/**
 * Event-loop responsiveness while `work()` (returning a Promise) runs: a 1 ms
 * interval timer records the gap between its ticks; a gap well above 1 ms is
 * time the loop could not serve timers or I/O. Also reports how long the call
 * itself blocked before returning its Promise (argument conversion).
 */
async function loopDelayDuring(work) {
  const gaps = []
  let last = performance.now()
  const ticker = setInterval(() => {
    const now = performance.now()
    gaps.push(now - last)
    last = now
  }, 1)
  await new Promise((resolve) => setTimeout(resolve, 20)) // let the ticker settle
  gaps.length = 0
  last = performance.now()
  const start = performance.now()
  const pending = work()
  const callMs = performance.now() - start
  await pending
  const seconds = (performance.now() - start) / 1000
  await new Promise((resolve) => setTimeout(resolve, 20)) // record the gap that ends with the work
  clearInterval(ticker)
  gaps.sort((a, b) => a - b)
  const at = (q) => round2(gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * q))] || 0)
  return { seconds: round2(seconds), callMs: round2(callMs), ticks: gaps.length, p50_ms: at(0.5), p99_ms: at(0.99), max_ms: round2(gaps[gaps.length - 1] || 0) }
}

function round2(x) {
  return Math.round(x * 100) / 100
}

async function main() {
  const result = { node: process.version, himcore: himcore.version(), perCall: {}, batch: {}, eventLoop: {} }

  // --- codes ---------------------------------------------------------------
  if (codes) {
    const n = 500000
    codes.validate('icd10cm', 'E11.9') // first call outside the timing
    const perCall = timeLoop(n, (i) => codes.validate('icd10cm', ICD_MIX[i % ICD_MIX.length]))
    result.perCall['codes.validate (icd10cm mix)'] = rate(n, perCall)
    const fast = timeLoop(n, (i) => codes.isValid('icd10cm', ICD_MIX[i % ICD_MIX.length]))
    result.perCall['codes.isValid (icd10cm mix)'] = rate(n, fast)
    const batchInput = Array.from({ length: n }, (_, i) => ICD_MIX[i % ICD_MIX.length])
    const batch = timeLoop(1, () => codes.validateMany('icd10cm', batchInput))
    result.batch[`codes.validateMany (icd10cm mix, ${n})`] = rate(n, batch)
    const start = performance.now()
    await codes.validateManyAsync('icd10cm', batchInput)
    result.batch[`codes.validateManyAsync (icd10cm mix, ${n})`] = rate(n, (performance.now() - start) / 1000)
  }

  // --- fhir ----------------------------------------------------------------
  const texts = Array.from({ length: 20000 }, (_, i) => patientText(i))
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0)
  result.fhirPatientBytes = Math.round(bytes / texts.length)
  fhir.validate(texts[0])
  const perCallN = 20000
  const fhirCall = timeLoop(perCallN, (i) => fhir.validate(texts[i]))
  result.perCall['fhir.validate (2 KB Patient text)'] = rate(perCallN, fhirCall)
  const objects = texts.slice(0, 5000).map((t) => JSON.parse(t))
  const fhirObj = timeLoop(objects.length, (i) => fhir.validate(objects[i]))
  result.perCall['fhir.validate (2 KB Patient object)'] = rate(objects.length, fhirObj)
  const fhirBatch = timeLoop(1, () => fhir.validateMany(texts))
  result.batch[`fhir.validateMany (${texts.length} Patients)`] = rate(texts.length, fhirBatch)
  const t0 = performance.now()
  await fhir.validateManyAsync(texts)
  const asyncSeconds = (performance.now() - t0) / 1000
  result.batch[`fhir.validateManyAsync (${texts.length} Patients)`] = rate(texts.length, asyncSeconds)
  result.batch['fhir MB/s (validateManyAsync)'] = Math.round((bytes / 1e6 / asyncSeconds) * 10) / 10

  // --- event loop ------------------------------------------------------------
  const big = texts.concat(texts, texts, texts, texts) // 100k Patients, ~200 MB of work
  result.eventLoop.idle = await loopDelayDuring(() => new Promise((resolve) => setTimeout(resolve, 1000)))
  result.eventLoop[`fhir.validateManyAsync (${big.length} Patients)`] = await loopDelayDuring(() => fhir.validateManyAsync(big))
  result.eventLoop[`fhir.validateMany sync (${big.length} Patients)`] = await loopDelayDuring(async () => {
    fhir.validateMany(big)
  })
  if (codes) {
    const many = Array.from({ length: 500000 }, (_, i) => ICD_MIX[i % ICD_MIX.length])
    result.eventLoop[`codes.validateManyAsync (${many.length} codes)`] = await loopDelayDuring(() => codes.validateManyAsync('icd10cm', many))
    result.eventLoop[`codes.validateMany sync (${many.length} codes)`] = await loopDelayDuring(async () => {
      codes.validateMany('icd10cm', many)
    })
  }

  console.log(JSON.stringify(result, null, 2))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
