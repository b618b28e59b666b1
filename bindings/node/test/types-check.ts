// Typed usage example: `tsc --noEmit -p test/tsconfig.json` checks that
// index.d.ts describes the API the way a TypeScript web service uses it.
import { HimError, fhir, version } from 'himcore'
import type { FhirIssue, FhirValidationReport } from 'himcore'

const v: string = version()

function describe(error: unknown): string {
  if (error instanceof HimError) {
    const code: string = error.code
    return `${code}: ${error.message}`
  }
  return String(error)
}

// FHIR: objects or JSON text in, reports out.
const report: FhirValidationReport = fhir.validate({ resourceType: 'Patient', gender: 'female' })
const firstPath: string | undefined = report.issues[0]?.path
const severities: Array<'error' | 'warning'> = report.issues.map((i: FhirIssue) => i.severity)
const resourceType: string | null = report.resourceType
const many: FhirValidationReport[] = fhir.validateMany(['{"resourceType":"Patient"}', { resourceType: 'Patient' }])
const normalized: string = fhir.normalize('{"resourceType":"Patient"}')

async function batch(lines: string[]): Promise<number> {
  const reports = await fhir.validateManyAsync(lines)
  const items = await fhir.validateDocumentAsync(lines.join('\n'))
  return reports.filter((r) => !r.valid).length + items.filter((i) => i.location !== '').length
}

// @ts-expect-error a number is not a resource
fhir.validate(42)

export { v, describe, firstPath, severities, resourceType, many, normalized, batch }
