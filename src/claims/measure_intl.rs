//! What a figure measures, in the claim languages other than English: the measure ids of the
//! English vocabulary, from each language's forms (`data/measures/<code>.tsv`), so that German
//! `mindestens 1.700 Tote` and English `at least 1,700 deaths` both measure `killed`.
//!
//! A simpler rule than English's clause analysis (`measure.rs`): the nearest form in the
//! claim's clause, first after the figure (up to the next figure or clause break: `1 700
//! personnes ont été tuées`), else before it, back to a comma (`la tasa de desempleo subió al
//! 5,9 %`). Measures that count people (`killed`, `arrested`, …) go only to counts. Where no
//! form is found and a counted noun is known, the measure is `noun:<counted noun>` (lower case),
//! as in English. Scopes, time references and roles are not read in these languages yet.

use super::lexicon::Low;
use super::vocab::{lang_measure_forms, EN};
use super::Extraction;
use crate::span::Span;
use crate::{Lang, Sentence, Token, TokenKind};

/// Clause breaks a measure is not looked for across.
fn is_break(t: &Token, text: &str) -> bool {
    t.kind == TokenKind::Punct && matches!(t.text(text), ";" | ":" | "." | "!" | "?" | "(" | ")" | "—" | "–")
}

/// Measures that count people: only a count (no unit) can measure them (`3 Mrd. Euro` after
/// `getötet` is not a toll).
const PEOPLE: &[&str] = &[
    "killed",
    "injured",
    "injured_critical",
    "casualties",
    "missing",
    "displaced",
    "evacuated",
    "rescued",
    "affected",
    "arrested",
    "cases",
    "recovered",
    "hospitalised",
    "tested",
    "vaccinated",
    "passengers",
    "crew",
    "protesters",
    "strikers",
    "police",
];

/// Sets `measure` and `measure_span` on every claim of `ex` (language `lang`, not English).
pub(crate) fn annotate(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    ex: &mut Extraction,
    lang: Lang,
) {
    let Some(forms) = lang_measure_forms(lang) else {
        return;
    };
    for s in sentences {
        let (a, b) = (s.token_start.min(tokens.len()), s.token_end.min(tokens.len()));
        if a >= b {
            continue;
        }
        let claims: Vec<usize> = (0..ex.claims.len())
            .filter(|&k| s.span.contains(&ex.claims[k].span))
            .collect();
        if claims.is_empty() {
            continue;
        }
        let lows: Vec<Low> = tokens[a..b].iter().map(|t| Low::uni(t.text(text))).collect();
        // "l'inflazione", "d'affaires": the word after an elided article or preposition.
        let words: Vec<&str> = lows
            .iter()
            .map(|l| {
                let w = l.as_str();
                match w.find('\'') {
                    Some(q) if q + 1 < w.len() && q <= 3 => &w[q + 1..],
                    _ => w,
                }
            })
            .collect();
        let tok_of = |byte: usize| tokens[a..b].partition_point(|t| t.span.end <= byte);
        let spans: Vec<(usize, usize)> = claims
            .iter()
            .map(|&k| {
                let c = &ex.claims[k];
                (tok_of(c.span.start), tok_of(c.span.end.saturating_sub(1)) + 1)
            })
            .collect();
        for (n, &k) in claims.iter().enumerate() {
            let (cs, ce) = spans[n];
            let is_count = ex.claims[k].unit == "count";
            let fits = |m: usize| is_count || !PEOPLE.contains(&EN.measures[m].id);
            let next_claim = spans.get(n + 1).map_or(words.len(), |x| x.0);
            let prev_claim = if n > 0 { spans[n - 1].1 } else { 0 };
            let mut found: Option<(usize, usize, usize)> = None;
            // After the figure, to the next figure or clause break (eight words at most).
            let mut i = ce;
            while i < next_claim.min(ce + 8) && !is_break(&tokens[a + i], text) {
                if let Some((m, len)) = forms.at(&words, i).filter(|&(m, _)| fits(m)) {
                    found = Some((m, i, len));
                    break;
                }
                i += 1;
            }
            // Else before it, back to the previous figure or clause break.
            if found.is_none() {
                let mut i = cs;
                while i > prev_claim && i + 8 > cs {
                    i -= 1;
                    // Before the figure the clause ends at a comma too.
                    if is_break(&tokens[a + i], text) || tokens[a + i].text(text) == "," {
                        break;
                    }
                    if let Some((m, s0, len)) = forms.ending_at(&words, i, 4).filter(|&(m, _, _)| fits(m)) {
                        found = Some((m, s0, len));
                        break;
                    }
                }
            }
            let c = &mut ex.claims[k];
            match found {
                Some((m, s0, len)) => {
                    c.measure = Some(EN.measures[m].id.to_string());
                    c.measure_span = Some(Span::new(
                        tokens[a + s0].span.start,
                        tokens[a + s0 + len - 1].span.end,
                    ));
                }
                None => {
                    if let Some(sp) = c.counted {
                        let l = Low::uni(sp.slice(text));
                        if !l.as_str().is_empty() {
                            c.measure = Some(format!("noun:{}", l.as_str()));
                            c.measure_span = Some(sp);
                        }
                    }
                }
            }
        }
    }
}
