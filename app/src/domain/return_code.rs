//! Return codes: what someone who saved their answers types, on any device, to get back to them
//! (decision 0028). Twelve characters of Crockford's base 32 (60 random bits: no letter that
//! reads as a digit, no U), shown in three groups of four; typed with or without spaces or
//! hyphens, in either case, with O read as 0 and I or L as 1.

/// Crockford's base-32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters in a code.
pub const LENGTH: usize = 12;

/// The code made from 60 of `random`'s bits, as stored (no separators).
pub fn from_random(random: u64) -> String {
    (0..LENGTH)
        .map(|i| ALPHABET[((random >> (5 * i)) & 31) as usize] as char)
        .collect()
}

/// The code as people see it: `K7QM-4TZP-9XWB`.
pub fn display(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The code someone typed, as stored, if it could be one.
pub fn normalise(typed: &str) -> Option<String> {
    let mut code = String::with_capacity(LENGTH);
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\u{2010}'..='\u{2015}' | '\t' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
            _ => return None,
        };
        if code.len() == LENGTH {
            return None;
        }
        code.push(c);
    }
    (code.len() == LENGTH).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_the_alphabet_and_read_back() {
        for random in [0, 1, u64::MAX, 0x0123_4567_89ab_cdef, 0xdead_beef] {
            let code = from_random(random);
            assert_eq!(code.len(), LENGTH);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
            assert_eq!(normalise(&code).as_deref(), Some(code.as_str()));
            assert_eq!(normalise(&display(&code)).as_deref(), Some(code.as_str()));
        }
        assert_eq!(from_random(0), "000000000000");
        assert_ne!(from_random(1), from_random(2));
    }

    #[test]
    fn typed_codes_forgive_case_spacing_and_lookalikes() {
        assert_eq!(display("K7QM4TZP9XWB"), "K7QM-4TZP-9XWB");
        for typed in [
            "K7QM-4TZP-9XWB",
            "k7qm 4tzp 9xwb",
            " K7QM4TZP9XWB ",
            "K7QM\u{2013}4TZP\u{2013}9XWB",
        ] {
            assert_eq!(normalise(typed).as_deref(), Some("K7QM4TZP9XWB"), "{typed}");
        }
        assert_eq!(normalise("OIL0-0000-0000").as_deref(), Some("011000000000"));
    }

    #[test]
    fn anything_else_is_no_code() {
        for typed in [
            "",
            "K7QM-4TZP",
            "K7QM-4TZP-9XWB-1",
            "K7QM-4TZP-9XWU",
            "K7QM-4TZP-9XW\u{e9}",
            "K7QM_4TZP_9XWB",
            "<script>alert(1)</script>",
        ] {
            assert_eq!(normalise(typed), None, "{typed}");
        }
    }
}
