// Hand-written companion of the generated HimCore.swift (kept out of the
// generated file so `make swift-bindings` never overwrites it).

extension HimCoreError {
    /// The core's stable machine code (`FHIR_INVALID_RESOURCE`,
    /// `CODE_UNKNOWN_SYSTEM`, `INVALID_DATE`, ...), whatever the area:
    ///
    ///     do { _ = try validateCode(system: "icd9", code: "250.00", date: nil) }
    ///     catch let e as HimCoreError { print(e.code) }
    ///
    /// Branch on the code, never on the detail text.
    public var code: String {
        switch self {
        case .Fhir(let code, _, _): return code
        case .Codes(let code, _): return code
        case .Consent(let code, _): return code
        case .Hl7(let code, _, _, _): return code
        case .Retention(let code, _): return code
        case .Audit(let code, _): return code
        case .Roi(let code, _): return code
        case .InvalidArgument(let code, _): return code
        }
    }

    /// The human-readable detail (may change between versions).
    public var detail: String {
        switch self {
        case .Fhir(_, let detail, _): return detail
        case .Codes(_, let detail): return detail
        case .Consent(_, let detail): return detail
        case .Hl7(_, let detail, _, _): return detail
        case .Retention(_, let detail): return detail
        case .Audit(_, let detail): return detail
        case .Roi(_, let detail): return detail
        case .InvalidArgument(_, let detail): return detail
        }
    }
}
