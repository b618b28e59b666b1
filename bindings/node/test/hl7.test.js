'use strict'
// hl7.*: HL7 v2 messages from Node.
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const { hl7, fhir, HimError } = require('himcore')

const DATA = path.join(__dirname, '..', '..', '..', 'examples', 'data')
const ADT =
  'MSH|^~\\&|REG|HOSP|HIM|HIMD|20250314083012-0500||ADT^A01^ADT_A01|MSG1|P|2.5.1\r' +
  'PID|1||MRN1^^^HOSP^MR~SSN9^^^SSA^SS||DOE^JANE^Q||19800229|F\r' +
  'DG1|1||I10^Hypertension^I10C\r' +
  'DG1|2||E11.9^Diabetes^I10C\r'

test('query reads fields, repetitions and segment occurrences', () => {
  const r = hl7.query(ADT, ['PID-5-1', 'PID-3(2)-1', 'DG1(2)-3-1', 'MSH-9-2', 'PID-99'])
  assert.deepEqual(r.segments, ['MSH', 'PID', 'DG1', 'DG1'])
  assert.equal(r.segmentTerminator, 'CR')
  assert.deepEqual(r.values, { 'PID-5-1': 'DOE', 'PID-3(2)-1': 'SSN9', 'DG1(2)-3-1': 'E11.9', 'MSH-9-2': 'A01', 'PID-99': null })
})

test('a bad segment is a HimError with its position in details', () => {
  assert.throws(
    () => hl7.query('MSH|^~\\&|A\rPID|1\rpv1|2\r', ['PID-3']),
    (e) => e instanceof HimError && e.code === 'HL7_BAD_SEGMENT' && e.details.segment === 3 && e.details.field === null,
  )
})

test('parse and write round-trip a message through its decoded tree', () => {
  const tree = hl7.parse(ADT)
  assert.equal(tree.delimiters.field, '|')
  assert.equal(tree.segments[1].name, 'PID')
  // PID-5: one repetition of components family^given^middle.
  assert.deepEqual(tree.segments[1].fields[4], [[['DOE'], ['JANE'], ['Q']]])
  assert.deepEqual(hl7.parse(hl7.write(tree)), tree)
  tree.segments[1].fields[4][0][0] = ['O|BRIEN']
  assert.match(hl7.write(tree), /O\\F\\BRIEN/)
})

test('ack answers AA for a good message and AR with ERR for a broken one', () => {
  const good = hl7.ack(ADT, { controlId: 'ACK1', timestamp: '20250101120000+0000' })
  assert.equal(good.code, 'AA')
  assert.match(good.ack, /^MSH\|\^~\\&\|HIM\|HIMD\|REG\|HOSP\|/)
  assert.match(good.ack, /MSA\|AA\|MSG1/)
  assert.equal(good.errorCode, null)
  const bad = hl7.ack('not hl7 at all', { controlId: 'ACK2', timestamp: '20250101120000+0000' })
  assert.equal(bad.code, 'AR')
  assert.match(bad.ack, /ERR\|/)
  assert.match(bad.errorCode, /^HL7_/)
  assert.throws(() => hl7.ack(ADT, { timestamp: '20250101' }), { name: 'TypeError', message: /controlId/ })
})

test('toFhir maps a message to a valid FHIR Bundle and lists what it did not map', () => {
  const message = fs.readFileSync(path.join(DATA, 'adt_a01.hl7'), 'utf8')
  const mapping = hl7.toFhir(message, { defaultTimezone: '-05:00' })
  const bundle = JSON.parse(mapping.bundle)
  assert.equal(bundle.resourceType, 'Bundle')
  assert.ok(bundle.entry.some((e) => e.resource.resourceType === 'Patient'))
  assert.ok(Array.isArray(mapping.unmapped))
  assert.equal(fhir.validate(mapping.bundle).valid, true, JSON.stringify(fhir.validate(mapping.bundle).issues))
})

test('toFhirMany maps each message on its own; one bad message does not sink the others', async () => {
  const adt = fs.readFileSync(path.join(DATA, 'adt_a01.hl7'), 'utf8')
  const oru = fs.readFileSync(path.join(DATA, 'oru_r01.hl7'), 'utf8')
  const feed = [adt, 'MSH|^~\\&|A\rpv1|2', oru].map((m) => m.trim() + '\r').join('')
  const results = hl7.toFhirMany(feed)
  assert.equal(results.length, hl7.splitMessages(feed).length)
  assert.ok(results.some((r) => r.result !== null))
  const failed = results.find((r) => r.errorCode !== null)
  assert.ok(failed, JSON.stringify(results.map((r) => r.errorCode)))
  assert.equal(failed.result, null)
  assert.deepEqual(await hl7.toFhirManyAsync(feed), results)
})

test('MLLP frames a message and decodes a stream delivered in pieces', () => {
  const framed = hl7.mllpEncode(ADT)
  assert.equal(framed[0], 0x0b)
  assert.deepEqual([...framed.subarray(-2)], [0x1c, 0x0d])
  const decoder = new hl7.MllpDecoder()
  const stream = Buffer.concat([framed, framed])
  assert.deepEqual(decoder.push(stream.subarray(0, 10)), [])
  assert.equal(decoder.pending, 10)
  const payloads = decoder.push(stream.subarray(10))
  assert.deepEqual(
    payloads.map((p) => p.toString('utf8')),
    [ADT, ADT],
  )
  assert.equal(decoder.pending, 0)
  assert.throws(() => decoder.push(Buffer.from('garbage')), { name: 'HimError', code: /^HL7_/ })
})

test('arguments of the wrong type are TypeErrors', () => {
  assert.throws(() => hl7.query(ADT, 'PID-5'), { name: 'TypeError', message: /"paths"/ })
  assert.throws(() => hl7.toFhir(Buffer.from(ADT)), { name: 'TypeError', message: /"message"/ })
  assert.throws(() => new hl7.MllpDecoder().push(42), { name: 'TypeError', message: /"chunk"/ })
})
