//! Audit keys. The HMAC key chains entries so that nobody without it can
//! rewrite the log; the Ed25519 key signs checkpoints so that a third party
//! holding only the public key can verify the log up to the last checkpoint.
//! Key bytes never appear in `Debug` output or error messages, and the
//! copies himcore holds are zeroised on drop (ring keeps its own expanded
//! copy of the HMAC key, which it does not zeroise).

use super::AuditError;
use ring::signature::{Ed25519KeyPair, KeyPair, UnparsedPublicKey, ED25519};
use zeroize::Zeroizing;

/// The secret HMAC-SHA256 key that chains the log.
pub struct AuditKey {
    key: ring::hmac::Key,
    _raw: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(<redacted>)")
    }
}

/// Minimum HMAC key length accepted (bytes).
pub const MIN_KEY_BYTES: usize = 32;

impl AuditKey {
    /// A key from raw bytes (at least 32).
    pub fn from_bytes(bytes: &[u8]) -> Result<AuditKey, AuditError> {
        if bytes.len() < MIN_KEY_BYTES {
            return Err(AuditError::KeyInvalid(format!(
                "an audit key needs at least {MIN_KEY_BYTES} bytes, got {}",
                bytes.len()
            )));
        }
        Ok(AuditKey {
            key: ring::hmac::Key::new(ring::hmac::HMAC_SHA256, bytes),
            _raw: Zeroizing::new(bytes.to_vec()),
        })
    }

    /// A key from text as kept in a key file or environment variable: 64 or
    /// more hex digits (surrounding whitespace ignored).
    pub fn from_hex(text: &str) -> Result<AuditKey, AuditError> {
        let raw = Zeroizing::new(
            decode_hex(text.trim())
                .ok_or_else(|| AuditError::KeyInvalid("the audit key is not hex".into()))?,
        );
        AuditKey::from_bytes(&raw)
    }

    pub(crate) fn sign(&self, data: &[u8]) -> ring::hmac::Tag {
        ring::hmac::sign(&self.key, data)
    }

    pub(crate) fn verify(&self, data: &[u8], tag: &[u8]) -> bool {
        ring::hmac::verify(&self.key, data, tag).is_ok()
    }
}

/// The Ed25519 key that signs checkpoints.
pub struct SigningKey {
    pair: Ed25519KeyPair,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey(public {})", self.public_key().to_hex())
    }
}

impl SigningKey {
    /// A key from a PKCS#8 (v1 or v2) document, as `him audit keygen` writes.
    pub fn from_pkcs8(der: &[u8]) -> Result<SigningKey, AuditError> {
        Ed25519KeyPair::from_pkcs8_maybe_unchecked(der)
            .map(|pair| SigningKey { pair })
            .map_err(|_| {
                AuditError::KeyInvalid("the signing key is not an Ed25519 PKCS#8 document".into())
            })
    }

    /// The public half, for third-party verification.
    pub fn public_key(&self) -> VerifyingKey {
        let mut k = [0u8; 32];
        k.copy_from_slice(self.pair.public_key().as_ref());
        VerifyingKey(k)
    }

    pub(crate) fn sign(&self, msg: &[u8]) -> Vec<u8> {
        self.pair.sign(msg).as_ref().to_vec()
    }
}

/// An Ed25519 public key that verifies checkpoints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerifyingKey(pub [u8; 32]);

impl VerifyingKey {
    /// From 64 hex digits.
    pub fn from_hex(text: &str) -> Result<VerifyingKey, AuditError> {
        let bytes = decode_hex(text.trim())
            .ok_or_else(|| AuditError::KeyInvalid("public key is not hex".into()))?;
        let arr: [u8; 32] = bytes
            .try_into()
            .map_err(|_| AuditError::KeyInvalid("an Ed25519 public key has 32 bytes".into()))?;
        Ok(VerifyingKey(arr))
    }

    /// Lowercase hex.
    pub fn to_hex(&self) -> String {
        to_hex(&self.0)
    }

    pub(crate) fn verify(&self, msg: &[u8], sig: &[u8]) -> bool {
        UnparsedPublicKey::new(&ED25519, &self.0)
            .verify(msg, sig)
            .is_ok()
    }
}

/// Lowercase hex of bytes.
pub(crate) fn to_hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        for nibble in [b >> 4, b & 15] {
            // A nibble is always a hex digit.
            s.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
        }
    }
    s
}

/// Bytes of a hex string; `None` for odd length or a non-hex digit.
pub(crate) fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    let digit = |c: u8| -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    };
    s.as_bytes()
        .chunks(2)
        .map(|p| match p {
            [a, b] => Some(digit(*a)? << 4 | digit(*b)?),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_never_print_their_secret() {
        let k = AuditKey::from_bytes(&[7u8; 32]).unwrap();
        let shown = format!("{k:?}");
        assert_eq!(shown, "AuditKey(<redacted>)");
        assert!(!shown.contains("0707"));
    }

    #[test]
    fn short_or_non_hex_keys_are_refused() {
        assert!(AuditKey::from_bytes(&[1u8; 16]).is_err());
        assert!(AuditKey::from_hex("zz").is_err());
        assert!(AuditKey::from_hex(&"ab".repeat(32)).is_ok());
        let e = AuditKey::from_hex("abcd").unwrap_err();
        assert!(!e.to_string().contains("abcd"));
    }

    #[test]
    fn hex_round_trips() {
        let b = [0u8, 1, 127, 128, 255];
        assert_eq!(decode_hex(&to_hex(&b)).unwrap(), b);
    }
}
