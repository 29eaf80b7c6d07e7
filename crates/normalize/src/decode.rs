//! Stage 1: bytes to text.
//!
//! The order is the one browsers use (WHATWG "decode"), because article dumps
//! are mostly saved web pages:
//! 1. a byte-order mark decides (`Encoding::for_bom`): UTF-8, UTF-16LE, UTF-16BE;
//! 2. bytes that are valid UTF-8 are UTF-8 — no detector is consulted, so a
//!    clean UTF-8 file can never be mis-detected;
//! 3. otherwise chardetng looks at the whole input (with a TLD hint when the
//!    caller knows the page's domain) and encoding_rs decodes with its guess.
//!    encoding_rs's GBK decoder is the WHATWG gb18030 decoder, so GB18030
//!    four-byte sequences decode exactly whichever of the two is guessed.
//!
//! Input with NUL bytes that is not UTF-16 is binary (ripgrep's rule) and is
//! refused with an error rather than decoded into noise.
//!
//! Besides the text, decoding records where every decoded character came from
//! in the input bytes, so that a character range of the decoded original can
//! always be turned back into the exact bytes of the file.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Why a document could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// NUL bytes outside UTF-16: an image, a PDF, an archive…
    Binary { first_nul: usize },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Binary { first_nul } => write!(
                f,
                "binary input: NUL byte at offset {first_nul} and no UTF-16 byte-order mark"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// The decoded original and its map back to bytes.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    /// How the encoding was decided: `"bom"`, `"utf-8"`, `"detected"`, `"declared"`.
    pub method: &'static str,
    /// Replacement characters the decoder had to insert for malformed bytes.
    pub replacements: usize,
    /// Byte offset of each decoded character, plus the total length at the end.
    /// `None` for UTF-8 input, where offsets follow from the text itself.
    byte_starts: Option<Vec<u32>>,
    /// Bytes skipped before the text (a UTF-8 BOM).
    prefix: usize,
}

impl Decoded {
    /// Byte range of the input that decoded characters `[start, end)` came from.
    pub fn byte_range(&self, start: usize, end: usize) -> (usize, usize) {
        let v = self.byte_offsets(&[start, end]);
        (v[0], v[1])
    }

    /// Byte offsets of many character positions at once (one pass over the text).
    /// `positions` may be in any order; the result is in the same order.
    pub fn byte_offsets(&self, positions: &[usize]) -> Vec<usize> {
        if let Some(starts) = &self.byte_starts {
            return positions
                .iter()
                .map(|&p| starts[p.min(starts.len() - 1)] as usize)
                .collect();
        }
        if positions.is_sorted() {
            let mut out = crate::char_offsets(&self.text, positions);
            for b in &mut out {
                *b += self.prefix;
            }
            return out;
        }
        let mut order: Vec<usize> = (0..positions.len()).collect();
        order.sort_by_key(|&i| positions[i]);
        let sorted: Vec<usize> = order.iter().map(|&i| positions[i]).collect();
        let offsets = crate::char_offsets(&self.text, &sorted);
        let mut out = vec![0usize; positions.len()];
        for (k, &i) in order.iter().enumerate() {
            out[i] = self.prefix + offsets[k];
        }
        out
    }
}

/// Decodes `bytes`. `declared` forces an encoding (a caller that knows it);
/// `tld` is the page's top-level domain as a hint for detection (`b"tw"`).
pub fn decode(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
    tld: Option<&[u8]>,
) -> Result<Decoded, DecodeError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(enc, &bytes[bom_len..], bom_len, "bom"));
    }
    if let Some(enc) = declared {
        return Ok(decode_with(enc, bytes, 0, "declared"));
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return Ok(decode_with(enc, bytes, 0, "detected"));
    }
    if let Some(first_nul) = memchr0(bytes) {
        return Err(DecodeError::Binary { first_nul });
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: s.to_string(),
            encoding: UTF_8,
            method: "utf-8",
            replacements: 0,
            byte_starts: None,
            prefix: 0,
        });
    }
    if let Some(d) = mostly_utf8(bytes) {
        return Ok(d);
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(tld, chardetng::Utf8Detection::Deny);
    Ok(decode_with(enc, bytes, 0, "detected"))
}

/// UTF-8 with a few broken sequences (a truncated download, one bad byte)
/// is UTF-8: left to detection it would be read as windows-1252 or GBK and
/// every character would be garbage.  It is UTF-8 when its valid non-ASCII
/// characters outnumber its broken sequences four to one — text in a legacy
/// encoding almost never forms valid multi-byte UTF-8 by chance.  Each broken
/// sequence becomes one U+FFFD, as the WHATWG decoder makes it.
fn mostly_utf8(bytes: &[u8]) -> Option<Decoded> {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    if good < 4 * bad.max(1) {
        return None;
    }
    let mut text = String::with_capacity(bytes.len() + 2 * bad);
    let mut starts: Vec<u32> = Vec::with_capacity(bytes.len());
    let mut at = 0usize;
    for chunk in bytes.utf8_chunks() {
        for (b, c) in chunk.valid().char_indices() {
            starts.push((at + b) as u32);
            text.push(c);
        }
        at += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            starts.push(at as u32);
            text.push('\u{FFFD}');
            at += chunk.invalid().len();
        }
    }
    starts.push(bytes.len() as u32);
    Some(Decoded {
        text,
        encoding: UTF_8,
        method: "utf-8",
        replacements: bad,
        byte_starts: Some(starts),
        prefix: 0,
    })
}

fn memchr0(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
}

/// UTF-16 without a BOM shows itself by NUL bytes on one parity only
/// (ASCII and Latin text); Chinese-only UTF-16 without a BOM is not guessed.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let n = bytes.len().min(4096) & !1;
    if n < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in bytes[..n].iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 { even += 1 } else { odd += 1 }
        }
    }
    let half = n / 2;
    if odd * 5 >= half * 2 && even * 20 < half {
        Some(UTF_16LE)
    } else if even * 5 >= half * 2 && odd * 20 < half {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Decodes without BOM handling, recording each character's byte offset.
///
/// The decoder is fed one byte at a time: whatever characters come out after
/// byte `i` end at `i + 1`. When several come out at once (a malformed lead
/// byte followed by ASCII gives U+FFFD and the ASCII character), the last one
/// owns the last byte and the others share the bytes before it.
fn decode_with(
    enc: &'static Encoding,
    bytes: &[u8],
    prefix: usize,
    method: &'static str,
) -> Decoded {
    if enc == UTF_8 {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors {
            return Decoded {
                text: text.into_owned(),
                encoding: enc,
                method,
                replacements: 0,
                byte_starts: None,
                prefix,
            };
        }
    }
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() * 3 / 2);
    let mut starts: Vec<u32> = Vec::with_capacity(bytes.len());
    let mut replacements = 0usize;
    // Bytes before this are accounted for.
    let mut pending_start = 0usize;
    let mut buf = [0u8; 64];
    for i in 0..=bytes.len() {
        let last = i == bytes.len();
        let input: &[u8] = if last { &[] } else { &bytes[i..i + 1] };
        let mut read_total = 0;
        loop {
            let (result, read, written) =
                decoder.decode_to_utf8_without_replacement(&input[read_total..], &mut buf, last);
            read_total += read;
            let at = i + read_total; // input consumed so far
            let s = std::str::from_utf8(&buf[..written]).unwrap_or_default();
            let n = s.chars().count();
            // Characters written end at `at`.  Several at once (Big5's two-
            // code-point sequences) share their bytes: the last owns them.
            for (k, c) in s.chars().enumerate() {
                let start = if k + 1 == n {
                    pending_start
                } else {
                    pending_start.min(at)
                };
                starts.push((prefix + start) as u32);
                text.push(c);
            }
            if n > 0 {
                pending_start = at;
            }
            match result {
                encoding_rs::DecoderResult::InputEmpty => break,
                encoding_rs::DecoderResult::OutputFull => continue,
                encoding_rs::DecoderResult::Malformed(bad, after) => {
                    // `bad` bytes ending `after` bytes before `at` were
                    // malformed; the `after` bytes belong to what follows
                    // (a GBK lead byte then ASCII, an unpaired surrogate
                    // then a character, a truncated UTF-8 sequence then a
                    // new one).
                    let end = at - usize::from(after);
                    let start = pending_start.min(end.saturating_sub(usize::from(bad)));
                    starts.push((prefix + start) as u32);
                    text.push('\u{FFFD}');
                    replacements += 1;
                    pending_start = end;
                }
            }
        }
    }
    starts.push((prefix + bytes.len()) as u32);
    Decoded {
        text,
        encoding: enc,
        method,
        replacements,
        byte_starts: Some(starts),
        prefix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_taken_as_is() {
        let d = decode("医疗帮扶".as_bytes(), None, None).unwrap();
        assert_eq!(d.text, "医疗帮扶");
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.byte_range(1, 3), (3, 9));
    }

    /// Fuzz finding: after an unpaired surrogate, the character that follows
    /// owns both of its bytes, not only the last one.
    #[test]
    fn a_character_after_an_unpaired_surrogate_owns_its_two_bytes() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in [0xD800u16, '漢' as u16, 'A' as u16] {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes, None, None).unwrap();
        assert_eq!(d.text, "\u{FFFD}漢A");
        assert_eq!(d.byte_range(0, 1), (2, 4));
        assert_eq!(d.byte_range(1, 2), (4, 6));
        assert_eq!(d.byte_range(2, 3), (6, 8));
    }

    /// A UTF-8 file with one broken byte stays UTF-8 (it used to be read as
    /// windows-1252), and each broken sequence is one U+FFFD at its bytes.
    #[test]
    fn utf8_with_a_few_broken_bytes_is_utf8() {
        let mut bytes = "医疗帮扶是东西部协作的重要内容".as_bytes().to_vec();
        bytes.insert(6, 0xFF);
        bytes.extend_from_slice(&[0xE5, 0x8C]); // a truncated last character
        let d = decode(&bytes, None, None).unwrap();
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.text, "医疗\u{FFFD}帮扶是东西部协作的重要内容\u{FFFD}");
        assert_eq!(d.replacements, 2);
        assert_eq!(d.byte_range(2, 3), (6, 7));
        assert_eq!(d.byte_range(3, 4), (7, 10));
        assert_eq!(d.byte_range(16, 17), (bytes.len() - 2, bytes.len()));
        // GBK is not mistaken for broken UTF-8.
        let (gbk, _, _) =
            encoding_rs::GBK.encode("医疗帮扶是东西部协作的重要内容，天津市南开区对口帮扶环县。");
        assert_ne!(decode(&gbk, None, None).unwrap().encoding, UTF_8);
    }

    /// Fuzz finding: a truncated UTF-8 sequence right before a new one —
    /// the replacement owns the truncated bytes, the next character all
    /// three of its own.
    #[test]
    fn a_truncated_sequence_does_not_take_the_next_character_s_lead_byte() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF, 0xE8, 0xB9];
        bytes.extend_from_slice("蹤A".as_bytes());
        let d = decode(&bytes, None, None).unwrap();
        assert_eq!(d.text, "\u{FFFD}蹤A");
        assert_eq!(d.byte_range(0, 1), (3, 5));
        assert_eq!(d.byte_range(1, 2), (5, 8));
        assert_eq!(d.byte_range(2, 3), (8, 9));
    }

    #[test]
    fn bom_decides() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "环县A".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes, None, None).unwrap();
        assert_eq!(d.text, "环县A");
        assert_eq!(d.encoding, UTF_16LE);
        assert_eq!(d.byte_range(0, 1), (2, 4));
        assert_eq!(d.byte_range(2, 3), (6, 8));
    }

    #[test]
    fn gbk_is_detected_and_offsets_follow_pairs() {
        let (bytes, _, _) = encoding_rs::GBK
            .encode("天津市卫生健康委员会对口帮扶安新县医疗卫生事业发展，派出30名专家。");
        let d = decode(&bytes, None, None).unwrap();
        assert_eq!(
            d.text,
            "天津市卫生健康委员会对口帮扶安新县医疗卫生事业发展，派出30名专家。"
        );
        assert!(d.encoding == encoding_rs::GBK || d.encoding == encoding_rs::GB18030);
        assert_eq!(d.byte_range(0, 2), (0, 4));
        // "30" are single bytes after 25 two-byte chars
        let pos = d.text.chars().position(|c| c == '3').unwrap();
        let (s, e) = d.byte_range(pos, pos + 2);
        assert_eq!(&bytes[s..e], b"30");
    }

    #[test]
    fn gb18030_four_byte_sequences_decode_exactly() {
        // U+20000 (CJK Ext. B) and U+00E9 are four-byte sequences in GB18030.
        let text = "中文𠀀字é";
        let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
        assert!(!unmappable);
        let d = decode(&bytes, Some(encoding_rs::GB18030), None).unwrap();
        assert_eq!(d.text, text);
        let (s, e) = d.byte_range(2, 3);
        assert_eq!(e - s, 4);
        let d2 = decode(&bytes, Some(encoding_rs::GBK), None).unwrap();
        assert_eq!(d2.text, text);
    }

    #[test]
    fn big5_is_detected() {
        let text = "天津市南開區和環縣不斷深化醫療幫扶協作，把推動基層醫療機構建設和提升醫療服務水平作為重點工作。";
        let (bytes, _, _) = encoding_rs::BIG5.encode(text);
        let d = decode(&bytes, None, None).unwrap();
        assert_eq!(d.encoding, encoding_rs::BIG5);
        assert_eq!(d.text, text);
    }

    #[test]
    fn binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        assert!(matches!(
            decode(png, None, None),
            Err(DecodeError::Binary { .. })
        ));
    }

    #[test]
    fn malformed_bytes_are_counted() {
        let mut bytes = encoding_rs::GBK.encode("医疗帮扶工作").0.into_owned();
        bytes.splice(4..4, [0x81, b' ']); // a lead byte followed by ASCII
        bytes.extend_from_slice(&[0xFF, b'A']); // 0xFF is never a lead byte
        let d = decode(&bytes, Some(encoding_rs::GBK), None).unwrap();
        assert!(d.replacements >= 1);
        let n = d.text.chars().count();
        assert_eq!(d.byte_range(0, n), (0, bytes.len()));
        assert!(d.text.ends_with('A'));
    }

    #[test]
    fn empty_input_is_empty_text() {
        let d = decode(b"", None, None).unwrap();
        assert_eq!(d.text, "");
    }

    #[test]
    fn utf16le_without_bom_is_sniffed() {
        let mut bytes = Vec::new();
        for u in "Hello, 世界 and more ASCII text".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes, None, None).unwrap();
        assert_eq!(d.text, "Hello, 世界 and more ASCII text");
    }
}
