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
    if !sc.en() {
        return sc.resolve_intl(pend, ex);
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
        p.claim.time = if p.level_first {
            let own: Vec<_> = times.iter().copied().filter(|t| t.1 != p.tok_end).collect();
            nearest(&own, p.tok_start, p.tok_end)
        } else {
            nearest(&times, p.tok_start, p.tok_end)
        };
        // A pronoun or a bare "the ministry" stands for a named source nearby.
        if let Some(a) = p.claim.attribution {
            if let Some(named) = resolve_stand_in(sc, a) {
                p.claim.notes.push(format!(
                    "attribution {:?} resolved to {:?}",
                    a.slice(sc.text),
                    named.slice(sc.text)
                ));
                p.claim.attribution = Some(named);
            }
        }
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

// ------------------------------------------------------------------------------------------
// Stand-in sources: "we", "he", "the ministry".
//
// A quote is often attributed to a pronoun ("… for more than two decades,” Smith continued"
// reads fine, but "we have insisted" is what the sentence's own source words give) or to a bare
// noun ("the ministry said") whose name is in the same sentence or the one before. The
// resolution is deliberately narrow: it looks only in the claim's sentence and the one before
// it, takes the nearest *named* speaker (a run of capitalised words next to a speech verb, after
// a closing quote, or after "according to"), and for a bare noun only a name that ends in that
// noun ("Health Ministry") or owns it ("Amnesty's report", "a report by Human Rights Watch").
// It never crosses a paragraph break. The claim keeps a note saying what was resolved, and the
// span it points at is the name's own, so the pipeline links it to a gazetteer entity.

/// Speech verbs that introduce a quote but are not source verbs in `lexicon::is_report_verb`
/// (they follow the speaker after a quote: "…,” Smith continued").
fn is_quote_verb(l: &str) -> bool {
    lexicon::is_report_verb(l)
        || matches!(
            l,
            "continued"
                | "continues"
                | "spoke"
                | "speaks"
                | "speaking"
                | "concluded"
                | "replied"
                | "responded"
                | "remarked"
                | "asked"
                | "tweeted"
                | "posted"
                | "commented"
                | "observed"
                | "recalled"
                | "emphasised"
                | "emphasized"
                | "underlined"
                | "adds"
                | "notes"
                | "insist"
        )
}

/// Bare nouns that stand for an organisation or document named nearby.
fn is_stand_in_noun(l: &str) -> bool {
    matches!(
        l,
        "report"
            | "study"
            | "survey"
            | "ministry"
            | "agency"
            | "department"
            | "government"
            | "company"
            | "firm"
            | "group"
            | "organisation"
            | "organization"
            | "army"
            | "military"
            | "office"
            | "committee"
            | "commission"
            | "newspaper"
            | "paper"
            | "investigation"
            | "statement"
            | "union"
            | "council"
            | "bank"
            | "court"
            | "authority"
            | "authorities"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
    )
}

/// Raw text of token `i` of the whole document (not limited to the sentence, unlike `sc.raw`).
fn doc_raw<'a>(sc: &Scan<'a>, i: usize) -> &'a str {
    sc.toks.get(i).map_or("", |t| t.text(sc.text))
}

/// A capitalised word that can be part of a name (not a function word, month or weekday).
fn is_name_word(sc: &Scan<'_>, i: usize) -> bool {
    let Some(t) = sc.toks.get(i) else { return false };
    if !matches!(t.kind, TokenKind::Word | TokenKind::Alnum) {
        return false;
    }
    let raw = doc_raw(sc, i);
    if !raw.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let l = sc.doc_low(i);
    let l = l.as_str();
    is_acronym(raw)
        || !(lexicon::is_stop(l)
            || lexicon::is_determiner(l)
            || is_pronoun(l)
            || lexicon::month(l).is_some()
            || matches!(
                l,
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "on"
                    | "in"
            ))
}

/// The run of name words ending at token `e - 1` (joined by glued hyphens): `(start, end)`.
fn name_ending_at(sc: &Scan<'_>, lo: usize, e: usize) -> Option<(usize, usize)> {
    if e == 0 || e <= lo || !is_name_word(sc, e - 1) {
        return None;
    }
    let mut s = e - 1;
    while s > lo && e - s < 6 {
        if is_name_word(sc, s - 1) {
            s -= 1;
        } else if s >= lo + 2 && doc_raw(sc, s - 1) == "-" && is_name_word(sc, s - 2) {
            s -= 2;
        } else {
            break;
        }
    }
    Some((s, e))
}

/// The run of name words starting at token `s`.
fn name_starting_at(sc: &Scan<'_>, s: usize, hi: usize) -> Option<(usize, usize)> {
    if s >= hi || !is_name_word(sc, s) {
        return None;
    }
    let mut e = s + 1;
    while e < hi && e - s < 6 {
        if is_name_word(sc, e) {
            e += 1;
        } else if e + 1 < hi && doc_raw(sc, e) == "-" && is_name_word(sc, e + 1) {
            e += 2;
        } else {
            break;
        }
    }
    Some((s, e))
}

/// A paragraph break (blank line) between tokens `i` and `i + 1`.
fn paragraph_break_after(sc: &Scan<'_>, i: usize) -> bool {
    match (sc.toks.get(i), sc.toks.get(i + 1)) {
        (Some(a), Some(b)) => sc.text[a.span.end..b.span.start].matches('\n').count() >= 2,
        _ => true,
    }
}

/// Token range of the sentence before the current one (`sc.a`), not across a paragraph break.
fn previous_sentence(sc: &Scan<'_>) -> Option<(usize, usize)> {
    let e = sc.a;
    if e == 0 || paragraph_break_after(sc, e - 1) {
        return None;
    }
    // Skip the previous sentence's own closing punctuation and quotes, then walk back to the
    // end of the sentence before it (a terminator or a paragraph break), at most 80 tokens.
    let mut s = e - 1;
    while s > 0 && matches!(doc_raw(sc, s), "." | "!" | "?" | "”" | "\"" | "’" | "'" | ")") {
        s -= 1;
    }
    while s > 0 && e - s < 80 {
        if matches!(doc_raw(sc, s - 1), "." | "!" | "?") || paragraph_break_after(sc, s - 1) {
            break;
        }
        s -= 1;
    }
    (s < e).then_some((s, e))
}

/// Named speakers in tokens `lo..hi`: (name start, name end, anchor token), where the anchor is
/// the speech verb or quote the name goes with.
fn named_speakers(sc: &Scan<'_>, lo: usize, hi: usize) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for k in lo..hi {
        if out.len() >= MAX_CANDIDATES {
            break;
        }
        let l = sc.doc_low(k);
        let l = l.as_str();
        if is_quote_verb(l) {
            // "Brad Smith, Microsoft's president, told staff": the name before the verb,
            // skipping an appositive between commas and adverbs.
            let mut j = k;
            while j > lo && (is_aux(sc.doc_low(j - 1).as_str()) || sc.doc_low(j - 1).as_str().ends_with("ly"))
            {
                j -= 1;
            }
            let mut found = name_ending_at(sc, lo, j);
            if found.is_none() && j > lo && doc_raw(sc, j - 1) == "," {
                found = name_ending_at(sc, lo, j - 1).or_else(|| {
                    // appositive: "Name, the ministry's spokesman, said"
                    (lo..j - 1)
                        .rev()
                        .take(12)
                        .find(|&t| doc_raw(sc, t) == ",")
                        .and_then(|c| name_ending_at(sc, lo, c))
                });
            }
            // "…,” said Smith" / "said Health Ministry spokesman Ashraf al-Qudra"
            if found.is_none() {
                found = name_starting_at(sc, k + 1, hi);
            }
            if let Some((s, e)) = found {
                out.push((s, e, k));
            }
        } else if l == "according" && sc.doc_low(k + 1).as_str() == "to" {
            let mut j = k + 2;
            while j < hi && lexicon::is_determiner(sc.doc_low(j).as_str()) {
                j += 1;
            }
            if let Some((s, e)) = name_starting_at(sc, j, hi) {
                out.push((s, e, k));
            }
        }
    }
    out
}

/// For a bare `the <noun>`: a nearby name that ends in the noun ("Health Ministry") or owns it
/// ("Amnesty's report", "a report by Human Rights Watch").
fn name_for_noun(sc: &Scan<'_>, lo: usize, hi: usize, noun: &str) -> Option<(usize, usize)> {
    let mut best = None;
    for k in lo..hi {
        let l = sc.doc_low(k);
        if l.as_str() == noun || l.as_str().trim_end_matches('s') == noun {
            // "Health Ministry"
            if is_name_word(sc, k) {
                if let Some((s, e)) = name_ending_at(sc, lo, k + 1) {
                    if e - s >= 2 {
                        best = Some((s, e));
                        continue;
                    }
                }
            }
            // "Amnesty's report"
            if k >= lo + 2 && matches!(sc.doc_low(k - 1).as_str(), "'s" | "’s") {
                if let Some(n) = name_ending_at(sc, lo, k - 1) {
                    best = Some(n);
                    continue;
                }
            }
            // "a report by Human Rights Watch", "the ministry of Health" is not a name
            if matches!(sc.doc_low(k + 1).as_str(), "by" | "from") {
                if let Some(n) = name_starting_at(sc, k + 2, hi) {
                    best = Some(n);
                }
            }
        }
    }
    best
}

/// If `a` is a stand-in (a pronoun, or a determiner and one noun such as `the ministry`), the
/// span of the named source it stands for, from this sentence or the one before.
fn resolve_stand_in(sc: &Scan<'_>, a: Span) -> Option<Span> {
    let toks: Vec<usize> = (sc.a..sc.b)
        .filter(|&i| sc.toks[i].span.start >= a.start && sc.toks[i].span.end <= a.end)
        .collect();
    let (first, last) = (*toks.first()?, *toks.last()?);
    let pronoun = toks.len() == 1 && is_pronoun(sc.low(first).as_str());
    let noun = (toks.len() == 2
        && lexicon::is_determiner(sc.low(first).as_str())
        && sc.is_lower_word(last)
        && is_stand_in_noun(sc.low(last).as_str()))
    .then(|| sc.low(last));
    if !pronoun && noun.is_none() {
        return None;
    }
    let prev = previous_sentence(sc);
    let found = if let Some(noun) = &noun {
        let noun = noun.as_str().trim_end_matches('s');
        name_for_noun(sc, sc.a, sc.b, noun).or_else(|| prev.and_then(|(s, e)| name_for_noun(sc, s, e, noun)))
    } else {
        // This sentence first, the speaker nearest the pronoun; then the sentence before, its
        // last speaker.
        let here = named_speakers(sc, sc.a, sc.b);
        let near = here
            .iter()
            .filter(|(s, e, _)| *e <= first || *s > last)
            .min_by_key(|(s, e, _)| if *e <= first { first - e } else { s - last })
            .map(|&(s, e, _)| (s, e));
        near.or_else(|| prev.and_then(|(s, e)| named_speakers(sc, s, e).last().map(|&(s, e, _)| (s, e))))
    };
    found.map(|(s, e)| Span::new(sc.toks[s].span.start, sc.toks[e - 1].span.end))
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

#[cfg(test)]
mod tests {
    use crate::claims::{extract, ExtractOptions};

    /// (text, claim text, expected attribution, whether a resolution note is expected)
    fn attribution_of(text: &str, claim: &str) -> (Option<String>, Vec<String>) {
        let ex = extract(text, &ExtractOptions::default());
        let c = ex
            .claims
            .iter()
            .find(|c| c.span.slice(text) == claim)
            .unwrap_or_else(|| panic!("no claim {claim:?} in {text:?}"));
        (c.attribution.map(|a| a.slice(text).to_string()), c.notes.clone())
    }

    macro_rules! t {
        ($name:ident, $text:expr, $claim:expr, $want:expr) => {
            #[test]
            fn $name() {
                let (got, notes) = attribution_of($text, $claim);
                assert_eq!(got.as_deref(), $want, "notes: {notes:?}");
            }
        };
    }

    // A pronoun in a quote, the speaker after the closing quote (the seeds' Brad Smith quote).
    t!(
        pronoun_speaker_after_quote,
        "\u{201c}We do not sell it. We have insisted on it for more than two decades,\u{201d} Smith continued.",
        "more than two decades",
        Some("Smith")
    );
    // The speaker named in the sentence before.
    t!(
        pronoun_speaker_in_previous_sentence,
        "Brad Smith, Microsoft's president, wrote to staff on Thursday. He said sales rose by 40%.",
        "40%",
        Some("Brad Smith")
    );
    t!(
        she_said_previous_sentence,
        "Finance Minister Rachel Reeves spoke in London. She said 300,000 jobs were created.",
        "300,000",
        Some("Finance Minister Rachel Reeves")
    );
    // A bare noun resolves to a name that ends in it.
    t!(
        bare_ministry,
        "The Health Ministry in Gaza updated its figures on Monday. The ministry said 1,200 people were killed.",
        "1,200",
        Some("Health Ministry")
    );
    // ... or owns it.
    t!(
        bare_report_owner,
        "Amnesty International's report came out in May. The report found 4,000 cases.",
        "4,000",
        Some("Amnesty International")
    );
    t!(
        bare_report_by,
        "A report by Human Rights Watch was published. The report said 75 people were detained.",
        "75",
        Some("Human Rights Watch")
    );
    // A named source in the sentence wins without resolution.
    t!(
        named_source_kept,
        "He said 500 homes were destroyed, according to the UN.",
        "500",
        Some("the UN")
    );
    // No name nearby: the pronoun stays.
    t!(
        unresolved_pronoun_stays,
        "It was cold. They said 20 flights were cancelled.",
        "20",
        Some("They")
    );
    // Never across a paragraph break.
    t!(
        not_across_paragraphs,
        "Brad Smith wrote to staff.\n\nHe said sales rose by 40%.",
        "40%",
        Some("He")
    );
    // A bare noun with no matching name stays.
    t!(
        bare_noun_without_name_stays,
        "Officials met on Monday. The ministry said 90 people were hurt.",
        "90",
        Some("The ministry")
    );

    #[test]
    fn resolution_leaves_a_note() {
        let text = "Brad Smith wrote to staff. He said sales rose by 40%.";
        let (got, notes) = attribution_of(text, "40%");
        assert_eq!(got.as_deref(), Some("Brad Smith"));
        assert!(
            notes
                .iter()
                .any(|n| n == "attribution \"He\" resolved to \"Brad Smith\""),
            "{notes:?}"
        );
    }
}
