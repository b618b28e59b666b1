// Typed usage example: `tsc --noEmit -p test/tsconfig.json` checks that
// index.d.ts describes the API the way a TypeScript web service uses it.
import { HimError, audit, codes, consent, deid, fhir, hl7, retention, roi, version } from 'himcore'
import type {
  ClaimReport, CodeInfo, CodeValidation, ConsentDecision, ConsentDecisionResult, ConsentFilterResult, FhirIssue,
  FhirValidationReport, RetentionDecision, RetentionDecisionResult, RetentionExplanation,
} from 'himcore'

const v: string = version()

function describe(error: unknown): string {
  if (error instanceof HimError) {
    const code: string = error.code
    return `${code}: ${error.message}`
  }
  return String(error)
}

// Codes: results carry nullable fields; errors are codes, not exceptions.
const check: CodeValidation = codes.validate('icd10cm', 'E11.9', '2025-10-01')
const billable: boolean | null = check.billable
const errorCode: string | null = check.errorCode
const byUri: CodeValidation = codes.validate('http://hl7.org/fhir/sid/icd-10-cm', 'E11.9')
const fast: boolean = codes.isValid('npi', '1234567893')
const info: CodeInfo = codes.lookup('icd10cm', 'S72.001A')
const seventh: string[] = info.seventhCharacters.map((s) => s.character)
const chapterTitle: string | undefined = info.chapter?.title
const claim: ClaimReport = codes.checkClaim(['E11.9', 'E10.9'])
const findingCodes: string[] = claim.findings.map((f) => f.code)
const coding: CodeValidation = codes.validateCoding({ system: 'http://loinc.org', code: '718-7' })
const ndc: string = codes.normalize('ndc', '1234-5678-90')
const systemNames: string[] = codes.systems().map((s) => s.name)

// FHIR: objects or JSON text in, reports out.
const report: FhirValidationReport = fhir.validate({ resourceType: 'Patient', gender: 'female' })
const firstPath: string | undefined = report.issues[0]?.path
const severities: Array<'error' | 'warning'> = report.issues.map((i: FhirIssue) => i.severity)
const resourceType: string | null = report.resourceType
const many: FhirValidationReport[] = fhir.validateMany(['{"resourceType":"Patient"}', { resourceType: 'Patient' }])
const normalized: string = fhir.normalize('{"resourceType":"Patient"}')

async function batch(lines: string[], icd: string[]): Promise<number> {
  const reports = await fhir.validateManyAsync(lines)
  const items = await fhir.validateDocumentAsync(lines.join('\n'))
  const results: CodeValidation[] = await codes.validateManyAsync('icd10cm', icd)
  const claims: ClaimReport[] = await codes.checkClaimManyAsync([icd])
  return reports.filter((r) => !r.valid).length + items.length + results.length + claims.length
}

// Consent: compile once, decide per request.
const engine = new consent.ConsentEngine([{ resourceType: 'Consent', status: 'active' }], { base: 'deny' })
const decision: ConsentDecision = engine.decide({ purpose: 'TREAT', action: 'access', time: '2025-06-01T00:00:00Z' })
const permitted: boolean = decision.decision === 'permit'
const auditFirst: string[] = decision.obligations.map((o) => o.code)
const why: Array<string | null> = decision.reasons.map((r) => r.consent)
const oneShot: ConsentDecision = consent.check(['{"resourceType":"Consent"}'], '{}')
const filtered: ConsentFilterResult = engine.filterBundle('{"resourceType":"Bundle"}', {})
const releasedBundle: string = filtered.bundle
async function decideAll(requests: object[]): Promise<number> {
  const results: ConsentDecisionResult[] = await engine.decideManyAsync(requests)
  return results.filter((r) => r.result?.decision === 'permit' && r.errorCode === null).length
}
const engineSize: number = engine.size

// Retention: shipped packs by name, decisions with citations.
const retentionEngine = new retention.RetentionEngine(['us-federal', 'us-ca'], { defaultJurisdiction: 'US-CA' })
const kept: RetentionDecision = retentionEngine.evaluate({ id: 'r1', record_type: 'medical_record', jurisdiction: 'US-CA' }, '2026-01-01')
const destroyable: boolean = kept.status === 'eligible_for_destruction'
const citation: string = kept.governingRule.citation
const overridden: Array<string | null> = kept.rules.map((r) => r.overriddenBy)
const explanation: RetentionExplanation = retentionEngine.explain('{}', '2026-01-01')
async function nightly(records: object[]): Promise<number> {
  const results: RetentionDecisionResult[] = await retentionEngine.evaluateManyAsync(records, '2026-01-01')
  return results.filter((r) => r.result?.status === 'eligible_for_destruction').length
}
const packNames: string[] = retention.shippedPacks()
const oneShot2: RetentionDecision = retention.evaluate(['us-ca'], {}, '2026-01-01')

// Audit and release of information: the caller stores the text.
const auditLog = new audit.AuditLog('00'.repeat(32))
const appended = auditLog.append({ time: '2025-06-01T09:30:00Z', action: 'access' })
const toStore: string = appended.text
const lastSeq: number = appended.receipt.seq
const verified = audit.verify(toStore, '00'.repeat(32))
const problemKinds: string[] = verified.problems.map((p) => p.kind)
const release = roi.release(engine, '{"resourceType":"Bundle"}', {})
const disclosureEntry: Record<string, unknown> = release.auditEntry
const accounted: number = roi.accounting(toStore, '00'.repeat(32), 'Patient/1', '2025-06-30').disclosures.length

// HL7 v2: read by path, map to FHIR, acknowledge, frame.
const q = hl7.query('MSH|^~\\&|A', ['PID-5-1'])
const family: string | null = q.values['PID-5-1'] ?? null
const tree = hl7.parse('MSH|^~\\&|A')
const firstSegment: string = tree.segments[0].name
const er7: string = hl7.write(tree)
const ackCode: 'AA' | 'AE' | 'AR' = hl7.ack(er7, { controlId: '1', timestamp: '20250101' }).code
const mapped: string = hl7.toFhir(er7, { defaultTimezone: 'Z' }).bundle
async function feed(text: string): Promise<number> {
  const results = await hl7.toFhirManyAsync(text)
  return results.filter((r) => r.errorCode === null).length
}
const decoder = new hl7.MllpDecoder()
const payloads: Buffer[] = decoder.push(hl7.mllpEncode(er7))

// De-identification: build engines once, keys as strings or bytes.
const notes = new deid.TextDeidentifier()
const tagged: string = notes.deidentify('Seen by Dr. Okonkwo.').text
const spanTypes: string[] = notes.detect('Seen by Dr. Okonkwo.').map((s) => s.type)
const surrogate = notes.deidentify('x', { policy: { method: 'surrogate' }, key: Buffer.alloc(32), scope: 'Patient/1' })
const safeHarbor = new deid.FhirDeidentifier('safe-harbor', null, { referenceDate: '2025-01-01' })
const deidentified: string = safeHarbor.deidentify({ resourceType: 'Patient' }).resource
async function deidBatch(resources: object[]): Promise<number> {
  const outcome = await safeHarbor.deidentifyManyAsync(resources, 'skip')
  const texts = await notes.deidentifyManyAsync(['a', 'b'], { scopes: ['1', '2'] })
  return outcome.report.skipped.length + outcome.resources.length + texts.length
}

// @ts-expect-error a number is not a resource
fhir.validate(42)
// @ts-expect-error codes are strings
codes.validate('icd10cm', 119)
// @ts-expect-error billable may be null
const notNullable: boolean = check.billable

export {
  v, describe, billable, errorCode, byUri, fast, seventh, chapterTitle, findingCodes, coding, ndc,
  systemNames, firstPath, severities, resourceType, many, normalized, batch, notNullable, permitted, auditFirst,
  why, oneShot, releasedBundle, decideAll, engineSize, destroyable, citation, overridden, explanation, nightly,
  packNames, oneShot2, lastSeq, problemKinds, disclosureEntry, accounted, family, firstSegment, ackCode, mapped,
  feed, payloads, tagged, spanTypes, surrogate, deidentified, deidBatch,
}
