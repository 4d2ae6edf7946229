//! 団体コード (the local government code of a municipality): six digits, the last a check
//! digit over the first five — 11 − (d1×6 + d2×5 + d3×4 + d4×3 + d5×2 mod 11), keeping only its
//! last digit (伊賀市 242161).

pub use crate::check_digits::Fault;

/// The check digit of the first five digits.
pub fn check_digit(five: &[u8; 5]) -> u8 {
    let sum: u32 = five
        .iter()
        .zip([6u32, 5, 4, 3, 2])
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    ((11 - sum % 11) % 10) as u8
}

/// The code as stored: half-width, spaces and hyphens removed (`２４２１６１` → `242161`).
pub fn normalise(typed: &str) -> String {
    crate::normalize::text::corporate_number(typed)
}

/// Whether `code` (as stored) is a 団体コード.
pub fn check(code: &str) -> Result<(), Fault> {
    let digits = crate::check_digits::digits(code, 6)?;
    let five: [u8; 5] = digits[..5].try_into().expect("five digits");
    crate::check_digits::matches(digits[5], check_digit(&five))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_mie_hold_and_one_digit_off_does_not() {
        // 伊賀市, 津市, 四日市市, 亀山市 (総務省 全国地方公共団体コード).
        for code in ["242161", "242012", "242021", "242101"] {
            assert_eq!(check(code), Ok(()), "{code}");
        }
        assert_eq!(check("242162"), Err(Fault::CheckDigit { expected: 1 }));
        assert_eq!(check("24216"), Err(Fault::Length(5)));
        assert_eq!(check("24216a"), Err(Fault::NotDigits));
        assert_eq!(normalise("２４２－１６１"), "242161");
    }

    #[test]
    fn a_remainder_of_zero_or_one_keeps_the_last_digit() {
        // Σ = 55 → 11 − 0 = 11 → 1; Σ = 1 → 11 − 1 = 10 → 0.
        assert_eq!(check_digit(&[2, 4, 2, 1, 6]), 1);
        assert_eq!(check_digit(&[0, 0, 0, 0, 0]), 1);
        assert_eq!(check_digit(&[0, 0, 0, 0, 5]), 1);
    }
}
