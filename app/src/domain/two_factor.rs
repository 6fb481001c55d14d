//! Two-factor sign-in with an authenticator app (decision 0036): time-based one-time codes
//! (TOTP, RFC 6238: HMAC-SHA1, six digits, 30-second steps, as every authenticator app
//! reads them) and one-use recovery codes for a lost phone. Pure: the service stores secrets
//! and codes.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// Seconds each code lasts.
pub const STEP_SECONDS: i64 = 30;
/// Digits in a code.
pub const CODE_DIGITS: usize = 6;
/// Bytes in a new secret (160 bits, as RFC 4226 recommends).
pub const SECRET_BYTES: usize = 20;
/// Recovery codes given at a time.
pub const RECOVERY_CODES: usize = 10;
/// How long a sign-in waits for its second step.
pub const CHALLENGE_LIFETIME: Duration = Duration::minutes(10);
/// Wrong codes a sign-in may take before its password must be typed again.
pub const CHALLENGE_TRIES: i32 = 5;

/// What a sign-in whose password was right still needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SecondStep {
    /// A code from the person's authenticator app (or a recovery code).
    Code,
    /// The site requires two-factor sign-in and the person has not set it up: they do so now.
    Enrol,
}

impl SecondStep {
    pub fn code(self) -> &'static str {
        match self {
            SecondStep::Code => "code",
            SecondStep::Enrol => "enrol",
        }
    }

    pub fn parse(code: &str) -> Option<SecondStep> {
        [SecondStep::Code, SecondStep::Enrol]
            .into_iter()
            .find(|step| step.code() == code)
    }

    /// How long the step waits: ten minutes for a code; half an hour to install an app and set
    /// it up.
    pub fn lifetime(self) -> Duration {
        match self {
            SecondStep::Code => CHALLENGE_LIFETIME,
            SecondStep::Enrol => Duration::minutes(30),
        }
    }
}

/// The 30-second step `now` falls in (counted from 1970, as authenticator apps count).
pub fn time_step(now: DateTime<Utc>) -> u64 {
    now.timestamp().max(0) as u64 / STEP_SECONDS as u64
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// `bytes` in base 32 (RFC 4648, no padding): how a secret is typed into an authenticator app.
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(BASE32[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(BASE32[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// `text` in groups of four separated by spaces, easier to read and type from a screen.
pub fn in_groups(text: &str) -> String {
    text.as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

fn percent_encoded(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The `otpauth://` address a QR code carries: the app learns the secret, and names the entry
/// after the site (`issuer`) and the person's email.
pub fn otpauth_uri(issuer: &str, account: &str, secret_base32: &str) -> String {
    let issuer = percent_encoded(issuer);
    format!(
        "otpauth://totp/{issuer}:{}?secret={secret_base32}&issuer={issuer}&algorithm=SHA1&digits={CODE_DIGITS}&period={STEP_SECONDS}",
        percent_encoded(account)
    )
}

/// What someone typed at the second step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnteredCode {
    /// Six digits from the app.
    App(String),
    /// A recovery code, normalised (`xxxxx-xxxxx`, lower case).
    Recovery(String),
}

/// The characters of a recovery code: lower-case letters and digits less those easily confused
/// (0/o, 1/l/i).
const RECOVERY_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
const RECOVERY_HALF: usize = 5;

/// Reads what was typed: spaces and hyphens anywhere are ignored (people copy codes as they
/// see them), and letters in either case. Anything else is no code.
pub fn parse_entered(typed: &str) -> Option<EnteredCode> {
    let compact: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if compact.len() == CODE_DIGITS && compact.bytes().all(|b| b.is_ascii_digit()) {
        return Some(EnteredCode::App(compact));
    }
    let lower = compact.to_ascii_lowercase();
    if lower.len() == 2 * RECOVERY_HALF && lower.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)) {
        return Some(EnteredCode::Recovery(format!(
            "{}-{}",
            &lower[..RECOVERY_HALF],
            &lower[RECOVERY_HALF..]
        )));
    }
    None
}

/// A recovery code (`xxxxx-xxxxx`, about 50 bits) drawn from `random_byte`. Bytes that would
/// make some characters likelier than others are skipped.
pub fn recovery_code(mut random_byte: impl FnMut() -> u8) -> String {
    let alphabet = RECOVERY_ALPHABET.len();
    let fair_below = (256 / alphabet * alphabet) as u8;
    let mut code = String::with_capacity(2 * RECOVERY_HALF + 1);
    while code.len() < 2 * RECOVERY_HALF + 1 {
        if code.len() == RECOVERY_HALF {
            code.push('-');
            continue;
        }
        let byte = random_byte();
        if byte < fair_below {
            code.push(RECOVERY_ALPHABET[usize::from(byte) % alphabet] as char);
        }
    }
    code
}

/// The code an authenticator app shows for `secret` at time step `step` (RFC 6238 with
/// HMAC-SHA1, six digits).
#[cfg(feature = "ssr")]
pub fn code_at(secret: &[u8], step: u64) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = <Hmac<sha1::Sha1> as Mac>::new_from_slice(secret).expect("HMAC takes any key");
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    // RFC 4226's dynamic truncation: four bytes from where the last byte's low nibble says.
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let value = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    format!("{:06}", value % 1_000_000)
}

/// The step `code` was shown at, if it is right for `secret` within one step either side of
/// `now_step` (phones' clocks drift) and later than `last_step` (a code works once, and an
/// older one after a newer was used not at all).
#[cfg(feature = "ssr")]
pub fn accepted_step(
    secret: &[u8],
    code: &str,
    now_step: u64,
    last_step: Option<u64>,
) -> Option<u64> {
    let mut found = None;
    // Every candidate is computed and compared in full, so the time taken says nothing.
    for step in [now_step.saturating_sub(1), now_step, now_step + 1] {
        let expected = code_at(secret, step);
        let same = expected
            .bytes()
            .zip(code.bytes())
            .fold(expected.len() ^ code.len(), |diff, (a, b)| {
                diff | usize::from(a ^ b)
            })
            == 0;
        if same && last_step.is_none_or(|last| step > last) && found.is_none() {
            found = Some(step);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_follows_rfc_4648() {
        assert_eq!(base32(b""), "");
        assert_eq!(base32(b"f"), "MY");
        assert_eq!(base32(b"fo"), "MZXQ");
        assert_eq!(base32(b"foo"), "MZXW6");
        assert_eq!(base32(b"foob"), "MZXW6YQ");
        assert_eq!(base32(b"fooba"), "MZXW6YTB");
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32(&[0u8; SECRET_BYTES]).len(), 32);
        assert_eq!(in_groups("ABCDEFGHIJ"), "ABCD EFGH IJ");
    }

    #[test]
    fn codes_match_rfc_6238() {
        // RFC 6238 appendix B (SHA-1), the last six of its eight digits.
        let secret = b"12345678901234567890";
        for (seconds, expected) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
        ] {
            let now = DateTime::from_timestamp(seconds, 0).unwrap();
            assert_eq!(code_at(secret, time_step(now)), expected, "at {seconds}");
        }
    }

    #[test]
    fn a_code_is_accepted_a_step_either_side_and_only_once() {
        let secret = b"12345678901234567890";
        let step = 1000;
        for shown in [step - 1, step, step + 1] {
            let code = code_at(secret, shown);
            assert_eq!(accepted_step(secret, &code, step, None), Some(shown));
            // Used once: not again, nor any earlier code.
            assert_eq!(accepted_step(secret, &code, step, Some(shown)), None);
        }
        assert_eq!(
            accepted_step(secret, &code_at(secret, step - 2), step, None),
            None
        );
        assert_eq!(
            accepted_step(secret, &code_at(secret, step + 2), step, None),
            None
        );
        assert_eq!(accepted_step(secret, "12345", step, None), None);
        assert_eq!(accepted_step(secret, "", step, None), None);
    }

    #[test]
    fn what_was_typed_is_read_generously() {
        assert_eq!(
            parse_entered(" 123 456 "),
            Some(EnteredCode::App("123456".into()))
        );
        assert_eq!(
            parse_entered("ABCDE-FGHJK"),
            Some(EnteredCode::Recovery("abcde-fghjk".into()))
        );
        assert_eq!(
            parse_entered("abcdefghjk"),
            Some(EnteredCode::Recovery("abcde-fghjk".into()))
        );
        // Too short, too long, confusable letters, other characters.
        for typed in [
            "12345",
            "1234567",
            "abcde-fghjl",
            "abcde_fghjk",
            "",
            "１２３４５６",
        ] {
            assert_eq!(parse_entered(typed), None, "{typed:?}");
        }
    }

    #[test]
    fn recovery_codes_use_every_character_fairly_and_read_back() {
        let mut next = 0u8;
        let code = recovery_code(|| {
            next = next.wrapping_add(37);
            next
        });
        assert_eq!(code.len(), 11);
        assert_eq!(&code[5..6], "-");
        assert_eq!(
            parse_entered(&code),
            Some(EnteredCode::Recovery(code.clone()))
        );
        // Bytes past the last whole run of the alphabet are skipped, not folded in.
        let mut bytes = [255u8, 254, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9].into_iter();
        assert_eq!(recovery_code(|| bytes.next().unwrap()), "23456-789ab");
    }

    #[test]
    fn the_app_address_names_the_site_and_the_person() {
        assert_eq!(
            otpauth_uri("Demo Borough Council", "ann@example.gov.uk", "MZXW6YTB"),
            "otpauth://totp/Demo%20Borough%20Council:ann%40example.gov.uk?secret=MZXW6YTB&issuer=Demo%20Borough%20Council&algorithm=SHA1&digits=6&period=30"
        );
        assert_eq!(SecondStep::parse("enrol"), Some(SecondStep::Enrol));
        assert_eq!(SecondStep::parse("other"), None);
    }
}
