'use strict'
// The shared conformance vectors (crates/himcore/tests/vectors/<area>.json),
// run from Node: every door must give the answer the Rust core gives.
//
// Each vector is {name, op: "<area>.<fn>", input, expected}; `expected` is the
// core's serde output for the result (or {error_code} when the call must
// fail). The adapters below call the Node API and turn its answer back into
// that shape, so this file is also a map from core ops to the Node API.
const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const himcore = require('himcore')

const VECTORS = path.join(__dirname, '..', '..', '..', 'crates', 'himcore', 'tests', 'vectors')

/** Core serde shape of a CodeValidation from the Node result. */
function coreCodeValidation(r) {
  return {
    system: r.system,
    code: r.code,
    normalized: r.normalized,
    valid: r.valid,
    billable: r.billable,
    display: r.display,
    error: r.errorCode === null ? null : { code: r.errorCode, message: r.errorMessage },
  }
}

/** Core serde shape of a CodeInfo (snake_case field names). */
function coreCodeInfo(i) {
  const { blockNotes, chapterNotes, seventhCharacters, ...rest } = i
  return { ...rest, block_notes: blockNotes, chapter_notes: chapterNotes, seventh_characters: seventhCharacters }
}

/** Core serde shape of a ClaimReport. */
function coreClaimReport(r) {
  return { clean: r.clean, codes: r.codes.map(coreCodeValidation), findings: r.findings }
}

/** The `{valid, issues: [{code, path}]}` summary the FHIR vectors compare. */
function fhirSummary(report) {
  return { valid: report.valid, issues: report.issues.map((i) => ({ code: i.code, path: i.path })) }
}

/** Core serde shape of a ConsentDecision (an obligation without system omits it). */
function coreConsentDecision(d) {
  const obligation = (o) => (o.system === null ? { code: o.code, why: o.why } : o)
  return { decision: d.decision, obligations: d.obligations.map(obligation), reasons: d.reasons }
}

/** Core serde shape of a RetentionDecision (snake_case; empty holds and null overriddenBy omitted). */
function coreRetentionDecision(d) {
  const out = {
    id: d.id,
    as_of: d.asOf,
    status: d.status,
    retain_until: d.retainUntil,
    governing_rule: d.governingRule,
    rules: d.rules.map((r) => {
      const rule = { id: r.id, citation: r.citation, retain_until: r.retainUntil }
      if (r.overriddenBy !== null) rule.overridden_by = r.overriddenBy
      return rule
    }),
  }
  if (d.holds.length > 0) out.holds = d.holds
  out.warnings = d.warnings
  return out
}

/** Core serde shape of an audit VerifyReport. */
function coreVerifyReport(r) {
  return {
    ok: r.ok,
    mode: r.mode,
    lines: r.lines,
    entries: r.entries,
    checkpoints: r.checkpoints,
    last_seq: r.lastSeq,
    last_hash: r.lastHash,
    last_checkpoint_seq: r.lastCheckpointSeq,
    unprotected_tail: r.unprotectedTail,
    valid_len: r.validLen,
    problems: r.problems.map((p) => {
      const problem = { kind: p.kind, line: p.line }
      if (p.seq !== null) problem.seq = p.seq
      problem.message = p.message
      return problem
    }),
  }
}

/** Core serde shape of an Accounting. */
function coreAccounting(a) {
  return {
    patient: a.patient,
    from: a.from,
    to: a.to,
    disclosures: a.disclosures.map((d) => ({
      seq: d.seq,
      date: d.date,
      recipient: d.recipient,
      recipient_address: d.recipientAddress,
      description: d.description,
      purpose: d.purpose,
      resources: d.resources,
    })),
    exempt_left_out: a.exemptLeftOut,
  }
}

/** Core serde shape of an ROI Release. */
function coreRelease(r) {
  const obligation = (o) => (o.system === null ? { code: o.code, why: o.why } : o)
  return {
    request_id: r.requestId,
    bundle: JSON.parse(r.bundle),
    released: r.released,
    withheld: r.withheld.map((w) => ({ resource_type: w.resourceType, id: w.id, reasons: w.reasons })),
    not_requested: r.notRequested,
    not_found: r.notFound,
    obligations: r.obligations.map(obligation),
    audit_entry: r.auditEntry,
  }
}

let textDeidentifier = null

/** Core serde shape of a de-identified text (spans counted in characters, as the core counts). */
function coreDeidText(input) {
  textDeidentifier ??= new himcore.deid.TextDeidentifier()
  const r = textDeidentifier.deidentify(input.text, { policy: input.policy, key: input.key, scope: input.scope })
  const chars = (units) => Array.from(input.text.slice(0, units)).length
  return {
    text: r.text,
    spans: r.spans.map((s) => ({ start: chars(s.start), end: chars(s.end), type: s.type, confidence: s.confidence })),
  }
}

/** Calls `fn`; an HL7 HimError becomes the {error_code, segment, field} the HL7 vectors expect. */
function hl7OrError(fn) {
  try {
    return fn()
  } catch (error) {
    if (error instanceof himcore.HimError && error.code.startsWith('HL7_')) {
      return { error_code: error.code, segment: error.details.segment, field: error.details.field }
    }
    throw error
  }
}

/** Calls `fn`; a HimError becomes {error_code}, the shape of failing vectors. */
function orErrorCode(fn) {
  try {
    return fn()
  } catch (error) {
    if (error instanceof himcore.HimError) return { error_code: error.code }
    throw error
  }
}

const ADAPTERS = {
  codes: {
    validate: (input) => coreCodeValidation(himcore.codes.validate(input.system, input.code, input.date)),
    normalize: (input) => himcore.codes.normalize(input.system, input.code),
    lookup: (input) => coreCodeInfo(himcore.codes.lookup(input.system, input.code, input.date)),
    check_claim: (input) => coreClaimReport(himcore.codes.checkClaim(input.codes, input.date)),
  },
  consent: {
    check: (input) => coreConsentDecision(himcore.consent.check(input.consents, input.request, input.policy)),
  },
  audit: {
    verify: (input) => coreVerifyReport(himcore.audit.verify(input.log, input.key_hex)),
  },
  roi: {
    accounting: (input) => coreAccounting(himcore.roi.accounting(input.log, input.key_hex, input.patient, input.as_of)),
    release: (input) =>
      coreRelease(himcore.roi.release(new himcore.consent.ConsentEngine(input.consents), input.record, input.request)),
  },
  hl7: {
    parse: (input) =>
      hl7OrError(() => {
        const r = himcore.hl7.query(input.message, input.paths)
        return { segments: r.segments, segment_terminator: r.segmentTerminator, values: r.values }
      }),
    ack: (input) => {
      const r = himcore.hl7.ack(input.message, { controlId: input.control_id, timestamp: input.timestamp })
      return { code: r.code, ack: r.ack }
    },
  },
  retention: {
    evaluate: (input) => coreRetentionDecision(himcore.retention.evaluate(input.packs, input.record, input.as_of)),
  },
  deid: {
    text: (input) => coreDeidText(input),
    fhir: (input) => {
      const engine = new himcore.deid.FhirDeidentifier(input.policy, input.key, { referenceDate: input.reference_date })
      return { resource: JSON.parse(engine.deidentify(input.resource).resource) }
    },
  },
  fhir: {
    validate: (input) => fhirSummary(himcore.fhir.validate(input.resource)),
    validate_json: (input) => fhirSummary(himcore.fhir.validate(input.text)),
  },
}

const files = fs.existsSync(VECTORS) ? fs.readdirSync(VECTORS).filter((f) => f.endsWith('.json')).sort() : []

test('conformance vector files are present', () => {
  assert.ok(files.length > 0, `no vectors in ${VECTORS}`)
})

for (const file of files) {
  const doc = JSON.parse(fs.readFileSync(path.join(VECTORS, file), 'utf8'))
  const adapters = ADAPTERS[doc.area]
  test(`vectors ${file}`, { skip: adapters ? false : `area "${doc.area}" is not exposed in the Node binding` }, async (t) => {
    assert.ok(doc.cases.length > 0)
    for (const c of doc.cases) {
      await t.test(c.name, async () => {
        // An area's file may hold ops of a neighbouring module (audit.json has roi.*).
        const [area, fn] = c.op.split('.')
        const adapter = (ADAPTERS[area] || {})[fn]
        assert.ok(adapter, `no Node adapter for op ${c.op}`)
        const got = await orErrorCode(() => adapter(c.input))
        assert.deepEqual(got, c.expected)
      })
    }
  })
}
