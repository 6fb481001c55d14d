//! How long a sign-in must wait after failed attempts (decision 0033). Three counts, each kept
//! for a while after its last failure:
//!
//! - per client address: someone trying many accounts from one place;
//! - per account from one address: someone guessing one person's password;
//! - per account from everywhere: the same spread over many addresses. This one waits at most a
//!   minute, so an attacker who keeps failing against a real person's account delays them by a
//!   minute at worst and never locks them out; the first two may grow to a quarter of an hour,
//!   and never touch the real person, whose address is their own.
//!
//! While a count waits, the password is not even checked (no hashing is spent on it).

use chrono::{DateTime, Duration, Utc};

/// A failure this long after the previous one starts the count again.
pub const FORGET_AFTER: Duration = Duration::minutes(15);

/// Which count, and its allowance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    Address,
    AccountFromAddress,
    Account,
}

impl Counted {
    pub const ALL: [Counted; 3] = [
        Counted::Address,
        Counted::AccountFromAddress,
        Counted::Account,
    ];

    /// Failures allowed before any wait.
    pub fn free_failures(self) -> u32 {
        match self {
            Counted::Address => 20,
            Counted::AccountFromAddress => 5,
            Counted::Account => 20,
        }
    }

    /// The longest wait it imposes.
    pub fn longest_wait(self) -> Duration {
        match self {
            Counted::Address | Counted::AccountFromAddress => Duration::minutes(15),
            Counted::Account => Duration::minutes(1),
        }
    }

    /// The key it is stored under: the address and the (normalised) email are hashed by the
    /// caller into `subject`, so the table holds neither.
    pub fn key(self, subject: &str) -> String {
        let prefix = match self {
            Counted::Address => "address",
            Counted::AccountFromAddress => "account-address",
            Counted::Account => "account",
        };
        format!("{prefix}:{subject}")
    }
}

/// One count's state, as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    pub failures: u32,
    pub last_failure_at: DateTime<Utc>,
    pub blocked_until: Option<DateTime<Utc>>,
}

/// The count after one more failure at `now`: after its free failures, each further one waits
/// twice as long as the last (1 s, 2 s, 4 s …) up to the count's longest wait.
pub fn after_failure(counted: Counted, previous: Option<Backoff>, now: DateTime<Utc>) -> Backoff {
    let failures = match previous {
        Some(b) if now - b.last_failure_at < FORGET_AFTER => b.failures.saturating_add(1),
        _ => 1,
    };
    let over = failures.saturating_sub(counted.free_failures());
    let blocked_until = (over > 0).then(|| {
        let seconds = 1i64.checked_shl(over - 1).unwrap_or(i64::MAX);
        let wait = Duration::try_seconds(seconds)
            .unwrap_or(counted.longest_wait())
            .min(counted.longest_wait());
        now + wait
    });
    Backoff {
        failures,
        last_failure_at: now,
        blocked_until,
    }
}

/// How long a sign-in at `now` must still wait under this count, if at all (whole seconds,
/// rounded up, so "try again in 1 second" is never early).
pub fn wait(backoff: &Backoff, now: DateTime<Utc>) -> Option<u64> {
    let until = backoff.blocked_until?;
    let left = until - now;
    if left <= Duration::zero() {
        return None;
    }
    let millis = left.num_milliseconds().max(1) as u64;
    Some(millis.div_ceil(1000))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap()
    }

    fn fail(counted: Counted, times: u32, start: i64) -> Backoff {
        let mut state = None;
        for i in 0..times {
            state = Some(after_failure(counted, state, at(start + i as i64)));
        }
        state.unwrap()
    }

    #[test]
    fn the_free_failures_wait_for_nothing() {
        let b = fail(Counted::AccountFromAddress, 5, 0);
        assert_eq!(b.failures, 5);
        assert_eq!(b.blocked_until, None);
        assert_eq!(wait(&b, at(5)), None);
    }

    #[test]
    fn each_failure_past_them_waits_twice_as_long() {
        let mut state = Some(fail(Counted::AccountFromAddress, 5, 0));
        let mut waits = Vec::new();
        for i in 0..6 {
            let now = at(100 + i * 1000 / 100);
            let b = after_failure(Counted::AccountFromAddress, state, now);
            waits.push(wait(&b, now).unwrap());
            state = Some(b);
        }
        assert_eq!(waits, vec![1, 2, 4, 8, 16, 32]);
    }

    #[test]
    fn waits_stop_growing_at_the_longest() {
        let b = fail(Counted::AccountFromAddress, 60, 0);
        assert_eq!(wait(&b, at(59)), Some(15 * 60));
        // Across addresses, a real person is kept waiting a minute at most.
        let b = fail(Counted::Account, 500, 0);
        assert_eq!(wait(&b, at(499)), Some(60));
        // Counting never overflows.
        let b = Backoff {
            failures: u32::MAX,
            last_failure_at: at(0),
            blocked_until: None,
        };
        let next = after_failure(Counted::Address, Some(b), at(1));
        assert_eq!(next.failures, u32::MAX);
        assert_eq!(wait(&next, at(1)), Some(15 * 60));
    }

    #[test]
    fn a_quiet_quarter_hour_forgets_the_failures() {
        let b = fail(Counted::AccountFromAddress, 9, 0);
        assert!(wait(&b, at(9)).is_some());
        let later = after_failure(Counted::AccountFromAddress, Some(b), at(8 + 15 * 60));
        assert_eq!(later.failures, 1);
        assert_eq!(later.blocked_until, None);
    }

    #[test]
    fn a_wait_ends_and_is_rounded_up() {
        let b = Backoff {
            failures: 7,
            last_failure_at: at(0),
            blocked_until: Some(at(0) + Duration::milliseconds(1500)),
        };
        assert_eq!(wait(&b, at(0)), Some(2));
        assert_eq!(wait(&b, at(2)), None);
    }

    #[test]
    fn keys_say_which_count() {
        assert_eq!(Counted::Address.key("ab"), "address:ab");
        assert_eq!(Counted::Account.key("ab"), "account:ab");
        assert_ne!(
            Counted::AccountFromAddress.key("ab"),
            Counted::Account.key("ab")
        );
    }
}
