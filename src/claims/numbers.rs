//! Numeral parsing: digit strings with group separators, decimal points, signs and scales.
//!
//! A value is kept as an integer mantissa and a count of fraction digits so that scale words
//! apply exactly (`0.1 million` is 1 × 10⁵, not 0.1 × 10⁶ rounded).

use crate::tokenize::decimal_digit_value;

/// What a digit token is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Digits {
    /// A plain numeral.
    Value(DigitValue),
    /// Contains `:` (`10:30`, `3:1`): hours and minutes, or a ratio.
    Colon(u32, u32),
    /// Contains `/` (`9/11`, `24/7`, `12/25/2023`): the parts (up to three) and how many.
    Slash([u32; 3], usize),
    /// Separators that do not group digits (`1,2,3,4`).
    Malformed,
}

/// A parsed plain numeral.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DigitValue {
    /// All the digits as an integer (fraction digits included).
    pub mantissa: f64,
    /// How many of them are after the decimal point.
    pub frac: i32,
    /// The sign (`-1.0` for `-` and `−`).
    pub sign: f64,
    /// A `+` was written.
    pub plus: bool,
    /// Digits before the decimal point.
    pub int_digits: usize,
    /// Group separators were used (`61,827`, `1 700`).
    pub grouped: bool,
    /// The first integer digit is a `0` and there are more (`007`, `06`).
    pub leading_zero: bool,
}

impl DigitValue {
    /// The value times 10^`exp` (the scale), computed without needless rounding.
    pub(crate) fn scaled(&self, exp: i32) -> f64 {
        let e = exp - self.frac;
        let v = if e >= 0 {
            self.mantissa * pow10(e)
        } else {
            self.mantissa / pow10(-e)
        };
        self.sign * v
    }
    /// True for a whole number.
    pub(crate) fn is_int(&self) -> bool {
        self.frac == 0
    }
}

/// 10^e for e ≥ 0 (exact up to 10^22).
pub(crate) fn pow10(e: i32) -> f64 {
    10f64.powi(e)
}

#[inline]
fn is_group_sep(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\'' | '\u{2019}' | '\u{066C}'
    )
}

/// Parses the text of a [`crate::TokenKind::Number`] token.
pub(crate) fn parse_digits(s: &str) -> Digits {
    let mut chars = s.chars().peekable();
    let (mut sign, mut plus) = (1.0, false);
    match chars.peek() {
        Some('+') => {
            plus = true;
            chars.next();
        }
        Some('-' | '\u{2212}') => {
            sign = -1.0;
            chars.next();
        }
        _ => {}
    }
    let rest: &str = &s[s.len() - chars.clone().map(char::len_utf8).sum::<usize>()..];
    if rest.contains(':') {
        let mut it = rest.split(':');
        let a = small_int(it.next().unwrap_or(""));
        let b = small_int(it.next().unwrap_or(""));
        return match (a, b, it.next()) {
            (Some(a), Some(b), None) => Digits::Colon(a, b),
            _ => Digits::Malformed,
        };
    }
    if rest.contains('/') {
        let mut parts = [0u32; 3];
        let mut n = 0;
        for p in rest.split('/') {
            if n == 3 {
                return Digits::Malformed;
            }
            match small_int(p) {
                Some(v) => parts[n] = v,
                None => return Digits::Malformed,
            }
            n += 1;
        }
        return Digits::Slash(parts, n);
    }
    // Group structure: the digit-run lengths and the separators between them.
    let dots = rest.chars().filter(|&c| c == '.' || c == '\u{066B}').count();
    let groups = rest.chars().filter(|&c| is_group_sep(c)).count();
    // "1.234.567": dots as thousands separators.
    let dots_group = dots > 1 && groups == 0;
    if dots > 1 && !dots_group {
        return Digits::Malformed;
    }
    let mut mantissa = 0f64;
    let (mut frac, mut int_digits, mut run, mut first_run) = (0i32, 0usize, 0usize, true);
    let mut in_frac = false;
    let mut leading_zero = false;
    let mut ok = true;
    for c in rest.chars() {
        if let Some(d) = decimal_digit_value(c) {
            if !in_frac && int_digits == 0 && d == 0 {
                leading_zero = true;
            }
            mantissa = mantissa * 10.0 + d as f64;
            if in_frac {
                frac += 1;
            } else {
                int_digits += 1;
            }
            run += 1;
        } else if is_group_sep(c) || (dots_group && c == '.') {
            if in_frac || (first_run && (run == 0 || run > 3)) || (!first_run && run != 3) {
                ok = false;
            }
            first_run = false;
            run = 0;
        } else if c == '.' || c == '\u{066B}' {
            if !first_run && run != 3 {
                ok = false;
            }
            in_frac = true;
            run = 0;
        } else {
            ok = false;
        }
    }
    if (!first_run && !in_frac && run != 3) || int_digits + frac as usize == 0 {
        ok = false;
    }
    if !ok {
        return Digits::Malformed;
    }
    Digits::Value(DigitValue {
        mantissa,
        frac,
        sign,
        plus,
        int_digits,
        grouped: groups > 0 || dots_group,
        leading_zero: leading_zero && int_digits > 1,
    })
}

fn small_int(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 6 {
        return None;
    }
    let mut v = 0u32;
    for c in s.chars() {
        v = v * 10 + decimal_digit_value(c)?;
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(s: &str) -> Option<f64> {
        match parse_digits(s) {
            Digits::Value(v) => Some(v.scaled(0)),
            _ => None,
        }
    }

    #[test]
    fn digits() {
        assert_eq!(val("61,827"), Some(61827.0));
        assert_eq!(val("1\u{a0}700"), Some(1700.0));
        assert_eq!(val("2.5"), Some(2.5));
        assert_eq!(val("\u{2212}3"), Some(-3.0));
        assert_eq!(val("1.234.567"), Some(1234567.0));
        assert_eq!(val("1,2,3,4"), None);
        assert_eq!(val("12,34"), None);
        assert_eq!(parse_digits("10:30"), Digits::Colon(10, 30));
        assert_eq!(parse_digits("9/11"), Digits::Slash([9, 11, 0], 2));
        if let Digits::Value(v) = parse_digits("0.1") {
            assert_eq!(v.scaled(6), 100_000.0);
        }
        let long = "9".repeat(10_000);
        assert!(matches!(parse_digits(&long), Digits::Value(_)));
    }
}
