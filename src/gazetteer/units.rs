//! Match units: how texts and aliases are cut up for matching.
//!
//! A text is a sequence of *units*: a **word** unit is a maximal run of word characters
//! ([`crate::tokenize`]'s `is_word_char`: letters, digits, combining marks, joiners); every other
//! character that is not whitespace is a one-character **punct** unit; whitespace separates units
//! and is otherwise ignored (so line breaks and runs of spaces inside an alias are tolerated).
//! Each unit records whether whitespace came right before it.
//!
//! Units are compared by their *key*: NFKC, then punctuation folding (curly quotes to straight,
//! dashes to `-`), then full case folding ([`crate::normalize`]); ASCII takes a fast path
//! (lower-case bytes). Offsets always come from the original text, never from a folded copy.

use crate::normalize::{fold_punct, push_case_folded};
use crate::tokenize::{is_space, is_word_char};
use unicode_normalization::UnicodeNormalization;

/// One unit of a text: a byte range and what kind it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawUnit {
    pub start: usize,
    pub end: usize,
    pub word: bool,
    /// Whitespace (or the start of the text) right before the unit.
    pub space_before: bool,
}

#[inline]
fn decode(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// Cuts `text` into units, calling `f` for each, in order.
#[inline]
pub(crate) fn for_each_unit(text: &str, mut f: impl FnMut(RawUnit)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    let mut space = true;
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                let start = i;
                i += 1;
                i = word_end(text, i);
                f(RawUnit {
                    start,
                    end: i,
                    word: true,
                    space_before: space,
                });
                space = false;
            } else if b == b' ' || (b'\t'..=b'\r').contains(&b) {
                space = true;
                i += 1;
            } else {
                f(RawUnit {
                    start: i,
                    end: i + 1,
                    word: false,
                    space_before: space,
                });
                space = false;
                i += 1;
            }
        } else {
            let c = decode(text, i);
            let l = c.len_utf8();
            if is_word_char(c) {
                let start = i;
                i = word_end(text, i + l);
                f(RawUnit {
                    start,
                    end: i,
                    word: true,
                    space_before: space,
                });
                space = false;
            } else if is_space(c) {
                space = true;
                i += l;
            } else {
                f(RawUnit {
                    start: i,
                    end: i + l,
                    word: false,
                    space_before: space,
                });
                space = false;
                i += l;
            }
        }
    }
}

#[inline]
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                i += 1;
            } else {
                break;
            }
        } else {
            let c = decode(text, i);
            if is_word_char(c) {
                i += c.len_utf8();
            } else {
                break;
            }
        }
    }
    i
}

/// The comparison key of a unit's text (case-folded), appended to `out`.
#[inline]
pub(crate) fn push_key(s: &str, out: &mut String) {
    if s.is_ascii() {
        for b in s.bytes() {
            out.push(b.to_ascii_lowercase() as char);
        }
        return;
    }
    for c in s.nfkc() {
        let c = fold_punct(c).unwrap_or(c);
        push_case_folded(c, out);
    }
}

/// The case-preserving comparison form of a unit's text (NFKC and punctuation folding only),
/// appended to `out`. Used to check case-sensitive aliases.
#[inline]
pub(crate) fn push_exact(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.push_str(s);
        return;
    }
    for c in s.nfkc() {
        out.push(fold_punct(c).unwrap_or(c));
    }
}

/// The exact form, without allocating for ASCII.
pub(crate) fn exact_form(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        std::borrow::Cow::Borrowed(s)
    } else {
        let mut out = String::with_capacity(s.len());
        push_exact(s, &mut out);
        std::borrow::Cow::Owned(out)
    }
}

/// True when `a` and `b` agree, letter case included, on their first `min(len)` characters.
/// Case-sensitive *stemmed* aliases use it: `Palestinians` agrees with `Palestinian`.
pub(crate) fn agree_on_prefix(a: &str, b: &str) -> bool {
    a.chars().zip(b.chars()).all(|(x, y)| x == y)
}

/// True when an alias is "all caps" for [`super::CaseMode::Auto`]: it has at least one upper-case
/// letter and no lower-case one (`AP`, `U.S.`, `IDF`, `GPT-4`, `TEMPO.CO`).
pub(crate) fn is_all_caps(s: &str) -> bool {
    let mut upper = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        upper |= c.is_uppercase();
    }
    upper
}

/// Clitics that may follow an apostrophe glued to a word without making the word part of a
/// larger token: `’s`, `’re`, `’ll`, `’ve`, `’m`, `’d` (keys, so lower case). `n’t` is not here:
/// `don’t` is `do` + `n’t`, so `don` is never a whole token.
#[inline]
pub(crate) fn is_clitic_key(k: &str) -> bool {
    matches!(k, "s" | "re" | "ll" | "ve" | "m" | "d")
}

/// Punctuation that joins the words on both sides into one token when there is no space
/// around it (`O’Brien`, `TEMPO.CO`, `AT&T`, `snake_case`).
#[inline]
pub(crate) fn is_joiner_key(k: &str) -> bool {
    matches!(k, "'" | "." | "&" | "_")
}

/// True when the text at `start` begins a URL (`http://`, `https://`, `www.`), ASCII
/// case-insensitively.
#[inline]
pub(crate) fn url_at(bytes: &[u8], start: usize) -> bool {
    let rest = &bytes[start..];
    let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    match rest.first() {
        Some(b'h' | b'H') => starts(b"http://") || starts(b"https://"),
        Some(b'w' | b'W') => starts(b"www.") && rest.len() > 4 && rest[4].is_ascii_alphanumeric(),
        _ => false,
    }
}

/// End of the whitespace-delimited chunk that starts at `i`.
pub(crate) fn chunk_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b == b' ' || (b'\t'..=b'\r').contains(&b) {
                break;
            }
            i += 1;
        } else {
            let c = decode(text, i);
            if is_space(c) {
                break;
            }
            i += c.len_utf8();
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<(&str, bool, bool)> {
        let mut v = Vec::new();
        for_each_unit(s, |u| v.push((&s[u.start..u.end], u.word, u.space_before)));
        v
    }

    #[test]
    fn cuts_units() {
        assert_eq!(
            units("Israel’s  army\nU.S.+972 é"),
            [
                ("Israel", true, true),
                ("’", false, false),
                ("s", true, false),
                ("army", true, true),
                ("U", true, true),
                (".", false, false),
                ("S", true, false),
                (".", false, false),
                ("+", false, false),
                ("972", true, false),
                ("é", true, true),
            ]
        );
        let mut k = String::new();
        push_key("İSTANBUL", &mut k);
        assert_eq!(k, "i\u{307}stanbul");
        assert!(is_all_caps("U.S.") && is_all_caps("GPT-4") && !is_all_caps("Tempo") && !is_all_caps("+972"));
    }
}
