//! Secret keys for keyed de-identification methods (HMAC-SHA256 pseudonyms,
//! AES-256-GCM encryption, keyed date shifts and surrogates).
//!
//! A [`DeidKey`] is built from caller-supplied bytes (the CLI reads a file or
//! an environment variable; the core does no I/O). It never prints: `Debug`
//! shows `DeidKey(<redacted>)`, and its bytes are zeroised on drop. Sub-keys
//! for each purpose are derived with HMAC so one secret never serves two
//! algorithms directly.

use super::DeidError;
use ring::{aead, hmac, rand::SecureRandom};
use zeroize::Zeroizing;

/// Minimum key length in bytes (128 bits of secret).
pub const MIN_KEY_BYTES: usize = 16;

/// A secret de-identification key. Cloning copies the secret (also zeroised on drop).
#[derive(Clone)]
pub struct DeidKey {
    bytes: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for DeidKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeidKey(<redacted>)")
    }
}

impl DeidKey {
    /// Builds a key from raw secret bytes (at least [`MIN_KEY_BYTES`]).
    /// Surrounding ASCII whitespace is trimmed so a key file with a trailing
    /// newline gives the same key as the bare secret.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DeidError> {
        let start = bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(bytes.len());
        let end = bytes
            .iter()
            .rposition(|b| !b.is_ascii_whitespace())
            .map_or(start, |p| p + 1);
        let trimmed = bytes.get(start..end).unwrap_or(&[]);
        if trimmed.len() < MIN_KEY_BYTES {
            return Err(DeidError::KeyInvalid {
                min: MIN_KEY_BYTES,
                got: trimmed.len(),
            });
        }
        Ok(DeidKey {
            bytes: Zeroizing::new(trimmed.to_vec()),
        })
    }

    fn subkey(&self, purpose: &str) -> Zeroizing<Vec<u8>> {
        let k = hmac::Key::new(hmac::HMAC_SHA256, &self.bytes);
        Zeroizing::new(hmac::sign(&k, purpose.as_bytes()).as_ref().to_vec())
    }

    /// HMAC-SHA256 of `data` under the sub-key for `purpose`.
    pub fn mac(&self, purpose: &str, data: &[u8]) -> [u8; 32] {
        let sk = self.subkey(purpose);
        let k = hmac::Key::new(hmac::HMAC_SHA256, &sk);
        let tag = hmac::sign(&k, data);
        let mut out = [0u8; 32];
        out.copy_from_slice(tag.as_ref());
        out
    }

    /// A keyed 64-bit value of `data` for `purpose` (first 8 bytes of the MAC).
    pub fn mac_u64(&self, purpose: &str, data: &[u8]) -> u64 {
        let m = self.mac(purpose, data);
        m.first_chunk::<8>().map_or(0, |b| u64::from_be_bytes(*b))
    }

    /// Pseudonym of a value: lowercase hex of HMAC-SHA256 (first 16 bytes),
    /// stable for a key, unlinkable across keys.
    pub fn pseudonym(&self, data: &str) -> String {
        let m = self.mac("pseudonym", data.as_bytes());
        hex(m.first_chunk::<16>().map_or(&[], |c| c.as_slice()))
    }

    /// A keyed day offset in `[-max_days, max_days]` excluding 0, for `scope`
    /// (a patient identifier): every date of that patient moves by the same amount.
    pub fn date_shift_days(&self, scope: &str, max_days: u32) -> i64 {
        let max = i64::from(max_days.max(1));
        let v = self.mac_u64("date-shift", scope.as_bytes());
        let span = (2 * max) as u64;
        let r = (v % span) as i64; // 0..2max
        if r < max {
            r - max // -max..-1
        } else {
            r - max + 1 // 1..max
        }
    }

    /// AES-256-GCM encryption with a random 96-bit nonce; output is
    /// `base64url(nonce || ciphertext || tag)` prefixed `enc:v1:`.
    pub fn encrypt(&self, plaintext: &str) -> Result<String, DeidError> {
        let sk = self.subkey("aes-256-gcm");
        let unbound =
            aead::UnboundKey::new(&aead::AES_256_GCM, &sk).map_err(|_| DeidError::DecryptFailed)?;
        let key = aead::LessSafeKey::new(unbound);
        let mut nonce_bytes = [0u8; 12];
        ring::rand::SystemRandom::new()
            .fill(&mut nonce_bytes)
            .map_err(|_| DeidError::DecryptFailed)?;
        let mut buf = plaintext.as_bytes().to_vec();
        key.seal_in_place_append_tag(
            aead::Nonce::assume_unique_for_key(nonce_bytes),
            aead::Aad::empty(),
            &mut buf,
        )
        .map_err(|_| DeidError::DecryptFailed)?;
        let mut all = nonce_bytes.to_vec();
        all.extend_from_slice(&buf);
        Ok(format!("enc:v1:{}", b64url(&all)))
    }

    /// Reverses [`DeidKey::encrypt`]. Fails with `DEID_DECRYPT_FAILED` on a
    /// wrong key or altered text.
    pub fn decrypt(&self, token: &str) -> Result<String, DeidError> {
        let body = token
            .strip_prefix("enc:v1:")
            .ok_or(DeidError::DecryptFailed)?;
        let mut all = b64url_decode(body).ok_or(DeidError::DecryptFailed)?;
        if all.len() < 12 + 16 {
            return Err(DeidError::DecryptFailed);
        }
        let mut ct = all.split_off(12);
        let nonce: [u8; 12] = all.try_into().map_err(|_| DeidError::DecryptFailed)?;
        let sk = self.subkey("aes-256-gcm");
        let unbound =
            aead::UnboundKey::new(&aead::AES_256_GCM, &sk).map_err(|_| DeidError::DecryptFailed)?;
        let key = aead::LessSafeKey::new(unbound);
        let plain = key
            .open_in_place(
                aead::Nonce::assume_unique_for_key(nonce),
                aead::Aad::empty(),
                &mut ct,
            )
            .map_err(|_| DeidError::DecryptFailed)?;
        String::from_utf8(plain.to_vec()).map_err(|_| DeidError::DecryptFailed)
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn b64url(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 4 / 3 + 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let idx = ((n >> (18 - 6 * i)) & 63) as usize;
            if let Some(c) = B64.get(idx) {
                out.push(char::from(*c));
            }
        }
    }
    out
}

fn b64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for c in s.bytes() {
        let v = B64.iter().position(|x| *x == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> DeidKey {
        DeidKey::from_bytes(s.as_bytes()).unwrap()
    }

    #[test]
    fn debug_never_shows_key_bytes() {
        let k = key("super-secret-key-material");
        assert_eq!(format!("{k:?}"), "DeidKey(<redacted>)");
    }

    #[test]
    fn short_keys_are_rejected() {
        assert!(matches!(
            DeidKey::from_bytes(b"short\n"),
            Err(DeidError::KeyInvalid { got: 5, .. })
        ));
    }

    #[test]
    fn trailing_newline_does_not_change_key() {
        let a = key("0123456789abcdef0123");
        let b = DeidKey::from_bytes(b"0123456789abcdef0123\n").unwrap();
        assert_eq!(a.pseudonym("x"), b.pseudonym("x"));
    }

    #[test]
    fn encryption_round_trips_and_wrong_key_fails() {
        let a = key("0123456789abcdef0123");
        let b = key("fedcba9876543210fedc");
        let t = a.encrypt("Jane Doe").unwrap();
        assert_eq!(a.decrypt(&t).unwrap(), "Jane Doe");
        assert_eq!(b.decrypt(&t), Err(DeidError::DecryptFailed));
    }

    #[test]
    fn date_shift_is_nonzero_and_bounded() {
        let k = key("0123456789abcdef0123");
        for i in 0..200 {
            let d = k.date_shift_days(&format!("p{i}"), 30);
            assert!(d != 0 && (-30..=30).contains(&d));
        }
    }
}
