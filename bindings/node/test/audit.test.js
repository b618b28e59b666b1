'use strict'
// audit.* and roi.*: the tamper-evident log and release of information from Node.
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const util = require('node:util')

const { audit, roi, consent, HimError } = require('himcore')

const DATA = path.join(__dirname, '..', '..', '..', 'examples', 'data')
const entries = fs
  .readFileSync(path.join(DATA, 'audit_entries.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
const KEY = '6b6579206f662074686520636f6e666f726d616e636520766563746f7273212121'

function writeLog(items) {
  const log = new audit.AuditLog(KEY)
  let text = ''
  const receipts = []
  for (const entry of items) {
    const appended = log.append(entry)
    text += appended.text
    receipts.push(appended.receipt)
  }
  return { log, text, receipts }
}

test('appended entries chain, and the log verifies with and without the key', () => {
  const { log, text, receipts } = writeLog(entries)
  assert.deepEqual(
    receipts.map((r) => r.seq),
    entries.map((_, i) => i + 1),
  )
  assert.equal(log.nextSeq, entries.length + 1)
  assert.ok(text.endsWith('\n'))
  const withKey = audit.verify(text, KEY)
  assert.equal(withKey.ok, true)
  assert.equal(withKey.mode, 'hmac')
  assert.equal(withKey.lastSeq, entries.length)
  assert.equal(withKey.lastHash, receipts.at(-1).hash)
  assert.equal(audit.verify(Buffer.from(text), null).ok, true)
})

test('a changed entry is found and located', () => {
  const { text } = writeLog(entries)
  const tampered = text.replace('dr-ex-spouse', 'dr-someone')
  const report = audit.verify(tampered, KEY)
  assert.equal(report.ok, false)
  assert.equal(report.problems[0].kind, 'changed')
  assert.equal(report.problems[0].line, 2)
})

test('resume continues the chain; a tampered log refuses to resume', () => {
  const { text } = writeLog(entries.slice(0, 2))
  const resumed = audit.AuditLog.resume(text, KEY)
  assert.equal(resumed.nextSeq, 3)
  assert.equal(resumed.recovery.tornBytes, 0)
  const more = resumed.append(entries[2])
  assert.equal(more.receipt.seq, 3)
  assert.equal(audit.verify(text + more.text, KEY).ok, true)
  assert.throws(
    () => audit.AuditLog.resume(text.replace('dr-lee', 'dr-who'), KEY),
    (e) => e instanceof HimError && e.code === 'AUDIT_TAMPERED' && e.details.ok === false,
  )
})

test('a torn last line is reported for truncation', () => {
  const { text } = writeLog(entries.slice(0, 2))
  const torn = text + '{"body":{"seq":3'
  const resumed = audit.AuditLog.resume(torn, KEY)
  assert.equal(resumed.recovery.validLen, Buffer.byteLength(text))
  assert.ok(resumed.recovery.tornBytes > 0)
})

test('keys are checked and never shown', () => {
  assert.throws(() => new audit.AuditLog('abcd'), (e) => e.code === 'AUDIT_KEY_INVALID' && !e.message.includes('abcd'))
  const log = new audit.AuditLog(KEY)
  assert.ok(!util.inspect(log, { showHidden: true, depth: 5 }).includes(KEY))
  assert.ok(!JSON.stringify(log.append(entries[0])).includes(KEY))
})

test('a malformed entry is AUDIT_INVALID_ENTRY and does not advance the log', () => {
  const log = new audit.AuditLog(KEY)
  assert.throws(() => log.append({ time: 'yesterday' }), { name: 'HimError', code: 'AUDIT_INVALID_ENTRY' })
  assert.equal(log.nextSeq, 1)
})

test('a release holds only what was requested and permitted, with its disclosure entry', () => {
  const consentDoc = JSON.parse(fs.readFileSync(path.join(DATA, 'consent.json'), 'utf8'))
  const engine = new consent.ConsentEngine([consentDoc])
  const record = fs.readFileSync(path.join(DATA, 'consent_bundle.json'), 'utf8')
  const request = JSON.parse(fs.readFileSync(path.join(DATA, 'roi_request.json'), 'utf8'))
  const release = roi.release(engine, record, request)
  assert.equal(release.requestId, request.id)
  const bundle = JSON.parse(release.bundle)
  assert.equal(bundle.resourceType, 'Bundle')
  assert.equal(bundle.entry?.length ?? 0, release.released.length)
  assert.equal(release.auditEntry.action, 'disclose')
  // The disclosure goes into the log and shows in the accounting.
  const { log, text } = writeLog(entries)
  const appended = log.append(release.auditEntry)
  const accounting = roi.accounting(text + appended.text, KEY, request.patient, request.time.slice(0, 10))
  assert.equal(accounting.patient, request.patient)
  const disclosure = accounting.disclosures.find((d) => d.recipient === request.requester.name)
  assert.ok(disclosure, JSON.stringify(accounting))
  assert.equal(disclosure.seq, entries.length + 1)
  assert.deepEqual(disclosure.resources, release.released)
  assert.throws(() => roi.release(engine, record, { ...request, items: [], resource_types: [] }), { code: 'ROI_NOTHING_REQUESTED' })
})

test('roi.release needs a ConsentEngine: anything else is a TypeError', () => {
  assert.throws(() => roi.release({}, '{}', '{}'), { name: 'TypeError', message: /consent\.ConsentEngine/ })
  assert.throws(() => audit.verify(42), { name: 'TypeError' })
})
