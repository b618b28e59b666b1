'use strict'
// codes.*: medical code validation, look-up and claim checks from Node.
const test = require('node:test')
const assert = require('node:assert/strict')

const { codes, HimError } = require('himcore')

test('a billable ICD-10-CM code is valid with its title, normalised from loose input', () => {
  assert.deepEqual(codes.validate('icd10cm', ' e119 '), {
    system: 'icd10cm',
    code: ' e119 ',
    normalized: 'E11.9',
    valid: true,
    billable: true,
    display: 'Type 2 diabetes mellitus without complications',
    errorCode: null,
    errorMessage: null,
  })
})

test('a header code is valid but not billable', () => {
  const r = codes.validate('icd10cm', 'E11')
  assert.equal(r.valid, true)
  assert.equal(r.billable, false)
})

test('an unknown code is a result with the core error code, not an exception', () => {
  const r = codes.validate('icd10cm', 'E11.999')
  assert.equal(r.valid, false)
  assert.equal(r.billable, null)
  assert.equal(r.errorCode, 'CODE_UNKNOWN')
  assert.match(r.errorMessage, /E11\.999/)
})

test('a malformed code reports CODE_INVALID_FORMAT', () => {
  assert.equal(codes.validate('icd10cm', '11.9E').errorCode, 'CODE_INVALID_FORMAT')
})

test('systems without a billable notion give billable null', () => {
  const npi = codes.validate('npi', '1234567893')
  assert.equal(npi.valid, true)
  assert.equal(npi.billable, null)
  assert.equal(codes.validate('npi', '1234567890').errorCode, 'CODE_CHECK_DIGIT')
})

test('a system may be named by its FHIR URI', () => {
  const byUri = codes.validate('http://hl7.org/fhir/sid/icd-10-cm', 'E11.9')
  assert.equal(byUri.system, 'icd10cm')
  assert.equal(byUri.valid, true)
})

test('the date of service selects the release in force', () => {
  // QA0 (April 2026 update) does not exist on 30 September 2025.
  const before = codes.validate('icd10cm', 'QA0', '2025-09-30')
  assert.equal(before.valid, false)
  assert.equal(before.errorCode, 'CODE_NOT_YET_VALID')
  const after = codes.validate('icd10cm', 'QA0', '2026-04-01')
  assert.equal(after.valid, true)
  assert.equal(after.normalized, 'QA0')
})

test('an unknown system throws HimError CODE_UNKNOWN_SYSTEM', () => {
  assert.throws(() => codes.validate('icd99', 'E11.9'), (error) => {
    assert.ok(error instanceof HimError)
    assert.equal(error.code, 'CODE_UNKNOWN_SYSTEM')
    assert.equal(error.details, null)
    return true
  })
})

test('a date that is not YYYY-MM-DD is a TypeError (ERR_INVALID_ARG_VALUE)', () => {
  for (const bad of ['2025-1-5', '2025-02-30', 'yesterday', '']) {
    assert.throws(() => codes.validate('icd10cm', 'E11.9', bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' })
  }
  assert.equal(codes.validate('icd10cm', 'E11.9', null).valid, true)
  assert.equal(codes.validate('icd10cm', 'E11.9', undefined).valid, true)
})

test('arguments of the wrong type are TypeErrors naming the argument', () => {
  assert.throws(() => codes.validate('icd10cm', 119), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: /"code"/ })
  assert.throws(() => codes.validate(null, 'E11.9'), { name: 'TypeError', message: /"system"/ })
  assert.throws(() => codes.validate('icd10cm', 'E11.9', new Date()), { name: 'TypeError', message: /"date"/ })
  assert.throws(() => codes.validateMany('icd10cm', 'E11.9'), { name: 'TypeError', message: /"codes"/ })
  assert.throws(() => codes.validateMany('icd10cm', ['E11.9', 5]), { name: 'TypeError', message: /"codes\[1\]"/ })
  assert.throws(() => codes.checkClaim([['E11.9']]), { name: 'TypeError', message: /"codes\[0\]"/ })
  assert.throws(() => codes.validateCoding('E11.9'), { name: 'TypeError', message: /"coding"/ })
})

test('validateMany gives one result per code in order, equal to validate', () => {
  const input = ['E11.9', 'e119', 'XYZ', 'E11', 'S72.001A']
  const many = codes.validateMany('icd10cm', input)
  assert.deepEqual(
    many,
    input.map((c) => codes.validate('icd10cm', c)),
  )
})

test('validateManyAsync resolves with the same results as validateMany', async () => {
  const input = Array.from({ length: 5000 }, (_, i) => ['E11.9', 'XYZ', 'I10', 'E11'][i % 4])
  const promise = codes.validateManyAsync('icd10cm', input, '2025-10-01')
  assert.ok(promise instanceof Promise)
  assert.deepEqual(await promise, codes.validateMany('icd10cm', input, '2025-10-01'))
})

test('validateManyAsync of nothing resolves with an empty array', async () => {
  assert.deepEqual(await codes.validateManyAsync('icd10cm', []), [])
  assert.deepEqual(await codes.checkClaimManyAsync([]), [])
})

test('concurrent async batches each resolve with their own results', async () => {
  const a = Array.from({ length: 3000 }, (_, i) => (i % 2 ? 'E11.9' : 'XYZ'))
  const b = Array.from({ length: 3000 }, () => 'I10')
  const [ra, rb] = await Promise.all([codes.validateManyAsync('icd10cm', a), codes.validateManyAsync('icd10cm', b)])
  assert.deepEqual(ra, codes.validateMany('icd10cm', a))
  assert.ok(rb.every((r) => r.normalized === 'I10' && r.valid))
})

test('validateManyAsync throws argument errors synchronously', () => {
  assert.throws(() => codes.validateManyAsync('icd99', []), { code: 'CODE_UNKNOWN_SYSTEM' })
  assert.throws(() => codes.validateManyAsync('icd10cm', 'E11.9'), TypeError)
})

test('isValid agrees with validate', () => {
  for (const c of ['E11.9', 'XYZ', 'E11', ' e119 ']) {
    assert.equal(codes.isValid('icd10cm', c), codes.validate('icd10cm', c).valid)
  }
})

test('validateCoding validates a FHIR Coding by its system URI', () => {
  const r = codes.validateCoding({ system: 'http://loinc.org', code: '718-7' })
  assert.equal(r.system, 'loinc')
  assert.equal(r.valid, true)
  assert.throws(() => codes.validateCoding({ system: 'http://example.org/x', code: '1' }), { code: 'CODE_UNKNOWN_SYSTEM' })
})

test('normalize gives the canonical form or throws the format error', () => {
  assert.equal(codes.normalize('icd10cm', ' e119 '), 'E11.9')
  assert.equal(codes.normalize('ndc', '1234-5678-90'), '01234-5678-90')
  assert.throws(() => codes.normalize('ndc', '1234567890'), { name: 'HimError', code: 'CODE_NDC_AMBIGUOUS' })
})

test('lookup returns title, hierarchy and 7th characters', () => {
  const info = codes.lookup('icd10cm', 's72001a')
  assert.equal(info.code, 'S72.001A')
  assert.equal(info.billable, true)
  assert.equal(info.parent, 'S72.001')
  assert.equal(info.chapter.id, '19')
  assert.equal(info.block.id, 'S70-S79')
  assert.ok(info.seventhCharacters.some((s) => s.character === 'A' && /initial encounter/.test(s.meaning)))
  assert.ok(Array.isArray(info.notes))
})

test('lookup of an invalid code throws the validation error', () => {
  assert.throws(() => codes.lookup('icd10cm', 'E11.999'), { name: 'HimError', code: 'CODE_UNKNOWN' })
})

test('lookupMany gives each code its entry or its own error', async () => {
  const input = ['S72.001A', 'E11.999', 'e119']
  const [found, missing, loose] = codes.lookupMany('icd10cm', input)
  assert.equal(found.result.code, 'S72.001A')
  assert.equal(found.errorCode, null)
  assert.equal(missing.result, null)
  assert.equal(missing.errorCode, 'CODE_UNKNOWN')
  assert.deepEqual(loose.result, codes.lookup('icd10cm', 'E11.9'))
  assert.deepEqual(await codes.lookupManyAsync('icd10cm', input), codes.lookupMany('icd10cm', input))
})

test('checkClaim reports duplicates and Excludes1 pairs', () => {
  const report = codes.checkClaim(['E11.9', 'E10.9', 'E11.9'])
  assert.equal(report.clean, false)
  assert.equal(report.codes.length, 3)
  const kinds = report.findings.map((f) => f.code)
  assert.ok(kinds.includes('CODE_DUPLICATE'))
  assert.ok(kinds.includes('CODE_EXCLUDES1_PAIR'))
  assert.ok(codes.checkClaim(['E11.9', 'I10']).clean)
})

test('checkClaimManyAsync gives one report per claim, equal to checkClaim', async () => {
  const claims = [['E11.9', 'I10'], ['E11', 'XYZ'], []]
  const reports = await codes.checkClaimManyAsync(claims)
  assert.deepEqual(reports, claims.map((c) => codes.checkClaim(c)))
  assert.deepEqual(codes.checkClaimMany(claims), reports)
})

test('systems lists every system with its canonical URI', () => {
  const systems = codes.systems()
  const names = systems.map((s) => s.name)
  for (const n of ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt', 'ndc', 'loinc', 'snomed', 'npi', 'dea', 'mbi', 'cvx', 'nucc']) {
    assert.ok(names.includes(n), n)
  }
  const icd = systems.find((s) => s.name === 'icd10cm')
  assert.equal(icd.uri, 'http://hl7.org/fhir/sid/icd-10-cm')
  assert.equal(icd.uris[0], icd.uri)
})
