'use strict'
// deid.*: Safe Harbor de-identification of free text and FHIR resources from Node.
const test = require('node:test')
const assert = require('node:assert/strict')
const util = require('node:util')

const { deid, HimError } = require('himcore')

const NOTE = 'Patient: Jason Glover  MRN: 57403373\nDOB: 06/23/1961. Seen by Dr. Okonkwo on April 28, 2020.'
const KEY = 'a-test-key-of-at-least-16-bytes'
const engine = new deid.TextDeidentifier()

test('detect finds the PHI spans; offsets slice the JavaScript string', () => {
  const spans = engine.detect(NOTE)
  assert.deepEqual(
    spans.map((s) => [s.type, NOTE.slice(s.start, s.end)]),
    [
      ['NAME', 'Jason Glover'],
      ['MRN', '57403373'],
      ['DATE', '06/23/1961'],
      ['NAME', 'Okonkwo'],
      ['DATE', 'April 28, 2020'],
    ],
  )
  for (const s of spans) assert.ok(s.confidence > 0 && s.confidence <= 1)
})

test('offsets stay right after characters outside the BMP', () => {
  const text = '😀😀 Seen by Dr. Okonkwo.'
  const name = engine.detect(text).find((s) => s.type === 'NAME')
  assert.equal(text.slice(name.start, name.end), 'Okonkwo')
})

test('deidentify tags by default and redacts or surrogates on request', () => {
  assert.equal(
    engine.deidentify(NOTE).text,
    'Patient: [NAME]  MRN: [MRN]\nDOB: [DATE]. Seen by Dr. [NAME] on [DATE].',
  )
  assert.doesNotMatch(engine.deidentify(NOTE, { policy: { method: 'redact' } }).text, /Glover|57403373/)
  const a = engine.deidentify(NOTE, { policy: { method: 'surrogate' }, key: KEY, scope: 'Patient/1' })
  const b = engine.deidentify(NOTE, { policy: { method: 'surrogate' }, key: Buffer.from(KEY), scope: 'Patient/1' })
  assert.equal(a.text, b.text, 'same key, same surrogates')
  assert.doesNotMatch(a.text, /Glover|Okonkwo|57403373/)
})

test('surrogates without a key fail closed with DEID_KEY_MISSING; short keys are refused without being shown', () => {
  assert.throws(() => engine.deidentify(NOTE, { policy: { method: 'surrogate' } }), (e) => e instanceof HimError && e.code === 'DEID_KEY_MISSING')
  assert.throws(() => engine.deidentify(NOTE, { policy: { method: 'surrogate' }, key: 'xq7z' }), (e) => e.code === 'DEID_KEY_INVALID' && !e.message.includes('xq7z'))
})

test('deidentifyMany and its async variant give the same results as one by one', async () => {
  const texts = Array.from({ length: 1500 }, (_, i) => `Seen by Dr. Okonkwo on April ${(i % 28) + 1}, 2020.`)
  const many = engine.deidentifyMany(texts)
  assert.deepEqual(many[3], engine.deidentify(texts[3]))
  assert.deepEqual(await engine.deidentifyManyAsync(texts), many)
  await assert.rejects(engine.deidentifyManyAsync(texts, { policy: { method: 'surrogate' } }), { code: 'DEID_KEY_MISSING' })
})

test('a FHIR Patient under Safe Harbor keeps the year and the 3-digit ZIP', () => {
  const fhirEngine = new deid.FhirDeidentifier('safe-harbor', null, { referenceDate: '2025-01-01' })
  const { resource, report } = fhirEngine.deidentify({
    resourceType: 'Patient',
    id: '123',
    name: [{ family: 'Glover', given: ['Jason'] }],
    birthDate: '1961-06-23',
    address: [{ city: 'Davidhaven', state: 'MA', postalCode: '02124' }],
  })
  const out = JSON.parse(resource)
  assert.equal(out.birthDate, '1961')
  assert.equal(out.name, undefined)
  assert.deepEqual(out.address, [{ state: 'MA', postalCode: '021' }])
  assert.equal(report.policy, 'safe-harbor')
  assert.equal(report.resourcesOut, 1)
  assert.ok(!JSON.stringify(report).includes('Glover'), 'the report holds no values')
})

test('batches stop or skip at a bad resource, as asked', async () => {
  const fhirEngine = new deid.FhirDeidentifier('safe-harbor', null, { referenceDate: '2025-01-01' })
  const input = [{ resourceType: 'Patient', id: 'a' }, 'not json', { resourceType: 'Patient', id: 'b' }]
  const stopped = fhirEngine.deidentifyMany(input)
  assert.equal(stopped.resources.length, 1)
  assert.equal(stopped.errorCode, 'DEID_NOT_A_RESOURCE')
  const skipped = fhirEngine.deidentifyMany(input, 'skip')
  assert.equal(skipped.resources.length, 2)
  assert.equal(skipped.errorCode, null)
  assert.deepEqual(skipped.report.skipped, [{ index: 1, resourceType: null, code: 'DEID_NOT_A_RESOURCE' }])
  assert.deepEqual(await fhirEngine.deidentifyManyAsync(input, 'skip'), skipped)
})

test('keyed policies need a key; keys never show in inspect output', () => {
  assert.throws(() => new deid.FhirDeidentifier('pseudonymized-research'), { code: 'DEID_KEY_MISSING' })
  const keyed = new deid.FhirDeidentifier('pseudonymized-research', KEY, { referenceDate: '2025-01-01' })
  assert.ok(!util.inspect(keyed, { showHidden: true, depth: 5 }).includes(KEY))
  assert.throws(() => new deid.FhirDeidentifier('no-such-preset'), { code: 'DEID_PRESET_UNKNOWN' })
  assert.throws(() => new deid.FhirDeidentifier({ rules: [{ pth: 'x', method: 'redact' }] }), { code: 'DEID_POLICY_INVALID' })
})

test('arguments of the wrong type are TypeErrors', () => {
  assert.throws(() => engine.detect(42), { name: 'TypeError', message: /"text"/ })
  assert.throws(() => engine.deidentify(NOTE, 'tag'), { name: 'TypeError', message: /"options"/ })
  assert.throws(() => engine.deidentify(NOTE, { key: 42 }), { name: 'TypeError', message: /options\.key/ })
  assert.throws(() => new deid.FhirDeidentifier('safe-harbor').deidentifyMany([], 'maybe'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' })
})
