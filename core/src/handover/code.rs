//! The compact hand-over code: the payload's JSON, zlib-compressed when that is shorter, written in a
//! 41-character alphabet that a QR code stores in its alphanumeric mode (5.5 bits a character) and that is
//! safe in a link's fragment and in a WhatsApp message.
//!
//! Two bytes become three characters (41³ = 68,921 ≥ 65,536) and a last odd byte two, as in base45
//! (RFC 9285), whose alphabet this is without the space, `%`, `*` and `.`: a space or `%` breaks a link, `*` is
//! WhatsApp's bold marker, and `.` ends the code in a message. zlib's checksum makes a changed or cut code fail
//! to read instead of reading wrong.

const ALPHABET: &[u8; 41] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$+-/:";
const BASE: u32 = 41;

/// Ends a code in a message, so words after it are not read as part of it. Optional when reading.
pub const END: char = '.';

pub(crate) fn is_code_char(c: char) -> bool {
    c.is_ascii() && ALPHABET.contains(&(c as u8))
}

fn digit(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// Bytes as code characters.
pub fn to_chars(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3 / 2 + 2);
    let mut push = |mut n: u32, count: usize| {
        for _ in 0..count {
            out.push(ALPHABET[(n % BASE) as usize] as char);
            n /= BASE;
        }
    };
    for pair in bytes.chunks(2) {
        match pair {
            [a, b] => push(u32::from(*a) << 8 | u32::from(*b), 3),
            [a] => push(u32::from(*a), 2),
            _ => unreachable!(),
        }
    }
    out
}

/// Code characters back to bytes; `None` when a character or a group is not one this alphabet writes.
pub fn from_chars(code: &str) -> Option<Vec<u8>> {
    let code = code.as_bytes();
    if code.len() % 3 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(code.len() * 2 / 3 + 1);
    for group in code.chunks(3) {
        let mut n = 0u32;
        for &c in group.iter().rev() {
            n = n * BASE + digit(c)?;
        }
        match group.len() {
            3 if n <= 0xFFFF => out.extend([(n >> 8) as u8, n as u8]),
            2 if n <= 0xFF => out.push(n as u8),
            _ => return None,
        }
    }
    Some(out)
}

/// The JSON compressed when that is shorter (most forms), as is otherwise; a reader tells them apart by the
/// first byte (`{` starts JSON, zlib's header never does).
pub fn pack(json: &str) -> Vec<u8> {
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 10);
    if compressed.len() < json.len() {
        compressed
    } else {
        json.as_bytes().to_vec()
    }
}

/// The JSON back, at most `limit` bytes of it; `None` when damaged.
pub fn unpack(bytes: &[u8], limit: usize) -> Option<String> {
    let json = match bytes.first()? {
        b'{' => bytes.to_vec(),
        _ => miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(bytes, limit).ok()?,
    };
    String::from_utf8(json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip_through_the_alphabet_at_every_length() {
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 97 + 13) as u8).collect();
            let chars = to_chars(&bytes);
            assert_eq!(chars.len(), len / 2 * 3 + len % 2 * 2);
            assert!(chars.chars().all(is_code_char));
            assert_eq!(from_chars(&chars), Some(bytes));
        }
        assert_eq!(to_chars(&[0xFF, 0xFF]), "H:-", "65535 = 17 + 40·41 + 38·41²");
        assert_eq!(from_chars("H:-"), Some(vec![0xFF, 0xFF]));
    }

    #[test]
    fn characters_outside_the_alphabet_and_impossible_groups_are_refused() {
        assert_eq!(from_chars("ab1"), None, "lower case is not written");
        assert_eq!(from_chars("A"), None, "a group of one cannot occur");
        assert_eq!(from_chars(":::"), None, "41³−1 is over two bytes");
        assert_eq!(from_chars("::"), None, "41²−1 is over one byte");
    }

    #[test]
    fn compression_is_used_only_when_it_pays_and_both_read_back() {
        let short = r#"{"f":"x","v":1,"a":{}}"#;
        assert_eq!(pack(short), short.as_bytes(), "too short to gain");
        let long = format!(r#"{{"f":"x","v":1,"a":{{"k":"{}"}}}}"#, "Dusun Krajan ".repeat(20));
        let packed = pack(&long);
        assert!(packed.len() < long.len() / 2);
        assert_eq!(unpack(&packed, 10_000).as_deref(), Some(long.as_str()));
        assert_eq!(unpack(short.as_bytes(), 10_000).as_deref(), Some(short));
        assert_eq!(unpack(&packed, 20), None, "over the limit is refused, not truncated");
        let mut changed = packed.clone();
        let middle = changed.len() / 2;
        changed[middle] ^= 1;
        assert_eq!(unpack(&changed, 10_000), None, "the checksum catches a changed byte");
        assert_eq!(unpack(&packed[..packed.len() - 3], 10_000), None, "a cut code fails");
    }
}
