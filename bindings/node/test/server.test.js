'use strict'
// The example web service (examples/node/server.js): started on 127.0.0.1 on
// an ephemeral port, called over HTTP, stopped.
const test = require('node:test')
const assert = require('node:assert/strict')
const path = require('node:path')

const { createServer } = require(path.join(__dirname, '..', '..', '..', 'examples', 'node', 'server.js'))

let server
let base

test.before(async () => {
  server = createServer()
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${server.address().port}`
})

test.after(async () => {
  await new Promise((resolve) => server.close(resolve))
})

async function call(method, route, body, headers = {}) {
  const response = await fetch(base + route, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, text, json: JSON.parse(text) }
}

test('GET /codes/validate answers one code', async () => {
  const { status, json } = await call('GET', '/codes/validate?system=icd10cm&code=e119&date=2025-10-01')
  assert.equal(status, 200)
  assert.equal(json.normalized, 'E11.9')
  assert.equal(json.valid, true)
  assert.equal(json.billable, true)
})

test('POST /codes/validate validates a batch on the thread pool', async () => {
  const { status, json } = await call('POST', '/codes/validate', { system: 'icd10cm', codes: ['E11.9', 'XYZ'] })
  assert.equal(status, 200)
  assert.deepEqual(
    json.results.map((r) => [r.valid, r.errorCode]),
    [
      [true, null],
      [false, 'CODE_UNKNOWN'],
    ],
  )
})

test('an unknown system is a 400 carrying the HimError code', async () => {
  const { status, json } = await call('GET', '/codes/validate?system=icd99&code=E11.9')
  assert.equal(status, 400)
  assert.equal(json.error.code, 'CODE_UNKNOWN_SYSTEM')
})

test('a bad date is a 400 with the TypeError code', async () => {
  const { status, json } = await call('GET', '/codes/validate?system=icd10cm&code=E11.9&date=tomorrow')
  assert.equal(status, 400)
  assert.equal(json.error.code, 'ERR_INVALID_ARG_VALUE')
})

test('GET /codes/lookup answers the entry, 404 with the code for an unknown code', async () => {
  const found = await call('GET', '/codes/lookup?system=icd10cm&code=S72.001A')
  assert.equal(found.status, 200)
  assert.equal(found.json.parent, 'S72.001')
  const missing = await call('GET', '/codes/lookup?system=icd10cm&code=E11.999')
  assert.equal(missing.status, 404)
  assert.equal(missing.json.error.code, 'CODE_UNKNOWN')
})

test('POST /codes/check-claim reports findings', async () => {
  const { status, json } = await call('POST', '/codes/check-claim', { codes: ['E11.9', 'E11.9'] })
  assert.equal(status, 200)
  assert.equal(json.clean, false)
  assert.ok(json.findings.some((f) => f.code === 'CODE_DUPLICATE'))
})

test('POST /fhir/validate answers 200 for a valid resource and 422 with issues otherwise', async () => {
  const ok = await call('POST', '/fhir/validate', { resourceType: 'Patient', id: 'a', gender: 'female' })
  assert.equal(ok.status, 200)
  assert.equal(ok.json.valid, true)
  const bad = await call('POST', '/fhir/validate', { resourceType: 'Patient', id: 'b', gender: 'mail' })
  assert.equal(bad.status, 422)
  assert.equal(bad.json.issues[0].path, 'Patient.gender')
})

test('POST /fhir/validate takes NDJSON and answers one report per line', async () => {
  const ndjson = '{"resourceType":"Patient","id":"a"}\n{"resourceType":"Patient","id":"b","active":"yes"}\n'
  const { status, json } = await call('POST', '/fhir/validate', ndjson, { 'content-type': 'application/x-ndjson' })
  assert.equal(status, 422)
  assert.deepEqual(
    json.items.map((i) => [i.location, i.report.id, i.report.valid]),
    [
      ['line 1', 'a', true],
      ['line 2', 'b', false],
    ],
  )
})

test('POST /fhir/validate takes a JSON array and answers one report per resource', async () => {
  const { status, json } = await call('POST', '/fhir/validate', [{ resourceType: 'Patient', id: 'a' }])
  assert.equal(status, 200)
  assert.deepEqual(json.reports.map((r) => r.id), ['a'])
})

test('POST /fhir/normalize keeps decimal text; an invalid resource is a 400 with the report', async () => {
  const text = '{"resourceType":"Observation","status":"final","code":{"text":"Hb"},"valueQuantity":{"value":1.50}}'
  const ok = await call('POST', '/fhir/normalize', text)
  assert.equal(ok.status, 200)
  assert.match(ok.text, /"value":1\.50/)
  const bad = await call('POST', '/fhir/normalize', { resourceType: 'Patient', gender: 'mail' })
  assert.equal(bad.status, 400)
  assert.equal(bad.json.error.code, 'FHIR_INVALID_RESOURCE')
  assert.equal(bad.json.error.details.issues[0].path, 'Patient.gender')
})

test('POST /deid/text tags PHI in one text or many', async () => {
  const one = await call('POST', '/deid/text', { text: 'Seen by Dr. Okonkwo on April 28, 2020.' })
  assert.equal(one.status, 200)
  assert.equal(one.json.text, 'Seen by Dr. [NAME] on [DATE].')
  const many = await call('POST', '/deid/text', { texts: ['Call 555-123-4567', 'MRN: 57403373'] })
  assert.deepEqual(
    many.json.results.map((r) => r.text),
    ['Call [PHONE]', 'MRN: [MRN]'],
  )
})

test('POST /hl7/ack acknowledges a message and maps it to FHIR', async () => {
  const message =
    'MSH|^~\\&|REG|HOSP|HIM|HIMD|20250314083012-0500||ADT^A01^ADT_A01|MSG1|P|2.5.1\r' +
    'EVN|A01|20250314083012-0500\rPID|1||MRN1^^^HOSP^MR||DOE^JANE||19800229|F\rPV1|1|I\r'
  const ok = await call('POST', '/hl7/ack', message)
  assert.equal(ok.status, 200)
  assert.equal(ok.json.code, 'AA')
  assert.match(ok.json.ack, /MSA\|AA\|MSG1/)
  assert.equal(ok.json.fhir.bundle.resourceType, 'Bundle')
  const bad = await call('POST', '/hl7/ack', 'garbage')
  assert.equal(bad.json.code, 'AR')
  assert.equal(bad.json.fhir, null)
})

test('unknown routes are 404 and malformed bodies 400', async () => {
  assert.equal((await call('GET', '/nope')).status, 404)
  const bad = await call('POST', '/codes/validate', '{not json')
  assert.equal(bad.status, 400)
  assert.equal(bad.json.error.code, 'BAD_REQUEST')
})
