//! Time stamps as the files carry them (RFC 3339, UTC as written by this app, any offset
//! read) and as people in Japan read them: [`instant`] reads one to seconds since 1970,
//! [`jst`] writes it as Japan time for a screen, a print or a CSV (`2026-12-07 15:38`), and
//! [`jst_stamp`] as a file name's part (`20261207-1538`). The calendar arithmetic
//! ([`days_from_civil`], [`civil_from_days`]) is H. Hinnant's, proleptic Gregorian.

use crate::date::Date;

/// Japan's offset from UTC, in seconds (no daylight saving).
const JST: i64 = 9 * 3600;

/// Seconds since 1970-01-01T00:00:00Z and nanoseconds of an RFC 3339 timestamp
/// (`2024-02-20T10:00:00.5+09:00`); `None` when it does not read as one.
pub fn instant(ts: &str) -> Option<(i64, u32)> {
    let b = ts.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        ts.get(from..from + len)
            .filter(|s| s.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|s| s.parse().ok())
    };
    let date = Date::parse(ts.get(..10)?)?;
    if !matches!(b.get(10), Some(b'T' | b't' | b' '))
        || b.get(13) != Some(&b':')
        || b.get(16) != Some(&b':')
    {
        return None;
    }
    let (h, m, s) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    let mut rest = &ts[19..];
    let mut nanos = 0u32;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        for (i, c) in frac.bytes().take(9).take(digits).enumerate() {
            nanos += u32::from(c - b'0') * 10u32.pow(8 - i as u32);
        }
        rest = &frac[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first() {
                Some(b'+') => 1,
                Some(b'-') => -1,
                _ => return None,
            };
            if rest.len() != 6 || rest.as_bytes()[3] != b':' {
                return None;
            }
            let digits = |s: &str| -> Option<i64> {
                s.bytes()
                    .all(|c| c.is_ascii_digit())
                    .then(|| s.parse().ok())
                    .flatten()
            };
            let (oh, om) = (digits(&rest[1..3])?, digits(&rest[4..6])?);
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (oh * 3600 + om * 60)
        }
    };
    let days = days_from_civil(date.year.into(), date.month.into(), date.day.into());
    Some((days * 86_400 + h * 3600 + m * 60 + s - offset, nanos))
}

/// The Japan-time calendar date and clock (year, month, day, hour, minute) of `ts`.
fn in_japan(ts: &str) -> Option<(i64, u32, u32, i64, i64)> {
    let (seconds, _) = instant(ts)?;
    let local = seconds + JST;
    let (y, mo, d) = civil_from_days(local.div_euclid(86_400));
    let of_day = local.rem_euclid(86_400);
    Some((y, mo, d, of_day / 3600, of_day % 3600 / 60))
}

/// `ts` in Japan time to the minute, `2026-12-07 15:38`; a text that is not a time is
/// given back as it is (never dropped: it is what the file said).
pub fn jst(ts: &str) -> String {
    match in_japan(ts) {
        Some((y, mo, d, h, mi)) => format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}"),
        None => ts.to_string(),
    }
}

/// `ts` in Japan time as a file name's part, `20261207-1538`; `None` when it is not a time.
pub fn jst_stamp(ts: &str) -> Option<String> {
    let (y, mo, d, h, mi) = in_japan(ts)?;
    Some(format!("{y:04}{mo:02}{d:02}-{h:02}{mi:02}"))
}

/// The Japan-time date of `ts`: today's date in Japan, given the time now.
pub fn jst_date(ts: &str) -> Option<Date> {
    let (y, m, d, _, _) = in_japan(ts)?;
    Date::new(i32::try_from(y).ok()?, m, d)
}

/// `seconds` since 1970 as an RFC 3339 time in UTC (`2026-12-07T06:38:50Z`).
pub fn rfc3339_utc(seconds: i64) -> String {
    let (y, mo, d) = civil_from_days(seconds.div_euclid(86_400));
    let s = seconds.rem_euclid(86_400);
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date `days` days after 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japan_time_is_nine_hours_ahead_across_the_date_line() {
        assert_eq!(jst("2026-12-07T15:38:50Z"), "2026-12-08 00:38");
        assert_eq!(jst("2026-12-07T06:38:50.123Z"), "2026-12-07 15:38");
        assert_eq!(jst("2026-12-07T15:38:00+09:00"), "2026-12-07 15:38");
        assert_eq!(jst("2024-02-28T23:30:00Z"), "2024-02-29 08:30");
        assert_eq!(jst("2025-12-31T15:00:00Z"), "2026-01-01 00:00");
        assert_eq!(
            jst_stamp("2026-12-07T06:38:50Z").as_deref(),
            Some("20261207-1538")
        );
    }

    #[test]
    fn today_in_japan_and_a_time_written_back() {
        assert_eq!(
            jst_date("2026-12-07T15:30:00Z")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-12-08")
        );
        assert_eq!(rfc3339_utc(0), "1970-01-01T00:00:00Z");
        let t = "2026-12-07T06:38:50Z";
        assert_eq!(rfc3339_utc(instant(t).unwrap().0), t);
    }

    #[test]
    fn a_text_that_is_not_a_time_is_given_back() {
        assert_eq!(jst("昨日"), "昨日");
        assert_eq!(jst(""), "");
        assert_eq!(jst_stamp("2026-12-07"), None);
    }

    #[test]
    fn the_calendar_round_trips() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_773), (2024, 2, 20));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for days in [-800_000, -1, 0, 1, 59, 365, 11_016, 20_000, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m.into(), d.into()), days);
        }
    }
}
