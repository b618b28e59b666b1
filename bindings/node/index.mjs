// ESM entry point: the same module instance as `require('himcore')`.
import { createRequire } from 'node:module'

const himcore = createRequire(import.meta.url)('./index.js')

export default himcore
export const HimError = himcore.HimError
export const version = himcore.version
export const codes = himcore.codes
export const fhir = himcore.fhir
export const hl7 = himcore.hl7
export const consent = himcore.consent
export const deid = himcore.deid
export const retention = himcore.retention
export const audit = himcore.audit
export const roi = himcore.roi
export const __napiBindingTarget = himcore.__napiBindingTarget
