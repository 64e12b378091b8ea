//! Context of a claim inside its sentence: what is counted, who says so, and when.
//!
//! All three are spans of the text, found with short, bounded token walks (no parsing):
//!
//! - **counted**: the noun phrase after the quantity (`47,000 Palestinian deaths` → `deaths`,
//!   modifier `Palestinian`; `61,827 people killed` → `people killed`), after `of` for vague and
//!   measured quantities (`millions of phone calls` → `calls`), shared across a coordination
//!   (`1,700 Israeli and 47,000 Palestinian deaths`), or, with nothing after, the verb before an
//!   elided object (`and wounded 155,275` → `wounded`) or the subject of a change verb.
//! - **attribution**: `according to X`, `citing X`, `X said` / `said X`, `X reported`; the
//!   nearest source in the sentence.
//! - **time**: years and dates with their preposition (`since 2023`, `between October 2023 and
//!   June 2024`, `in April 2024`) and relative expressions (`last year`, `each day`); the
//!   nearest in the sentence.

use super::extract::{Pending, Scan};
use super::lexicon::{self, Low};
use super::Extraction;
use crate::span::Span;
use crate::TokenKind;

/// At most this many source or time candidates per sentence, so that pathological
/// "sentences" (tables, number dumps) stay linear.
const MAX_CANDIDATES: usize = 64;

/// Fills counted, attribution and time for the sentence's claims and moves them into `ex`.
pub(crate) fn resolve(sc: &Scan<'_>, mut pend: Vec<Pending>, ex: &mut Extraction) {
    if pend.is_empty() {
        return;
    }
    let runs: Vec<Option<(usize, usize)>> = pend.iter().map(|p| forward_np(sc, p)).collect();
    let n = pend.len();
    for k in 0..n {
        let (mut counted, mut modifier) = match runs[k] {
            Some((s, e)) => head_of(sc, s, e),
            None => (None, None),
        };
        // Coordination: "1,700 Israeli and 47,000 Palestinian deaths".
        if k + 1 < n {
            let after = runs[k].map_or(pend[k].tok_end, |r| r.1);
            let mut j = after;
            if sc.raw(j) == "," {
                j += 1;
            }
            let conj = sc.is(j, "and") || sc.is(j, "or") || sc.raw(j) == "," || sc.is(j, "to");
            let joins = conj && j + 1 == pend[k + 1].tok_start && pend[k].is_count && pend[k + 1].is_count;
            let shareable = match runs[k] {
                None => true,
                // A lone modifier ("Israeli", "civilian"), not a noun or an event ("killed").
                Some((s, e)) => {
                    e - s == 1
                        && (sc.is_cap_word(s) || !sc.raw(s).ends_with('s'))
                        && !lexicon::is_event_participle(sc.low(s).as_str())
                }
            };
            if joins && shareable {
                if let Some((s, e)) = runs[k + 1] {
                    let (c, _) = head_of(sc, s, e);
                    if c.is_some() {
                        counted = c;
                        modifier = runs[k].map(|(s, e)| sc.sp(s, e));
                    }
                }
            }
        }
        if counted.is_none() {
            counted = backward(sc, &pend[k]);
        }
        // Gapping: "12 incidents in 2022 and 15 in 2023".
        if counted.is_none() && k > 0 && pend[k].claim.unit == pend[k - 1].claim.unit {
            let before = pend[k].tok_start;
            let gap = matches!(
                sc.low(before.wrapping_sub(1)).as_str(),
                "and" | "or" | "," | "while" | "but" | "from" | "to" | "than" | "versus" | "vs" | "vs."
            );
            if before > sc.a && gap {
                counted = pend[k - 1].claim.counted;
            }
        }
        if counted.is_none() && pend[k].is_time_unit {
            counted = pend[k].unit_toks.map(|(s, e)| sc.sp(s, e));
        }
        pend[k].claim.counted = counted;
        pend[k].claim.counted_modifier = modifier;
    }
    let mut attrs = attributions(sc);
    // A source never contains a claim ("an investigation by three media companies").
    // Nor is it the counted noun right after a number ("3,000 patients found").
    attrs.retain(|(sp, s, _)| !pend.iter().any(|p| p.claim.span.overlaps(sp) || p.tok_end == *s));
    let times = time_spans(sc, &pend);
    let named: Vec<(Span, usize, usize)> = attrs
        .iter()
        .copied()
        .filter(|(sp, _, _)| !is_pronoun(Low::new(sp.slice(sc.text)).as_str()))
        .collect();
    for p in pend.iter_mut() {
        // A named source beats a pronoun ("Citing leaked documents, it said …").
        p.claim.attribution =
            nearest(&named, p.tok_start, p.tok_end).or_else(|| nearest(&attrs, p.tok_start, p.tok_end));
        p.claim.time = nearest(&times, p.tok_start, p.tok_end);
    }
    ex.claims.extend(pend.into_iter().map(|p| p.claim));
}

fn nearest(c: &[(Span, usize, usize)], s: usize, e: usize) -> Option<Span> {
    c.iter()
        .filter(|(_, a, b)| *b <= s || *a >= e)
        .min_by_key(|(_, a, b)| if *b <= s { s - b } else { a - e })
        .map(|c| c.0)
}

fn is_content(sc: &Scan<'_>, j: usize) -> bool {
    let k = sc.kind(j);
    let ok_kind = k == Some(TokenKind::Word)
        || (k == Some(TokenKind::Alnum) && sc.raw(j).chars().next().is_some_and(char::is_alphabetic));
    if !ok_kind {
        return false;
    }
    let l = sc.low(j);
    let l = l.as_str();
    if is_acronym(sc.raw(j)) {
        return true;
    }
    !l.is_empty()
        && !matches!(
            l,
            "worldwide"
                | "nationwide"
                | "globally"
                | "overall"
                | "annually"
                | "combined"
                | "apiece"
                | "total"
                | "altogether"
                | "overnight"
                | "daily"
                | "weekly"
                | "monthly"
                | "yearly"
                | "alone"
                | "already"
                | "ago"
        )
        && !lexicon::is_stop(l)
        && lexicon::qualifier1(l).is_none()
        && lexicon::month(l).is_none()
        && !lexicon::is_report_verb(l)
        && !lexicon::is_common_verb(l)
        && !(l.ends_with("ly")
            && l.len() > 4
            && !matches!(
                l,
                "family" | "supply" | "ally" | "assembly" | "rally" | "italy" | "fly"
            ))
}

/// The content-word run that names what is counted, after the claim.
fn forward_np(sc: &Scan<'_>, p: &Pending) -> Option<(usize, usize)> {
    let mut j = p.tok_end;
    let money = p.claim.unit.len() == 3 && p.claim.unit.chars().all(|c| c.is_ascii_uppercase());
    let skip_det = |j: &mut usize| {
        while lexicon::is_determiner(sc.low(*j).as_str()) || sc.is(*j, "all") {
            *j += 1;
        }
    };
    let share_noun = p.claim.unit == "fraction" && is_content(sc, j);
    if !(p.is_count || share_noun) {
        if sc.is(j, "of") || (money && (sc.is(j, "in") || sc.is(j, "for"))) {
            j += 1;
            skip_det(&mut j);
        } else {
            return None;
        }
    } else if !is_content(sc, j) && sc.is(j, "of") {
        j += 1;
        skip_det(&mut j);
    }
    let s = j;
    while j < sc.b && j - s < 5 && is_content(sc, j) {
        let l = sc.low(j);
        if j > s && l.as_str().ends_with("ed") && !lexicon::is_event_participle(l.as_str()) {
            break;
        }
        j += 1;
        if lexicon::is_event_participle(l.as_str()) && j - s >= 2 {
            break;
        }
        // Possessives: "Gaza's buildings".
        if sc.kind(j) == Some(TokenKind::Clitic)
            && matches!(sc.low(j).as_str(), "'s" | "'")
            && is_content(sc, j + 1)
        {
            j += 1;
        }
        // Hyphenated compounds: "Israeli-occupied", "so-called".
        if matches!(sc.raw(j), "-" | "\u{2010}" | "\u{2011}")
            && sc.glued(j - 1)
            && sc.glued(j)
            && is_content(sc, j + 1)
        {
            j += 2;
        }
    }
    (j > s).then_some((s, j))
}

/// Head (with a trailing event participle) and modifier of a run.
fn head_of(sc: &Scan<'_>, s: usize, e: usize) -> (Option<Span>, Option<Span>) {
    let last = e - 1;
    let mut head_start = last;
    // A hyphenated compound is one head.
    while head_start >= s + 2 && matches!(sc.raw(head_start - 1), "-" | "\u{2010}" | "\u{2011}") {
        head_start -= 2;
    }
    if head_start > s && lexicon::is_event_participle(sc.low(last).as_str()) {
        head_start -= 1;
    }
    let counted = Some(sc.sp(head_start, e));
    let modifier = (head_start > s).then(|| sc.sp(s, head_start));
    (counted, modifier)
}

fn is_aux(l: &str) -> bool {
    matches!(
        l,
        "has"
            | "have"
            | "had"
            | "was"
            | "were"
            | "is"
            | "are"
            | "been"
            | "be"
            | "also"
            | "'s"
            | "reportedly"
            | "had."
            | "will"
            | "would"
            | "could"
            | "may"
            | "might"
            | "already"
            | "nearly"
            | "almost"
            | "more"
            | "than"
            | "sharply"
            | "significantly"
            | "dramatically"
    )
}

/// Counted found before the claim: an elided object's verb, `a toll of N`, a change's subject.
fn backward(sc: &Scan<'_>, p: &Pending) -> Option<Span> {
    let s = p.tok_start;
    if s == sc.a {
        return None;
    }
    let prev = sc.low(s - 1);
    if p.is_count && lexicon::is_event_participle(prev.as_str()) {
        return Some(sc.sp(s - 1, s));
    }
    // "1,200 were killed", "250 have been arrested".
    if p.is_count {
        let mut j = p.tok_end;
        while matches!(
            sc.low(j).as_str(),
            "were"
                | "was"
                | "have"
                | "has"
                | "had"
                | "been"
                | "being"
                | "reportedly"
                | "also"
                | "later"
                | "more"
                | "others"
                | "all"
        ) {
            j += 1;
        }
        if j > p.tok_end && (lexicon::is_event_participle(sc.low(j).as_str()) || is_content(sc, j)) {
            // "800 were civilians", "1,200 were killed"
            return Some(sc.sp(j, j + 1));
        }
    }
    if sc.is(s - 1, "of")
        && s >= sc.a + 2
        && is_content(sc, s - 2)
        && lexicon::change_word(sc.low(s - 2).as_str()).is_none()
    {
        return Some(sc.sp(s - 2, s - 1));
    }
    if let Some(k) = p.change_tok {
        // "reduced mortality by 20%": the object between the verb and "by".
        if k + 2 < s && sc.is(s - 1, "by") && is_content(sc, s - 2) {
            return Some(sc.sp(s - 2, s - 1));
        }
        let mut j = k;
        while j > sc.a {
            j -= 1;
            let l = sc.low(j);
            if is_aux(l.as_str()) || (l.as_str().ends_with("ly") && l.as_str().len() > 4) {
                continue;
            }
            if is_content(sc, j) {
                let h = subject_head(sc, j);
                return Some(sc.sp(h, h + 1));
            }
            break;
        }
    }
    // A copula or linking verb: "net income was $4.2 billion", "the toll reached 500".
    let mut j = s;
    let mut linked = false;
    while j > sc.a && s - j < 4 {
        let l = sc.low(j - 1);
        let l = l.as_str();
        // "at" links only after a linking verb ("stood at 5%"), not "runs at 3.2 GHz".
        if l == "at"
            && !matches!(
                sc.low(j.wrapping_sub(2)).as_str(),
                "stood"
                    | "stands"
                    | "steady"
                    | "unchanged"
                    | "stable"
                    | "flat"
                    | "peaked"
                    | "closed"
                    | "ended"
                    | "settled"
                    | "was"
                    | "is"
                    | "were"
                    | "are"
                    | "remained"
                    | "remains"
                    | "put"
                    | "priced"
                    | "valued"
                    | "estimated"
            )
        {
            break;
        }
        let link = matches!(
            l,
            "was"
                | "were"
                | "is"
                | "are"
                | "been"
                | "at"
                | "totalled"
                | "totaled"
                | "totals"
                | "total"
                | "reached"
                | "hit"
                | "topped"
                | "stood"
                | "stands"
                | "held"
                | "holds"
                | "steady"
                | "unchanged"
                | "stable"
                | "flat"
                | "peaked"
                | "closed"
                | "ended"
                | "settled"
                | "exceeded"
                | "surpassed"
                | "passed"
                | "remained"
                | "remains"
                | "now"
                | "to"
                | "of"
                | "amounted"
                | "amounts"
                | "had"
                | "has"
                | "have"
        ) || lexicon::change_word(l).is_some();
        if !link {
            break;
        }
        linked = true;
        j -= 1;
    }
    if linked && j > sc.a && is_content(sc, j - 1) && !sc.low(j - 1).as_str().ends_with("ed") {
        let h = subject_head(sc, j - 1);
        return Some(sc.sp(h, h + 1));
    }
    None
}

/// `WHO`, `IDF`, `UN`: never a function word, whatever its lower-case form.
fn is_acronym(raw: &str) -> bool {
    raw.len() >= 2 && raw.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// The head of a subject with a trailing prepositional phrase: in `the death toll in the
/// 13-month war passed 43,000`, the word before the verb is `war` but the subject is `toll`.
fn subject_head(sc: &Scan<'_>, j: usize) -> usize {
    let mut k = j;
    while k > sc.a && j - k < 6 {
        let t = k - 1;
        let ok = is_content(sc, t)
            || lexicon::is_determiner(sc.low(t).as_str())
            || matches!(sc.kind(t), Some(TokenKind::Alnum) | Some(TokenKind::Clitic));
        if !ok {
            break;
        }
        k = t;
    }
    if k >= sc.a + 2
        && matches!(
            sc.low(k - 1).as_str(),
            "in" | "for" | "from" | "at" | "on" | "across" | "within"
        )
        && is_content(sc, k - 2)
    {
        return k - 2;
    }
    j
}

fn is_pronoun(l: &str) -> bool {
    matches!(l, "he" | "she" | "they" | "it" | "we" | "i" | "you")
}

/// A source noun phrase read forward from `j` (`according to officials from both sides`).
fn source_forward(sc: &Scan<'_>, j: usize) -> Option<(usize, usize)> {
    let s = j;
    let mut e = j;
    while e < sc.b && e - s < 10 {
        let k = sc.kind(e);
        let l = sc.low(e);
        let l = l.as_str();
        let inner = matches!(
            l,
            "of" | "from"
                | "at"
                | "for"
                | "in"
                | "on"
                | "and"
                | "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "both"
                | "two"
                | "several"
                | "other"
                | "local"
                | "'s"
                | "'"
                | "&"
        );
        let ok = match k {
            Some(TokenKind::Word) | Some(TokenKind::Alnum) | Some(TokenKind::Clitic) => {
                inner
                    || (!lexicon::is_stop(l)
                        && !lexicon::is_report_verb(l)
                        && !matches!(l, "that" | "which" | "who" | "when"))
                    || is_pronoun(l)
            }
            Some(TokenKind::Number) => sc.raw(e).starts_with('+'),
            Some(TokenKind::Punct) => {
                matches!(sc.raw(e), "-" | "." | "&") && sc.glued(e.wrapping_sub(1)) && sc.glued(e)
            }
            _ => false,
        };
        if !ok {
            break;
        }
        e += 1;
    }
    // Trim trailing function words.
    while e > s
        && matches!(
            sc.low(e - 1).as_str(),
            "of" | "from"
                | "at"
                | "for"
                | "in"
                | "on"
                | "and"
                | "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "-"
                | "."
        )
    {
        e -= 1;
    }
    (e > s).then_some((s, e))
}

/// A source noun phrase read backward from `j` (inclusive): `the report`, `Health Ministry`.
fn source_backward(sc: &Scan<'_>, j: usize) -> Option<(usize, usize)> {
    let e = j + 1;
    let mut s = e;
    while s > sc.a && e - s < 8 {
        let t = s - 1;
        let l = sc.low(t);
        let l = if is_acronym(sc.raw(t)) {
            "acronym"
        } else {
            l.as_str()
        };
        let k = sc.kind(t);
        if lexicon::is_determiner(l) {
            s = t;
            break;
        }
        if is_pronoun(l) && s == e {
            s = t;
            break;
        }
        let inner = matches!(l, "of" | "from" | "at" | "for" | "and" | "'s" | "'") && s < e;
        let ok = match k {
            Some(TokenKind::Word) | Some(TokenKind::Alnum) | Some(TokenKind::Clitic) => {
                let head_ok = !lexicon::is_report_verb(l) || s == e;
                inner
                    || (!lexicon::is_stop(l)
                        && head_ok
                        && !l.is_empty()
                        && lexicon::small_number(l).is_none())
                    || k == Some(TokenKind::Clitic)
            }
            Some(TokenKind::Number) => sc.raw(t).starts_with('+'),
            _ => false,
        };
        if !ok {
            break;
        }
        s = t;
    }
    while s < e
        && matches!(
            sc.low(s).as_str(),
            "of" | "from" | "at" | "for" | "and" | "'s" | "'"
        )
    {
        s += 1;
    }
    (s < e).then_some((s, e))
}

/// Source candidates of a sentence: (span, first token, end token).
fn attributions(sc: &Scan<'_>) -> Vec<(Span, usize, usize)> {
    let mut out = Vec::new();
    let mut k = sc.a;
    while k < sc.b && out.len() < MAX_CANDIDATES {
        let l = sc.low(k);
        let l = l.as_str();
        if l == "according" && sc.is(k + 1, "to") {
            if let Some((s, e)) = source_forward(sc, k + 2) {
                out.push((sc.sp(s, e), k, e));
                k = e;
                continue;
            }
        }
        if l == "citing" || l == "per" && sc.is_cap_word(k + 1) || (l == "cited" && sc.is(k + 1, "by")) {
            let j = if l == "cited" { k + 2 } else { k + 1 };
            if let Some((s, e)) = source_forward(sc, j) {
                out.push((sc.sp(s, e), k, e));
                k = e;
                continue;
            }
        }
        if lexicon::is_report_verb(l) {
            let prev = sc.low(k.wrapping_sub(1));
            let noun_like = matches!(
                l,
                "report"
                    | "reports"
                    | "estimate"
                    | "estimates"
                    | "claim"
                    | "claims"
                    | "show"
                    | "shows"
                    | "forecast"
                    | "forecasts"
                    | "states"
                    | "finds"
            );
            let next_verb = lexicon::is_report_verb(sc.low(k + 1).as_str());
            let passive = matches!(prev.as_str(), "was" | "were" | "been" | "is" | "are" | "be");
            let det_before = lexicon::is_determiner(prev.as_str());
            let subject_like = sc.is_cap_word(k.wrapping_sub(1)) || is_pronoun(prev.as_str());
            if passive {
                if sc.is(k + 1, "by") {
                    if let Some((s, e)) = source_forward(sc, k + 2) {
                        out.push((sc.sp(s, e), k, e));
                    }
                }
            } else if !(det_before || next_verb || noun_like && !subject_like) {
                // Subject before the verb, skipping adverbs and auxiliaries.
                let mut j = k;
                while j > sc.a && (is_aux(sc.low(j - 1).as_str()) || sc.low(j - 1).as_str().ends_with("ly")) {
                    j -= 1;
                }
                let before_punct = j == sc.a || matches!(sc.kind(j - 1), Some(TokenKind::Punct));
                let found = if !before_punct {
                    source_backward(sc, j - 1)
                } else {
                    None
                };
                match found {
                    Some((s, e)) => out.push((sc.sp(s, e), s, k + 1)),
                    None if before_punct => {
                        // Inverted: "…, said the ministry."
                        let inverted = source_forward(sc, k + 1).filter(|&(s, _)| {
                            !lexicon::is_stop(sc.low(s).as_str())
                                || lexicon::is_determiner(sc.low(s).as_str())
                        });
                        if let Some((s, e)) = inverted {
                            out.push((sc.sp(s, e), k, e));
                        } else if j > sc.a && sc.raw(j - 1) == "," {
                            // Appositive: "Ashraf al-Qudra, the ministry's spokesman, said".
                            let c2 = (j.saturating_sub(10).max(sc.a)..j - 1)
                                .rev()
                                .find(|&t| sc.raw(t) == ",");
                            if let Some((s, e)) =
                                c2.filter(|&c| c > sc.a).and_then(|c| source_backward(sc, c - 1))
                            {
                                out.push((sc.sp(s, e), s, k + 1));
                            }
                        }
                    }
                    None => {}
                }
            }
        }
        k += 1;
    }
    out
}

/// Time candidates of a sentence: years and dates with their preposition, and relative times.
fn time_spans(sc: &Scan<'_>, pend: &[Pending]) -> Vec<(Span, usize, usize)> {
    let mut out: Vec<(Span, usize, usize)> = Vec::new();
    let mut t = sc.times.clone();
    t.sort_unstable();
    t.truncate(MAX_CANDIDATES);
    let mut idx = 0;
    while idx < t.len() {
        let (s, e) = t[idx];
        let prev = sc.low(s.wrapping_sub(1));
        let prev = prev.as_str();
        if matches!(prev, "between" | "from") && idx + 1 < t.len() {
            let (s2, e2) = t[idx + 1];
            let mid = sc.low(e);
            if s2 == e + 1
                && matches!(
                    mid.as_str(),
                    "and" | "to" | "until" | "through" | "till" | "-" | "\u{2013}"
                )
            {
                out.push((sc.sp(s - 1, e2), s - 1, e2));
                idx += 2;
                continue;
            }
        }
        let start = if sc.is(s.wrapping_sub(2), "as") && prev == "of" {
            s - 2
        } else if matches!(
            prev,
            "since"
                | "in"
                | "by"
                | "until"
                | "till"
                | "during"
                | "before"
                | "after"
                | "on"
                | "throughout"
                | "through"
                | "from"
                | "between"
                | "around"
                | "circa"
        ) {
            s - 1
        } else {
            s
        };
        // "the 1948 Nakba": a year naming an event is not the claim's time.
        let attributive = start == s && lexicon::is_determiner(prev) && sc.is_cap_word(e);
        if !attributive {
            out.push((sc.sp(start, e), start, e));
        }
        idx += 1;
    }
    // A month or weekday after a preposition: "in February", "at the end of August", "on Monday".
    for k in sc.a + 1..sc.b {
        if out.len() >= 2 * MAX_CANDIDATES {
            break;
        }
        if !sc.is_cap_word(k) {
            continue;
        }
        let w = sc.low(k);
        let month = lexicon::month(w.as_str()).is_some() && !sc.raw(k).ends_with('.');
        let weekday = matches!(
            w.as_str(),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        );
        let prev = sc.low(k - 1);
        if !(month || weekday)
            || sc.times.iter().any(|&(s, e)| s <= k && k < e)
            || !matches!(
                prev.as_str(),
                "in" | "since"
                    | "by"
                    | "until"
                    | "during"
                    | "of"
                    | "on"
                    | "from"
                    | "before"
                    | "after"
                    | "through"
                    | "last"
                    | "early"
                    | "late"
                    | "mid"
            )
        {
            continue;
        }
        let mut start = k - 1;
        // "as of Monday"
        if prev.as_str() == "of" && start > sc.a && sc.is(start - 1, "as") {
            start -= 1;
        }
        // "at the end of August"
        if prev.as_str() == "of"
            && start >= sc.a + 2
            && matches!(
                sc.low(start - 1).as_str(),
                "end" | "start" | "beginning" | "middle"
            )
        {
            start -= 2;
            if start > sc.a
                && matches!(
                    sc.low(start - 1).as_str(),
                    "at" | "by" | "until" | "since" | "in" | "from" | "before"
                )
            {
                start -= 1;
            }
        }
        out.push((sc.sp(start, k + 1), start, k + 1));
    }
    // Relative: "last year", "each day", "per month".
    for k in sc.a..sc.b.saturating_sub(1) {
        if out.len() >= 2 * MAX_CANDIDATES {
            break;
        }
        let l = sc.low(k);
        if matches!(
            l.as_str(),
            "last" | "this" | "next" | "past" | "previous" | "each" | "every" | "per"
        ) {
            let w = Low::new(sc.raw(k + 1));
            if lexicon::time_word(w.as_str()) && !pend.iter().any(|p| p.tok_start <= k + 1 && k < p.tok_end) {
                out.push((sc.sp(k, k + 2), k, k + 2));
            }
        }
    }
    out.retain(|(_, s, e)| !pend.iter().any(|p| p.tok_start < *e && *s < p.tok_end));
    // "barrels per day": the rate's unit is not a time context.
    out.retain(|(sp, _, _)| !pend.iter().any(|p| p.claim.per.is_some_and(|q| q.overlaps(sp))));
    out
}
