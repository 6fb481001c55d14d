//! Dates as UK readers expect them ("5 March 2026", "11:59pm on 5 March 2026"), in UK local
//! time. British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
//! last Sunday of October; computing that here avoids shipping a time-zone database to browsers.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Timelike, Utc};

use super::interface_text::{TextArg, text, text_with};
use super::language::Language;

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let next_month = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .expect("valid date");
    let last_day = next_month.pred_opt().expect("valid date");
    let back = last_day.weekday().num_days_from_sunday();
    last_day - Duration::days(back as i64)
}

fn is_british_summer_time(instant: DateTime<Utc>) -> bool {
    let year = instant.year();
    let at_one =
        |date: NaiveDate| Utc.from_utc_datetime(&date.and_hms_opt(1, 0, 0).expect("valid time"));
    let starts = at_one(last_sunday(year, 3));
    let ends = at_one(last_sunday(year, 10));
    instant >= starts && instant < ends
}

/// The wall-clock time in the UK at `instant` (as a naive date-time).
pub fn uk_local(instant: DateTime<Utc>) -> chrono::NaiveDateTime {
    let offset = if is_british_summer_time(instant) {
        1
    } else {
        0
    };
    (instant + Duration::hours(offset)).naive_utc()
}

/// The instant a UK wall clock shows `local`. A time the clocks skip (01:00 to 01:59 on the last
/// Sunday of March) is `None`; a time they show twice (01:00 to 01:59 on the last Sunday of
/// October) is the first, British Summer Time one.
pub fn from_uk_local(local: chrono::NaiveDateTime) -> Option<DateTime<Utc>> {
    let summer = Utc.from_utc_datetime(&(local - Duration::hours(1)));
    if is_british_summer_time(summer) {
        return Some(summer);
    }
    let winter = Utc.from_utc_datetime(&local);
    (!is_british_summer_time(winter)).then_some(winter)
}

/// "5 March 2026"
pub fn format_date(instant: DateTime<Utc>) -> String {
    super::formats::format_date(uk_local(instant).date())
}

/// "9am", "11:59pm", "midday", "midnight" (GOV.UK style)
pub fn format_time(instant: DateTime<Utc>) -> String {
    let local = uk_local(instant);
    let (hour, minute) = (local.hour(), local.minute());
    match (hour, minute) {
        (0, 0) => "midnight".into(),
        (12, 0) => "midday".into(),
        _ => {
            let suffix = if hour < 12 { "am" } else { "pm" };
            let hour12 = match hour % 12 {
                0 => 12,
                h => h,
            };
            if minute == 0 {
                format!("{hour12}{suffix}")
            } else {
                format!("{hour12}:{minute:02}{suffix}")
            }
        }
    }
}

/// "11:59pm on 5 March 2026"
pub fn format_date_time(instant: DateTime<Utc>) -> String {
    format!("{} on {}", format_time(instant), format_date(instant))
}

/// "5 March 2026" or "5 Mawrth 2026": a UK calendar date in the page's language.
pub fn format_date_in(language: Language, instant: DateTime<Utc>) -> String {
    format_calendar_date_in(language, uk_local(instant).date())
}

/// A calendar date in a language: "5 March 2026", "5 Mawrth 2026".
pub fn format_calendar_date_in(language: Language, date: NaiveDate) -> String {
    let month = text(language, &format!("month-{}", date.month()));
    text_with(
        language,
        "date-long",
        &[
            ("day", TextArg::from(date.day().to_string())),
            ("month", TextArg::from(month)),
            ("year", TextArg::from(date.year().to_string())),
        ],
    )
}

/// "9am", "midday" in English; "9yb", "hanner dydd" in Welsh.
pub fn format_time_in(language: Language, instant: DateTime<Utc>) -> String {
    let local = uk_local(instant);
    let (hour, minute) = (local.hour(), local.minute());
    let id = match (hour, minute) {
        (0, 0) => return text(language, "time-midnight"),
        (12, 0) => return text(language, "time-midday"),
        _ if hour < 12 => "time-morning",
        _ => "time-afternoon",
    };
    let hour12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    let clock = if minute == 0 {
        hour12.to_string()
    } else {
        format!("{hour12}:{minute:02}")
    };
    text_with(language, id, &[("time", TextArg::from(clock))])
}

/// "11:59pm on 5 March 2026", "11:59yh ar 5 Mawrth 2026".
pub fn format_date_time_in(language: Language, instant: DateTime<Utc>) -> String {
    text_with(
        language,
        "date-time",
        &[
            ("time", TextArg::from(format_time_in(language, instant))),
            ("date", TextArg::from(format_date_in(language, instant))),
        ],
    )
}

/// An ISO date for `<time datetime>` attributes.
pub fn iso(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Whole UK calendar day of `instant`, as `YYYY-MM-DD` (the key of the per-day response counts).
/// UK local time written so it sorts as text: "2026-11-27 14:32:05" (for exports).
pub fn format_sortable(instant: DateTime<Utc>) -> String {
    let local = uk_local(instant);
    format!(
        "{} {:02}:{:02}:{:02}",
        super::formats::iso_date(local.date()),
        local.hour(),
        local.minute(),
        local.second()
    )
}

pub fn uk_day_key(instant: DateTime<Utc>) -> String {
    super::formats::iso_date(uk_local(instant).date())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    #[test]
    fn uk_wall_clock_times_become_instants() {
        let local = |y, m, d, h, min| {
            NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(h, min, 0)
                .unwrap()
        };
        assert_eq!(
            from_uk_local(local(2026, 1, 15, 9, 0)),
            Some(utc(2026, 1, 15, 9, 0))
        );
        assert_eq!(
            from_uk_local(local(2026, 7, 1, 23, 59)),
            Some(utc(2026, 7, 1, 22, 59))
        );
        // Clocks go forward at 01:00 GMT on 29 March 2026: 01:30 never happens.
        assert_eq!(from_uk_local(local(2026, 3, 29, 1, 30)), None);
        assert_eq!(
            from_uk_local(local(2026, 3, 29, 2, 0)),
            Some(utc(2026, 3, 29, 1, 0))
        );
        // Clocks go back at 01:00 GMT on 25 October 2026: 01:30 happens twice, BST first.
        assert_eq!(
            from_uk_local(local(2026, 10, 25, 1, 30)),
            Some(utc(2026, 10, 25, 0, 30))
        );
        for instant in [utc(2026, 3, 1, 12, 0), utc(2026, 6, 1, 12, 0)] {
            assert_eq!(from_uk_local(uk_local(instant)), Some(instant));
        }
    }

    #[test]
    fn winter_dates_are_gmt() {
        assert_eq!(
            format_date_time(utc(2026, 1, 5, 9, 0)),
            "9am on 5 January 2026"
        );
        assert_eq!(
            format_date_time(utc(2026, 12, 31, 23, 59)),
            "11:59pm on 31 December 2026"
        );
    }

    #[test]
    fn summer_dates_are_bst() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London.
        assert_eq!(
            format_date_time(utc(2026, 6, 30, 23, 30)),
            "12:30am on 1 July 2026"
        );
        assert_eq!(format_time(utc(2026, 6, 30, 11, 0)), "midday");
        assert_eq!(format_time(utc(2026, 6, 30, 23, 0)), "midnight");
    }

    #[test]
    fn clock_changes_happen_at_one_utc_on_the_last_sunday() {
        // 2026: BST starts 29 March, ends 25 October.
        assert_eq!(format_time(utc(2026, 3, 29, 0, 59)), "12:59am");
        assert_eq!(format_time(utc(2026, 3, 29, 1, 0)), "2am");
        assert_eq!(format_time(utc(2026, 10, 25, 0, 59)), "1:59am");
        assert_eq!(format_time(utc(2026, 10, 25, 1, 0)), "1am");
    }

    #[test]
    fn day_keys_follow_uk_midnight() {
        assert_eq!(uk_day_key(utc(2026, 7, 1, 23, 30)), "2026-07-02");
        assert_eq!(uk_day_key(utc(2026, 12, 1, 23, 30)), "2026-12-01");
    }

    #[test]
    fn dates_in_each_language_match_and_welsh_reads_welsh() {
        let instants = [
            Utc.with_ymd_and_hms(2026, 3, 5, 23, 59, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 7, 1, 11, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2027, 1, 7, 12, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 12, 31, 0, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 11, 25, 0, 30, 0).unwrap(),
        ];
        for instant in instants {
            assert_eq!(
                format_date_time_in(Language::English, instant),
                format_date_time(instant)
            );
            assert_eq!(
                format_date_in(Language::English, instant),
                format_date(instant)
            );
        }
        let welsh = |instant| format_date_time_in(Language::Welsh, instant);
        assert_eq!(welsh(instants[0]), "11:59yh ar 5 Mawrth 2026");
        // 11:00 UTC in July is midday in the UK (British Summer Time).
        assert_eq!(welsh(instants[1]), "hanner dydd ar 1 Gorffennaf 2026");
        assert_eq!(welsh(instants[2]), "hanner dydd ar 7 Ionawr 2027");
        assert_eq!(welsh(instants[3]), "hanner nos ar 31 Rhagfyr 2026");
        assert_eq!(welsh(instants[4]), "12:30yb ar 25 Tachwedd 2026");
        for month in 1..=12 {
            let date = NaiveDate::from_ymd_opt(2026, month, 1).unwrap();
            let english = format_calendar_date_in(Language::English, date);
            let welsh = format_calendar_date_in(Language::Welsh, date);
            assert_eq!(english, super::super::formats::format_date(date));
            assert_ne!(english, welsh);
        }
    }
}
