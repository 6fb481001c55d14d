//! Answers that are typed but are not free text: numbers, dates, email addresses and UK
//! postcodes. Each reader accepts what people commonly type and gives back one tidy spelling, so
//! the browser and the server agree on what is valid and the database holds one form of each.

use chrono::{Datelike, NaiveDate};

/// A number as typed, tidied: no thousands separators or spaces, no leading zeros, no trailing
/// zeros after the point ("1,200.50" → "1200.5"). Kept as text and compared as decimals
/// (`compare_numbers`), so the browser's copy of these rules needs no floating point.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberAnswer {
    pub text: String,
    /// Digits after the point once tidied.
    pub decimals: u32,
}

impl NumberAnswer {
    /// Its value as floating point: for storing and averaging on the server.
    pub fn value(&self) -> f64 {
        self.text.parse().unwrap_or(0.0)
    }
}

/// Compares two numbers in `parse_number`'s tidy form exactly, digit by digit.
pub fn compare_numbers(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let split = |s: &str| {
        let (negative, digits) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        (negative, whole.to_string(), fraction.to_string())
    };
    let magnitude = |(_, aw, af): &(bool, String, String), (_, bw, bf): &(bool, String, String)| {
        aw.len()
            .cmp(&bw.len())
            .then_with(|| aw.cmp(bw))
            .then_with(|| {
                let width = af.len().max(bf.len());
                format!("{af:0<width$}").cmp(&format!("{bf:0<width$}"))
            })
    };
    let (x, y) = (split(a), split(b));
    match (x.0, y.0) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => magnitude(&x, &y),
        (true, true) => magnitude(&y, &x),
    }
}

/// The longest number we read (digits, sign and point): well past any count or amount a
/// consultation asks for, and short enough that `f64` holds it closely.
const MAX_NUMBER_CHARS: usize = 20;

/// Reads a typed number, or `None` when it is not one ("12", "-3.5", "1,000", " 0.25 ", ".5").
/// Exponents, "NaN", "inf" and units are not numbers here.
pub fn parse_number(raw: &str) -> Option<NumberAnswer> {
    let compact: String = raw
        .trim()
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    let (negative, unsigned) = match compact.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, compact.as_str()),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (unsigned, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || !digits(whole)
        || !digits(fraction)
        || (unsigned.contains('.') && fraction.is_empty())
        || unsigned.len() > MAX_NUMBER_CHARS
    {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let fraction = fraction.trim_end_matches('0');
    let mut text = String::new();
    if negative && !(whole == "0" && fraction.is_empty()) {
        text.push('-');
    }
    text.push_str(whole);
    if !fraction.is_empty() {
        text.push('.');
        text.push_str(fraction);
    }
    Some(NumberAnswer {
        decimals: fraction.len() as u32,
        text,
    })
}

/// A limit as people read it: "12", "0.5", "-3" (never "12.0" or "1e3").
pub fn format_number(value: f64) -> String {
    let text = format!("{value}");
    if text == "-0" { "0".into() } else { text }
}

/// What is wrong with a typed date, for the caller to put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Nothing was typed.
    Empty,
    /// These parts ("day", "month", "year") were left empty.
    Missing(Vec<&'static str>),
    /// The year is not four digits.
    ShortYear,
    /// The parts do not make a date on the calendar (31 February, letters).
    NotReal,
}

impl DateProblem {
    /// The box an error message about this problem should point at.
    pub fn part(&self) -> &'static str {
        match self {
            DateProblem::Missing(parts) => parts.first().copied().unwrap_or("day"),
            DateProblem::ShortYear => "year",
            DateProblem::Empty | DateProblem::NotReal => "day",
        }
    }
}

/// Reads a GOV.UK date input's three boxes (day, month and year as numbers).
pub fn parse_date(day: &str, month: &str, year: &str) -> Result<NaiveDate, DateProblem> {
    let parts = [
        ("day", day.trim()),
        ("month", month.trim()),
        ("year", year.trim()),
    ];
    let missing: Vec<&'static str> = parts
        .iter()
        .filter(|(_, v)| v.is_empty())
        .map(|(n, _)| *n)
        .collect();
    if missing.len() == 3 {
        return Err(DateProblem::Empty);
    }
    if !missing.is_empty() {
        return Err(DateProblem::Missing(missing));
    }
    let number = |v: &str| {
        (v.len() <= 4 && v.bytes().all(|b| b.is_ascii_digit()))
            .then(|| v.parse::<u32>().ok())
            .flatten()
    };
    match (number(parts[0].1), number(parts[1].1), number(parts[2].1)) {
        (Some(d), Some(m), Some(y)) if parts[2].1.len() == 4 => {
            NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(DateProblem::NotReal)
        }
        (_, _, Some(_)) if parts[2].1.len() != 4 => Err(DateProblem::ShortYear),
        _ => Err(DateProblem::NotReal),
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as the UK writes it: "1 March 2026". Written by hand rather than with chrono's
/// `format`, whose format-string machinery would otherwise be shipped in the response form's WASM.
pub fn format_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// A date as ISO 8601 writes it ("2026-03-01"): how dates are stored and serialised.
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Reads exactly what `iso_date` writes.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// Serde for an optional date as ISO text, without chrono's parser (see `format_date`).
pub mod optional_iso_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.serialize_some(&super::iso_date(*date)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => super::parse_iso_date(&text)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom("a date must be written YYYY-MM-DD")),
        }
    }
}

/// The longest email address the standards allow.
pub const MAX_EMAIL_CHARS: usize = 254;

/// An email address tidied (trimmed, domain in lower case), or `None` when it cannot be one.
/// The check is the shape the GOV.UK pattern asks for (ASCII, as GOV.UK Notify accepts), not a
/// delivery test.
pub fn parse_email(raw: &str) -> Option<String> {
    let text = raw.trim();
    if text.chars().count() > MAX_EMAIL_CHARS {
        return None;
    }
    let (local, domain) = text.split_once('@')?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    (local_ok && domain_ok).then(|| format!("{local}@{}", domain.to_ascii_lowercase()))
}

/// A UK postcode in its standard spelling ("sw1a2aa" → "SW1A 2AA"), or `None` when it does not
/// have a postcode's shape. Whether the postcode exists is not checked (that needs the Royal
/// Mail's file, and new streets get new postcodes).
pub fn parse_uk_postcode(raw: &str) -> Option<String> {
    let compact: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if compact == "GIR0AA" {
        return Some("GIR 0AA".into());
    }
    if !(5..=7).contains(&compact.len()) || !compact.is_ascii() {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let shape: String = compact
        .chars()
        .map(|c| match c {
            'A'..='Z' => 'A',
            '0'..='9' => '9',
            _ => '?',
        })
        .collect();
    let (outward_shape, inward_shape) = shape.split_at(shape.len() - 3);
    let outward_ok = ["A9", "A99", "A9A", "AA9", "AA99", "AA9A"].contains(&outward_shape);
    (outward_ok && inward_shape == "9AA").then(|| format!("{outward} {inward}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_people_type_them() {
        let read = |raw: &str| parse_number(raw).map(|n| n.text);
        assert_eq!(read("12"), Some("12".into()));
        assert_eq!(read(" 1,200.50 "), Some("1200.5".into()));
        assert_eq!(read("1 000"), Some("1000".into()));
        assert_eq!(read("-3.25"), Some("-3.25".into()));
        assert_eq!(read("007"), Some("7".into()));
        assert_eq!(read(".5"), Some("0.5".into()));
        assert_eq!(read("-0"), Some("0".into()));
        assert_eq!(read("2.000"), Some("2".into()));
        assert_eq!(parse_number("3.125").unwrap().decimals, 3);
        assert_eq!(parse_number("-3.5").unwrap().value(), -3.5);
        use std::cmp::Ordering::*;
        for (a, b, order) in [
            ("2", "10", Less),
            ("10", "2", Greater),
            ("2.5", "2.45", Greater),
            ("2.5", "2.50", Equal),
            ("-3", "2", Less),
            ("-3", "-20", Greater),
            ("-0.5", "-0.25", Less),
            ("0", "0", Equal),
            ("0.001", "0", Greater),
            ("123456789012345678", "123456789012345679", Less),
        ] {
            let tidy = |s: &str| parse_number(s).unwrap().text;
            assert_eq!(compare_numbers(&tidy(a), &tidy(b)), order, "{a} vs {b}");
        }
        for bad in [
            "",
            " ",
            "-",
            ".",
            "5.",
            "1e5",
            "NaN",
            "inf",
            "12km",
            "£5",
            "1.2.3",
            "--1",
            "+",
            "0x10",
            "١٢",
            "123456789012345678901",
        ] {
            assert_eq!(parse_number(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn limits_are_written_plainly() {
        assert_eq!(format_number(12.0), "12");
        assert_eq!(format_number(0.5), "0.5");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(1_000_000.0), "1000000");
    }

    #[test]
    fn dates_follow_the_gov_uk_date_input() {
        assert_eq!(
            parse_date("1", "3", "2026"),
            Ok(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap())
        );
        assert_eq!(
            parse_date(" 01 ", "03", "2026"),
            Ok(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap())
        );
        assert_eq!(parse_date("", " ", ""), Err(DateProblem::Empty));
        assert_eq!(
            parse_date("1", "", ""),
            Err(DateProblem::Missing(vec!["month", "year"]))
        );
        assert_eq!(parse_date("1", "2", "26"), Err(DateProblem::ShortYear));
        assert_eq!(parse_date("31", "2", "2026"), Err(DateProblem::NotReal));
        assert_eq!(parse_date("x", "2", "2026"), Err(DateProblem::NotReal));
        assert_eq!(parse_date("1", "13", "2026"), Err(DateProblem::NotReal));
        assert_eq!(DateProblem::ShortYear.part(), "year");
        assert_eq!(DateProblem::Missing(vec!["month"]).part(), "month");
        assert_eq!(
            format_date(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()),
            "1 March 2026"
        );
        let date = NaiveDate::from_ymd_opt(987, 12, 31).unwrap();
        assert_eq!(format_date(date), "31 December 987");
        assert_eq!(iso_date(date), "0987-12-31");
        assert_eq!(parse_iso_date("0987-12-31"), Some(date));
        for bad in ["2026-3-1", "2026-02-30", "2026-01-01-", "x", "", "20260101"] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn email_addresses_need_the_right_shape() {
        assert_eq!(
            parse_email(" Ann.Smith+consult@Example.GOV.uk "),
            Some("Ann.Smith+consult@example.gov.uk".into())
        );
        for bad in [
            "",
            "ann",
            "ann@",
            "@example.com",
            "ann@example",
            "ann@@example.com",
            "ann smith@example.com",
            "ann@exa mple.com",
            "ann@-example.com",
            "ann@example.c",
            "ann@example.123",
            ".ann@example.com",
            "a..nn@example.com",
            "ann@example..com",
            "<script>@example.com",
        ] {
            assert_eq!(parse_email(bad), None, "{bad:?}");
        }
        let long = format!("{}@example.com", "a".repeat(250));
        assert_eq!(parse_email(&long), None);
    }

    #[test]
    fn postcodes_are_checked_and_spelt_one_way() {
        for (raw, tidy) in [
            ("sw1a2aa", "SW1A 2AA"),
            (" SW1A 2AA ", "SW1A 2AA"),
            ("m1 1ae", "M1 1AE"),
            ("B338TH", "B33 8TH"),
            ("cr2 6xh", "CR2 6XH"),
            ("DN55 1PT", "DN55 1PT"),
            ("w1a 0ax", "W1A 0AX"),
            ("ec1a 1bb", "EC1A 1BB"),
            ("gir 0aa", "GIR 0AA"),
        ] {
            assert_eq!(parse_uk_postcode(raw).as_deref(), Some(tidy), "{raw}");
        }
        for bad in [
            "",
            "SW1A",
            "12345",
            "SW1A 2A",
            "SW1A 2AAA",
            "S 1AA",
            "1W1A 2AA",
            "SW1A-2AA",
            "ŚW1A 2AA",
            "AAA1 1AA",
        ] {
            assert_eq!(parse_uk_postcode(bad), None, "{bad:?}");
        }
    }
}
