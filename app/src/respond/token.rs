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
    /// The whole token text, stored as the response's idempotency key.
    pub key: String,
}

fn mac(signing_key: &[u8], payload: &str) -> HmacSha256 {
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
    AppError::BadRequest(
        "This form could not be checked. Your answers have not been sent: please send them again."
            .into(),
    )
}

pub fn verify(signing_key: &[u8], token: &str) -> Result<FormToken, AppError> {
    let parts: Vec<&str> = token.split('.').collect();
    let [version_tag, consultation, version, nonce, tag] = parts[..] else {
        return Err(unverifiable());
    };
    if version_tag != "v1" || nonce.len() != 32 || tag.len() != 32 {
        return Err(unverifiable());
    }
    let payload = format!("{version_tag}.{consultation}.{version}.{nonce}");
    let tag = hex::decode(tag).map_err(|_| unverifiable())?;
    mac(signing_key, &payload)
        .verify_truncated_left(&tag)
        .map_err(|_| unverifiable())?;
    Ok(FormToken {
        consultation_id: consultation.parse().map_err(|_| unverifiable())?,
        version_id: version.parse().map_err(|_| unverifiable())?,
        key: token.to_string(),
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
        assert_eq!(token.key, a);
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
