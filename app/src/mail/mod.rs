//! Email (decision 0028): messages are written to an outbox table once what they tell of has
//! been stored, and a sender on each server sends them in the background, trying again later
//! when the mail server fails, so sending never slows or fails what a person did. Without an
//! SMTP server configured, messages are written as files to a folder instead. The messages'
//! words are `domain::email`.

#[cfg(feature = "ssr")]
pub mod outbox;
#[cfg(feature = "ssr")]
pub mod transport;
