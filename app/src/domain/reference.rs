//! Response references: short, unguessable and easy to read out over the phone.
//!
//! Twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V: 29 symbols), grouped in fours:
//! `7KQM-3XPD-9HWT`. 29^12 is about 2^58 possibilities, so references cannot be guessed.

pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";
pub const LENGTH: usize = 12;

/// Builds a reference from `LENGTH` indices into `ALPHABET` (the server draws them at random).
pub fn from_indices(indices: &[usize; LENGTH]) -> String {
    let chars: String = indices
        .iter()
        .map(|i| ALPHABET[i % ALPHABET.len()] as char)
        .collect();
    format!("{}-{}-{}", &chars[0..4], &chars[4..8], &chars[8..12])
}

/// Accepts what a person might type or say back (lower case, spaces, missing hyphens) and returns
/// the canonical form, or `None` if it cannot be a reference.
pub fn normalise(input: &str) -> Option<String> {
    let chars: Vec<u8> = input
        .bytes()
        .filter(|b| !matches!(b, b'-' | b' '))
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if chars.len() != LENGTH || !chars.iter().all(|c| ALPHABET.contains(c)) {
        return None;
    }
    let mut indices = [0usize; LENGTH];
    for (slot, c) in indices.iter_mut().zip(&chars) {
        *slot = ALPHABET.iter().position(|a| a == c)?;
    }
    Some(from_indices(&indices))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_grouped_and_avoid_look_alikes() {
        let reference = from_indices(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 28]);
        assert_eq!(reference, "2345-6789-ABCZ");
        for c in ['0', 'O', '1', 'I', 'L', 'U', 'V'] {
            assert!(!ALPHABET.contains(&(c as u8)), "{c} is ambiguous");
        }
    }

    #[test]
    fn normalise_accepts_spoken_forms_and_rejects_others() {
        assert_eq!(
            normalise("7kqm 3xpd 9hwt").as_deref(),
            Some("7KQM-3XPD-9HWT")
        );
        assert_eq!(
            normalise("7KQM-3XPD-9HWT").as_deref(),
            Some("7KQM-3XPD-9HWT")
        );
        assert_eq!(normalise("7KQM-3XPD-9HW"), None);
        assert_eq!(normalise("7KQM-3XPD-9HW0"), None);
        assert_eq!(normalise("../../etc/passwd"), None);
    }
}
