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
