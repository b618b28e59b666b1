//! Read access to the generated tables in `crates/himcore/data/codes/`.
//!
//! Layout (written by `crates/himcore-datagen/src/bin/codes.rs`):
//! a `.keys` table is a sorted array of 8-byte little-endian `u64`, each the
//! code (at most 7 ASCII characters, no dot) packed big-endian into the upper
//! seven bytes, zero-padded, with a flags byte in the lowest byte. Ordering the
//! keys by `key >> 8` is byte-wise ordering of the codes, so a lookup is a
//! binary search. Text tables are UTF-8 strings ended by `\n`, addressed by
//! `u32` offsets. Nothing is parsed at start-up: every read is a bounds-checked
//! slice of the embedded bytes.

/// Offset value meaning "no entry".
pub(crate) const NONE: u32 = u32::MAX;

/// Number of the 3-character prefix of a code (digits 0-9, letters 10-35),
/// in code order; None for shorter codes or other characters.
#[inline]
pub(crate) fn prefix_number(code: &[u8]) -> Option<usize> {
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(usize::from(c - b'0')),
        b'A'..=b'Z' => Some(usize::from(c - b'A') + 10),
        _ => None,
    };
    Some((digit(*code.first()?)? * 36 + digit(*code.get(1)?)?) * 36 + digit(*code.get(2)?)?)
}

/// Packs an upper-case ASCII code of 1..=7 characters into a key (flags 0).
pub(crate) fn pack(code: &[u8]) -> Option<u64> {
    if code.is_empty() || code.len() > 7 {
        return None;
    }
    let mut k = [0u8; 8];
    k.get_mut(..code.len())?.copy_from_slice(code);
    Some(u64::from_be_bytes(k))
}

/// Unpacks the code of a key into a small inline buffer.
pub(crate) fn unpack(key: u64) -> ([u8; 7], usize) {
    let b = key.to_be_bytes();
    let mut out = [0u8; 7];
    let mut n = 0;
    for (o, c) in out.iter_mut().zip(b.iter().take(7)) {
        if *c == 0 {
            break;
        }
        *o = *c;
        n += 1;
    }
    (out, n)
}

/// A sorted key table.
#[derive(Clone, Copy)]
pub(crate) struct Keys(pub &'static [u8]);

impl Keys {
    /// Number of keys.
    pub(crate) fn len(self) -> usize {
        self.0.len() / 8
    }

    /// The raw key (code and flags) at `i`.
    #[inline]
    pub(crate) fn get(self, i: usize) -> Option<u64> {
        let s = self.0.get(i * 8..i * 8 + 8)?;
        let a: [u8; 8] = s.try_into().ok()?;
        Some(u64::from_le_bytes(a))
    }

    /// Index of the first key whose code is >= `packed` (flags ignored).
    #[inline]
    pub(crate) fn lower_bound(self, packed: u64) -> usize {
        let want = packed >> 8;
        let (mut lo, mut hi) = (0usize, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.get(mid) {
                Some(k) if (k >> 8) < want => lo = mid + 1,
                _ => hi = mid,
            }
        }
        lo
    }

    /// Index and flags of an exact code of at least 3 characters, searching
    /// only the keys of its 3-character prefix (`.idx` table, see
    /// `prefix_number`).
    #[inline]
    pub(crate) fn find_indexed(self, index: &[u8], packed: u64) -> Option<(usize, u8)> {
        let p = prefix_number(&packed.to_be_bytes())?;
        let mut lo = u32_at(index, p * 4)? as usize;
        let mut hi = u32_at(index, p * 4 + 4)? as usize;
        let want = packed >> 8;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let k = self.get(mid)?;
            match (k >> 8).cmp(&want) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some((mid, (k & 0xFF) as u8)),
            }
        }
        None
    }

    /// Index and flags of an exact code.
    #[inline]
    pub(crate) fn find(self, packed: u64) -> Option<(usize, u8)> {
        let i = self.lower_bound(packed);
        let k = self.get(i)?;
        ((k >> 8) == (packed >> 8)).then_some((i, (k & 0xFF) as u8))
    }
}

/// Reads a little-endian `u32` at byte offset `at`.
#[inline]
pub(crate) fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let a: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
    Some(u32::from_le_bytes(a))
}

/// Reads a little-endian `u16` at byte offset `at`.
#[inline]
pub(crate) fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let a: [u8; 2] = bytes.get(at..at + 2)?.try_into().ok()?;
    Some(u16::from_le_bytes(a))
}

/// Reads a little-endian `u64` at byte offset `at`.
#[inline]
pub(crate) fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    let a: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(a))
}

/// The `\n`-terminated string starting at `off` in a text table.
pub(crate) fn text_at(text: &'static str, off: u32) -> Option<&'static str> {
    if off == NONE {
        return None;
    }
    let rest = text.get(off as usize..)?;
    Some(rest.split('\n').next().unwrap_or(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_orders_codes_bytewise_and_round_trips() {
        let a = pack(b"A00").unwrap();
        let b = pack(b"A000").unwrap();
        let c = pack(b"A01").unwrap();
        assert!(a < b && b < c);
        let (buf, n) = unpack(b | 0x55);
        assert_eq!(&buf[..n], b"A000");
        assert!(pack(b"").is_none() && pack(b"ABCDEFGH").is_none());
    }
}
