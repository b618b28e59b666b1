'use strict'
// retention.*: records retention decisions from Node.
const test = require('node:test')
const assert = require('node:assert/strict')

const { retention, HimError } = require('himcore')

const adultCa = {
  id: 'r1',
  record_type: 'medical_record',
  jurisdiction: 'US-CA',
  facility_type: 'hospital',
  patient_birth_date: '1970-01-01',
  created: '2010-03-15',
  discharged: '2010-03-15',
  programs: [],
}

test('shipped packs are listed and readable', () => {
  const names = retention.shippedPacks()
  assert.ok(names.includes('us-federal'))
  assert.ok(names.includes('us-ca'))
  const pack = JSON.parse(retention.shippedPackJson('us-ca'))
  assert.ok(Array.isArray(pack.rules) && pack.rules.length > 0)
  assert.throws(() => retention.shippedPackJson('us-zz'), { name: 'HimError', code: 'RETENTION_UNKNOWN_PACK' })
})

test('an adult California hospital record past its period is eligible for destruction, with the citation', () => {
  const d = retention.evaluate(['us-ca'], adultCa, '2026-01-01')
  assert.equal(d.status, 'eligible_for_destruction')
  assert.equal(d.retainUntil, '2017-03-15')
  assert.equal(d.governingRule.id, 'us-ca-hospital')
  assert.match(d.governingRule.citation, /70751/)
  assert.equal(d.asOf, '2026-01-01')
})

test('an active legal hold always wins', () => {
  const held = { ...adultCa, legal_holds: [{ id: 'lit-1', start: '2020-01-01' }] }
  const d = retention.evaluate(['us-ca'], held, '2026-01-01')
  assert.equal(d.status, 'on_hold')
  assert.deepEqual(d.holds, ['lit-1'])
})

test('an engine evaluates like the one-shot call, one by one and in batches', async () => {
  const engine = new retention.RetentionEngine(['us-federal', 'us-ca'])
  assert.deepEqual([...engine.packNames].sort(), ['us-ca', 'us-federal'])
  assert.ok(engine.jurisdictions.includes('US-CA'))
  assert.ok(engine.recordTypes.includes('medical_record'))
  const records = Array.from({ length: 2500 }, (_, i) => ({ ...adultCa, id: `r${i}`, created: `20${10 + (i % 15)}-03-15` }))
  const many = engine.evaluateMany(records, '2026-01-01')
  assert.equal(many.length, records.length)
  assert.deepEqual(many[0].result, engine.evaluate(records[0], '2026-01-01'))
  assert.deepEqual(await engine.evaluateManyAsync(records, '2026-01-01'), many)
})

test('evaluateMany gives a bad record its own error entry', () => {
  const engine = new retention.RetentionEngine(['us-federal', 'us-ca'])
  const [ok, unknown, misspelt] = engine.evaluateMany(
    [adultCa, { ...adultCa, jurisdiction: 'US-ZZ' }, { ...adultCa, legal_hold: [] }],
    '2026-01-01',
  )
  assert.equal(ok.errorCode, null)
  assert.equal(unknown.result, null)
  assert.equal(unknown.errorCode, 'RETENTION_UNKNOWN_JURISDICTION')
  assert.equal(misspelt.errorCode, 'RETENTION_INVALID_RECORD')
})

test('options choose a default jurisdiction instead of an error, with a warning', () => {
  const strict = new retention.RetentionEngine(['us-federal', 'us-ca'])
  assert.throws(() => strict.evaluate({ ...adultCa, jurisdiction: 'US-ZZ' }, '2026-01-01'), (e) => e instanceof HimError && e.code === 'RETENTION_UNKNOWN_JURISDICTION')
  const lenient = new retention.RetentionEngine(['us-federal', 'us-ca'], { defaultJurisdiction: 'US-CA' })
  const d = lenient.evaluate({ ...adultCa, jurisdiction: 'US-ZZ' }, '2026-01-01')
  assert.ok(d.warnings.some((w) => w.code === 'RETENTION_DEFAULT_APPLIED'), JSON.stringify(d.warnings))
})

test('explain lists every loaded rule and why it applied or not', () => {
  const engine = new retention.RetentionEngine(['us-federal', 'us-ca'])
  const e = engine.explain(adultCa, '2026-01-01')
  assert.equal(e.decision.governingRule.id, 'us-ca-hospital')
  assert.ok(e.considered.length > 1)
  const governing = e.considered.find((c) => c.id === 'us-ca-hospital')
  assert.equal(governing.applies, true)
  assert.equal(governing.retainUntil, '2017-03-15')
  assert.ok(e.considered.some((c) => !c.applies && c.retainUntil === null && c.reason.length > 0))
})

test('bad arguments: TypeErrors for types, ERR_INVALID_ARG_VALUE for dates', () => {
  const engine = new retention.RetentionEngine(['us-ca'])
  assert.throws(() => engine.evaluate(adultCa, '2026-1-1'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' })
  assert.throws(() => engine.evaluate(adultCa, 20260101), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' })
  assert.throws(() => new retention.RetentionEngine('us-ca'), { name: 'TypeError', message: /"packs"/ })
  assert.throws(() => new retention.RetentionEngine(['us-ca'], 'strict'), { name: 'TypeError', message: /"options"/ })
  assert.throws(() => new retention.RetentionEngine(['us-ca'], { defaultJurisdiction: 5 }), { name: 'TypeError', message: /defaultJurisdiction/ })
  assert.throws(() => new retention.RetentionEngine([{ schema_version: 1 }]), { name: 'HimError' })
})

test('a destruction list holds the eligible records and says why the others stay', () => {
  const engine = new retention.RetentionEngine(['us-federal', 'us-ca'])
  const recent = { ...adultCa, id: 'r2', created: '2024-01-01', discharged: '2024-01-01' }
  const held = { ...adultCa, id: 'r3', legal_holds: [{ id: 'lit-1', start: '2020-01-01' }] }
  const list = engine.destructionList([adultCa, recent, held], '2026-01-01')
  assert.equal(list.asOf, '2026-01-01')
  assert.deepEqual(
    list.records.map((r) => r.id),
    ['r1'],
  )
  assert.equal(list.records[0].governingRule.id, engine.evaluate(adultCa, '2026-01-01').governingRule.id)
  assert.deepEqual(
    list.excluded.map((x) => [x.id, x.reason]),
    [
      ['r2', 'retain'],
      ['r3', 'on_hold'],
    ],
  )
  assert.throws(() => engine.destructionList([adultCa, { id: 'x' }], '2026-01-01'), (e) => e.code === 'RETENTION_INVALID_RECORD' && /records\[1\]/.test(e.message))
})

test('a certificate of destruction is issued as JSON text, and refused when incomplete', () => {
  const engine = new retention.RetentionEngine(['us-federal', 'us-ca'])
  const request = {
    certificate_id: 'CD-2026-001',
    organisation: 'Example Hospital',
    destruction_date: '2026-01-01',
    method: 'shredding',
    authorized_by: 'HIM Director',
  }
  const certificate = JSON.parse(engine.certificate([adultCa], request))
  assert.equal(certificate.certificate_id, 'CD-2026-001')
  assert.equal(certificate.records.length, 1)
  assert.ok(Array.isArray(certificate.signatures))
  assert.throws(() => engine.certificate([adultCa], { ...request, authorized_by: '' }), { code: 'RETENTION_CERTIFICATE_INCOMPLETE' })
  assert.throws(() => engine.certificate([adultCa], { ...request, method: 'burying' }), { code: 'RETENTION_CERTIFICATE_INCOMPLETE' })
})
