//! Idempotency tokens: rendered into each response form, they name the consultation and the
//! questionnaire version the form was built from, carry a random nonce, and are signed so they
//! cannot be forged or moved to another consultation. One token stores at most one response.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::AppError;

type HmacSha256 = Hmac<Sha256>;

/// What a verified token vouches for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormToken {
    pub consultation_id: i64,
    pub version_id: i64,
    /// The idempotency key stored with the response: built from the decoded values, never from
    /// the text as sent, so no re-spelling of a token can pass for a second one.
    pub key: String,
}

pub(crate) fn mac(signing_key: &[u8], payload: &str) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(signing_key).expect("HMAC accepts any key length");
    mac.update(payload.as_bytes());
    mac
}

pub fn issue(signing_key: &[u8], consultation_id: i64, version_id: i64) -> String {
    let nonce = hex::encode(rand::random::<[u8; 16]>());
    let payload = format!("v1.{consultation_id}.{version_id}.{nonce}");
    let tag = mac(signing_key, &payload).finalize().into_bytes();
    format!("{payload}.{}", hex::encode(&tag[..16]))
}

fn unverifiable() -> AppError {
    AppError::BadRequest(crate::domain::interface_text::english("form-unverifiable"))
}

/// A number exactly as `issue` writes it: ASCII digits, no sign, no leading zero.
pub(crate) fn canonical_id(text: &str) -> Option<i64> {
    let id = text.parse::<i64>().ok()?;
    (id.to_string() == text).then_some(id)
}

/// Bytes exactly as `issue` writes them: lower-case hex of the given length.
pub(crate) fn canonical_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != 2 * N || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    let mut bytes = [0u8; N];
    hex::decode_to_slice(text, &mut bytes).ok()?;
    Some(bytes)
}

/// Accepts exactly the text `issue` produced (one encoding only), signed with `signing_key`.
pub fn verify(signing_key: &[u8], token: &str) -> Result<FormToken, AppError> {
    let parts: Vec<&str> = token.split('.').collect();
    let ["v1", consultation, version, nonce, tag] = parts[..] else {
        return Err(unverifiable());
    };
    let consultation_id = canonical_id(consultation).ok_or_else(unverifiable)?;
    let version_id = canonical_id(version).ok_or_else(unverifiable)?;
    let nonce = canonical_hex::<16>(nonce).ok_or_else(unverifiable)?;
    let tag = canonical_hex::<16>(tag).ok_or_else(unverifiable)?;
    let payload = format!("v1.{consultation_id}.{version_id}.{}", hex::encode(nonce));
    mac(signing_key, &payload)
        .verify_truncated_left(&tag)
        .map_err(|_| unverifiable())?;
    Ok(FormToken {
        consultation_id,
        version_id,
        key: payload,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"0123456789abcdef0123456789abcdef";

    #[test]
    fn issued_tokens_verify_and_are_unique() {
        let a = issue(KEY, 3, 9);
        let b = issue(KEY, 3, 9);
        assert_ne!(a, b);
        let token = verify(KEY, &a).unwrap();
        assert_eq!((token.consultation_id, token.version_id), (3, 9));
        assert!(a.starts_with(&token.key), "the key is the signed part");
        assert_ne!(token.key, verify(KEY, &b).unwrap().key);
    }

    #[test]
    fn only_the_issued_spelling_is_accepted() {
        let good = issue(KEY, 3, 9);
        let (payload, tag) = good.rsplit_once('.').unwrap();
        let nonce = payload.rsplit('.').next().unwrap();
        let respellings = [
            format!("{payload}.{}", tag.to_uppercase()),
            format!("{payload}.{}{}", &tag[..1].to_uppercase(), &tag[1..]),
            good.replacen(nonce, &nonce.to_uppercase(), 1),
            good.replacen("v1.3.9.", "v1.03.9.", 1),
            good.replacen("v1.3.9.", "v1.+3.9.", 1),
            good.replacen("v1.3.9.", "v1.3.09.", 1),
            good.replacen("v1.", "V1.", 1),
            format!("{good}."),
            format!(" {good}"),
        ];
        for respelt in &respellings {
            if respelt != &good {
                assert!(verify(KEY, respelt).is_err(), "accepted {respelt}");
            }
        }
    }

    #[test]
    fn forged_or_altered_tokens_are_refused() {
        let good = issue(KEY, 3, 9);
        let moved = good.replacen("v1.3.", "v1.4.", 1);
        let other_key = issue(b"another key entirely", 3, 9);
        for bad in [
            moved.as_str(),
            other_key.as_str(),
            "",
            "v1.3.9.x.y",
            "a.b.c.d.e.f",
        ] {
            assert!(verify(KEY, bad).is_err(), "accepted {bad}");
        }
    }
}
