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
    /// The digits as an exact integer while they fit in a `u128` (38 digits), for correctly
    /// rounded values; `None` beyond that or for a vulgar fraction.
    pub exact: Option<u128>,
}

impl DigitValue {
    /// The value times 10^`exp` (the scale), correctly rounded: the nearest `f64` to the
    /// decimal number written (scale included), as Python's `float("…")` would give.
    ///
    /// An integer mantissa below 2^53 and a power of ten up to 10^22 are both exact, so one
    /// multiplication or division rounds correctly; anything larger (16+ significant digits,
    /// `10971046849461494900000`) is read once from its decimal string by Rust's correctly
    /// rounding `str::parse::<f64>`, instead of accumulating rounding errors digit by digit.
    pub(crate) fn scaled(&self, exp: i32) -> f64 {
        let e = exp - self.frac;
        if let Some(m) = self.exact {
            if m >= (1u128 << 53) || e.abs() > 22 {
                let v: f64 = format!("{m}e{e}").parse().unwrap_or(f64::NAN);
                return self.sign * v;
            }
        }
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

/// The value of a vulgar fraction character (`½`, `¾`, `⅓`).
pub(crate) fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '\u{00BC}' => 0.25,
        '\u{00BD}' => 0.5,
        '\u{00BE}' => 0.75,
        '\u{2150}' => 1.0 / 7.0,
        '\u{2151}' => 1.0 / 9.0,
        '\u{2152}' => 0.1,
        '\u{2153}' => 1.0 / 3.0,
        '\u{2154}' => 2.0 / 3.0,
        '\u{2155}' => 0.2,
        '\u{2156}' => 0.4,
        '\u{2157}' => 0.6,
        '\u{2158}' => 0.8,
        '\u{2159}' => 1.0 / 6.0,
        '\u{215A}' => 5.0 / 6.0,
        '\u{215B}' => 0.125,
        '\u{215C}' => 0.375,
        '\u{215D}' => 0.625,
        '\u{215E}' => 0.875,
        _ => return None,
    })
}

/// Parses the text of a [`crate::TokenKind::Number`] token.
///
/// Besides English digit groups (`61,827.5`) it reads continental forms when they cannot be
/// English: `1.234,5` and `1\u{a0}234,5` (a decimal comma after dot or space groups), and a
/// trailing vulgar fraction (`2½`, `¾`).
pub(crate) fn parse_digits(s: &str) -> Digits {
    // "2½", "¾": the whole part (possibly empty) plus the fraction.
    if let Some(last) = s.chars().next_back() {
        if let Some(f) = vulgar_fraction(last) {
            let head = &s[..s.len() - last.len_utf8()];
            let whole = match head {
                "" => DigitValue {
                    mantissa: 0.0,
                    frac: 0,
                    sign: 1.0,
                    plus: false,
                    int_digits: 0,
                    grouped: false,
                    leading_zero: false,
                    exact: Some(0),
                },
                h => match parse_digits(h) {
                    Digits::Value(v) if v.is_int() => v,
                    _ => return Digits::Malformed,
                },
            };
            // Kept as one fraction digit over a non-integer mantissa: `scaled` stays exact
            // for halves and quarters, and `is_int` is false.
            let v = whole.scaled(0).abs() + f;
            return Digits::Value(DigitValue {
                mantissa: v * 10.0,
                frac: 1,
                int_digits: whole.int_digits.max(1),
                exact: None,
                ..whole
            });
        }
    }
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
    // "1.234,5", "1 234,56": a decimal comma after dot or space groups (never after comma
    // groups, and never with three digits after it, which reads as English grouping).
    let commas = rest.chars().filter(|&c| c == ',').count();
    let after_comma = rest.rsplit(',').next().map_or(0, |t| t.chars().count());
    let euro = commas == 1
        && (dots > 0 || groups > 1)
        && (1..=2).contains(&after_comma)
        && rest
            .rsplit(',')
            .next()
            .is_some_and(|t| t.chars().all(|c| decimal_digit_value(c).is_some()));
    let (dots, groups) = if euro {
        (0, groups - 1 + dots)
    } else {
        (dots, groups)
    };
    // "1.234.567": dots as thousands separators.
    let dots_group = !euro && dots > 1 && groups == 0;
    if dots > 1 && !dots_group {
        return Digits::Malformed;
    }
    let mut mantissa = 0f64;
    let mut exact: Option<u128> = Some(0);
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
            exact = exact.and_then(|m| m.checked_mul(10)?.checked_add(d as u128));
            if in_frac {
                frac += 1;
            } else {
                int_digits += 1;
            }
            run += 1;
        } else if euro && c == ',' {
            if !first_run && run != 3 {
                ok = false;
            }
            in_frac = true;
            run = 0;
        } else if (is_group_sep(c) && !(euro && c == ',')) || ((dots_group || euro) && c == '.') {
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
        exact,
    })
}

/// A race or elapsed time with a colon and decimal seconds, in seconds: `7:40.53` (minutes),
/// `2:08:37` or `1:02:03.5` (hours). `10:30` (no decimals, two parts) is a clock time, not this.
pub(crate) fn elapsed_seconds(s: &str) -> Option<f64> {
    let mut parts = s.split(':');
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next());
    if parts.next().is_some() {
        return None;
    }
    let secs = |t: &str| -> Option<f64> {
        // "40.53" or "37": under 60, two integer digits.
        let (int, frac) = t.split_once('.').unwrap_or((t, ""));
        if int.len() != 2 || !frac.chars().all(|ch| ch.is_ascii_digit()) || frac.len() > 3 {
            return None;
        }
        let v: f64 = t.parse().ok()?;
        (v < 60.0).then_some(v)
    };
    match c {
        None if b.contains('.') => Some(small_int(a)? as f64 * 60.0 + secs(b)?),
        Some(c) => {
            let m = small_int(b)?;
            (b.len() == 2 && m < 60).then_some(())?;
            Some(small_int(a)? as f64 * 3600.0 + m as f64 * 60.0 + secs(c)?)
        }
        None => None,
    }
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

/// A power of ten written with superscripts: `10⁸` is 8, `10⁻⁹` is -9 (as printed science text
/// and PDFs copy it).
pub(crate) fn superscript_power(raw: &str) -> Option<i32> {
    let rest = raw.strip_prefix("10")?;
    let (neg, digits) = match rest.strip_prefix('\u{207b}') {
        Some(d) => (true, d),
        None => (false, rest.strip_prefix('\u{207a}').unwrap_or(rest)),
    };
    let v = superscript_int(digits)?;
    (v <= 300).then_some(if neg { -v } else { v })
}

/// A whole number written in superscript digits (`⁹`, `¹²`).
pub(crate) fn superscript_int(digits: &str) -> Option<i32> {
    let mut v: i32 = 0;
    let mut n = 0;
    for c in digits.chars() {
        let d = match c {
            '\u{2070}' => 0,
            '\u{b9}' => 1,
            '\u{b2}' => 2,
            '\u{b3}' => 3,
            '\u{2074}'..='\u{2079}' => c as i32 - 0x2070,
            _ => return None,
        };
        v = v.checked_mul(10)?.checked_add(d)?;
        n += 1;
    }
    (n > 0).then_some(v)
}

/// E-notation: `1.5e-3`, `2.1E+04`, `6e23` (a mantissa of digits with at most one point, `e` or
/// `E`, an optional sign, one to three digits; a capital `E` needs a point or a sign, so that
/// `7E7`, a model name, is none).
pub(crate) fn e_notation(raw: &str) -> Option<f64> {
    let k = raw.find(['e', 'E'])?;
    let (m, e) = (&raw[..k], &raw[k + 1..]);
    let e_digits = e.strip_prefix(['-', '+']).unwrap_or(e);
    let mantissa_ok = !m.is_empty()
        && m.bytes().filter(|&b| b == b'.').count() <= 1
        && m.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && m.as_bytes()[0].is_ascii_digit();
    let exp_ok = (1..=3).contains(&e_digits.len()) && e_digits.bytes().all(|b| b.is_ascii_digit());
    // "Boeing's 7E7": a capital E between bare digits is a model name
    let marked = m.contains('.') || e.len() > e_digits.len() || raw.as_bytes()[k] == b'e';
    if !(mantissa_ok && exp_ok && marked) {
        return None;
    }
    let v: f64 = raw.parse().ok()?;
    v.is_finite().then_some(v)
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
        assert_eq!(val("1.234,5"), Some(1234.5));
        assert_eq!(val("1.234.567,89"), Some(1234567.89));
        assert_eq!(val("1\u{a0}234,5"), Some(1234.5));
        assert_eq!(val("1,234.5"), Some(1234.5));
        assert_eq!(val("1.234,567"), None);
        assert_eq!(val("2\u{bd}"), Some(2.5));
        assert_eq!(val("\u{be}"), Some(0.75));
        assert_eq!(val("1,000\u{bc}"), Some(1000.25));
        assert_eq!(val("2.5\u{bd}"), None);
        assert_eq!(elapsed_seconds("7:40.53"), Some(460.53));
        assert_eq!(elapsed_seconds("2:08:37"), Some(7717.0));
        assert_eq!(elapsed_seconds("10:30"), None);
        assert_eq!(elapsed_seconds("7:4.5"), None);
        assert_eq!(elapsed_seconds("1:2:3:4"), None);
        assert_eq!(parse_digits("10:30"), Digits::Colon(10, 30));
        assert_eq!(parse_digits("9/11"), Digits::Slash([9, 11, 0], 2));
        if let Digits::Value(v) = parse_digits("0.1") {
            assert_eq!(v.scaled(6), 100_000.0);
        }
        // 16+ significant digits: correctly rounded, as Python's float() reads them.
        for s in [
            "10971046849461494900000",
            "10,971,046,849,461,494,900,000",
            "9007199254740993",
            "123456789012345678.9",
            "0.30000000000000004441",
            "18446744073709551617",
        ] {
            let plain: String = s.chars().filter(|&c| c != ',').collect();
            assert_eq!(val(s), Some(plain.parse::<f64>().unwrap()), "{s}");
        }
        if let Digits::Value(v) = parse_digits("1.0971046849461495") {
            assert_eq!(v.scaled(22), "1.0971046849461495e22".parse::<f64>().unwrap());
            assert_eq!(v.scaled(-30), "1.0971046849461495e-30".parse::<f64>().unwrap());
        }
        let long = "9".repeat(10_000);
        assert!(matches!(parse_digits(&long), Digits::Value(_)));
    }

    #[test]
    fn powers_and_e_notation() {
        assert_eq!(superscript_power("10\u{2078}"), Some(8));
        assert_eq!(superscript_power("10\u{207b}\u{2079}"), Some(-9));
        assert_eq!(superscript_power("10\u{b9}\u{b2}"), Some(12));
        assert_eq!(superscript_power("10"), None);
        assert_eq!(superscript_power("12\u{b2}"), None);
        assert_eq!(e_notation("1.5e-3"), Some(0.0015));
        assert_eq!(e_notation("2.1E+04"), Some(21000.0));
        assert_eq!(e_notation("6e23"), Some(6e23));
        for no in ["e5", "1.2.3e4", "5e", "3e1234", "10x", "5eb", "7E7"] {
            assert_eq!(e_notation(no), None, "{no}");
        }
    }
}
