//! Normalised forms: NFKC, case folding, and folding of curly quotes, dashes and minus signs.
//!
//! The normalised form is for *comparison* (lookup, stems, gazetteer keys), never for offsets:
//! offsets always index the original text. `"İ".to_lowercase()` is two code points, so a
//! lower-cased copy cannot be sliced with the original's offsets.

use unicode_normalization::UnicodeNormalization;

/// Folds one character for comparison: curly quotes to straight ones, dashes and minus signs to
/// `-`, no-break and other spaces to ` `. Returns `None` when the character needs no folding.
#[inline]
pub fn fold_punct(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{FF07}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}'
        | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' | '\u{2002}' | '\u{2003}' => ' ',
        _ => return None,
    })
}

/// Full case folding of one character into `out` (lower-casing plus the special folds of
/// Unicode's CaseFolding.txt that lower-casing misses: ß → ss, ς → σ, ſ → s, …).
#[inline]
pub fn push_case_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        'ß' | 'ẞ' => out.push_str("ss"),
        'ς' => out.push('σ'),
        'ſ' => out.push('s'),
        'ﬅ' | 'ﬆ' => out.push_str("st"),
        'İ' => out.push_str("i\u{307}"),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Case-folds a string (see [`push_case_folded`]), without NFKC or punctuation folding.
///
/// ```
/// assert_eq!(claimsift::normalize::case_fold("Straße ΣΟΦΟΣ"), "strasse σοφοσ");
/// ```
pub fn case_fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_case_folded(c, &mut out);
    }
    out
}

/// The normalised form of a token or phrase: NFKC, then punctuation folding, then full case
/// folding.
///
/// ```
/// use claimsift::normalize::normalize;
/// assert_eq!(normalize("Microsoft’s"), "microsoft's");
/// assert_eq!(normalize("ＡＢＣ–１"), "abc-1");
/// assert_eq!(normalize("STRASSE"), normalize("Straße"));
/// ```
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        for b in s.bytes() {
            out.push(b.to_ascii_lowercase() as char);
        }
        return out;
    }
    for c in s.nfkc() {
        let c = fold_punct(c).unwrap_or(c);
        push_case_folded(c, &mut out);
    }
    out
}
