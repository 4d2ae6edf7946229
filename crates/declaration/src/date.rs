//! Calendar dates of the exchange format (`YYYY-MM-DD`): parsing real dates and comparing
//! them. Kept small and dependency-free so the wasm stays small; the Japanese era
//! conversion of the printed document builds on [`Date`].

use std::fmt;

/// A real calendar date (proleptic Gregorian), ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`; `None` for any other shape or a day that does not exist
    /// (2023-02-29, 2024-13-01).
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            text.get(r.clone())
                .filter(|s| s.bytes().all(|c| c.is_ascii_digit()))
                .and_then(|s| s.parse().ok())
        };
        let year = digits(0..4)? as i32;
        let month = digits(5..7)?;
        let day = digits(8..10)?;
        Date::new(year, month, day)
    }

    /// A date from its parts, when it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if year < 1 || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }
}

impl Date {
    /// The number of days from `self` to `later` (negative when `later` comes first).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Days since 0000-03-01 of the proleptic Gregorian calendar (the civil-from-days
    /// count of Howard Hinnant's `days_from_civil`, shifted): only differences matter.
    fn day_number(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (i64::from(self.year) - 1, i64::from(self.month) + 9)
        } else {
            (i64::from(self.year), i64::from(self.month) - 3)
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_between_dates() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(d("2024-02-20").days_until(d("2024-02-20")), 0);
        assert_eq!(d("2024-02-20").days_until(d("2024-02-21")), 1);
        assert_eq!(
            d("2024-02-28").days_until(d("2024-03-01")),
            2,
            "2024 is a leap year"
        );
        assert_eq!(d("2023-02-28").days_until(d("2023-03-01")), 1);
        assert_eq!(d("2024-02-20").days_until(d("2024-05-20")), 90);
        assert_eq!(d("2023-12-31").days_until(d("2024-12-31")), 366);
        assert_eq!(d("1900-01-01").days_until(d("2000-01-01")), 36_524);
        assert_eq!(d("2024-05-20").days_until(d("2024-02-20")), -90);
        // Every day of four centuries counts one on from the day before.
        let mut at = d("2000-01-01");
        let start = at;
        for n in 1..=146_097 {
            let next = next_day(at);
            assert_eq!(start.days_until(next), n, "{next}");
            at = next;
        }
    }

    fn next_day(d: Date) -> Date {
        Date::new(d.year, d.month, d.day + 1)
            .or_else(|| Date::new(d.year, d.month + 1, 1))
            .unwrap_or_else(|| Date::new(d.year + 1, 1, 1).unwrap())
    }

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("1900-02-29").is_none());
        assert!(Date::parse("2000-02-29").is_some());
        assert!(Date::parse("2024-13-01").is_none());
        assert!(Date::parse("2024-04-31").is_none());
        assert!(Date::parse("2024-4-1").is_none());
        assert!(Date::parse("２０２４-０１-０１").is_none());
        assert!(Date::parse("+024-01-01").is_none());
        assert!(Date::parse("").is_none());
    }

    #[test]
    fn orders_by_time_and_prints_iso() {
        let a = Date::parse("2019-04-30").unwrap();
        let b = Date::parse("2019-05-01").unwrap();
        assert!(a < b);
        assert_eq!(b.to_string(), "2019-05-01");
    }
}
