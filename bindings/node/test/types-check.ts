// Typed usage example: `tsc --noEmit -p test/tsconfig.json` checks that
// index.d.ts describes the API the way a TypeScript web service uses it.
import { HimError, version } from 'himcore'

const v: string = version()

function describe(error: unknown): string {
  if (error instanceof HimError) {
    const code: string = error.code
    return `${code}: ${error.message}`
  }
  return String(error)
}

export { v, describe }
