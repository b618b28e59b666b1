//! Errors of the de-identification engines, each with a stable code.

use crate::ErrorCode;

/// Why a de-identification call failed. Messages never contain key material
/// or PHI values; they name paths, rule indexes and codes only.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeidError {
    /// A keyed method (pseudonymize, encrypt, date_shift, surrogate) was
    /// requested but no key was supplied. There is never a default key.
    #[error("a de-identification key is required for method `{method}` but none was given")]
    KeyMissing {
        /// The method that needed the key.
        method: String,
    },
    /// The key bytes are unusable (too short).
    #[error("de-identification key too short: need at least {min} bytes, got {got}")]
    KeyInvalid {
        /// Minimum length in bytes.
        min: usize,
        /// Supplied length in bytes.
        got: usize,
    },
    /// The policy document is not valid (bad JSON, unknown method, bad selector).
    #[error("invalid de-identification policy: {0}")]
    PolicyInvalid(String),
    /// A named preset does not exist.
    #[error("unknown de-identification preset `{0}` (known: safe-harbor, limited-data-set, pseudonymized-research)")]
    PresetUnknown(String),
    /// The input is not a FHIR resource (not an object with a string `resourceType`).
    #[error("not a FHIR resource: {0}")]
    NotAResource(String),
    /// A rule could not be applied to a value (for example `perturb` on a string).
    #[error("rule {rule} (`{method}`) cannot be applied at {path}: {reason}")]
    MethodFailed {
        /// Index of the rule in the policy.
        rule: usize,
        /// The method name.
        method: String,
        /// The element path (no values).
        path: String,
        /// Why.
        reason: String,
    },
    /// Decryption failed: wrong key or altered ciphertext.
    #[error("decryption failed: wrong key or altered ciphertext")]
    DecryptFailed,
    /// An embedded dictionary failed to load (a build defect).
    #[error("embedded de-identification dictionary `{0}` is corrupt")]
    DictionaryCorrupt(&'static str),
    /// A worker thread of a parallel batch stopped unexpectedly (a defect).
    #[error("a de-identification worker thread failed")]
    WorkerFailed,
    /// A gold-standard span or input offset is out of range.
    #[error("invalid span: {0}")]
    InvalidSpan(String),
}

impl ErrorCode for DeidError {
    fn code(&self) -> &'static str {
        match self {
            DeidError::KeyMissing { .. } => "DEID_KEY_MISSING",
            DeidError::KeyInvalid { .. } => "DEID_KEY_INVALID",
            DeidError::PolicyInvalid(_) => "DEID_POLICY_INVALID",
            DeidError::PresetUnknown(_) => "DEID_PRESET_UNKNOWN",
            DeidError::NotAResource(_) => "DEID_NOT_A_RESOURCE",
            DeidError::MethodFailed { .. } => "DEID_METHOD_FAILED",
            DeidError::DecryptFailed => "DEID_DECRYPT_FAILED",
            DeidError::DictionaryCorrupt(_) => "DEID_DICTIONARY_CORRUPT",
            DeidError::InvalidSpan(_) => "DEID_INVALID_SPAN",
            DeidError::WorkerFailed => "DEID_WORKER_FAILED",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_level_error_delegates_the_deid_code() {
        let e: crate::Error = DeidError::KeyMissing {
            method: "pseudonymize".into(),
        }
        .into();
        assert_eq!(e.code(), "DEID_KEY_MISSING");
        assert!(!e.to_string().is_empty());
    }

    #[test]
    fn messages_name_the_method_never_a_value() {
        let e = DeidError::MethodFailed {
            rule: 3,
            method: "perturb".into(),
            path: "Observation.valueString".into(),
            reason: "perturb needs a number".into(),
        };
        assert_eq!(e.code(), "DEID_METHOD_FAILED");
        assert!(e.to_string().contains("Observation.valueString"));
    }
}
