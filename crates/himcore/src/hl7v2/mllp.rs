//! MLLP framing (HL7 Version 2 appendix C, "Minimal Lower Layer Protocol",
//! release 2): each message travels as `<VT> payload <FS><CR>`, with VT =
//! 0x0B and FS = 0x1C. This module works on byte buffers only; reading and
//! writing sockets is the caller's job.
//!
//! The decoder accepts ASCII whitespace between frames (some senders add a
//! newline) and rejects any other byte outside a frame, a start block inside
//! a frame, and frames larger than the configured maximum.

use super::error::{Hl7Error, LimitKind};

/// Start block (VT).
pub const START_BLOCK: u8 = 0x0b;
/// End block (FS).
pub const END_BLOCK: u8 = 0x1c;
/// Carriage return after the end block.
pub const CARRIAGE_RETURN: u8 = 0x0d;

/// Default largest frame accepted by [`decode`] (16 MiB).
pub const DEFAULT_MAX_FRAME: usize = 16 * 1024 * 1024;

/// Frames a payload: `VT payload FS CR`.
pub fn encode(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 3);
    encode_into(payload, &mut out);
    out
}

/// Appends a framed payload to a buffer (for framing many messages at once).
pub fn encode_into(payload: &[u8], out: &mut Vec<u8>) {
    out.push(START_BLOCK);
    out.extend_from_slice(payload);
    out.push(END_BLOCK);
    out.push(CARRIAGE_RETURN);
}

/// The complete frames found in a buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frames<'a> {
    /// The payloads of the complete frames, in order (borrowed).
    pub frames: Vec<&'a [u8]>,
    /// Bytes consumed: the rest of the buffer (a partial frame) must be kept
    /// and completed with more input.
    pub consumed: usize,
}

/// Finds the complete frames at the start of `buf` (see the module docs).
pub fn decode(buf: &[u8]) -> Result<Frames<'_>, Hl7Error> {
    decode_with(buf, DEFAULT_MAX_FRAME)
}

/// [`decode`] with an explicit largest frame size.
pub fn decode_with(buf: &[u8], max_frame: usize) -> Result<Frames<'_>, Hl7Error> {
    let mut frames = Vec::new();
    let mut pos = 0usize;
    let mut consumed = 0usize;
    while let Some(&b) = buf.get(pos) {
        if b.is_ascii_whitespace() {
            pos += 1;
            consumed = pos;
            continue;
        }
        if b != START_BLOCK {
            return Err(Hl7Error::MllpFraming {
                offset: pos,
                reason: format!("byte 0x{b:02x} outside a frame (expected start block 0x0b)"),
            });
        }
        let start = pos + 1;
        let rest = buf.get(start..).unwrap_or_default();
        match rest
            .iter()
            .position(|&c| c == END_BLOCK || c == START_BLOCK)
        {
            None => {
                if rest.len() > max_frame {
                    return Err(too_large(max_frame));
                }
                break; // partial frame: wait for more bytes
            }
            Some(i) => {
                if rest.get(i) == Some(&START_BLOCK) {
                    return Err(Hl7Error::MllpFraming {
                        offset: start + i,
                        reason: "start block inside a frame (missing end block)".into(),
                    });
                }
                if i > max_frame {
                    return Err(too_large(max_frame));
                }
                match rest.get(i + 1) {
                    None => break, // need the trailing CR
                    Some(&CARRIAGE_RETURN) => {
                        frames.push(rest.get(..i).unwrap_or_default());
                        pos = start + i + 2;
                        consumed = pos;
                    }
                    Some(&other) => {
                        return Err(Hl7Error::MllpFraming {
                            offset: start + i + 1,
                            reason: format!(
                                "byte 0x{other:02x} after the end block (expected CR 0x0d)"
                            ),
                        })
                    }
                }
            }
        }
    }
    Ok(Frames { frames, consumed })
}

fn too_large(max: usize) -> Hl7Error {
    Hl7Error::LimitExceeded {
        kind: LimitKind::FrameBytes,
        max,
        segment: 0,
        field: 0,
    }
}

/// A stateful decoder for a byte stream arriving in pieces.
#[derive(Debug, Clone, Default)]
pub struct Decoder {
    buf: Vec<u8>,
    max_frame: Option<usize>,
}

impl Decoder {
    /// A decoder with the default largest frame.
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// A decoder with an explicit largest frame.
    pub fn with_max_frame(max_frame: usize) -> Decoder {
        Decoder {
            buf: Vec::new(),
            max_frame: Some(max_frame),
        }
    }

    /// Adds bytes and returns the payloads of the frames they complete.
    /// After an error the decoder's buffer is cleared.
    pub fn push(&mut self, bytes: &[u8]) -> Result<Vec<Vec<u8>>, Hl7Error> {
        self.buf.extend_from_slice(bytes);
        let max = self.max_frame.unwrap_or(DEFAULT_MAX_FRAME);
        let (frames, consumed) = match decode_with(&self.buf, max) {
            Ok(f) => (
                f.frames.iter().map(|p| p.to_vec()).collect::<Vec<_>>(),
                f.consumed,
            ),
            Err(e) => {
                self.buf.clear();
                return Err(e);
            }
        };
        self.buf.drain(..consumed.min(self.buf.len()));
        Ok(frames)
    }

    /// Bytes held for an incomplete frame.
    pub fn pending(&self) -> usize {
        self.buf.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_then_decode_returns_payloads() {
        let mut buf = encode(b"MSH|^~\\&|A\r");
        encode_into(b"MSH|^~\\&|B\r", &mut buf);
        let f = decode(&buf).unwrap();
        assert_eq!(f.frames, vec![&b"MSH|^~\\&|A\r"[..], &b"MSH|^~\\&|B\r"[..]]);
        assert_eq!(f.consumed, buf.len());
    }

    #[test]
    fn partial_frame_is_left_unconsumed() {
        let mut buf = encode(b"one");
        buf.extend_from_slice(b"\x0btw");
        let f = decode(&buf).unwrap();
        assert_eq!(f.frames.len(), 1);
        assert_eq!(f.consumed, 6);
    }

    #[test]
    fn stray_bytes_and_missing_end_block_are_errors() {
        assert_eq!(
            decode(b"xx").unwrap_err(),
            Hl7Error::MllpFraming {
                offset: 0,
                reason: "byte 0x78 outside a frame (expected start block 0x0b)".into()
            }
        );
        assert!(matches!(
            decode(b"\x0bab\x0bcd\x1c\r"),
            Err(Hl7Error::MllpFraming { offset: 3, .. })
        ));
        assert!(matches!(
            decode(b"\x0bab\x1cX"),
            Err(Hl7Error::MllpFraming { offset: 4, .. })
        ));
    }

    #[test]
    fn oversized_frame_is_a_limit_error() {
        assert!(matches!(
            decode_with(b"\x0babcdef", 3),
            Err(Hl7Error::LimitExceeded {
                kind: LimitKind::FrameBytes,
                ..
            })
        ));
    }

    #[test]
    fn stream_decoder_reassembles_split_frames() {
        let mut d = Decoder::new();
        assert!(d.push(b"\x0bMSH|").unwrap().is_empty());
        assert_eq!(d.pending(), 5);
        let out = d.push(b"x\x1c\r").unwrap();
        assert_eq!(out, vec![b"MSH|x".to_vec()]);
        assert_eq!(d.pending(), 0);
    }
}
