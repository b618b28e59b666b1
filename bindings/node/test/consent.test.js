'use strict'
// consent.*: FHIR Consent evaluation from Node.
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const { consent, HimError } = require('himcore')

const DATA = path.join(__dirname, '..', '..', '..', 'examples', 'data')
const consentDoc = JSON.parse(fs.readFileSync(path.join(DATA, 'consent.json'), 'utf8'))
const requests = fs
  .readFileSync(path.join(DATA, 'consent_request.json'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
const [treat, exSpouse, sud, breakGlass] = requests

test('a treating practitioner is permitted, with the consent as the reason', () => {
  const d = consent.check([consentDoc], treat)
  assert.equal(d.decision, 'permit')
  assert.equal(d.reasons[0].consent, consentDoc.id)
})

test('a provision naming the actor denies', () => {
  const d = consent.check([consentDoc], exSpouse)
  assert.equal(d.decision, 'deny')
  assert.equal(d.reasons[0].provision, 'provision[0]')
})

test('42 CFR Part 2 data needs explicit consent: a policy reason with consent null', () => {
  const d = consent.check([consentDoc], sud)
  assert.equal(d.decision, 'deny')
  assert.ok(d.reasons.some((r) => r.consent === null && /42 CFR Part 2/.test(r.why)))
})

test('break-the-glass permits carry obligations', () => {
  const d = consent.check([consentDoc], breakGlass)
  assert.equal(d.decision, 'permit')
  assert.deepEqual(
    d.obligations.map((o) => o.code),
    ['AUDIT', 'NOTIFY'],
  )
  assert.equal(d.obligations.find((o) => o.code === 'NOTIFY').system, null)
})

test('no consent and no policy: deny (fail closed)', () => {
  assert.equal(consent.check([], treat).decision, 'deny')
})

test('JSON text and objects give the same decision', () => {
  assert.deepEqual(consent.check([JSON.stringify(consentDoc)], JSON.stringify(treat)), consent.check([consentDoc], treat))
})

test('a compiled engine decides like check, one by one and in batches', async () => {
  const engine = new consent.ConsentEngine([consentDoc])
  assert.equal(engine.size, 1)
  const one = requests.map((r) => engine.decide(r))
  assert.deepEqual(one, requests.map((r) => consent.check([consentDoc], r)))
  const many = engine.decideMany(requests)
  assert.deepEqual(
    many.map((m) => m.result),
    one,
  )
  const batch = Array.from({ length: 1500 }, (_, i) => requests[i % requests.length])
  assert.deepEqual(await engine.decideManyAsync(batch), engine.decideMany(batch))
})

test('decideMany reports a bad request in its own entry', () => {
  const engine = new consent.ConsentEngine([consentDoc])
  const [ok, bad, unknownPurpose] = engine.decideMany([treat, {}, { ...treat, purpose: 'LUNCH' }])
  assert.equal(ok.errorCode, null)
  assert.equal(ok.result.decision, 'permit')
  assert.equal(bad.result, null)
  assert.equal(bad.errorCode, 'CONSENT_INVALID_REQUEST')
  assert.equal(unknownPurpose.errorCode, 'CONSENT_UNKNOWN_PURPOSE')
})

test('bad consents, requests and policies throw HimError with CONSENT_* codes', () => {
  assert.throws(() => consent.check(['{not json'], treat), { name: 'HimError', code: 'CONSENT_INVALID_JSON' })
  assert.throws(() => consent.check([{ ...consentDoc, status: undefined }], treat), (e) => e instanceof HimError && e.code === 'CONSENT_INVALID')
  assert.throws(() => consent.check([consentDoc], { ...treat, purpose: 'LUNCH' }), { code: 'CONSENT_UNKNOWN_PURPOSE' })
  assert.throws(() => consent.check([consentDoc], { ...treat, colour: 'red' }), { code: 'CONSENT_INVALID_REQUEST' })
  assert.throws(() => new consent.ConsentEngine([consentDoc], { nonsense: true }), { code: 'CONSENT_INVALID_POLICY' })
})

test('filterBundle withholds what may not be released and says why', () => {
  const engine = new consent.ConsentEngine([consentDoc])
  const bundle = fs.readFileSync(path.join(DATA, 'consent_bundle.json'), 'utf8')
  const request = JSON.parse(fs.readFileSync(path.join(DATA, 'consent_filter_request.json'), 'utf8'))
  const result = engine.filterBundle(bundle, request)
  const released = JSON.parse(result.bundle)
  assert.equal(released.resourceType, 'Bundle')
  assert.equal(released.entry.length, result.released)
  assert.ok(result.withheld.length > 0)
  for (const w of result.withheld) {
    assert.ok(!released.entry.some((e) => e.resource.id === w.id && e.resource.resourceType === w.resourceType))
    assert.ok(w.reasons.length > 0)
  }
  assert.throws(() => engine.filterBundle({ resourceType: 'Patient' }, request), { code: 'CONSENT_NOT_A_BUNDLE' })
})

test('isKnownPurpose knows the PurposeOfUse codes', () => {
  assert.equal(consent.isKnownPurpose('TREAT'), true)
  assert.equal(consent.isKnownPurpose('LUNCH'), false)
})

test('arguments of the wrong type are TypeErrors', () => {
  assert.throws(() => consent.check(consentDoc, treat), { name: 'TypeError', message: /"consents"/ })
  assert.throws(() => consent.check([consentDoc], 5), { name: 'TypeError', message: /"request"/ })
  assert.throws(() => new consent.ConsentEngine([consentDoc], 5), { name: 'TypeError', message: /"policy"/ })
  assert.throws(() => new consent.ConsentEngine([consentDoc]).decideManyAsync('x'), { name: 'TypeError' })
})
