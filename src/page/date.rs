//! Calendar dates written on a page: `2023-09-09`, `20 September 2017`, `Sep 9, 2023`,
//! `3. März 2023`, `1er mars 2023`, `3 de marzo de 2023`, `03.03.2023`, `/2025/jan/23/` in a URL.
//! Month names come from the page vocabulary (`month` rows of `data/page/*.txt`).

use super::lexicon::Lexicon;
use chrono::NaiveDate;

/// A date read from text: a full date, or a month and day whose year the page must supply
/// (`WASHINGTON, March 3 (Reuters) -`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    Full(NaiveDate),
    MonthDay(u32, u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Num(u32, usize),
    Month(u32),
    Other,
}

struct P<'a> {
    piece: Piece,
    /// The text between this piece and the next.
    gap: &'a str,
    text: &'a str,
}

fn pieces(s: &str) -> Vec<P<'_>> {
    let lex = Lexicon::get();
    let mut out: Vec<P<'_>> = Vec::new();
    let mut last_end = 0;
    let mut iter = s.char_indices().peekable();
    while let Some(&(k, c)) = iter.peek() {
        if !c.is_alphanumeric() {
            iter.next();
            continue;
        }
        let digit = c.is_ascii_digit();
        let start = k;
        let mut end = k;
        while let Some(&(j, d)) = iter.peek() {
            if d.is_alphanumeric() && d.is_ascii_digit() == digit {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        if let Some(prev) = out.last_mut() {
            prev.gap = &s[last_end..start];
        }
        let text = &s[start..end];
        let piece = if digit {
            match text.parse::<u32>() {
                Ok(v) if text.len() <= 4 => Piece::Num(v, text.len()),
                _ => Piece::Other,
            }
        } else {
            let lower = text.to_lowercase();
            match lex.month(&lower) {
                Some(m) => Piece::Month(m),
                None => Piece::Other,
            }
        };
        out.push(P { piece, gap: "", text });
        last_end = end;
    }
    if let Some(prev) = out.last_mut() {
        prev.gap = &s[last_end..];
    }
    out
}

fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// A gap of spaces and light punctuation between the parts of a written date.
fn soft(gap: &str) -> bool {
    gap.len() <= 4
        && gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '.' | ',' | '-' | '/'))
}

fn is_ordinal_suffix(s: &str) -> bool {
    matches!(s, "st" | "nd" | "rd" | "th" | "er" | "e" | "re" | "o" | "º")
}

fn is_filler(s: &str) -> bool {
    matches!(s, "de" | "del" | "of")
}

/// The first date written in `s` (a full date wins over an earlier month and day).
pub(crate) fn find(s: &str) -> Option<Found> {
    let ps = pieces(s);
    let mut partial: Option<Found> = None;
    let n = ps.len();
    let num = |k: usize| match ps.get(k).map(|p| p.piece) {
        Some(Piece::Num(v, len)) => Some((v, len)),
        _ => None,
    };
    let month = |k: usize| match ps.get(k).map(|p| p.piece) {
        Some(Piece::Month(m)) => Some(m),
        _ => None,
    };
    // Skips an ordinal suffix (`1er`, `3rd`) and fillers (`de`, `of`) after piece k.
    let skip = |mut k: usize| {
        while k < n && soft(ps[k - 1].gap) && {
            let t = ps[k].text.to_lowercase();
            (is_ordinal_suffix(&t) && ps[k - 1].gap.is_empty()) || is_filler(&t)
        } {
            k += 1;
        }
        k
    };
    for i in 0..n {
        // Y-M-D, Y/M/D, Y.M.D, Y/mon/D (URLs).
        if let Some((y, 4)) = num(i) {
            let g = ps[i].gap;
            if matches!(g, "-" | "/" | ".") && i + 2 < n && ps[i + 1].gap == g {
                let m = num(i + 1)
                    .filter(|&(_, l)| l <= 2)
                    .map(|(v, _)| v)
                    .or(month(i + 1));
                if let (Some(m), Some((d, dl))) = (m, num(i + 2)) {
                    if dl <= 2 {
                        if let Some(date) = ymd(y, m, d) {
                            return Some(Found::Full(date));
                        }
                    }
                }
            }
        }
        // D.M.Y (German), D/M/Y or M/D/Y when one part cannot be a month.
        if let (Some((a, al)), Some((b, bl)), Some((y, 4))) = (num(i), num(i + 1), num(i + 2)) {
            let g = ps[i].gap;
            if al <= 2 && bl <= 2 && matches!(g, "." | "/") && ps[i + 1].gap == g {
                let date = if g == "." || a > 12 {
                    ymd(y, b, a)
                } else if b > 12 {
                    ymd(y, a, b)
                } else {
                    None
                };
                if let Some(date) = date {
                    return Some(Found::Full(date));
                }
            }
        }
        // D [suffix] [de] Month [de] [Y]: "20 September 2017", "3. März 2023", "1er mars".
        if let Some((d, dl)) = num(i) {
            if dl <= 2 && i + 1 < n && soft(ps[i].gap) {
                let k = skip(i + 1);
                if let Some(m) = month(k).filter(|_| soft(ps[k - 1].gap)) {
                    let j = skip(k + 1);
                    if let Some((y, 4)) = num(j).filter(|_| soft(ps[j - 1].gap)) {
                        if let Some(date) = ymd(y, m, d) {
                            return Some(Found::Full(date));
                        }
                    }
                    if partial.is_none() && (1..=31).contains(&d) {
                        partial = Some(Found::MonthDay(m, d));
                    }
                }
            }
        }
        // Month D[suffix][,] [Y]: "Sep 9, 2023", "September 9th 2023", "March 3".
        if let Some(m) = month(i) {
            if let Some((d, dl)) = num(i + 1).filter(|_| soft(ps[i].gap)) {
                if dl <= 2 {
                    let j = skip(i + 2);
                    if let Some((y, 4)) = num(j).filter(|_| soft(ps[j - 1].gap)) {
                        if let Some(date) = ymd(y, m, d) {
                            return Some(Found::Full(date));
                        }
                    }
                    // "Sep 9, 10:15" is no year: a month and day only.
                    if partial.is_none() && (1..=31).contains(&d) {
                        partial = Some(Found::MonthDay(m, d));
                    }
                }
            }
        }
    }
    partial
}

/// The first full date in `s`.
pub(crate) fn find_full(s: &str) -> Option<NaiveDate> {
    match find(s)? {
        Found::Full(d) => Some(d),
        Found::MonthDay(..) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn formats() {
        assert_eq!(find_full("Updated: 2023-09-09 10:15"), d(2023, 9, 9));
        assert_eq!(find_full("2023-09-09T10:15:00Z"), d(2023, 9, 9));
        assert_eq!(find_full("Published 20 September 2017"), d(2017, 9, 20));
        assert_eq!(find_full("Sep 9, 2023 10:15 AM ET"), d(2023, 9, 9));
        assert_eq!(find_full("Sept. 9th, 2023"), d(2023, 9, 9));
        assert_eq!(
            find_full("Veröffentlicht am 3. März 2023, 10:15 Uhr"),
            d(2023, 3, 3)
        );
        assert_eq!(find_full("Stand: 03.03.2023"), d(2023, 3, 3));
        assert_eq!(find_full("Publié le 1er mars 2023 à 10h15"), d(2023, 3, 1));
        assert_eq!(find_full("Publicado el 3 de marzo de 2023"), d(2023, 3, 3));
        assert_eq!(
            find_full("https://example.com/world/2025/jan/23/story"),
            d(2025, 1, 23)
        );
        assert_eq!(find_full("https://example.org/2024/4/5/story"), d(2024, 4, 5));
        assert_eq!(find_full("Tuesday 14/03/2023"), d(2023, 3, 14));
        assert_eq!(find_full("03/14/2023"), d(2023, 3, 14));
        assert_eq!(find_full("05/06/2020"), None);
        assert_eq!(
            find("WASHINGTON, March 3 (Reuters) -"),
            Some(Found::MonthDay(3, 3))
        );
        assert_eq!(find_full("2023-02-30"), None);
        assert_eq!(find_full("Flight 2023 to Paris"), None);
    }
}
