//! 法人番号 (corporate number): 13 digits assigned by the National Tax Agency, the first a
//! check digit over the other twelve (法人番号の指定等に関する省令 第2条). This module says
//! whether a stored value is one ([`check`]) and, when not, what is wrong with it
//! ([`Fault`]); normalising what was typed is [`crate::normalize::text::corporate_number`]'s.

pub use crate::check_digits::Fault;

/// The check digit of the twelve digits after it: 9 − (Σ Pn × Qn mod 9), Pn the nth digit
/// counted from the right, Qn 1 for odd n and 2 for even n.
pub fn check_digit(twelve: &[u8; 12]) -> u8 {
    let sum: u32 = twelve
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| u32::from(d) * if i % 2 == 0 { 1 } else { 2 })
        .sum();
    9 - (sum % 9) as u8
}

/// Whether `value` (as stored: half-width, no spaces or hyphens) is a 法人番号.
pub fn check(value: &str) -> Result<(), Fault> {
    let digits = crate::check_digits::digits(value, 13)?;
    let twelve: [u8; 12] = digits[1..].try_into().expect("twelve digits");
    crate::check_digits::matches(digits[0], check_digit(&twelve))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_example_holds_and_one_digit_off_does_not() {
        assert_eq!(check("4011001098993"), Ok(()));
        assert_eq!(
            check("4011001098994"),
            Err(Fault::CheckDigit { expected: 3 })
        );
        // 国税庁 (National Tax Agency) itself: 7000012050002.
        assert_eq!(check("7000012050002"), Ok(()));
    }

    #[test]
    fn length_and_letters_are_named() {
        assert_eq!(check("12345"), Err(Fault::Length(5)));
        assert_eq!(check("401100109899"), Err(Fault::Length(12)));
        assert_eq!(check("40110010989930"), Err(Fault::Length(14)));
        assert_eq!(check("T4011001098993"), Err(Fault::NotDigits));
        assert_eq!(check("401100109899a"), Err(Fault::NotDigits));
    }

    #[test]
    fn every_check_digit_is_a_digit_one_to_nine() {
        for n in [0u64, 1, 99, 123_456_789_012, 999_999_999_999] {
            let s = format!("{n:012}");
            let twelve: [u8; 12] = std::array::from_fn(|i| s.as_bytes()[i] - b'0');
            let d = check_digit(&twelve);
            assert!((1..=9).contains(&d), "{s}: {d}");
            assert_eq!(check(&format!("{d}{s}")), Ok(()));
        }
    }
}
