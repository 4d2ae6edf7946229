//! Numbers that end or start with a check digit (法人番号, 団体コード): what can be wrong with
//! one ([`Fault`]) and the reading of its digits, shared; each number's own module computes
//! its digit ([`crate::corporate_number`], [`crate::addressees::code`]).

/// What is wrong with a value that is not such a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Something other than a digit in it (a letter, a sign).
    NotDigits,
    /// Not as many digits as it must have: how many it has.
    Length(usize),
    /// The check digit is not the one the other digits give.
    CheckDigit { expected: u8 },
}

/// The digits of `value` (as stored: half-width, nothing between them) when it is `len`
/// digits.
pub fn digits(value: &str, len: usize) -> Result<Vec<u8>, Fault> {
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Fault::NotDigits);
    }
    let digits: Vec<u8> = value.bytes().map(|b| b - b'0').collect();
    if digits.len() == len {
        Ok(digits)
    } else {
        Err(Fault::Length(digits.len()))
    }
}

/// Whether the check digit `found` is the `expected` one.
pub fn matches(found: u8, expected: u8) -> Result<(), Fault> {
    if found == expected {
        Ok(())
    } else {
        Err(Fault::CheckDigit { expected })
    }
}
