//! What a claim measures, of whom, and when: the stage that makes claims comparable.
//!
//! For every claim this stage reads the words of its own clause — after the numeral up to the
//! next numeral or clause break, and before it back to the previous numeral — and sets:
//!
//! - [`Claim::measure`]: a measure id from the vocabulary (`data/measures/en.tsv`: `killed`,
//!   `injured`, `turnout`, `revenue`, `magnitude`, …) from the nearest form after the numeral
//!   (`2,012 people were killed`), else before it (`the death toll rose to 2,012`), else the
//!   measure of a numeral it is coordinated with (`1,293 deaths in Al Haouz, 452 in
//!   Taroudant`); failing that `noun:<counted noun>` (`157 passengers` without a form would be
//!   `noun:passenger`), unless the noun is generic (`people`): then no measure, and the
//!   comparison keeps the figure alone. Forms match whole lower-case words, every inflection
//!   listed, and a capitalised form next to another capitalised word is a name (`Camp Fire`).
//! - [`Claim::scope`]: whom or where it is about, as a key: a proper noun after `in`, `across`,
//!   `throughout`, `at` (`in Al Haouz Province` → `al haouz`; generic heads such as `province`
//!   or `county` are dropped), a possessive (`Microsoft's` → `microsoft`), a demonym
//!   (`Palestinian deaths` → `palestine`), or a level (`nationwide` → `@national`, `worldwide`
//!   → `@world`, `in the county` → `@local`).
//! - [`Claim::time_ref`]: the period it is for (`in 2008`, `in April`, `the first quarter`,
//!   `last year`, `on Tuesday`), unresolved: [`TimeRef::resolve`] takes the document's date.
//! - [`Claim::role`]: `previous` (`up from 23,000`, `from 350 to 413`), `forecast` (`analysts
//!   expected`), `subset` (`2,530 of them`) or `increment` (`14 more victims`, `new cases`).
//!
//! ```
//! use claimsift::claims::{extract, ExtractOptions, Role};
//! let text = "At least 2,012 people were killed and 2,059 were wounded in Morocco. \
//!             The toll in Al Haouz province reached 1,293, up from 1,200.";
//! let ex = extract(text, &ExtractOptions::default());
//! let m: Vec<(&str, Option<&str>, Option<&str>)> = ex.claims.iter()
//!     .map(|c| (c.span.slice(text), c.measure.as_deref(), c.scope.as_deref())).collect();
//! assert_eq!(m[0], ("At least 2,012", Some("killed"), None));
//! assert_eq!(m[1], ("2,059", Some("injured"), Some("morocco")));
//! assert_eq!(m[2], ("1,293", Some("killed"), Some("al haouz")));
//! assert_eq!(ex.claims[3].role, Some(Role::Previous));
//! ```

use super::lexicon;
use super::timeref::{RelUnit, TimeRef};
use super::vocab::{measure_fits_class, MeasureKind, MeasureWords, Role, Side, Vocab, EN, WORDS_EN};

/// The closed word classes this stage reads (`data/measures/words.en.tsv`).
static W: &std::sync::LazyLock<MeasureWords> = &WORDS_EN;
use super::{Extraction, NumberKind};
use crate::sentences::Sentence;
use crate::span::Span;
use crate::{Token, TokenKind};

/// Words a forward scan does not cross (the figure's own clause ends there).
const FWD_STOP: &[&str] = &[
    ".", ";", ":", "!", "?", "(", ")", "—", "–", "and", "or", "but", "while", "whereas", ",", "\"", "“", "”",
];
/// Words a backward scan does not cross.
#[allow(dead_code)] // the list `stop_bits` encodes, checked against it by a test
const BACK_STOP: &[&str] = &[".", ";", "!", "?", "—", "–", "--", "|", "\"", "“", "”"];
/// How far the scans look, in tokens.
const FWD_MAX: usize = 8;
const BACK_MAX: usize = 8;

/// Lower-cased words of one sentence, with what the scans need.
struct Sent<'a> {
    toks: &'a [Token],
    low: &'a [String],
    /// The same, as `&str` (one allocation per sentence, not per scan).
    words: &'a [&'a str],
    cap: Vec<bool>,
    /// Most words capitalised: a headline in title case, where capitals say nothing.
    title_case: bool,
    /// Token ranges of the sentence's claims, in order.
    claims: Vec<(usize, usize)>,
    /// For each claim, where its own phrase ends (its counted noun and measure words): the next
    /// claim's backward scan stops there.
    owned: Vec<usize>,
    /// Per token: `STOP_FWD` (in [`FWD_STOP`]) and `STOP_BACK` (in [`BACK_STOP`]) bits, so the
    /// scans, run several times per claim, compare no strings.
    stop: Vec<u8>,
}

const STOP_FWD: u8 = 1;
const STOP_BACK: u8 = 2;

/// `STOP_FWD` / `STOP_BACK` bits of a lower-cased word: membership of [`FWD_STOP`] and
/// [`BACK_STOP`] as one `match` (a test checks it against the lists).
fn stop_bits(w: &str) -> u8 {
    match w {
        "." | ";" | "!" | "?" | "—" | "–" | "\"" | "“" | "”" => STOP_FWD | STOP_BACK,
        ":" | "(" | ")" | "and" | "or" | "but" | "while" | "whereas" | "," => STOP_FWD,
        "--" | "|" => STOP_BACK,
        _ => 0,
    }
}

impl<'a> Sent<'a> {
    fn words(&self) -> &[&'a str] {
        self.words
    }
    fn is_name_word(&self, i: usize, first: usize) -> bool {
        let t = &self.toks[i];
        if !matches!(t.kind, TokenKind::Word | TokenKind::Alnum) || !self.cap[i] {
            return false;
        }
        let w = self.low[i].as_str();
        // a quarter is a time, not a name: "Q1", "H1", "FY2023"
        if W.not_name.contains(&w)
            || (w.len() == 2
                && (w.starts_with('q') || w.starts_with('h'))
                && w[1..].chars().all(|c| c.is_ascii_digit()))
            || (w.starts_with("fy") && w[2..].chars().all(|c| c.is_ascii_digit()))
        {
            return false;
        }
        // A sentence's first word is a name only when a possessive or another name follows.
        if i == first {
            return self.low.get(i + 1).is_some_and(|w| w == "'s")
                || EN.scopes.at(&[self.low[i].as_str()], 0).is_some()
                || (i + 1 < self.toks.len() && self.cap[i + 1] && !self.title_case);
        }
        !self.title_case || EN.scopes.at(self.words, i).is_some()
    }
}

/// True for capitalised words that are no names (`The`, `Monday`, `According`); `w` lower case.
pub(crate) fn is_not_name(w: &str) -> bool {
    W.not_name.contains(&w)
}

/// True when `key` is a place of the scope vocabulary (a country or region, not a free name).
pub(crate) fn is_place_key(key: &str) -> bool {
    !key.starts_with('@') && EN.scope_keys.contains(key)
}

/// The scope key of one lower-case word (`moroccan` → `morocco`), else the word itself.
pub(crate) fn scope_key_of(w: &str) -> String {
    match EN.scopes.at(&[w], 0) {
        Some((key, 1)) => key.to_string(),
        _ => w.to_string(),
    }
}

fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Token index of the first token starting at or after `b`.
fn tok_at(toks: &[Token], b: usize) -> usize {
    toks.partition_point(|t| t.span.start < b)
}

/// Annotates the claims of `ex` with measure, scope, time reference and role.
pub(crate) fn annotate(text: &str, tokens: &[Token], sentences: &[Sentence], ex: &mut Extraction) {
    if ex.claims.is_empty() {
        return;
    }
    let vocab = &*EN;
    let mut ci = 0usize;
    // the latest year or date stated in a sentence before the current one
    let mut prev_time: Option<TimeRef> = None;
    // lower-cased words in buffers kept by the thread from document to document (no allocation
    // per word once they have grown); given back at the end
    let mut low_buf: Vec<String> = LOW_BUF.with(std::cell::Cell::take);
    let mut last_sentence_end = 0usize;
    for s in sentences {
        let first = ci;
        while ci < ex.claims.len() && ex.claims[ci].span.start < s.span.end {
            ci += 1;
        }
        if first == ci {
            continue;
        }
        // years and dates of the sentences without claims since the last one
        if let Some(t) = last_absolute_time(&ex.numbers, last_sentence_end, s.span.start) {
            prev_time = Some(t);
        }
        last_sentence_end = s.span.end;
        let toks = &tokens[s.token_start..s.token_end];
        // lower-cased words in buffers reused from sentence to sentence (no allocation per word
        // once they have grown); ASCII words, most of them, skip the Unicode mapping
        if low_buf.len() < toks.len() {
            low_buf.resize_with(toks.len(), String::new);
        }
        for (slot, t) in low_buf.iter_mut().zip(toks) {
            let w = t.text(text);
            slot.clear();
            if w.is_ascii() {
                slot.push_str(w);
                slot.make_ascii_lowercase();
            } else {
                for c in w.chars() {
                    if c == '\u{2019}' {
                        slot.push('\'');
                    } else {
                        slot.extend(c.to_lowercase());
                    }
                }
            }
        }
        let low: &[String] = &low_buf[..toks.len()];
        let cap: Vec<bool> = toks.iter().map(|t| is_cap(t.text(text))).collect();
        let words_n = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
        let caps_n = toks
            .iter()
            .zip(&cap)
            .filter(|(t, c)| t.kind == TokenKind::Word && **c)
            .count();
        let title_case = words_n >= 4 && caps_n * 10 >= words_n * 7;
        let claims: Vec<(usize, usize)> = ex.claims[first..ci]
            .iter()
            .map(|c| {
                let a = tok_at(toks, c.span.start);
                let b = tok_at(toks, c.span.end).max(a + 1).min(toks.len());
                (a.min(toks.len().saturating_sub(1)), b)
            })
            .collect();
        let owned = claims.iter().map(|c| c.1).collect();
        let words: Vec<&str> = low.iter().map(String::as_str).collect();
        let mut sent = Sent {
            owned,
            words: &words,
            toks,
            low,
            cap,
            title_case,
            claims,
            stop: low.iter().map(|w| stop_bits(w)).collect(),
        };
        let n0 = ex.numbers.partition_point(|n| n.span.start < s.span.start);
        let numbers: Vec<(Span, NumberKind, Option<&str>)> = ex.numbers[n0..]
            .iter()
            .take_while(|n| n.span.start < s.span.end)
            .filter(|n| s.span.contains(&n.span) && matches!(n.kind, NumberKind::Year | NumberKind::Date))
            .map(|n| (n.span, n.kind, n.iso.as_deref()))
            .collect();
        let mut measures: Vec<Option<(String, Span)>> = Vec::with_capacity(ci - first);
        for k in 0..sent.claims.len() {
            let c = &ex.claims[first + k];
            let counted = c.counted.map(|sp| (tok_at(toks, sp.start), tok_at(toks, sp.end)));
            let m = find_measure(vocab, text, &sent, k, counted, &c.unit_class);
            let mut own = sent.claims[k].1.max(counted.map_or(0, |x| x.1));
            if let Some((_, sp)) = &m {
                if sp.start >= c.span.end {
                    own = own.max(tok_at(toks, sp.end));
                }
            }
            sent.owned[k] = own.min(sent.claims.get(k + 1).map_or(toks.len(), |n| n.0));
            measures.push(m);
        }
        // Coordination: a figure with no measure of its own takes its neighbour's
        // ("1,293 deaths in Al Haouz, 452 in Taroudant"), and its scope when it states none.
        let mut inherits = vec![false; measures.len()];
        // A figure set against the one before it ("$7.87 billion vs $7.93 billion", "2.5 million,
        // down from 4 million a year earlier", "below Wall Street's forecast of $7.93 billion")
        // measures the same, when it is in the same unit.
        let mut compared = vec![false; measures.len()];
        for k in 1..measures.len() {
            if measures[k - 1].is_none() {
                continue;
            }
            let same_unit = ex.claims[first + k].unit == ex.claims[first + k - 1].unit;
            // "793 have been discharged and 382 are being treated": a figure with a verb of its
            // own says something else
            let (fs, fe) = fwd_range(&sent, k);
            let own_verb = (fs..fe).any(|i| W.own_verb.contains(&sent.low[i].as_str()));
            if measures[k].is_some() {
                // both measured: "Revenue: $7.87 billion vs $7.93 billion, according to analysts"
                let same_measure =
                    measures[k].as_ref().map(|m| &m.0) == measures[k - 1].as_ref().map(|m| &m.0);
                compared[k] = same_unit && same_measure && compared_with(&sent, k);
                continue;
            }
            if own_verb {
                continue;
            }
            if coordinated(vocab, &sent, k) {
                measures[k] = measures[k - 1].clone();
                inherits[k] = true;
                compared[k] = same_unit && compared_with(&sent, k);
            } else if same_unit && compared_with(&sent, k) {
                measures[k] = measures[k - 1].clone();
                inherits[k] = true;
                compared[k] = true;
            }
        }
        // The sentence's own year or date stands for its figures that state no time of their
        // own ("In 2003 there were 5,327 cases, with 349 deaths"); "at that time" points back to
        // the previous sentence's.
        // "... were recorded in the past 24 hours": the sentence's counts are that day's
        let past_day = (0..sent.low.len()).any(|i| {
            let w = |k: usize| sent.low.get(i + k).map(String::as_str).unwrap_or("");
            let o = usize::from(w(1) == "the");
            matches!(w(0), "in" | "over" | "during" | "within")
                && matches!(w(1 + o), "past" | "preceding" | "last" | "previous")
                && matches!(w(2 + o), "24" | "twenty-four")
                && matches!(w(3 + o), "hours" | "hrs")
        });
        let sentence_time = sentence_time(&sent, &numbers);
        let sentence_time_tok = sentence_time.map(|x| x.1);
        let sentence_time = sentence_time.map(|x| x.0).or_else(|| {
            let anaphora = (0..sent.low.len()).any(|i| {
                matches!(
                    (
                        sent.low[i].as_str(),
                        sent.low.get(i + 1).map(String::as_str),
                        sent.low.get(i + 2).map(String::as_str)
                    ),
                    ("at", Some("that"), Some("time"))
                        | ("back", Some("then"), _)
                        | ("in", Some("those"), Some("days"))
                )
            });
            anaphora.then_some(prev_time).flatten()
        });
        // "The exit poll suggested the Yes side will win 68 per cent": a poll or forecast as the
        // sentence's subject makes its figures estimates
        let first_claim = sent.claims.first().map_or(0, |c| c.0);
        let estimate_subject = (0..first_claim.min(6)).any(|i| {
            matches!(vocab.roles.at(sent.words(), i), Some(((Role::Forecast, _), _)))
                && W.estimate_subject.contains(&sent.low[i].as_str())
                && (i + 1..(i + 4).min(first_claim)).any(|j| W.estimate_verb.contains(&sent.low[j].as_str()))
        });
        for (k, m) in measures.into_iter().enumerate() {
            let (role, scope, time) = {
                let c = &ex.claims[first + k];
                let mut role = find_role(vocab, &sent, k, c.counted, c.unit == "count");
                // "revenue: $7.87 billion vs $7.93 billion, according to a survey of analysts"
                if role.is_none() && compared[k] && forecast_after(vocab, &sent, k) {
                    role = Some(Role::Forecast);
                }
                if role.is_none() && estimate_subject {
                    role = Some(Role::Forecast);
                }
                let mut scope = find_scope(vocab, &sent, k, s.token_start, c.counted_modifier)
                    .map(|(key, sp)| (Some(key), Some(sp)));
                if scope.is_none() && inherits[k] {
                    let prev = &ex.claims[first + k - 1];
                    scope = Some((prev.scope.clone(), prev.scope_span));
                }
                // the sentence's time frames what follows it, not what precedes it
                let framed = sentence_time_tok.is_none_or(|t| t < sent.claims[k].0);
                let time = find_time(&sent, k, &numbers).or(sentence_time.filter(|_| framed));
                (role, scope, time)
            };
            let c = &mut ex.claims[first + k];
            if let Some((id, sp)) = m {
                c.measure = Some(id);
                c.measure_span = Some(sp);
            }
            c.role = role;
            if let Some((mut key, sp)) = scope {
                // "outside mainland China" is everywhere but there
                if let (Some(k0), Some(sp0)) = (key.as_deref(), sp) {
                    let t = tok_at(toks, sp0.start);
                    let before = (t.saturating_sub(3)..t)
                        .rev()
                        .find(|&i| !matches!(low[i].as_str(), "the" | "mainland"));
                    if before.is_some_and(|i| matches!(low[i].as_str(), "outside" | "beyond")) {
                        key = Some(format!("outside {k0}"));
                    }
                }
                c.scope = key;
                c.scope_span = sp;
            }
            c.time_ref = time;
            if past_day
                && matches!(c.role, None | Some(Role::Increment))
                && c.unit == "count"
                && c.measure.is_some()
            {
                c.role = Some(Role::Increment);
                if c.time_ref.is_none() {
                    c.time_ref = Some(TimeRef::Relative {
                        unit: RelUnit::Day,
                        offset: 0,
                    });
                }
            }
        }
        if let Some(t) = sentence_time {
            prev_time = Some(t);
        }
    }
    LOW_BUF.with(|b| b.set(low_buf));
}

thread_local! {
    /// [`annotate`]'s lower-cased words, reused by the thread's next document.
    static LOW_BUF: std::cell::Cell<Vec<String>> = const { std::cell::Cell::new(Vec::new()) };
}

/// A time reference of a year (`2003`, `December 5, 2019`, `March 2020`) from a Year or Date number.
fn period_of_iso(iso: &str) -> Option<TimeRef> {
    let mut parts = iso.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: Option<u8> = parts.next().and_then(|m| m.parse().ok());
    let day: Option<u8> = parts.next().and_then(|d| d.parse().ok());
    Some(TimeRef::Period {
        year: Some(year),
        quarter: None,
        month,
        day,
    })
}

/// The last year or date (with its year) among the numbers in `start..end`.
fn last_absolute_time(numbers: &[super::NumberMention], start: usize, end: usize) -> Option<TimeRef> {
    let a = numbers.partition_point(|n| n.span.start < start);
    numbers[a..]
        .iter()
        .take_while(|n| n.span.start < end)
        .filter(|n| matches!(n.kind, NumberKind::Year | NumberKind::Date))
        .filter_map(|n| n.iso.as_deref().and_then(period_of_iso))
        .last()
}

/// The first time reference with a year stated anywhere in the sentence (not one that starts a
/// running count: `since 2020`).
fn sentence_time(s: &Sent<'_>, numbers: &[(Span, NumberKind, Option<&str>)]) -> Option<(TimeRef, usize)> {
    numbers.iter().find_map(|(sp, _, iso)| {
        let i = tok_at(s.toks, sp.start);
        let starts = i > 0
            && matches!(
                s.low[i - 1].as_str(),
                "since" | "from" | "starting" | "until" | "by"
            );
        if starts {
            return None;
        }
        iso.and_then(period_of_iso).map(|t| (t, i))
    })
}

/// The clause after claim `k`: token range up to the next claim or clause break.
fn fwd_range(s: &Sent<'_>, k: usize) -> (usize, usize) {
    let mut start = s.claims[k].1;
    let limit = s.claims.get(k + 1).map_or(s.toks.len(), |c| c.0);
    // a figure in quotes: "more than two million" people — the clause goes on after the quote
    let a = s.claims[k].0;
    if start < limit
        && a > 0
        && matches!(s.low[a - 1].as_str(), "\"" | "“" | "'" | "‘")
        && matches!(s.low[start].as_str(), "\"" | "”" | "'" | "’")
    {
        start += 1;
    }
    let mut end = start;
    while end < limit && end < start + FWD_MAX && s.stop[end] & STOP_FWD == 0 {
        end += 1;
    }
    (start, end)
}

/// The words before claim `k`, back to the previous claim or a hard break (nearest first).
fn back_range(s: &Sent<'_>, k: usize) -> (usize, usize) {
    let end = s.claims[k].0;
    let limit = if k > 0 { s.owned[k - 1].min(end) } else { 0 };
    let mut start = end;
    while start > limit && end - start < BACK_MAX && s.stop[start - 1] & STOP_BACK == 0 {
        start -= 1;
    }
    (start, end)
}

fn form_is_name(s: &Sent<'_>, i: usize, n: usize) -> bool {
    if s.title_case || !s.cap[i] {
        return false;
    }
    let prev_cap = i > 0 && s.cap[i - 1] && s.toks[i - 1].kind == TokenKind::Word && i - 1 > 0;
    let next_cap = i + n < s.toks.len() && s.cap[i + n] && s.toks[i + n].kind == TokenKind::Word;
    prev_cap || next_cap
}

fn find_measure(
    v: &Vocab,
    text: &str,
    s: &Sent<'_>,
    k: usize,
    counted: Option<(usize, usize)>,
    class: &str,
) -> Option<(String, Span)> {
    let words = s.words();
    let hit = |i: usize| -> Option<(String, Span)> {
        let (m, n) = v.measure_forms.at(words, i)?;
        if form_is_name(s, i, n) || !measure_fits_class(v.measures[m].id, class) {
            return None;
        }
        let sp = Span::new(s.toks[i].span.start, s.toks[i + n - 1].span.end);
        Some((v.measures[m].id.to_string(), sp))
    };
    let back_hit = |i: usize, bs: usize| -> Option<(String, Span, usize)> {
        // the longest form ending at `i` that starts inside the range ("the death toll from the
        // Maui wildfires is now at 89": `toll`, when `death` is out of reach)
        let (m, st, n) = v
            .measure_forms
            .ending_at(words, i, (i + 1).saturating_sub(bs).min(4))?;
        (st >= bs && !form_is_name(s, st, n) && measure_fits_class(v.measures[m].id, class)).then(|| {
            let sp = Span::new(s.toks[st].span.start, s.toks[i].span.end);
            (v.measures[m].id.to_string(), sp, st)
        })
    };
    // 1. The claim's own span: `7.8-magnitude`, `2,000 dead`, `a 200,000-subscriber loss`.
    let (a, b) = s.claims[k];
    for i in a..b {
        if let Some(h) = hit(i) {
            return Some(h);
        }
        if let Some((_, tail)) = s.low[i].rsplit_once('-') {
            if let Some((m, 1)) = v
                .measure_forms
                .at(&[tail], 0)
                .filter(|(m, _)| measure_fits_class(v.measures[*m].id, class))
            {
                return Some((v.measures[m].id.to_string(), s.toks[i].span));
            }
        }
    }
    // `died at 51`: an age.
    if a >= 2 && s.low[a - 1] == "at" && matches!(s.low[a - 2].as_str(), "died" | "dies" | "dead" | "die") {
        return Some(("age".to_string(), s.toks[a - 2].span));
    }
    let (bs, be) = back_range(s, k);
    // 2. A verb right before the figure says what happened to what it counts:
    //    `killed 157 passengers`, `killing at least 2,000`.
    for i in (be.saturating_sub(3).max(bs)..be).rev() {
        let w = s.low[i].as_str();
        if w.ends_with("ed") || w.ends_with("ing") || matches!(w, "kill" | "kills" | "die" | "dies") {
            if let Some((m, sp, _)) = back_hit(i, bs) {
                return Some((m, sp));
            }
        }
    }
    // 3. After it, in its own clause (and through its counted noun).
    let (fs, fe) = fwd_range(s, k);
    let next_claim = s.claims.get(k + 1).map_or(s.toks.len(), |c| c.0);
    let fe = fe.max(counted.map_or(0, |c| c.1).min(next_claim));
    // A counted noun of its own that names no measure ends the search after it: "three trains
    // that killed 275" counts trains, not deaths.
    let own_noun_end = counted.filter(|c| c.0 >= b && c.1 > c.0).and_then(|(_, ce)| {
        let head = s.low[ce - 1].as_str();
        let plain = s.toks[ce - 1].kind == TokenKind::Word
            && !v.generic.contains(head)
            && v.measure_forms.at(&[head], 0).is_none();
        plain.then_some(ce)
    });
    let fe = own_noun_end.map_or(fe, |e| fe.min(e));
    for i in fs..fe {
        if let Some(h) = hit(i) {
            // "157 passengers were killed": a who-noun of a fixed measure yields to what happened
            // to them later in the clause
            if v.measures
                .iter()
                .any(|m| m.id == h.0 && m.kind == MeasureKind::Fixed)
            {
                let n = v.measure_forms.at(words, i).map_or(1, |x| x.1);
                let later = (i + n..fe).find_map(|j| {
                    hit(j).filter(|x| {
                        v.measures
                            .iter()
                            .any(|m| m.id == x.0 && m.kind != MeasureKind::Fixed)
                    })
                });
                if let Some(l) = later {
                    return Some(l);
                }
            }
            // "EPS of $2.89 on revenue of $7.93 billion": a form that introduces the next figure
            // is the next figure's
            let n = v.measure_forms.at(words, i).map_or(1, |x| x.1);
            let mut j = i + n;
            while j < next_claim && j < i + n + 3 && W.intro.contains(&s.low[j].as_str()) {
                j += 1;
            }
            if j == next_claim && next_claim < s.toks.len() {
                break;
            }
            return Some(h);
        }
    }
    // 4. A counted noun of its own after it (`three trains`, `88 bodies identified`).
    if let Some(nm) = counted
        .filter(|c| c.0 >= b)
        .and_then(|(cs, ce)| noun_measure(v, text, s, cs, ce))
    {
        return Some(nm);
    }
    // 5. Before it: `the death toll rose to 2,012`.
    for i in (bs..be).rev() {
        if let Some((m, sp, _)) = back_hit(i, bs) {
            return Some((m, sp));
        }
    }
    None
}

/// True when only connectors and a place phrase stand between claims `k-1` and `k`.
fn coordinated(v: &Vocab, s: &Sent<'_>, k: usize) -> bool {
    let (mut a, b) = (s.owned[k - 1].min(s.claims[k].0), s.claims[k].0);
    // "6.5% consensus and 5.9% prior": the previous figure's role word is its own
    if a < b
        && matches!(
            v.roles.at(s.words(), a),
            Some(((Role::Forecast | Role::Previous, _), 1))
        )
    {
        a += 1;
    }
    if b < a || b - a > 8 {
        return false;
    }
    let mut saw_conn = false;
    for i in a..b {
        let w = s.low[i].as_str();
        match w {
            "," | ";" | "and" | "or" | "to" | "while" | "with" | "including" | "plus" | "another"
            | "against" | "versus" | "vs" | "vs." => saw_conn = true,
            // "1.12 million in France as a whole, including 80,000 in Paris"
            "as" | "a" | "whole" | "overall" | "all" => {}
            "from" | "up" | "down" => saw_conn = true,
            "in" | "across" | "at" | "of" | "the" | "for" => {}
            // "2 million marched throughout the country, and 400,000 in Paris"
            _ if W.scope_prep.contains(&w)
                || v.scopes.at(&[w], 0).is_some()
                || matches!(w, "country" | "nation") => {}
            _ if s.cap[i] => {}
            _ => return false,
        }
    }
    saw_conn || a == b
}

/// True when a comparison word (`vs`, `compared with`, `down from`, `below ... forecast of`,
/// `another`) stands between claims `k-1` and `k`, within one clause.
fn compared_with(s: &Sent<'_>, k: usize) -> bool {
    let (a, b) = (s.owned[k - 1].min(s.claims[k].0), s.claims[k].0);
    if b < a || b - a > 14 {
        return false;
    }
    let between = &s.low[a..b];
    between.iter().any(|w| W.compared_with.contains(&w.as_str()))
        && !between
            .iter()
            .any(|w| BACK_STOP.contains(&w.as_str()) || W.reporting_verb.contains(&w.as_str()))
}

/// A forecast word after claim `k` to the end of its sentence ("..., according to a survey of
/// analysts", "..., the consensus estimate").
fn forecast_after(v: &Vocab, s: &Sent<'_>, k: usize) -> bool {
    let words = s.words();
    let b = s.claims[k].1;
    let end = s.claims.get(k + 1).map_or(s.low.len(), |c| c.0);
    (b..end).any(|i| {
        matches!(v.roles.at(words, i), Some(((Role::Forecast, _), _)))
            && !(i > 0 && matches!(s.low[i - 1].as_str(), "than" | "as"))
    })
}

/// `noun:<singular head>` for a counted noun that names what is counted, with the participle
/// after it when there is one (`88 bodies were identified` → `noun:body identified`).
fn noun_measure(v: &Vocab, text: &str, s: &Sent<'_>, cs: usize, ce: usize) -> Option<(String, Span)> {
    if ce <= cs || ce > s.toks.len() {
        return None;
    }
    let head = ce - 1;
    let low = s.low[head].as_str();
    if let Some((m, 1)) = v.measure_forms.at(&[low], 0) {
        let sp = s.toks[head].span;
        return Some((v.measures[m].id.to_string(), sp));
    }
    if !low.chars().all(|c| c.is_alphabetic() || c == '-') || low.len() < 3 || v.generic.contains(low) {
        return None;
    }
    if s.toks[head].kind != TokenKind::Word {
        return None;
    }
    // "-21.5M consensus", "-870K previous", "4.4% prior": the word says whose figure it is (a
    // role), not what it counts
    if matches!(
        v.roles.at(&[low], 0),
        Some(((Role::Forecast | Role::Previous, _), _))
    ) || low == "compared"
    {
        return None;
    }
    // people named by their country ("18 Canadians", "eight Italian nationals", "seven British
    // citizens") are one kind of count whatever the word; the country is the scope
    let demonym = v.scopes.at(&[low], 0).is_some_and(|(k, _)| !k.starts_with('@'));
    let of_country = matches!(low, "nationals" | "citizens" | "national" | "citizen")
        && head > cs
        && v.scopes
            .at(&[s.low[head - 1].as_str()], 0)
            .is_some_and(|(k, _)| !k.starts_with('@'));
    if demonym || of_country {
        return Some(("noun:national".to_string(), s.toks[head].span));
    }
    let mut id = format!("noun:{}", singular(low));
    let mut end = s.toks[head].span.end;
    let mut j = ce;
    while j < s.toks.len() && j < ce + 3 {
        let w = s.low[j].as_str();
        if matches!(
            w,
            "were" | "was" | "are" | "is" | "have" | "has" | "had" | "been" | "being" | "be" | "still"
        ) {
            j += 1;
            continue;
        }
        if w.len() > 4 && w.ends_with("ed") && s.toks[j].kind == TokenKind::Word {
            id.push(' ');
            id.push_str(w);
            end = s.toks[j].span.end;
        }
        break;
    }
    let _ = text;
    Some((id, Span::new(s.toks[cs].span.start, end)))
}

/// A plural noun's singular by the regular English rules (`casualties` → `casualty`).
fn singular(w: &str) -> String {
    if let Some(s) = w.strip_suffix("ies") {
        if s.len() >= 2 {
            return format!("{s}y");
        }
    }
    for suf in ["ches", "shes", "sses", "xes"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && w.len() > 3 {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

fn find_role(v: &Vocab, s: &Sent<'_>, k: usize, counted: Option<Span>, count: bool) -> Option<Role> {
    let words = s.words();
    let (a, b) = s.claims[k];
    let (fs, fe) = fwd_range(s, k);
    // subset: "2,530 of them"
    let after = |i: usize| -> Option<(Role, Side)> { v.roles.at(words, i).map(|x| x.0) };
    if let Some((Role::Subset, _)) = after(b) {
        return Some(Role::Subset);
    }
    // "of the 1,100 injured, less than 200 are in hospital", "out of 275, 88 have been
    // identified": a part of the figure just named
    if k > 0 {
        let (pa, pb) = s.claims[k - 1];
        let of_before = pa >= 1
            && (s.low[pa - 1] == "of" || (pa >= 2 && s.low[pa - 1] == "the" && s.low[pa - 2] == "of"));
        let between = &s.low[pb.min(a)..a];
        if of_before
            && between.len() <= 4
            && between.last().is_some_and(|w| w == ",")
            && between
                .iter()
                .all(|w| w == "," || w.chars().all(char::is_alphabetic))
        {
            return Some(Role::Subset);
        }
    }
    // "Of those who have perished, 53 have been identified": a part of the group just named
    if a >= 3 && s.low[a - 1] == "," {
        let (bs, _) = back_range(s, k);
        let lead = (bs..a - 1).find(|&j| s.low[j] == "of");
        if lead.is_some_and(|j| {
            (j == 0 || matches!(s.low[j - 1].as_str(), "," | "but" | "and"))
                && s.low
                    .get(j + 1)
                    .is_some_and(|w| matches!(w.as_str(), "those" | "these" | "them" | "the" | "all"))
                && !s.low[j + 1..a - 1].iter().any(|w| w == ",")
        }) {
            return Some(Role::Subset);
        }
    }
    // "90 of the deaths", "two of the 157 passengers": a part of a count (a share such as
    // "10% of the vote" is not: only bare counts)
    if count
        && s.low.get(b).is_some_and(|w| w == "of")
        && s.low
            .get(b + 1)
            .is_some_and(|w| matches!(w.as_str(), "the" | "these" | "those" | "all" | "its" | "their"))
    {
        return Some(Role::Subset);
    }
    // previous: "up from 23,000", "from 350 to 413" after a change verb, "the previous toll of"
    if a > 0 && s.low[a - 1] == "from" {
        // the extractor's change words (`data/en/change_words.tsv`: "slowed to 2.9% from 3.4%")
        // and the verbs of a change of no direction (`change_from`: "revised from")
        let verb_before = (a.saturating_sub(8)..a - 1).any(|i| {
            let w = s.low[i].as_str();
            W.change_from.contains(&w) || lexicon::change_word(w).is_some()
        });
        let to_after =
            s.low.get(b).is_some_and(|w| w == "to") && s.claims.get(k + 1).is_some_and(|c| c.0 == b + 1);
        if verb_before || to_after {
            return Some(Role::Previous);
        }
    }
    // "4.4% prior", "-870K previous (revised ...)": an earlier figure named right after it, the
    // word ending the phrase (not "the previous day")
    if let Some(((Role::Previous, _), n)) = v.roles.at(words, b) {
        let next = s.low.get(b + n).map(String::as_str);
        if next.is_none_or(|w| matches!(w, "and" | "or" | "," | "(" | ")" | "." | ";" | "vs" | "vs.")) {
            return Some(Role::Previous);
        }
    }
    // an expected figure is a forecast, whatever it expects (an increase, a loss)
    if forecast_in_clause(v, s, k) {
        return Some(Role::Forecast);
    }
    let (bs, be) = back_range(s, k);
    let near_back = be.saturating_sub(4).max(bs);
    for i in (near_back..be).rev() {
        if let Some(((role, side), st, _)) = v.roles.ending_at(words, i, 3) {
            // a measure's own words are no role: "who lost their lives" is not "lost 200 jobs"
            if v.measure_forms.at(words, st).is_some_and(|(_, n)| n > i + 1 - st) {
                continue;
            }
            if matches!(side, Side::Before | Side::Either) && matches!(role, Role::Previous | Role::Increment)
            {
                return Some(role);
            }
        }
    }
    // increment right after the numeral or as the counted noun's modifier: "14 more victims"
    if let Some(((Role::Increment, Side::After | Side::Either), _)) = v.roles.at(words, b) {
        return Some(Role::Increment);
    }
    if let Some(c) = counted {
        let ci = tok_at(s.toks, c.start);
        if ci > b
            && ci - b <= 2
            && (b..ci).any(|i| matches!(s.low[i].as_str(), "new" | "more" | "additional"))
        {
            return Some(Role::Increment);
        }
    }
    for i in fs..fe {
        match v.roles.at(words, i) {
            Some(((Role::Previous, Side::After | Side::Either), _)) => return Some(Role::Previous),
            // "20.5 million jobs were lost": a flow, as "lost 20.5 million jobs"
            Some(((Role::Increment, Side::After), _)) => return Some(Role::Increment),
            _ => {}
        }
    }
    None
}

/// A forecast word anywhere in the figure's clause ("expected to add 2.5 million", "forecasting a
/// loss of 2 million"), not a comparison with one ("more than expected", "as forecast").
fn forecast_in_clause(v: &Vocab, s: &Sent<'_>, k: usize) -> bool {
    let words = s.words();
    let (fs, fe) = fwd_range(s, k);
    let (bs, be) = back_range(s, k);
    // a forecast word right after the previous figure is that figure's ("16.4% consensus and
    // 4.4% prior")
    let prev_end = k.checked_sub(1).map(|p| s.claims[p].1);
    (bs..be).chain(fs..fe).any(|i| {
        matches!(v.roles.at(words, i), Some(((Role::Forecast, _), _)))
            && !(i > 0 && matches!(s.low[i - 1].as_str(), "than" | "as"))
            && Some(i) != prev_end
    })
}

/// A place key from a run of name words: lower case, generic heads dropped, mapped through the
/// scope vocabulary (`Palestinians` → `palestine`, `U.S.` → `united_states`).
fn place_key(v: &Vocab, s: &Sent<'_>, a: usize, b: usize) -> Option<String> {
    let mut words: Vec<&str> = (a..b)
        .map(|i| s.low[i].as_str())
        .filter(|w| *w != "-" && *w != "'s")
        .collect();
    // the agency that reports a figure is its source, not whom it is about: "the Labor
    // Department said 20.5 million jobs were lost", "the Health Ministry said"
    if words.len() > 1 && words.last().is_some_and(|w| W.source_head.contains(w)) {
        return None;
    }
    while words.len() > 1 && words.last().is_some_and(|w| W.generic_head.contains(w)) {
        words.pop();
    }
    if words.is_empty() {
        return None;
    }
    if let Some((key, n)) = v.scopes.at(&words, 0) {
        if n == words.len() {
            return Some(key.to_string());
        }
    }
    Some(words.join(" "))
}

/// True when the words after a place at `e` add other places to it ("Paris and many other
/// cities", "Paris and the regions", "Paris and elsewhere").
fn widened(s: &Sent<'_>, e: usize) -> bool {
    if s.low.get(e).is_none_or(|w| w != "and") {
        return false;
    }
    (e + 1..(e + 5).min(s.low.len())).any(|i| W.widening.contains(&s.low[i].as_str()))
}

/// True when the word at `i` makes the level word before it a clock ("11.11pm local time").
fn clock_time(s: &Sent<'_>, i: usize) -> bool {
    s.low
        .get(i)
        .is_some_and(|w| matches!(w.as_str(), "time" | "times"))
}

/// The run of name words starting at `i` (`Al Haouz Province`, `North Rhine-Westphalia`).
fn name_run(s: &Sent<'_>, i: usize, first: usize) -> usize {
    let mut j = i;
    while j < s.toks.len() {
        let hyphen = j > i && s.low[j] == "-" && j + 1 < s.toks.len() && s.cap[j + 1];
        // a capitalised verb ends a name in a short headline: "Americans Lose 20.5M Jobs"
        let w = s.low[j].as_str();
        let verb = j > i
            && ((is_verbish(w) && !w.ends_with("es") && !w.ends_with("ed")) || W.headline_verb.contains(&w));
        if !(s.is_name_word(j, first) || hyphen) || verb {
            break;
        }
        j += 1;
    }
    j
}

fn find_scope(
    v: &Vocab,
    s: &Sent<'_>,
    k: usize,
    sent_tok0: usize,
    modifier: Option<Span>,
) -> Option<(String, Span)> {
    let _ = sent_tok0;
    let words = s.words();
    let first = 0usize;
    let span_of = |a: usize, b: usize| Span::new(s.toks[a].span.start, s.toks[b - 1].span.end);
    // A demonym or place modifying the counted noun: "47,000 Palestinian deaths".
    if let Some(m) = modifier {
        let a = tok_at(s.toks, m.start);
        let b = tok_at(s.toks, m.end).max(a + 1);
        if let Some(key) = place_key(v, s, a, b.min(s.toks.len())) {
            if s.cap[a] {
                return Some((key, m));
            }
        }
    }
    // Forward: "in Al Haouz", "nationwide", "across the country".
    let (fs, fe) = fwd_range(s, k);
    let fe_ext = (fe + 4).min(s.claims.get(k + 1).map_or(s.toks.len(), |c| c.0));
    let mut i = fs;
    while i < fe_ext.min(fs + FWD_MAX) {
        if let Some((key, n)) = v.scopes.at(words, i) {
            if key.starts_with('@') && !clock_time(s, i + n) {
                return Some((key.to_string(), span_of(i, i + n)));
            }
        }
        if i >= fe && s.stop[i] & STOP_FWD != 0 {
            break;
        }
        if W.scope_prep.contains(&s.low[i].as_str()) {
            let mut j = i + 1;
            if j < s.toks.len() && s.low[j] == "the" {
                j += 1;
            }
            // "in the state of North Rhine-Westphalia", "in the province of Al Haouz"
            if j + 1 < s.toks.len() && W.generic_head.contains(&s.low[j].as_str()) && s.low[j + 1] == "of" {
                j += 2;
            }
            // "in western Germany", "in neighbouring Belgium", "in the federal state of Hesse":
            // a lower-case word before a name modifies the place
            while j + 1 < s.toks.len() && !s.cap[j] && W.place_modifier.contains(&s.low[j].as_str()) {
                j += 1;
                if j + 1 < s.toks.len() && W.generic_head.contains(&s.low[j].as_str()) && s.low[j + 1] == "of"
                {
                    j += 2;
                }
            }
            // a place of the vocabulary, whatever its case: "in mainland China", "in the U.S."
            if let Some((key, n)) = v.scopes.at(words, j) {
                if !key.starts_with('@') && (s.cap[j] || n > 1) {
                    return Some((key.to_string(), span_of(j, j + n)));
                }
            }
            let e = name_run(s, j, first);
            // "in Paris and in many other cities", "in Paris and the regions": more than the place
            if e > j && widened(s, e) {
                return None;
            }
            // "in the Maui wildfire": the name modifies another noun, it is not the scope
            if e > j && !modifies_noun(s, e) {
                if let Some(key) = place_key(v, s, j, e) {
                    return Some((key, span_of(j, e)));
                }
            }
            // A sector or group right after the figure's own words: "7.7 million jobs in leisure
            // and hospitality", "cases among health workers".
            if e == j && i <= s.owned[k] + 1 {
                if let Some(end) = common_np(s, j) {
                    let key: Vec<&str> = (j..end).map(|x| s.low[x].as_str()).collect();
                    return Some((key.join(" "), span_of(j, end)));
                }
            }
        }
        // A demonym right after the numeral ("2,000 Moroccans") or a place they are from ("six
        // from Egypt"); not a possessive further on ("a vote of 74pc in favour of liberalising
        // Ireland's abortion laws").
        let from_place =
            i >= 1 && (s.low[i - 1] == "from" || (i >= 2 && s.low[i - 1] == "the" && s.low[i - 2] == "from"));
        if i < s.toks.len() && s.cap[i] && (i <= s.owned[k] || from_place) {
            if let Some((key, n)) = v.scopes.at(words, i) {
                return Some((key.to_string(), span_of(i, i + n)));
            }
        }
        i += 1;
    }
    // Backward: "Morocco's death toll", "Tesla reported revenue of", "Palestinian deaths rose to".
    let (bs, be) = back_range(s, k);
    // A sector named before the figure: "the leisure and hospitality sector lost 7.7 million",
    // "employment in leisure and hospitality fell by 7.7 million".
    for i in (bs..be).rev() {
        let w = s.low[i].as_str();
        // (a capitalised head names an institution: "the Labor Department said", not a sector)
        if W.sector_head.contains(&w) && i > bs && !s.cap[i] {
            let mut a = i;
            while a > bs
                && a + 4 > i
                && !matches!(
                    s.low[a - 1].as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | ","
                        | "on"
                        | "of"
                        | "for"
                        | "to"
                        | "from"
                        | "by"
                        | "with"
                        | "'s"
                )
                && matches!(s.toks[a - 1].kind, TokenKind::Word)
                && !is_verbish(&s.low[a - 1])
                && v.measure_forms.at(words, a - 1).is_none()
            {
                a -= 1;
            }
            // "Microsoft's cloud services": a company's line of business, its owner decides
            let owned = a > 0 && matches!(s.low[a - 1].as_str(), "'s" | "'");
            if a < i && !owned {
                let key: Vec<&str> = (a..i).map(|x| s.low[x].as_str()).collect();
                return Some((key.join(" "), span_of(a, i + 1)));
            }
        }
        if W.scope_prep.contains(&w)
            && i >= 1
            && i + 1 < be
            && v.measure_forms.ending_at(words, i - 1, 4).is_some()
        {
            let mut j = i + 1;
            if s.low[j] == "the" {
                j += 1;
            }
            if let Some((key, n)) = v.scopes.at(words, j) {
                if !key.starts_with('@') && (s.cap[j] || n > 1) {
                    return Some((key.to_string(), span_of(j, j + n)));
                }
            }
            if let Some(end) = common_np(s, j).filter(|&e| e <= be) {
                let key: Vec<&str> = (j..end).map(|x| s.low[x].as_str()).collect();
                return Some((key.join(" "), span_of(j, end)));
            }
        }
    }
    let mut i = be;
    while i > bs {
        i -= 1;
        if let Some((key, n)) = v.scopes.at(words, i) {
            if key.starts_with('@') && !clock_time(s, i + n) {
                return Some((key.to_string(), span_of(i, i + n)));
            }
        }
        if s.is_name_word(i, first) {
            let mut a = i;
            while a > bs && (s.is_name_word(a - 1, first) || (s.low[a - 1] == "-" && a >= 2 && s.cap[a - 2]))
            {
                a -= 1;
            }
            let e = name_run(s, a, first).max(i + 1);
            // Only names that attach to the figure's own noun phrase or clause:
            // a possessive ("Morocco's death toll"), a compound modifier of the measure word
            // ("the Velmar toll", "Tesla revenue"), a place after a scope preposition at the
            // clause's start ("In Velmar province, 800 people died"), or the subject that starts
            // the sentence before its verb ("Netflix lost 200,000 subscribers"). A name modifying
            // another noun ("the Zarbania earthquake in the Hindu Kush killed") is not a scope.
            let next = s.low.get(e).map(String::as_str).unwrap_or("");
            // a possessive of the measure noun: "Morocco's death toll", not "Israel's war killed"
            let possessive = (next == "'s" || next == "'")
                && (e + 1..(e + 4).min(s.toks.len())).any(|x| v.measure_forms.at(words, x).is_some());
            // a country's institution owns the measure: "the Israeli military's reliance",
            // "the French government's debt"
            let institution = W.institution.contains(&next)
                && s.low.get(e + 1).is_some_and(|w| w == "'s" || w == "'")
                && (e + 2..(e + 5).min(s.toks.len())).any(|x| v.measure_forms.at(words, x).is_some());
            if institution {
                if let Some(key) = place_key(v, s, a, e).filter(|k| crate::claims::is_place_key(k)) {
                    return Some((key, span_of(a, e + 1)));
                }
            }
            // a compound modifier of the measure noun: "the Velmar toll", "Tesla revenue rose"
            let modifies_measure = v.measure_forms.at(words, e).is_some()
                && (a <= bs.max(first)
                    || matches!(s.low[a - 1].as_str(), "the" | "a" | "an" | "its" | "their"));
            // "Israel's war on Gaza": `on` before a place of the vocabulary
            let on_place = a > 0
                && s.low[a - 1] == "on"
                && place_key(v, s, a, e).is_some_and(|k| crate::claims::is_place_key(&k));
            if on_place {
                if let Some(key) = place_key(v, s, a, e) {
                    return Some((key, span_of(a, e)));
                }
            }
            let p = if a > 0 && s.low[a - 1] == "the" { a - 1 } else { a };
            let after_prep = p > 0
                && W.scope_prep.contains(&s.low[p - 1].as_str())
                && (p - 1 == first
                    || matches!(s.low[p - 2].as_str(), "," | ";" | ":" | "—" | "–" | "--" | "(")
                    || (k > 0 && p - 1 == s.owned[k - 1])
                    || v.measure_forms.ending_at(words, p - 2, 4).is_some());
            // ("Mayor Levine Cava said 61 people ...": who says a figure is its source, not its
            // scope)
            let reports = W.reporting_verb.contains(&next);
            // the subject at the sentence's start, or in apposition ("his constituency, Dublin
            // West, showed a Yes vote of 74pc")
            let appositive = a > first
                && s.low[a - 1] == ","
                && next == ","
                && s.low
                    .get(e + 1)
                    .is_some_and(|w| is_verbish(w) && !W.reporting_verb.contains(&w.as_str()));
            let subject = (a == first && is_verbish(next) && !reports) || appositive;
            if possessive || modifies_measure || after_prep || subject {
                if let Some(key) = place_key(v, s, a, e) {
                    return Some((key, span_of(a, e)));
                }
            }
            i = a;
        }
    }
    None
}

/// The end of a lower-case noun phrase of one to three words at `j` that names a sub-group
/// (`leisure and hospitality`, `health workers`), or None.
fn common_np(s: &Sent<'_>, j: usize) -> Option<usize> {
    let ok = |x: usize| {
        x < s.toks.len()
            && s.toks[x].kind == TokenKind::Word
            && !s.cap[x]
            && s.stop[x] & STOP_FWD == 0
            && !W.scope_prep.contains(&s.low[x].as_str())
            && !W.not_name.contains(&s.low[x].as_str())
            && !is_verbish(&s.low[x])
    };
    if !ok(j) {
        return None;
    }
    let mut e = j + 1;
    while e < s.toks.len() && e < j + 3 {
        if ok(e) {
            e += 1;
        } else if s.low[e] == "and" && ok(e + 1) && e + 2 <= j + 4 {
            e += 2;
        } else {
            break;
        }
    }
    let bad = |x: &str| {
        W.not_scope_head.contains(&x)
            || lexicon::quarter_word(x).is_some()
            || matches!(
                x,
                "end" | "start" | "beginning" | "middle" | "half" | "current" | "next" | "previous"
            )
    };
    if (j..e).any(|x| bad(s.low[x].as_str())) {
        return None;
    }
    Some(e)
}

/// True when the word after a name at `e` is a common noun the name modifies (`Maui wildfire`),
/// not a clause's continuation (`in Maui on Tuesday`, `in Maui, officials said`).
fn modifies_noun(s: &Sent<'_>, e: usize) -> bool {
    let Some(w) = s.low.get(e) else { return false };
    let t = &s.toks[e];
    if t.kind != TokenKind::Word || s.cap[e] {
        return false;
    }
    !(FWD_STOP.contains(&w.as_str())
        || W.scope_prep.contains(&w.as_str())
        || W.generic_head.contains(&w.as_str())
        || is_verbish(w)
        || matches!(
            w.as_str(),
            "on" | "since"
                | "after"
                | "before"
                | "when"
                | "as"
                | "with"
                | "from"
                | "to"
                | "by"
                | "for"
                | "of"
                | "alone"
                | "only"
                | "itself"
                | "so"
                | "last"
                | "this"
                | "that"
                | "which"
                | "who"
                | "where"
                | "than"
                | "are"
                | "be"
                | "been"
                | "rose"
                | "fell"
                | "reached"
                | "stood"
                | "stands"
        ))
}

/// A lower-case word that can be a finite verb after a subject (`reported`, `lost`, `has`).
fn is_verbish(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "had"
            | "have"
            | "is"
            | "was"
            | "were"
            | "will"
            | "would"
            | "said"
            | "says"
            | "lost"
            | "made"
            | "sold"
            | "paid"
            | "won"
            | "cut"
            | "set"
            | "put"
            | "hit"
            | "grew"
            | "rose"
            | "fell"
            | "saw"
            | "took"
            | "gave"
            | "got"
            | "brought"
            | "spent"
            | "expects"
            | "posted"
            | "reported"
    ) || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("es")))
}

/// The year or date starting at byte `start` (`numbers` is in text order).
fn number_at<'n>(
    numbers: &'n [(Span, NumberKind, Option<&'n str>)],
    start: usize,
) -> Option<&'n (Span, NumberKind, Option<&'n str>)> {
    let i = numbers.partition_point(|n| n.0.start < start);
    numbers.get(i).filter(|n| n.0.start == start)
}

/// A time reference starting at token `i`, with its length.
fn time_at(s: &Sent<'_>, i: usize, numbers: &[(Span, NumberKind, Option<&str>)]) -> Option<(TimeRef, usize)> {
    let w = s.low[i].as_str();
    let next = s.low.get(i + 1).map(String::as_str);
    // "the quarter ending March 31", "the three months ended June 30": the quarter of that day
    if matches!(w, "quarter" | "period" | "months")
        && matches!(next, Some("ending" | "ended" | "through"))
        && i + 2 < s.toks.len()
    {
        if let Some((sp, _, Some(iso))) = number_at(numbers, s.toks[i + 2].span.start) {
            let parts: Vec<&str> = iso.split('-').collect();
            let (year, month) = match parts.as_slice() {
                [y, m, _] => (y.parse().ok(), m.parse::<u8>().ok()),
                ["", "", m, _] => (None, m.parse::<u8>().ok()),
                _ => (None, None),
            };
            if let Some(m) = month.filter(|m| (1..=12).contains(m)) {
                let n = tok_at(s.toks, sp.end) - i;
                let q = Some((m - 1) / 3 + 1);
                return Some((
                    TimeRef::Period {
                        year,
                        quarter: q,
                        month: None,
                        day: None,
                    },
                    n,
                ));
            }
        }
    }
    // years and dates found by the number reader
    let here = s.toks[i].span;
    if let Some((sp, kind, iso)) = number_at(numbers, here.start) {
        let n = tok_at(s.toks, sp.end) - i;
        let iso = (*iso)?;
        let parts: Vec<&str> = iso.split('-').collect();
        let tr = match (kind, parts.as_slice()) {
            (_, [y]) => TimeRef::Period {
                year: y.parse().ok(),
                quarter: None,
                month: None,
                day: None,
            },
            (_, [y, m]) => TimeRef::Period {
                year: y.parse().ok(),
                quarter: None,
                month: m.parse().ok(),
                day: None,
            },
            (_, [y, m, d]) => TimeRef::Period {
                year: y.parse().ok(),
                quarter: None,
                month: m.parse().ok(),
                day: d.parse().ok(),
            },
            (_, ["", "", m, d]) => TimeRef::Period {
                year: None,
                quarter: None,
                month: m.parse().ok(),
                day: d.parse().ok(),
            },
            _ => return None,
        };
        return Some((tr, n.max(1)));
    }
    // month, weekday and quarter words: `data/en/words.tsv`, the extractor's own lists
    let cal = lexicon::calendar(w);
    if let Some(m) = cal.month {
        // "may" is a verb unless capitalised
        if w == "may" && !s.cap[i] {
            return None;
        }
        if !s.cap[i] {
            return None;
        }
        return Some((
            TimeRef::Period {
                year: None,
                quarter: None,
                month: Some(m),
                day: None,
            },
            1,
        ));
    }
    if let Some(d) = cal.weekday {
        return Some((TimeRef::Weekday(d), 1));
    }
    if let Some(q) = cal.quarter {
        let is_q = w.starts_with('q') || w.ends_with("-quarter") || next == Some("quarter");
        if is_q {
            let n = if next == Some("quarter") { 2 } else { 1 };
            // "the first quarter of 2024" / "Q1 2024"
            let mut year = None;
            let mut len = n;
            for j in i + n..(i + n + 3).min(s.toks.len()) {
                if let Some((sp, NumberKind::Year, Some(iso))) = number_at(numbers, s.toks[j].span.start) {
                    year = iso.parse().ok();
                    len = tok_at(s.toks, sp.end) - i;
                    break;
                }
            }
            return Some((
                TimeRef::Period {
                    year,
                    quarter: Some(q),
                    month: None,
                    day: None,
                },
                len,
            ));
        }
    }
    let rel = |unit, offset| Some((TimeRef::Relative { unit, offset }, 2));
    match (w, next) {
        ("yesterday", _) => Some((
            TimeRef::Relative {
                unit: RelUnit::Day,
                offset: -1,
            },
            1,
        )),
        ("today", _) | ("tonight", _) => Some((
            TimeRef::Relative {
                unit: RelUnit::Day,
                offset: 0,
            },
            1,
        )),
        ("last", Some("year")) => rel(RelUnit::Year, -1),
        ("this", Some("year")) => rel(RelUnit::Year, 0),
        ("next", Some("year")) => rel(RelUnit::Year, 1),
        ("last", Some("month")) => rel(RelUnit::Month, -1),
        ("this", Some("month")) => rel(RelUnit::Month, 0),
        ("last", Some("week")) => rel(RelUnit::Week, -1),
        ("this", Some("week")) => rel(RelUnit::Week, 0),
        ("last", Some("quarter")) => rel(RelUnit::Quarter, -1),
        ("this", Some("quarter")) => rel(RelUnit::Quarter, 0),
        ("year-ago", _) | ("year-earlier", _) => Some((
            TimeRef::Relative {
                unit: RelUnit::Year,
                offset: -1,
            },
            1,
        )),
        ("a", Some("year"))
            if matches!(
                s.low.get(i + 2).map(String::as_str),
                Some("ago" | "earlier" | "before")
            ) =>
        {
            Some((
                TimeRef::Relative {
                    unit: RelUnit::Year,
                    offset: -1,
                },
                3,
            ))
        }
        _ => None,
    }
}

fn find_time(s: &Sent<'_>, k: usize, numbers: &[(Span, NumberKind, Option<&str>)]) -> Option<TimeRef> {
    let (fs, fe) = fwd_range(s, k);
    let fe = (fe + 3).min(s.claims.get(k + 1).map_or(s.toks.len(), |c| c.0));
    // "since 2023" starts a running count: it is not the period the figure is for
    let starts = |i: usize| i > 0 && matches!(s.low[i - 1].as_str(), "since" | "from" | "starting");
    let mut i = fs;
    while i < fe {
        if let Some((t, _)) = time_at(s, i, numbers).filter(|_| !starts(i)) {
            return Some(t);
        }
        i += 1;
    }
    let (bs, be) = back_range(s, k);
    let mut best = None;
    let mut i = bs;
    while i < be {
        if let Some((t, n)) = time_at(s, i, numbers) {
            if !starts(i) {
                best = Some(t);
            }
            i += n;
        } else {
            i += 1;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use crate::claims::{extract, ExtractOptions, Role, TimeRef};

    #[test]
    fn stop_bits_are_the_stop_lists() {
        use super::{stop_bits, BACK_STOP, FWD_STOP, STOP_BACK, STOP_FWD};
        for w in FWD_STOP
            .iter()
            .chain(BACK_STOP)
            .chain(&["", "a", "ands", "x", "'", "...", "-", "or "])
        {
            let want =
                (u8::from(FWD_STOP.contains(w)) * STOP_FWD) | (u8::from(BACK_STOP.contains(w)) * STOP_BACK);
            assert_eq!(stop_bits(w), want, "{w:?}");
        }
    }

    type Ann = (String, Option<String>, Option<String>, Option<Role>);

    fn ann(text: &str) -> Vec<Ann> {
        extract(text, &ExtractOptions::default())
            .claims
            .into_iter()
            .map(|c| (c.span.slice(text).to_string(), c.measure, c.scope, c.role))
            .collect()
    }
    fn m(text: &str) -> Vec<Option<String>> {
        ann(text).into_iter().map(|x| x.1).collect()
    }
    fn sc(text: &str) -> Vec<Option<String>> {
        ann(text).into_iter().map(|x| x.2).collect()
    }
    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn measures_from_the_clause() {
        assert_eq!(
            m("At least 2,012 people were killed and 2,059 were wounded."),
            [s("killed"), s("injured")]
        );
        assert_eq!(m("The earthquake killed at least 2,000 people."), [s("killed")]);
        assert_eq!(m("The death toll has risen to 2,681."), [s("killed")]);
        assert_eq!(
            m("It caused 1,293 deaths in Al Haouz, 452 in Taroudant and 41 in Ouarzazate."),
            [s("killed"), s("killed"), s("killed")]
        );
        assert_eq!(
            m("With a turnout of 72.2 per cent, 51.9 per cent voted to leave."),
            [s("turnout"), s("votes")]
        );
        assert_eq!(m("The company fired 200 workers."), [s("noun:worker")]);
        assert_eq!(
            m("Firefighters said the Camp Fire Foundation raised 85 people."),
            [None]
        );
        assert_eq!(
            m("More than 1 million people took to the streets on Thursday."),
            [s("protesters")]
        );
        assert_eq!(
            m("Revenue rose 9% to $21.3 billion, while profit fell 55%."),
            [s("revenue"), s("revenue"), s("profit")]
        );
        assert_eq!(m("Some 2,000 people attended."), [None]);
        assert_eq!(m("The quake had a magnitude of 6.8."), [s("magnitude")]);
        assert_eq!(
            m("It lost 200,000 subscribers in the first quarter."),
            [s("subscribers")]
        );
    }

    #[test]
    fn fire_never_becomes_fired() {
        assert_eq!(
            m("The fire destroyed 2,200 buildings."),
            [s("buildings_destroyed")]
        );
        assert_eq!(m("Crews fired 40 shots at the Fire Station."), [s("noun:shot")]);
    }

    #[test]
    fn scopes() {
        assert_eq!(
            sc("The toll in Al Haouz province rose to 1,293."),
            [s("al haouz")]
        );
        assert_eq!(
            sc("It caused 1,293 deaths in Al Haouz and 452 in Taroudant."),
            [s("al haouz"), s("taroudant")]
        );
        assert_eq!(sc("Morocco's death toll rose to 2,122."), [s("morocco")]);
        assert_eq!(
            sc("Over 1,700 Israeli and 47,000 Palestinian deaths were recorded."),
            [s("israel"), s("palestine")]
        );
        assert_eq!(
            sc("At least 1.12 million people marched nationwide."),
            [s("@national")]
        );
        assert_eq!(sc("Cases worldwide reached 40,000."), [s("@world")]);
        assert_eq!(sc("At least 33 people died in Germany."), [s("germany")]);
        assert_eq!(sc("At least 33 people died."), [None]);
    }

    #[test]
    fn roles() {
        // a movement is one claim (value 413, value_from 350): no earlier figure of its own
        let r: Vec<Option<Role>> = ann("The toll rose from 350 to 413.")
            .into_iter()
            .map(|x| x.3)
            .collect();
        assert_eq!(r, [None]);
        let r: Vec<Option<Role>> = ann("The toll of 413 was up from 350 a day earlier.")
            .into_iter()
            .map(|x| x.3)
            .collect();
        assert_eq!(r, [None, Some(Role::Previous)]);
        let r: Vec<Option<Role>> = ann("Payrolls fell by 20.5 million, up from 701,000 in March.")
            .into_iter()
            .map(|x| x.3)
            .collect();
        assert_eq!(r, [None, Some(Role::Previous)]);
        let r: Vec<Option<Role>> = ann("Analysts had expected revenue of $7.9 billion.")
            .into_iter()
            .map(|x| x.3)
            .collect();
        assert_eq!(r, [Some(Role::Forecast)]);
        let r: Vec<Option<Role>> = ann("It recorded 2,681 deaths, 2,530 of them buried.")
            .into_iter()
            .map(|x| x.3)
            .collect();
        assert_eq!(r, [None, Some(Role::Subset)]);
        let r: Vec<Option<Role>> = ann("Rescuers recovered 14 more victims.")
            .into_iter()
            .map(|x| x.3)
            .collect();
        assert_eq!(r, [Some(Role::Increment)]);
        let r: Vec<Option<Role>> = ann("Passengers from 35 countries were aboard.")
            .into_iter()
            .map(|x| x.3)
            .collect();
        assert_eq!(r, [None]);
    }

    #[test]
    fn time_references() {
        let t = |text: &str| -> Vec<Option<TimeRef>> {
            extract(text, &ExtractOptions::default())
                .claims
                .into_iter()
                .map(|c| c.time_ref)
                .collect()
        };
        let p = |year, quarter, month| {
            Some(TimeRef::Period {
                year,
                quarter,
                month,
                day: None,
            })
        };
        assert_eq!(
            t("The 2008 quake killed 87,000 people."),
            [p(Some(2008), None, None)]
        );
        assert_eq!(
            t("Unemployment hit 14.7% in April, up from 4.4% in March."),
            [p(None, None, Some(4)), p(None, None, Some(3))]
        );
        assert_eq!(
            t("Revenue in the first quarter of 2024 fell 9%."),
            [p(Some(2024), Some(1), None)]
        );
        assert!(matches!(
            t("Profit rose 5% last year.")[0],
            Some(TimeRef::Relative { .. })
        ));
        assert_eq!(
            t("Some 80,000 people marched on Thursday."),
            [Some(TimeRef::Weekday(3))]
        );
    }

    #[test]
    fn sentence_time_subsets_and_outside_scopes() {
        let text = "In 2003 the Velmar outbreak caused 5,327 cases, with 349 deaths.";
        let ex = extract(text, &ExtractOptions::default());
        assert!(ex
            .claims
            .iter()
            .all(|c| matches!(c.time_ref, Some(TimeRef::Period { year: Some(2003), .. }))));
        // the year after a figure does not frame it
        let text = "The toll of 811 has passed the 774 of the Velmar outbreak of 2003.";
        let ex = extract(text, &ExtractOptions::default());
        assert_eq!(ex.claims[0].time_ref, None);
        // "at that time" takes the previous sentence's year
        let text = "The 2013 floods were the worst until now. At that time, 21 people were killed.";
        let ex = extract(text, &ExtractOptions::default());
        let c = ex.claims.iter().find(|c| c.span.slice(text) == "21").unwrap();
        assert!(matches!(
            c.time_ref,
            Some(TimeRef::Period { year: Some(2013), .. })
        ));
        assert_eq!(
            ann("Of the 1,100 injured, less than 200 are still in hospital.")[1].3,
            Some(Role::Subset)
        );
        assert_eq!(
            ann("Ten other bodies have been identified.")[0].3,
            Some(Role::Subset)
        );
        assert_eq!(
            sc("There are 80 cases reported outside mainland China."),
            [s("outside china")]
        );
        assert_eq!(sc("Sales rose to 200 units in Q1.")[0], None);
        assert_eq!(sc("It won 66.4 per cent of the vote in favour.")[0], None);
    }

    #[test]
    fn people_of_a_country_distances_and_modified_places() {
        assert_eq!(m("Among the dead were 18 Canadians."), [s("noun:national")]);
        assert_eq!(
            m("Among the dead were eight Italian nationals."),
            [s("noun:national")]
        );
        assert_eq!(sc("Among the dead were 18 Canadians."), [s("canada")]);
        assert_eq!(
            m("It crashed about 50 kilometres south-east of the capital."),
            [s("distance")]
        );
        assert_eq!(
            m("It crashed some 31 miles south of the capital."),
            [s("distance")]
        );
        assert_eq!(sc("At least 133 people died in western Germany."), [s("germany")]);
        assert_eq!(
            sc("Forty-seven people died in the federal state of North Rhine-Westphalia."),
            [s("north rhine westphalia")]
        );
        // a measure's own words are no role
        assert_eq!(
            ann("The number of people who lost their lives rose to 28.")[0].3,
            None
        );
        assert_eq!(
            ann("The economy lost 20.5 million jobs.")[0].3,
            Some(Role::Increment)
        );
    }

    #[test]
    fn an_expected_figure_is_a_forecast_whatever_it_expects() {
        let r = |t: &str| ann(t)[0].3;
        assert_eq!(
            r("Velmar expected to add 2.5 million subscribers."),
            Some(Role::Forecast)
        );
        assert_eq!(
            r("It is forecasting a loss of 2 million subscribers."),
            Some(Role::Forecast)
        );
        assert_eq!(
            r("Velmar predicts another 2 million subscribers."),
            Some(Role::Forecast)
        );
        // a comparison with a forecast is no forecast
        assert_eq!(
            r("Velmar lost 200,000 subscribers, more than expected."),
            Some(Role::Increment)
        );
    }

    #[test]
    fn who_says_a_figure_is_its_source_not_its_scope() {
        assert_eq!(
            sc("Mayor Velma Ostrova said 61 people were still missing."),
            [None]
        );
        assert_eq!(
            sc("The Labor Department said 20.5 million jobs were lost."),
            [None]
        );
        assert_eq!(sc("Velmar's revenue rose to $2 billion.")[0], s("velmar"));
    }

    #[test]
    fn a_figure_set_against_another_measures_the_same() {
        let r = ann("Quarterly revenue rose 10% to $4.1 billion, slightly below the analysts' forecast of $4.3 billion.");
        assert_eq!(r[2].1, s("revenue"), "{r:?}");
        assert_eq!(r[2].3, Some(Role::Forecast));
        let r = ann("The firm expected to add 1.5 million subscribers, down from 3 million a year earlier.");
        assert_eq!(
            (r[1].1.clone(), r[1].3),
            (s("subscribers"), Some(Role::Previous)),
            "{r:?}"
        );
        let r = ann("The airline lost 120,000 passengers in May and predicts another 80,000 in June.");
        assert_eq!(r[1].1, r[0].1, "{r:?}");
        // "A vs B, according to a survey of analysts": B is the estimate
        let r = ann("Revenue: $2.41 billion vs $2.52 billion, according to a poll of analysts.");
        assert_eq!((r[0].3, r[1].3), (None, Some(Role::Forecast)), "{r:?}");
        // a role word after a figure is no counted noun, and belongs to that figure only
        let r = ann("Jobless rate: 6.2% vs. 6.5% consensus and 5.9% prior.");
        let roles: Vec<Option<Role>> = r.iter().map(|x| x.3).collect();
        assert_eq!(roles, [None, Some(Role::Forecast), Some(Role::Previous)], "{r:?}");
        assert!(r.iter().all(|x| x.1 == s("unemployment_rate")), "{r:?}");
        let r = ann("March payrolls: -310K vs. -250K consensus and +42K previous.");
        assert!(r.iter().all(|x| x.1 == s("jobs")), "{r:?}");
        assert_eq!(r[2].3, Some(Role::Previous));
        // a figure with a verb of its own says something else
        let r = ann("So far, 412 patients have been discharged and 96 are still being treated.");
        assert_eq!(r[1].1, None, "{r:?}");
        // another unit: no comparison
        assert_eq!(
            m("Profit rose to $3 billion, compared with 12 a year ago.")[1],
            None
        );
    }

    #[test]
    fn a_measure_is_stated_in_its_units() {
        // `payrolls` counts jobs; a money figure goes on to `average hourly earnings`
        assert_eq!(
            m("Average hourly earnings on payrolls rose by $1.34."),
            [s("wages")]
        );
        assert_eq!(m("Unemployment claims were filed over seven weeks."), [None]);
        // relative figures fit every measure
        assert_eq!(m("Payrolls fell 12% in May."), [s("jobs")]);
    }

    #[test]
    fn the_quarter_ending_a_date_is_that_quarter() {
        let t = "Streamly expected to add 900,000 members in the quarter ending March 31.";
        let c = &extract(t, &ExtractOptions::default()).claims[0];
        assert_eq!(
            c.time_ref,
            Some(TimeRef::Period {
                year: None,
                quarter: Some(1),
                month: None,
                day: None
            })
        );
    }

    #[test]
    fn scopes_roles_and_estimates_from_the_sentence() {
        // a part of the group just named
        let r = ann("Of those who have died, 41 have been identified.");
        assert_eq!(r[0].3, Some(Role::Subset), "{r:?}");
        // outside a place is its own scope
        assert_eq!(
            sc("There have been 12 deaths outside mainland Zarbania.")[0],
            s("outside zarbania")
        );
        // local time is no scope
        assert_eq!(
            sc("The quake had a magnitude of 6.1 when it struck at 3.05am local time.")[0],
            None
        );
        // a form within reach counts even when a longer one starts out of reach
        assert_eq!(
            m("The death toll from the Velmar floods is now at 89.")[0],
            s("killed")
        );
        // "the referendum", "Yes" are no scopes
        assert_eq!(sc("The Yes vote in the referendum stands at 61.2pc.")[0], None);
        // an appositive subject is the scope; a possessive further on is not
        assert_eq!(
            sc("His own constituency, Velmar North, showed a Yes vote of almost 71pc in favour of changing Zarbania's laws.")[0],
            s("velmar north")
        );
        // six from Egypt: the place they are from
        let r = sc(
            "Victims included nine Zarbanians, eight people each from China and Italy and six from Egypt.",
        );
        assert_eq!(r.last().cloned().flatten(), s("egypt"), "{r:?}");
        // a poll as the sentence's subject makes its figures estimates
        let r = ann("The exit poll suggested the Yes side will win 64 per cent to 36 per cent.");
        assert!(r.iter().all(|x| x.3 == Some(Role::Forecast)), "{r:?}");
        let r = ann("The count showed the Yes side won 64 per cent.");
        assert_eq!(r[0].3, None, "{r:?}");
    }

    #[test]
    fn crowds_their_places_and_their_events() {
        // a place widened by "and (in) many other cities" is not the figure's scope
        assert_eq!(
            sc("There were over 150 rallies in Velmar and in many other cities.")[0],
            None
        );
        assert_eq!(
            sc("Organisers counted 150 rallies in Velmar and the regions.")[0],
            None
        );
        assert_eq!(sc("Organisers counted 150 rallies in Velmar.")[0], s("velmar"));
        // the event is no place: "in the parade in Velmar"
        let r = ann("More than 300,000 people participated in the parade in Velmar, the union said.");
        assert_eq!(
            (r[0].1.clone(), r[0].2.clone()),
            (s("protesters"), s("velmar")),
            "{r:?}"
        );
        // protests that mobilised people count the people
        assert_eq!(
            m("The protests mobilised 1.3 million people.")[0],
            s("protesters")
        );
        // a national count and a city's after it
        let r = ann(
            "The union said 2.4 million people had marched throughout the country, and 300,000 in Velmar.",
        );
        assert_eq!(
            (r[1].1.clone(), r[1].2.clone()),
            (s("protesters"), s("velmar")),
            "{r:?}"
        );
        assert_eq!(
            m("Organisers expect more than 150 parades across the country.")[0],
            s("protests")
        );
    }
}
