'use strict'
// fhir.*: strict FHIR R4 validation and lossless normalisation from Node.
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const { fhir, HimError } = require('himcore')

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples', 'data')

const patient = {
  resourceType: 'Patient',
  id: 'p1',
  active: true,
  gender: 'female',
  birthDate: '1974-12',
  name: [{ family: 'Chalmers', given: ['Peter', 'James'] }],
}

test('a valid Patient object validates with no issues', () => {
  const report = fhir.validate(patient)
  assert.deepEqual(report, { resourceType: 'Patient', id: 'p1', valid: true, issues: [] })
})

test('a JSON string validates the same as the object', () => {
  assert.deepEqual(fhir.validate(JSON.stringify(patient)), fhir.validate(patient))
})

test('every problem of a resource is reported with its path and code', () => {
  const report = fhir.validate({
    resourceType: 'Patient',
    id: 'bad',
    gender: 'mail',
    active: 'yes',
    birthDate: '1974-13-45',
    name: [{ given: ['Jane', 42] }],
  })
  assert.equal(report.valid, false)
  const byPath = Object.fromEntries(report.issues.map((i) => [i.path, i]))
  assert.ok(byPath['Patient.gender'], JSON.stringify(report.issues))
  assert.ok(byPath['Patient.active'])
  assert.ok(byPath['Patient.birthDate'])
  assert.ok(byPath['Patient.name[0].given[1]'])
  for (const issue of report.issues) {
    assert.equal(issue.severity, 'error')
    assert.match(issue.code, /^FHIR_[A-Z_]+$/)
    assert.ok(issue.message.length > 0)
  }
})

test('an Observation without status reports the missing required element', () => {
  const report = fhir.validate({ resourceType: 'Observation', code: { text: 'Hb' } })
  assert.equal(report.valid, false)
  assert.ok(report.issues.some((i) => i.path === 'Observation.status'), JSON.stringify(report.issues))
})

test('text that is not JSON is a FHIR_INVALID_JSON issue, not an exception', () => {
  const report = fhir.validate('{"resourceType": ')
  assert.equal(report.valid, false)
  assert.equal(report.resourceType, null)
  assert.equal(report.issues[0].code, 'FHIR_INVALID_JSON')
})

test('validateMany returns one report per resource in order', () => {
  const reports = fhir.validateMany([patient, '{"resourceType":"Patient","gender":"x"}', 'nope'])
  assert.deepEqual(
    reports.map((r) => r.valid),
    [true, false, false],
  )
  assert.equal(reports[0].id, 'p1')
})

test('validateManyAsync resolves with the same reports as validateMany', async () => {
  // More than one delivery chunk (1024), so the chunked hand-over is exercised.
  const batch = Array.from({ length: 2500 }, (_, i) =>
    JSON.stringify({ ...patient, id: `p${i}`, gender: i % 3 === 0 ? 'mail' : 'male' }),
  )
  const promise = fhir.validateManyAsync(batch)
  assert.ok(promise instanceof Promise)
  assert.deepEqual(await promise, fhir.validateMany(batch))
})

test('async batches of nothing resolve with an empty array', async () => {
  assert.deepEqual(await fhir.validateManyAsync([]), [])
  assert.deepEqual(await fhir.validateDocumentAsync(''), fhir.validateDocument(''))
})

test('validateDocument splits a Bundle into the Bundle and its entries', () => {
  const bundle = fs.readFileSync(path.join(EXAMPLES, 'bundle.json'), 'utf8')
  const items = fhir.validateDocument(bundle)
  assert.equal(items[0].location, '')
  assert.equal(items[0].report.resourceType, 'Bundle')
  assert.ok(items.length > 1)
  assert.ok(items.slice(1).every((item) => item.location.startsWith('entry[')))
})

test('validateDocumentAsync validates NDJSON line by line', async () => {
  const ndjson = fs.readFileSync(path.join(EXAMPLES, 'invalid.ndjson'), 'utf8')
  const items = await fhir.validateDocumentAsync(ndjson)
  assert.deepEqual(items, fhir.validateDocument(ndjson))
  assert.equal(items[0].location, 'line 1')
  assert.equal(items.length, 6)
  assert.ok(items.filter((item) => !item.report.valid).length >= 4)
})

test('normalize keeps decimal text and date precision when given JSON text', () => {
  const text =
    '{"resourceType":"Observation","status":"final","code":{"text":"Hb"},' +
    '"effectiveDateTime":"2024-03","valueQuantity":{"value":1.50,"unit":"g/dL"}}'
  const out = fhir.normalize(text)
  assert.match(out, /"value":1\.50/)
  assert.match(out, /"effectiveDateTime":"2024-03"/)
})

test('normalize of an invalid resource throws FHIR_INVALID_RESOURCE with the report as details', () => {
  assert.throws(
    () => fhir.normalize({ resourceType: 'Patient', gender: 'mail' }),
    (error) => {
      assert.ok(error instanceof HimError)
      assert.ok(error instanceof Error)
      assert.equal(error.code, 'FHIR_INVALID_RESOURCE')
      assert.equal(error.details.valid, false)
      assert.equal(error.details.issues[0].path, 'Patient.gender')
      assert.match(error.details.issues[0].code, /^FHIR_/)
      return true
    },
  )
})

test('normalize of text that is not JSON throws FHIR_INVALID_JSON', () => {
  assert.throws(() => fhir.normalize('{'), { name: 'HimError', code: 'FHIR_INVALID_JSON', details: null })
})

test('normalizeMany gives each resource its JSON or its own error', async () => {
  const input = [
    '{"resourceType":"Observation","status":"final","code":{"text":"Hb"},"valueQuantity":{"value":1.50}}',
    { resourceType: 'Patient', gender: 'mail' },
    '{',
  ]
  const [ok, invalid, notJson] = fhir.normalizeMany(input)
  assert.match(ok.json, /"value":1\.50/)
  assert.equal(ok.errorCode, null)
  assert.equal(ok.report, null)
  assert.equal(invalid.json, null)
  assert.equal(invalid.errorCode, 'FHIR_INVALID_RESOURCE')
  assert.equal(invalid.report.issues[0].path, 'Patient.gender')
  assert.equal(notJson.errorCode, 'FHIR_INVALID_JSON')
  assert.equal(notJson.report, null)
  assert.deepEqual(await fhir.normalizeManyAsync(input), fhir.normalizeMany(input))
})

test('arguments of the wrong type are TypeErrors naming the argument', () => {
  assert.throws(() => fhir.validate(42), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' })
  assert.throws(() => fhir.validate(), TypeError)
  assert.throws(() => fhir.validateMany('not an array'), /"resources" argument must be an Array/)
  assert.throws(() => fhir.validateMany([patient, 7]), /"resources\[1\]" argument/)
  assert.throws(() => fhir.validateManyAsync(null), TypeError)
  assert.throws(() => fhir.validateDocument({}), TypeError)
})
