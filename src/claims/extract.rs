//! The scanner: one left-to-right pass over each sentence's tokens that recognises dates,
//! clock times, quantities (with qualifier, currency, scale, unit and range) and the numbers
//! that are not claims (years, identifiers, ordinals, scores, URLs…).

use super::context;
use super::lexicon::{self, Low};
use super::numbers::{elapsed_seconds, parse_digits, DigitValue, Digits};
use super::units::{self, Unit};
use super::{Bound, Change, Claim, ExtractOptions, Extraction, Normalised, NumberKind, NumberMention};
use crate::span::Span;
use crate::{Sentence, Token, TokenKind};

/// A numeral found at a token position.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Byte span of the bare numeral.
    pub span: Span,
    /// Value with scale words applied.
    pub value: f64,
    /// A vague plural (`thousands`).
    pub vague: bool,
    /// A bare digit token with no scale word: the parse, for year/identifier decisions.
    pub plain: Option<DigitValue>,
    /// Power of ten of the scale word, if any.
    pub scale: Option<i32>,
    /// Unit carried by the numeral itself (`200-fold`, `twofold`, `half` → fraction).
    pub unit: Option<Unit>,
    /// Bound carried by the numeral itself (`500-plus`).
    pub bound: Option<Bound>,
    /// Change carried by the numeral itself (`doubled`).
    pub change: Option<Change>,
    /// Written in words.
    pub words: bool,
    /// A slash fraction (`3/4`): a quantity only with a unit or `of` after it.
    pub slash: bool,
}

impl Num {
    /// A numeral over tokens `start..end` with only its value: no scale, unit, bound or change
    /// of its own (callers set those fields where the numeral carries them).
    fn plain(start: usize, end: usize, span: Span, value: f64, words: bool) -> Num {
        Num {
            start,
            end,
            span,
            value,
            vague: false,
            plain: None,
            scale: None,
            unit: None,
            bound: None,
            change: None,
            words,
            slash: false,
        }
    }
}

/// The unit or currency after (or before) a numeral.
#[derive(Debug, Clone, Copy)]
pub(crate) enum UnitRef {
    Unit(Unit),
    /// ISO code; `true` when read from an ambiguous `$`/`dollars`.
    Money(&'static str, bool),
}

/// A claim under construction, with token positions for the context pass.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub claim: Claim,
    /// First token of the span.
    pub tok_start: usize,
    /// One past the last token of the span.
    pub tok_end: usize,
    /// Token range of the unit word(s), when a unit was written as a word.
    pub unit_toks: Option<(usize, usize)>,
    /// The unit is `count`.
    pub is_count: bool,
    /// The unit is a duration.
    pub is_time_unit: bool,
    /// Token of a change verb before the claim.
    pub change_tok: Option<usize>,
}

pub(crate) struct Scan<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Per-token flags (`F_*`), computed once per document.
    flags: &'a [u8],
    /// First token of the sentence.
    pub a: usize,
    /// One past the last token of the sentence.
    pub b: usize,
    pub sent: Span,
    pub opts: &'a ExtractOptions,
    /// Most words are capitalised (a headline).
    title: std::cell::Cell<Option<bool>>,
    /// Years and dates in this sentence (token ranges).
    pub times: Vec<(usize, usize)>,
    pub pending: Vec<Pending>,
    /// Token index where the last year ended (for `1990-2000`).
    last_year_end: Option<usize>,
}

/// No unit or currency starts at token `e` (so a number before it is a bare label).
fn unit_free_after(sc: &Scan<'_>, e: usize) -> bool {
    let l = sc.low(e);
    units::unit_word(l.as_str()).is_none()
        && units::currency_word(l.as_str()).is_none()
        && sc.raw(e) != "%"
        && !(sc.is(e, "per") && sc.is(e + 1, "cent"))
}

/// Runs the extractor over every sentence.
pub(crate) fn run(text: &str, toks: &[Token], sents: &[Sentence], opts: &ExtractOptions) -> Extraction {
    let mut ex = Extraction::default();
    let flags: Vec<u8> = toks.iter().map(|t| token_flags(text, t)).collect();
    for s in sents {
        let (a, b) = (s.token_start.min(toks.len()), s.token_end.min(toks.len()));
        if a >= b {
            continue;
        }
        let mut sc = Scan {
            text,
            toks,
            flags: &flags,
            a,
            b,
            sent: s.span,
            opts,
            title: std::cell::Cell::new(None),
            times: Vec::new(),
            pending: Vec::new(),
            last_year_end: None,
        };
        sc.run(&mut ex);
        let pending = std::mem::take(&mut sc.pending);
        context::resolve(&sc, pending, &mut ex);
    }
    ex
}

/// The token is or may be part of a numeral (digits, number words, currency, URL…).
const F_NUM: u8 = 1;
/// A qualifier or opener that needs a numeral soon after it.
const F_QUAL: u8 = 2;
/// A capitalised month or currency code.
const F_CAP: u8 = 4;

/// What a recogniser could do with a token, from the token alone (one lower-casing per word).
fn token_flags(text: &str, t: &Token) -> u8 {
    match t.kind {
        TokenKind::Word => {}
        TokenKind::Symbol | TokenKind::Punct if lexicon::qualifier_symbol(t.text(text)).is_some() => {
            return F_QUAL
        }
        TokenKind::Punct | TokenKind::Clitic | TokenKind::Emoji => return 0,
        TokenKind::Symbol => return 0,
        _ => return F_NUM,
    }
    let raw = t.text(text);
    // No lexicon word is longer than 14 bytes.
    if raw.len() > 14 {
        return 0;
    }
    // Most words are already lower-case ASCII: use them as they are.
    let l;
    let w = if raw.bytes().all(|b| b.is_ascii_lowercase()) {
        raw
    } else {
        l = Low::new(raw);
        l.as_str()
    };
    if w.is_empty() {
        return 0;
    }
    let mut f = 0;
    if lexicon::is_numword(w) || w == "minus" {
        f |= F_NUM;
    }
    if raw.as_bytes()[0].is_ascii_uppercase()
        && (lexicon::month(w).is_some()
            || units::currency_code(raw).is_some()
            || units::dollar_prefix(raw).is_some())
    {
        f |= F_CAP;
    }
    if lexicon::is_qualifier_start(w) {
        f |= F_QUAL;
    }
    // "rmb 10": a lower-case currency word before the number starts a quantity.
    if w.len() == 3
        && raw.as_bytes()[0].is_ascii_lowercase()
        && units::currency_word(w).is_some_and(|c| c.is_some())
    {
        f |= F_CAP;
    }
    f
}

impl<'a> Scan<'a> {
    // ---------------------------------------------------------------- token helpers

    #[inline]
    pub(crate) fn raw(&self, i: usize) -> &'a str {
        if i >= self.a && i < self.b {
            self.toks[i].text(self.text)
        } else {
            ""
        }
    }
    #[inline]
    pub(crate) fn low(&self, i: usize) -> Low {
        Low::new(self.raw(i))
    }
    #[inline]
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        self.raw(i).eq_ignore_ascii_case(w)
    }
    #[inline]
    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        (i >= self.a && i < self.b).then(|| self.toks[i].kind)
    }
    /// Token `i` touches token `i + 1`.
    #[inline]
    pub(crate) fn glued(&self, i: usize) -> bool {
        i + 1 < self.b && i >= self.a && self.toks[i].span.end == self.toks[i + 1].span.start
    }
    /// Byte span of tokens `i..j`.
    #[inline]
    pub(crate) fn sp(&self, i: usize, j: usize) -> Span {
        Span::new(self.toks[i].span.start, self.toks[j - 1].span.end)
    }
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }
    pub(crate) fn is_lower_word(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(|c| c.is_lowercase())
    }
    pub(crate) fn is_cap_word(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(|c| c.is_uppercase())
    }
    fn is_dash(&self, i: usize) -> bool {
        matches!(
            self.raw(i),
            "-" | "\u{2013}" | "\u{2014}" | "\u{2010}" | "\u{2011}"
        )
    }

    /// Most words are capitalised (a headline); computed once per sentence, on demand.
    pub(crate) fn title(&self) -> bool {
        if let Some(t) = self.title.get() {
            return t;
        }
        let t = self.is_title_case();
        self.title.set(Some(t));
        t
    }

    fn is_title_case(&self) -> bool {
        let (mut words, mut caps) = (0, 0);
        for i in self.a..self.b {
            let r = self.raw(i);
            if self.is_word(i) && r.len() >= 4 {
                words += 1;
                caps += r.chars().next().is_some_and(|c| c.is_uppercase()) as usize;
            }
        }
        words >= 3 && caps * 10 >= words * 7
    }

    // ---------------------------------------------------------------- main loop

    fn run(&mut self, ex: &mut Extraction) {
        let mut i = self.a;
        while i < self.b {
            i = self.step(i, ex).unwrap_or(i + 1).max(i + 1);
        }
    }

    fn mention(
        &mut self,
        ex: &mut Extraction,
        span: Span,
        kind: NumberKind,
        value: Option<f64>,
        iso: Option<String>,
        reason: &str,
    ) {
        ex.numbers.push(NumberMention {
            span,
            kind,
            value,
            iso,
            reason: Some(reason.to_string()),
        });
    }

    /// Cheap filter: can a recogniser start at token `i`? Most words cannot, and skipping them
    /// keeps the pass close to the cost of tokenisation.
    fn may_start(&self, i: usize) -> bool {
        let f = self.flags[i];
        if f & (F_NUM | F_CAP) != 0 {
            return true;
        }
        if f & F_QUAL != 0 {
            // Only when a numeral follows closely.
            let end = (i + 6).min(self.b);
            return self.flags[i + 1..end].iter().any(|&g| g & F_NUM != 0);
        }
        false
    }

    fn step(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        if !self.may_start(i) {
            return None;
        }
        match self.toks[i].kind {
            TokenKind::Url | TokenKind::Email | TokenKind::Hashtag | TokenKind::Handle => {
                if self.raw(i).bytes().any(|b| b.is_ascii_digit()) {
                    let why = match self.toks[i].kind {
                        TokenKind::Url => "inside a URL",
                        TokenKind::Email => "inside an e-mail address",
                        _ => "inside a hashtag or handle",
                    };
                    self.mention(ex, self.toks[i].span, NumberKind::Other, None, None, why);
                }
                return Some(i + 1);
            }
            _ => {}
        }
        if i == self.a && i >= 2 && self.toks[i].kind == TokenKind::Number {
            let (dot, before) = (self.toks[i - 1], self.toks[i - 2]);
            if dot.text(self.text) == "."
                && dot.span.end == self.toks[i].span.start
                && before.span.end == dot.span.start
                && matches!(before.kind, TokenKind::Alnum | TokenKind::Number)
            {
                self.mention(
                    ex,
                    self.toks[i].span,
                    NumberKind::Other,
                    None,
                    None,
                    "continuation of a version or code",
                );
                return Some(i + 1);
            }
        }
        if let Some(e) = self.date_at(i, ex) {
            return Some(e);
        }
        if let Some(e) = self.clock_at(i, ex) {
            return Some(e);
        }
        if let Some(e) = self.quantity_at(i, ex) {
            return Some(e);
        }
        self.leftover_at(i, ex)
    }

    // ---------------------------------------------------------------- dates and times

    fn month_at(&self, i: usize) -> Option<u32> {
        if !self.is_cap_word(i) {
            return None;
        }
        lexicon::month(self.low(i).as_str())
    }

    fn int_at(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        match parse_digits(self.raw(i)) {
            Digits::Value(v) if v.is_int() && !v.grouped && v.sign > 0.0 && !v.plus && v.int_digits <= 4 => {
                Some((v.mantissa as u32, v.int_digits))
            }
            _ => None,
        }
    }

    /// A day of the month: `7` or `7th`.
    fn day_at(&self, i: usize) -> Option<u32> {
        if let Some((d, n)) = self.int_at(i) {
            return (n <= 2 && (1..=31).contains(&d)).then_some(d);
        }
        if self.kind(i) == Some(TokenKind::Alnum) {
            let r = self.raw(i);
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            let suf = &r[digits..];
            if (1..=2).contains(&digits) && matches!(suf, "st" | "nd" | "rd" | "th") {
                let d: u32 = r[..digits].parse().ok()?;
                return (1..=31).contains(&d).then_some(d);
            }
        }
        None
    }

    fn year_at(&self, i: usize) -> Option<u32> {
        self.int_at(i)
            .and_then(|(y, n)| (n == 4 && (1000..=2200).contains(&y)).then_some(y))
    }

    fn date_at(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        // Month-first: "October 7, 2023", "October 2023", "Oct. 7".
        if let Some(m) = self.month_at(i) {
            if let Some(d) = self.day_at(i + 1) {
                let mut e = i + 2;
                // "June 1-20": a day range.
                if self.is_dash(e) && self.day_at(e + 1).is_some() && self.glued(e - 1) {
                    e += 2;
                }
                let mut y = None;
                let comma = self.raw(e) == ",";
                if let Some(yy) = self.year_at(e + comma as usize) {
                    y = Some(yy);
                    e += comma as usize + 1;
                }
                // "May 5 people" is not a date: a bare day must not be followed by a noun.
                if y.is_none() && m == 5 && self.is_lower_word(i + 2) {
                    return None;
                }
                let iso = match y {
                    Some(y) => format!("{y:04}-{m:02}-{d:02}"),
                    None => format!("--{m:02}-{d:02}"),
                };
                self.push_time(ex, i, e, NumberKind::Date, iso, "month and day");
                return Some(e);
            }
            if let Some(y) = self.year_at(i + 1) {
                self.push_time(
                    ex,
                    i,
                    i + 2,
                    NumberKind::Date,
                    format!("{y:04}-{m:02}"),
                    "month and year",
                );
                return Some(i + 2);
            }
            return None;
        }
        // Day-first: "7 October", "7 October 2023", "5-6 March" (a day range).
        if let Some(d) = self.day_at(i) {
            let range = self.is_dash(i + 1)
                && self.glued(i)
                && self.glued(i + 1)
                && self.day_at(i + 2).is_some_and(|d2| d2 > d)
                && self.month_at(i + 3).is_some();
            let i = if range { i + 2 } else { i };
            let of = self.is(i + 1, "of") as usize;
            if let Some(m) = self.month_at(i + 1 + of) {
                let mut e = i + 2 + of;
                let iso = match self.year_at(e) {
                    Some(y) => {
                        e += 1;
                        format!("{y:04}-{m:02}-{d:02}")
                    }
                    None => format!("--{m:02}-{d:02}"),
                };
                let (s, why) = if range {
                    (i - 2, "day range and month")
                } else {
                    (i, "day and month")
                };
                self.push_time(ex, s, e, NumberKind::Date, iso, why);
                return Some(e);
            }
        }
        // ISO: 2024-06-01.
        if let Some(y) = self.year_at(i) {
            if self.raw(i + 1) == "-"
                && self.glued(i)
                && self.glued(i + 1)
                && self.raw(i + 3) == "-"
                && self.glued(i + 2)
                && self.glued(i + 3)
            {
                if let (Some((m, 2)), Some((d, 2))) = (self.int_at(i + 2), self.int_at(i + 4)) {
                    if (1..=12).contains(&m) && (1..=31).contains(&d) {
                        self.push_time(
                            ex,
                            i,
                            i + 5,
                            NumberKind::Date,
                            format!("{y:04}-{m:02}-{d:02}"),
                            "ISO date",
                        );
                        return Some(i + 5);
                    }
                }
            }
        }
        None
    }

    fn push_time(
        &mut self,
        ex: &mut Extraction,
        i: usize,
        e: usize,
        kind: NumberKind,
        iso: String,
        why: &str,
    ) {
        let span = self.sp(i, e);
        self.times.push((i, e));
        ex.numbers.push(NumberMention {
            span,
            kind,
            value: None,
            iso: Some(iso),
            reason: Some(why.to_string()),
        });
    }

    fn is_ampm(&self, i: usize) -> bool {
        matches!(
            self.low(i).as_str(),
            "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m" | "o'clock" | "hrs" | "gmt" | "utc" | "bst" | "cet"
        ) && !(self.raw(i) == "am" && self.is_word(i + 1))
            && !self.is(i, "hrs")
    }

    /// A time zone: "GMT", "BST", "local time".
    fn zone_at(&self, i: usize) -> bool {
        matches!(
            self.raw(i),
            "GMT" | "BST" | "UTC" | "CET" | "CEST" | "EST" | "EDT" | "PST" | "PDT" | "CST" | "IST" | "JST"
        ) || (self.is(i, "local") && self.is(i + 1, "time"))
    }

    fn clock_at(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        // A time zone after the number: "0900 GMT", "7.30 BST", "2100 local time".
        let zone = self.zone_at(i + 1);
        let hm = match parse_digits(self.raw(i)) {
            Digits::Colon(h, m) if h <= 24 && m < 60 && self.raw(i).len() <= 5 => Some((h, m)),
            Digits::Value(v) if v.is_int() && v.int_digits <= 2 && v.mantissa <= 12.0 && v.sign > 0.0 => {
                Some((v.mantissa as u32, 0))
            }
            // "0900 GMT": 24-hour digits before a zone.
            Digits::Value(v) if zone && v.is_int() && v.int_digits == 4 && !v.grouped && v.sign > 0.0 => {
                let (h, m) = ((v.mantissa / 100.0) as u32, (v.mantissa % 100.0) as u32);
                (h <= 24 && m < 60).then_some((h, m))
            }
            // "7.30pm", "12.30 GMT": British clock times with a full stop.
            Digits::Value(v) if v.frac == 2 && v.int_digits <= 2 && !v.grouped && v.sign > 0.0 => {
                let (h, m) = ((v.mantissa / 100.0) as u32, (v.mantissa % 100.0) as u32);
                (h <= 24 && m < 60 && (zone || self.is_ampm(i + 1))).then_some((h, m))
            }
            _ => None,
        }?;
        let colon = self.raw(i).contains(':');
        let ampm = self.is_ampm(i + 1);
        if !colon && !ampm && !zone {
            return None;
        }
        let mut h = hm.0;
        if ampm && self.low(i + 1).as_str().starts_with('p') && h < 12 {
            h += 12;
        }
        let e = if zone && !ampm {
            i + 2 + self.is(i + 1, "local") as usize
        } else {
            i + 1 + ampm as usize
        };
        self.mention(
            ex,
            self.sp(i, e),
            NumberKind::Time,
            None,
            Some(format!("T{h:02}:{:02}", hm.1)),
            "clock time",
        );
        Some(e)
    }

    // ---------------------------------------------------------------- quantities

    fn qualifier_at(&self, i: usize) -> Option<(usize, Bound)> {
        if let Some((b, takes_eq)) = lexicon::qualifier_symbol(self.raw(i)) {
            if takes_eq && self.raw(i + 1) == "=" && self.glued(i) {
                let b = if b == Bound::Gt { Bound::Ge } else { Bound::Le };
                return Some((i + 2, b));
            }
            return Some((i + 1, b));
        }
        for (words, b) in lexicon::QUALIFIERS {
            if words.iter().enumerate().all(|(k, w)| self.is(i + k, w)) {
                return Some((i + words.len(), *b));
            }
        }
        let w = self.low(i);
        let b = lexicon::qualifier1(w.as_str())?;
        // "some" and "under"/"over" only directly before a numeral (checked by the caller).
        Some((i + 1, b))
    }

    /// A currency written before the numeral: `$`, `€`, `US$`, `NIS`.
    fn currency_prefix(&self, p: usize) -> Option<(usize, UnitRef)> {
        let r = self.raw(p);
        if self.kind(p) == Some(TokenKind::Currency) {
            // "$US55,931,000", "$A2m": the dollar's country after the sign.
            if r == "$" && self.glued(p) && self.glued(p + 1) && self.kind(p + 2) == Some(TokenKind::Number) {
                if let Some(code) = units::dollar_prefix(self.raw(p + 1)) {
                    return Some((p + 2, UnitRef::Money(code, false)));
                }
            }
            return match units::currency_symbol(r) {
                Some(Some(code)) => Some((p + 1, UnitRef::Money(code, false))),
                Some(None) => Some((p + 1, UnitRef::Money("$", true))),
                None => None,
            };
        }
        if self.is_word(p) {
            if self.raw(p + 1) == "$" && self.glued(p) {
                if let Some(code) = units::dollar_prefix(r) {
                    return Some((p + 2, UnitRef::Money(code, false)));
                }
            }
            if let Some(code) = units::currency_code(r) {
                if self.kind(p + 1) == Some(TokenKind::Number) {
                    return Some((p + 1, UnitRef::Money(code, false)));
                }
            }
            // "rmb 10": a three-letter currency word of the table in lower case (not a code
            // such as "try", which is an English word).
            if r.len() == 3
                && r.bytes().all(|b| b.is_ascii_lowercase())
                && self.kind(p + 1) == Some(TokenKind::Number)
            {
                if let Some(Some(code)) = units::currency_word(r) {
                    return Some((p + 1, UnitRef::Money(code, false)));
                }
            }
        }
        None
    }

    /// A numeral at `p`.
    fn numeral_at(&self, p: usize, money: bool, qualified: bool) -> Option<Num> {
        let kind = self.kind(p)?;
        let raw = self.raw(p);
        let tok = self.toks[p];
        let base = |end: usize, value: f64| Num::plain(p, end, self.sp(p, end), value, false);
        match kind {
            TokenKind::Number => {
                let v = match parse_digits(raw) {
                    Digits::Value(v) => v,
                    Digits::Slash([a, b, _], 2) if a >= 1 && a < b && b <= 16 => {
                        let mut n = base(p + 1, a as f64 / b as f64);
                        n.slash = true;
                        return Some(n);
                    }
                    // "won in 7:40.53", "a 2:08:37 marathon": elapsed time, in seconds.
                    Digits::Colon(..) | Digits::Malformed if !self.is(p.wrapping_sub(1), "at") => {
                        let secs = elapsed_seconds(raw)?;
                        let mut n = base(p + 1, secs);
                        n.unit = Some(Unit::named("second"));
                        return Some(n);
                    }
                    _ => return None,
                };
                // "1 in 10": a share.
                let num_v = v.scaled(0);
                if v.is_int() && num_v >= 1.0 && !money && self.is(p + 1, "in") {
                    let den = self
                        .int_at(p + 2)
                        .map(|d| d.0 as f64)
                        .or_else(|| lexicon::small_number(self.low(p + 2).as_str()));
                    if let Some(den) = den.filter(|&d| d > num_v && (d <= 100.0 || d == 1000.0)) {
                        let mut n = base(p + 3, num_v / den);
                        n.unit = Some(Unit::named("fraction"));
                        return Some(n);
                    }
                }
                // "1 234,5 €", "12 500 %": French groups split by a plain space, accepted only
                // when a currency or percent sign closes the number (a list reads otherwise).
                if let Some(n) = self.space_grouped(p, &v) {
                    return Some(n);
                }
                let mut n = base(p + 1, v.scaled(0));
                let sl = self.low(p + 1);
                // "573.15K": a glued K after two or more decimals is kelvin, not thousands.
                let kelvin = self.raw(p + 1) == "K" && self.glued(p) && !money && v.frac >= 2;
                if kelvin {
                    n.plain = Some(v);
                } else if let Some(s) = lexicon::scale_word(
                    self.raw(p + 1),
                    sl.as_str(),
                    money || self.money_follows(p + 2) || self.million_m(p, &v),
                ) {
                    let exp = s.log10().round() as i32;
                    // "10 hundred" is odd but harmless; "m" after a bare number is metres.
                    n = base(p + 2, v.scaled(exp));
                    n.scale = Some(exp);
                } else {
                    n.plain = Some(v);
                }
                if !n.value.is_finite() {
                    return None;
                }
                Some(n)
            }
            TokenKind::Alnum => {
                // "45p", "12.5p": pence.
                if let Some(d) = raw.strip_suffix('p') {
                    if let Digits::Value(v) = parse_digits(d) {
                        let mut n = base(p + 1, v.scaled(0));
                        n.span = Span::new(tok.span.start, tok.span.start + d.len());
                        n.unit = Some(Unit::named("pence"));
                        return n.value.is_finite().then_some(n);
                    }
                }
                // "200-fold", "30-year", "500-plus": a numeral, a hyphen, a word.
                let h = raw.find(['-', '\u{2010}', '\u{2011}'])?;
                let Digits::Value(v) = parse_digits(&raw[..h]) else {
                    return None;
                };
                let suffix = &raw[h + raw[h..].chars().next()?.len_utf8()..];
                if !suffix.chars().all(char::is_alphabetic) {
                    return None;
                }
                let mut n = base(p + 1, v.scaled(0));
                n.span = Span::new(tok.span.start, tok.span.start + h);
                let sl = Low::new(suffix);
                match sl.as_str() {
                    "plus" => n.bound = Some(Bound::Ge),
                    "odd" => n.bound = Some(Bound::Approx),
                    s => n.unit = units::unit_word(s).or(Some(Unit::named("count"))),
                }
                n.value.is_finite().then_some(n)
            }
            TokenKind::Word if self.is(p, "minus") && self.kind(p + 1) == Some(TokenKind::Number) => {
                let mut n = self.numeral_at(p + 1, money, qualified)?;
                n.value = -n.value;
                n.start = p;
                n.span = self.sp(p, n.end);
                n.plain = None;
                Some(n)
            }
            TokenKind::Word => self.word_numeral_at(p, qualified),
            _ => None,
        }
    }

    /// `1 234,5 €`, `12 500 euros`: digit groups separated by plain spaces before a currency
    /// (sign, code or unambiguous word) or a percent sign.
    fn space_grouped(&self, p: usize, v: &DigitValue) -> Option<Num> {
        if !v.is_int() || v.grouped || v.int_digits > 3 || v.sign < 0.0 || self.glued(p) {
            return None;
        }
        let mut k = p + 1;
        let mut value = v.scaled(0);
        let mut frac = false;
        while !frac && self.kind(k) == Some(TokenKind::Number) && !self.glued(k - 1) {
            let r = self.raw(k);
            let (int, dec) = r.split_once(',').unwrap_or((r, ""));
            if int.len() != 3 || !int.bytes().all(|b| b.is_ascii_digit()) || dec.len() > 2 {
                return None;
            }
            if !dec.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            value = value * 1000.0 + int.parse::<f64>().ok()?;
            if !dec.is_empty() {
                value += dec.parse::<f64>().ok()? / 10f64.powi(dec.len() as i32);
                frac = true;
            }
            k += 1;
        }
        let closes = self.kind(k) == Some(TokenKind::Currency)
            || self.raw(k) == "%"
            || units::currency_code(self.raw(k)).is_some()
            || units::currency_word(self.low(k).as_str()).is_some_and(|c| c.is_some());
        if k == p + 1 || !closes {
            return None;
        }
        Some(Num::plain(p, k, self.sp(p, k), value, false))
    }

    /// `1.2m people`: a glued `m` is millions before a count noun or after a decimal (unless a
    /// length word follows: `2.5m tall`); `100m sprint` stays metres.
    fn million_m(&self, p: usize, v: &DigitValue) -> bool {
        if self.raw(p + 1) != "m" || !self.glued(p) {
            return false;
        }
        let nx = self.low(p + 2);
        let nx = nx.as_str();
        let length_ctx = matches!(
            nx,
            "tall"
                | "long"
                | "high"
                | "deep"
                | "wide"
                | "away"
                | "above"
                | "below"
                | "high."
                | "sprint"
                | "race"
                | "hurdles"
                | "freestyle"
                | "relay"
                | "medley"
        );
        // Prepositions suggest a distance ("ran 100m in", "from 400m") unless money is about.
        let weak_length_ctx = matches!(nx, "from" | "in" | "to")
            || (nx == "of"
                && !matches!(
                    self.low(p + 3).as_str(),
                    "the" | "its" | "their" | "them" | "those" | "these" | "which" | "whom" | "all"
                ));
        let count_noun = matches!(
            nx,
            "people"
                | "residents"
                | "users"
                | "voters"
                | "viewers"
                | "customers"
                | "subscribers"
                | "barrels"
                | "households"
                | "children"
                | "refugees"
                | "jobs"
                | "homes"
                | "doses"
                | "copies"
                | "shares"
                | "visitors"
                | "passengers"
                | "members"
                | "followers"
                | "downloads"
                | "cases"
                | "patients"
                | "workers"
                | "tourists"
                | "tonnes"
                | "tons"
                | "vaccines"
                | "tickets"
                | "units"
                | "cars"
                | "vehicles"
                | "phones"
                | "handsets"
                | "computers"
                | "accounts"
                | "listeners"
                | "readers"
                | "fans"
                | "votes"
                | "consumers"
                | "employees"
                | "staff"
                | "adults"
                | "pupils"
                | "students"
                | "citizens"
                | "migrants"
                | "animals"
                | "trees"
                | "records"
                | "albums"
                | "singles"
                | "books"
                | "games"
                | "messages"
                | "emails"
                | "e-mails"
                | "items"
                | "cubic"
                | "litres"
                | "gallons"
                | "hectares"
                | "acres"
                | "items."
        );
        // "1bn euros now, with another 550m later": after an amount of money in the sentence.
        let money_before = self
            .pending
            .iter()
            .any(|q| q.claim.unit.len() == 3 && q.claim.unit.bytes().all(|b| b.is_ascii_uppercase()));
        // "cleared 4.88m", "a mark of 6.66m": field-event distances are metres.
        let field = (1..=3).any(|d| {
            matches!(
                self.low(p.wrapping_sub(d)).as_str(),
                "cleared"
                    | "jumped"
                    | "leapt"
                    | "leaped"
                    | "threw"
                    | "vaulted"
                    | "mark"
                    | "jump"
                    | "throw"
                    | "height"
            )
        });
        // "1.2m" is millions, "4.88m" (two decimals, no money, no count noun) a length.
        let decimal_million = !v.is_int() && v.frac == 1;
        !length_ctx && !field && (count_noun || money_before || (decimal_million && !weak_length_ctx))
    }

    fn money_follows(&self, i: usize) -> bool {
        units::currency_word(self.low(i).as_str()).is_some() || units::currency_code(self.raw(i)).is_some()
    }

    fn word_numeral_at(&self, p: usize, qualified: bool) -> Option<Num> {
        let w0 = self.low(p);
        let w0 = w0.as_str();
        let mk = |end: usize, value: f64| Num::plain(p, end, self.sp(p, end), value, true);
        // "twice as many", "three times the size" (comparisons, not counts of occasions).
        if matches!(w0, "twice" | "thrice")
            && matches!(self.low(p + 1).as_str(), "as" | "the" | "that" | "more" | "what")
        {
            let mut n = mk(p + 1, if w0 == "twice" { 2.0 } else { 3.0 });
            n.unit = Some(Unit::named("fold"));
            return Some(n);
        }
        // Multipliers and factor verbs.
        if let Some((f, ch)) = lexicon::fold_word(w0) {
            let mut n = mk(p + 1, f);
            n.unit = Some(Unit::named("fold"));
            n.change = ch;
            return Some(n);
        }
        // Vague plurals: "thousands", "tens of thousands", "hundreds of millions".
        if let Some(v) = lexicon::vague_plural(w0) {
            let mut value = v;
            let mut e = p + 1;
            while self.is(e, "of") {
                match lexicon::vague_plural(self.low(e + 1).as_str()) {
                    Some(v2) if v2 >= 1000.0 && v2 > value.min(999.0) => {
                        value *= v2;
                        e += 2;
                    }
                    _ => break,
                }
            }
            if w0 == "tens" && e == p + 1 {
                return None;
            }
            if w0 == "scores" && !self.is(p + 1, "of") {
                return None;
            }
            let mut n = mk(e, value);
            n.vague = true;
            return Some(n);
        }
        // "several thousand", "a few hundred".
        let (vague_lead, p1) = if w0 == "several" {
            (Some(3.0), p + 1)
        } else if w0 == "few" || (w0 == "a" && self.is(p + 1, "few")) {
            (Some(2.0), if w0 == "a" { p + 2 } else { p + 1 })
        } else {
            (None, p)
        };
        if let Some(k) = vague_lead {
            let s = lexicon::scale_word("", self.low(p1).as_str(), false)?;
            let mut n = mk(p1 + 1, k * s);
            n.vague = true;
            n.bound = Some(Bound::Ge);
            return Some(n);
        }
        // Fractions: "half", "a third of", "two-thirds".
        let article = matches!(w0, "a" | "an" | "one");
        if w0 == "half" || (article && lexicon::fraction_word(self.low(p + 1).as_str()).is_some()) {
            let fw = if w0 == "half" { p } else { p + 1 };
            let f = lexicon::fraction_word(self.low(fw).as_str())?;
            // "a quarter of a million", "half of a billion"
            if self.is(fw + 1, "of") && self.is(fw + 2, "a") {
                if let Some(s) =
                    lexicon::scale_word("", self.low(fw + 3).as_str(), false).filter(|&s| s >= 1e3)
                {
                    return Some(mk(fw + 4, f * s));
                }
            }
            // "half a million", "half a dozen"
            if self.is(fw + 1, "a") {
                let next = self.low(fw + 2);
                if let Some(s) = lexicon::scale_word("", next.as_str(), false)
                    .or((next.as_str() == "dozen").then_some(12.0))
                {
                    return Some(mk(fw + 3, f * s));
                }
            }
            if let Some(s) = lexicon::scale_word("", self.low(fw + 1).as_str(), false) {
                return Some(mk(fw + 2, f * s));
            }
            let nx = self.low(fw + 1);
            let ok = matches!(
                nx.as_str(),
                "of" | "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "that"
                    | "this"
                    | ""
                    | ","
                    | "."
            ) || self.is(p.wrapping_sub(1), "by")
                || qualified
                || units::unit_word(nx.as_str()).is_some()
                || matches!(nx.as_str(), "point" | "points");
            if !ok
                || self.kind(fw + 1) == Some(TokenKind::Punct) && !matches!(self.raw(fw + 1), "," | "." | ";")
            {
                return None;
            }
            if w0 == "half" && lexicon::ordinal_word(self.low(p.wrapping_sub(1)).as_str()).is_some() {
                return None;
            }
            // "a third week", "a fifth day": an ordinal before a singular unit of time.
            if w0 != "half"
                && lexicon::ordinal_word(self.low(fw).as_str()).is_some()
                && matches!(
                    nx.as_str(),
                    "day"
                        | "week"
                        | "month"
                        | "year"
                        | "season"
                        | "term"
                        | "time"
                        | "round"
                        | "hour"
                        | "minute"
                )
            {
                return None;
            }
            let mut n = mk(fw + 1, f);
            n.unit = Some(Unit::named("fraction"));
            return Some(n);
        }
        // "one in five": a share.
        let small = lexicon::small_number(w0).filter(|&v| v >= 1.0);
        if small.is_some() && self.is(p + 1, "in") {
            let num_v = small.unwrap_or(1.0);
            let d = self.low(p + 2);
            let den = lexicon::small_number(d.as_str()).or_else(|| self.int_at(p + 2).map(|(v, _)| v as f64));
            if let Some(den) = den.filter(|&d| d > num_v && (d <= 100.0 || d == 1000.0)) {
                let mut n = mk(p + 3, num_v / den);
                n.unit = Some(Unit::named("fraction"));
                return Some(n);
            }
        }
        // Cardinal words with scales: "two", "forty-five", "two million", "a dozen", "a hundred".
        let mut total = 0f64;
        let mut cur = 0f64;
        let mut e = p;
        let mut any = false;
        let mut last_small: Option<f64> = None;
        let mut last_scale = false;
        let mut scale_exp: Option<i32> = None;
        if article {
            let next = self.low(p + 1);
            let nx = next.as_str();
            if w0 != "one" && (lexicon::scale_word("", nx, false).is_some() || nx == "dozen") {
                cur = 1.0;
                any = true;
                e = p + 1;
            }
        }
        loop {
            let w = self.low(e);
            let w = w.as_str();
            if let Some(v) = lexicon::small_number(w) {
                if last_small.is_some() && !(last_small.unwrap_or(0.0) >= 20.0 && v < 10.0) {
                    break;
                }
                cur += v;
                any = true;
                last_scale = false;
                e += 1;
                // "forty-five"
                if v >= 20.0 && v % 10.0 == 0.0 && self.is_dash(e) && self.glued(e - 1) && self.glued(e) {
                    if let Some(u) = lexicon::small_number(self.low(e + 1).as_str()) {
                        if u < 10.0 && u > 0.0 {
                            cur += u;
                            e += 2;
                        }
                    }
                }
                last_small = Some(v);
                continue;
            }
            if !any {
                break;
            }
            if w == "dozen" {
                cur = cur.max(1.0) * 12.0;
                e += 1;
                last_small = None;
                last_scale = true;
                continue;
            }
            if w == "hundred" {
                cur = cur.max(1.0) * 100.0;
                e += 1;
                last_small = None;
                last_scale = true;
                scale_exp = Some(2);
                continue;
            }
            if let Some(s) = lexicon::scale_word("", w, false) {
                if s >= 1000.0 {
                    total += cur.max(1.0) * s;
                    cur = 0.0;
                    e += 1;
                    last_small = None;
                    last_scale = true;
                    scale_exp = Some(s.log10().round() as i32);
                    continue;
                }
            }
            if w == "and" && last_scale && lexicon::small_number(self.low(e + 1).as_str()).is_some() {
                e += 1;
                continue;
            }
            break;
        }
        if !any || e == p {
            return None;
        }
        let mut value = total + cur;
        // "two and a half": add the half.
        if total == 0.0 && self.is(e, "and") && self.is(e + 1, "a") && self.is(e + 2, "half") {
            value += 0.5;
            e += 3;
        }
        // "two-thirds", "three quarters", "one-third": a share.
        if total == 0.0 && e == p + 1 {
            let fe = if self.is_dash(e) && self.glued(e - 1) && self.glued(e) {
                e + 1
            } else {
                e
            };
            let fw = self.low(fe);
            // "the preceding three quarters", "one or two quarters": periods, not a share.
            let periods = fw.as_str() == "quarters"
                && !self.is(fe + 1, "of")
                && matches!(
                    self.low(p.wrapping_sub(1)).as_str(),
                    "the"
                        | "preceding"
                        | "previous"
                        | "last"
                        | "next"
                        | "past"
                        | "first"
                        | "consecutive"
                        | "successive"
                        | "straight"
                        | "or"
                        | "for"
                        | "in"
                        | "over"
                );
            if periods {
                let mut n = mk(fe + 1, value);
                n.unit = Some(Unit::named("quarter"));
                return Some(n);
            }
            if let Some(f) = lexicon::fraction_word(fw.as_str()) {
                if fw.as_str().ends_with('s') || value == 1.0 {
                    let mut n = mk(fe + 1, value * f);
                    n.unit = Some(Unit::named("fraction"));
                    return Some(n);
                }
            }
        }
        // "one": only as a numeral (not "one of", "one another", "no one", "the one").
        if e == p + 1 && w0 == "one" {
            let nx = self.low(p + 1);
            let prev = self.low(p.wrapping_sub(1));
            let noun_follows = self.is_word(p + 1)
                && !lexicon::is_stop(nx.as_str())
                && !matches!(
                    nx.as_str(),
                    "day"
                        | "way"
                        | "thing"
                        | "time"
                        | "point"
                        | "side"
                        | "hand"
                        | "another"
                        | "else"
                        | "sees"
                        | "can"
                        | "must"
                );
            let bad_prev = matches!(
                prev.as_str(),
                "no" | "the"
                    | "this"
                    | "that"
                    | "which"
                    | "any"
                    | "every"
                    | "each"
                    | "someone"
                    | "anyone"
                    | "only"
                    | "just"
            );
            let hyphen_unit = self.is_dash(p + 1)
                && self.glued(p)
                && self.glued(p + 1)
                && units::unit_word(self.low(p + 2).as_str()).is_some();
            if !(qualified || hyphen_unit || (noun_follows && !bad_prev)) {
                return None;
            }
        }
        let mut n = mk(e, value);
        n.scale = scale_exp;
        Some(n)
    }

    /// The longest unit phrase of the table starting at token `e` (up to five tokens), read in
    /// lower case with one space between spaced tokens and none between glued ones (`sq km`,
    /// `km/h`, `miles per gallon`): one past its last token and the unit.
    fn unit_phrase(&self, e: usize) -> Option<(usize, &'static units::UnitInfo)> {
        // The key on the stack: phrase starts (`new`, `per`, `south`) are common words.
        let mut buf = [0u8; 64];
        let mut n = 0;
        let mut best = None;
        for k in e..(e + 5).min(self.b) {
            let w = self.low(k);
            let w = w.as_bytes();
            let sep = usize::from(k > e && !self.glued(k - 1));
            if w.is_empty() || n + sep + w.len() > buf.len() {
                break;
            }
            if sep == 1 {
                buf[n] = b' ';
                n += 1;
            }
            buf[n..n + w.len()].copy_from_slice(w);
            n += w.len();
            if k > e {
                // Low holds ASCII only, so the key is valid UTF-8.
                if let Some(u) = std::str::from_utf8(&buf[..n]).ok().and_then(units::phrase) {
                    best = Some((k + 1, u));
                }
            }
        }
        best
    }

    /// Does the sentence name a stock index (`FTSE`, `Dow`, `Nasdaq`, `S&P`, `index`)? Decides
    /// `points` as index points.
    fn index_context(&self) -> bool {
        (self.a..self.b).any(|k| {
            matches!(
                self.low(k).as_str(),
                "ftse"
                    | "dow"
                    | "nasdaq"
                    | "s&p"
                    | "nikkei"
                    | "dax"
                    | "cac"
                    | "sensex"
                    | "nifty"
                    | "kospi"
                    | "hang"
                    | "stoxx"
                    | "asx"
                    | "tsx"
                    | "index"
                    | "indices"
                    | "benchmark"
            )
        })
    }

    /// Does the sentence speak of weight (`weighed`, `weight`, `heavy`, `lighter`)? Decides
    /// `pounds` between mass and money.
    fn weight_context(&self) -> bool {
        (self.a..self.b).any(|k| {
            let w = self.low(k);
            let w = w.as_str();
            w.starts_with("weigh")
                || matches!(
                    w,
                    "heavy"
                        | "heavier"
                        | "heaviest"
                        | "lighter"
                        | "pounder"
                        | "obese"
                        | "overweight"
                        | "bodyweight"
                )
        })
    }

    /// A unit or currency after the numeral, from token `e`.
    fn unit_after(&self, e: usize, num: &Num) -> Option<(usize, UnitRef)> {
        let mut e = e;
        // "thousands of hours", "millions of dollars"
        let mut of = false;
        if num.vague && self.is(e, "of") {
            e += 1;
            of = true;
        }
        let glued = !of && e > 0 && self.glued(e - 1);
        // "five-month", "three-day", "ten-year-old": a unit joined by a hyphen.
        if glued && self.is_dash(e) && self.glued(e) {
            let u = units::unit_word(self.low(e + 1).as_str())?;
            return Some((e + 2, UnitRef::Unit(u)));
        }
        // "1.234,5 €", "20 $": a currency symbol after the numeral (not one that opens the next).
        if self.kind(e) == Some(TokenKind::Currency)
            && !(self.glued(e) && self.kind(e + 1) == Some(TokenKind::Number))
        {
            return match units::currency_symbol(self.raw(e)) {
                Some(Some(code)) => Some((e + 1, UnitRef::Money(code, false))),
                Some(None) => Some((e + 1, UnitRef::Money("$", true))),
                None => None,
            };
        }
        // A unit abbreviation that swallowed the full stop ("25 mg.", "45°C."): read it without.
        let r0 = self.raw(e);
        let r = match r0.strip_suffix('.') {
            Some(st) if st.len() >= 2 && !st.contains('.') && self.is_word(e) => st,
            _ => r0,
        };
        let l = Low::new(r);
        let l = l.as_str();
        let kind = self.kind(e)?;
        if matches!(kind, TokenKind::Symbol) && r == "%" {
            return Some((e + 1, UnitRef::Unit(Unit::named("percent"))));
        }
        if r == "°" {
            let (end, name) = match self.raw(e + 1) {
                "C" | "C." => (e + 2, "degree Celsius"),
                "F" | "F." => (e + 2, "degree Fahrenheit"),
                _ => (e + 1, "degree"),
            };
            return Some((end, UnitRef::Unit(Unit { name })));
        }
        if self.is_dash(e) && self.glued(e - 1) && self.is(e + 1, "fold") {
            return Some((e + 2, UnitRef::Unit(Unit::named("fold"))));
        }
        // "190 km2": a unit form may hold a digit (an alnum token).
        if !matches!(kind, TokenKind::Word | TokenKind::Alnum) {
            return None;
        }
        // Money words and codes.
        if let Some(code) = units::currency_code(r) {
            return Some((e + 1, UnitRef::Money(code, false)));
        }
        if (r == "US" || r == "U.S.") && matches!(self.low(e + 1).as_str(), "dollar" | "dollars") {
            return Some((e + 2, UnitRef::Money("USD", false)));
        }
        // "Australian dollars", "Swiss francs", "Hong Kong dollars", "South African rand".
        if self.is_cap_word(e) {
            let two = self.is_cap_word(e + 1);
            let (adj_end, code) = match two
                .then(|| units::national_currency(l, self.low(e + 1).as_str(), self.low(e + 2).as_str()))
                .flatten()
            {
                Some(c) => (e + 3, Some(c)),
                None => (e + 2, units::national_currency("", l, self.low(e + 1).as_str())),
            };
            if let Some(code) = code {
                return Some((adj_end, UnitRef::Money(code, false)));
            }
            // "65 Canadian cents", "40 euro cents": hundredths of a named currency.
            let cents = if self.is(e + 1, "cents") || self.is(e + 1, "cent") {
                units::national_currency("", l, "dollars").or(units::currency_word(l).flatten())
            } else {
                None
            };
            if let Some(code) = cents.and_then(units::cents_of) {
                return Some((e + 2, UnitRef::Money(code, false)));
            }
        }
        if matches!(l, "euro" | "euros") && matches!(self.low(e + 1).as_str(), "cent" | "cents") {
            return Some((e + 2, UnitRef::Money("cent:EUR", false)));
        }
        // "500 billion won": the Korean currency only after a scale word (else it is a verb).
        if l == "won" && num.scale.is_some() {
            return Some((e + 1, UnitRef::Money("KRW", false)));
        }
        // "6ft 4in": inches after a length in feet.
        if r == "in"
            && glued
            && self
                .pending
                .last()
                .is_some_and(|q| q.claim.unit == "foot" && q.tok_end == num.start)
        {
            return Some((e + 1, UnitRef::Unit(Unit::named("inch"))));
        }
        // Pence: "45 pence", "12.5p".
        if l == "pence" || (r == "p" && glued && !self.is_word(e + 1)) {
            return Some((e + 1, UnitRef::Money("pence", false)));
        }
        if let Some(c) = units::currency_word(l) {
            // "pounds of flour", "weighed 208 pounds", "a 250-pound man": weight, not money,
            // when the sentence speaks of weight.
            if l.starts_with("pound") && (self.is(e + 1, "of") || self.weight_context()) {
                return Some((e + 1, UnitRef::Unit(Unit::named("pound"))));
            }
            return Some((
                e + 1,
                match c {
                    Some(code) => UnitRef::Money(code, false),
                    None => UnitRef::Money("$", true),
                },
            ));
        }
        if matches!(l, "cent" | "cents") {
            return Some((e + 1, UnitRef::Money("cent", true)));
        }
        // Percent and points.
        if l == "per" && self.is(e + 1, "cent") {
            return Some((e + 2, UnitRef::Unit(Unit::named("percent"))));
        }
        if (l == "percentage" || l == "basis") && matches!(self.low(e + 1).as_str(), "point" | "points") {
            let name = if l == "basis" {
                "basis point"
            } else {
                "percentage point"
            };
            return Some((e + 2, UnitRef::Unit(Unit { name })));
        }
        // "The FTSE 100 lost 190 points": points on an index named in the sentence.
        if matches!(l, "point" | "points") && num.unit.is_none() && self.index_context() {
            return Some((e + 1, UnitRef::Unit(Unit::named("point"))));
        }
        // "a quarter of a percentage point", "half of a point".
        if num.unit.is_some_and(|u| u.name == "fraction")
            && l == "of"
            && self.is(e + 1, "a")
            && (self.is(e + 2, "point") || (self.is(e + 2, "percentage") && self.is(e + 3, "point")))
        {
            let end = if self.is(e + 2, "point") { e + 3 } else { e + 4 };
            return Some((end, UnitRef::Unit(Unit::named("percentage point"))));
        }
        // "a quarter point", "half a point": fractions of a percentage point.
        if num.unit.is_some_and(|u| u.name == "fraction") && matches!(l, "point" | "points") {
            return Some((e + 1, UnitRef::Unit(Unit::named("percentage point"))));
        }
        if l == "times" {
            let nx = self.low(e + 1);
            if matches!(
                nx.as_str(),
                "more"
                    | "as"
                    | "higher"
                    | "larger"
                    | "bigger"
                    | "greater"
                    | "faster"
                    | "the"
                    | "over"
                    | "less"
                    | "lower"
                    | "smaller"
                    | "that"
                    | "what"
            ) {
                return Some((e + 1, UnitRef::Unit(Unit::named("fold"))));
            }
            return None;
        }
        if matches!(l, "degree" | "degrees") {
            let (end, name) = match self.low(e + 1).as_str() {
                "celsius" | "centigrade" | "c" => (e + 2, "degree Celsius"),
                "fahrenheit" | "f" => (e + 2, "degree Fahrenheit"),
                _ => (e + 1, "degree"),
            };
            return Some((end, UnitRef::Unit(Unit { name })));
        }
        // "square miles", "sq km", "cubic metres": a power of a length unit named in the table.
        if matches!(l, "square" | "sq" | "sq." | "cubic" | "cu") {
            let u =
                units::unit_word(self.low(e + 1).as_str()).or_else(|| units::unit_cased(self.raw(e + 1)))?;
            let power = if l.starts_with('c') { "cubic" } else { "square" };
            let u = units::unit_info(&format!("{power} {}", u.name))?;
            return Some((e + 2, UnitRef::Unit(Unit::named(u.name))));
        }
        // Several-word units: "miles per gallon", "km/h", "parts per million", "australian
        // dollars" (in any case).
        if units::phrase_start(l) {
            if let Some((end, u)) = self.unit_phrase(e) {
                return Some((
                    end,
                    match (u.is_money(), u.name) {
                        (true, "$") => UnitRef::Money("$", true),
                        (true, code) => UnitRef::Money(code, false),
                        (false, name) => UnitRef::Unit(Unit::named(name)),
                    },
                ));
            }
        }
        // Case-sensitive short units only when glued ("10m", "5GB", "2x").
        let u = if glued { units::unit_cased(r) } else { None };
        // "Boeing 777F", "the 4090F": no temperature in news is written glued above 200 C/F.
        let u = u
            .filter(|u| !(matches!(r, "C" | "F") && num.value.abs() > 200.0 && u.name.starts_with("degree")));
        // "2617.4 m", "48 h", "30 C", "800 K": a one-letter symbol spaced from digits, where no
        // word follows that would make the letter an initial or a label.
        // The letter may carry the sentence's full stop ("It took 48 h.").
        let r1 = match r.strip_suffix('.') {
            Some(x) if e + 1 == self.b => x,
            _ => r,
        };
        let spaced_letter = !glued
            && r1.len() == 1
            && num.plain.is_some()
            && matches!(r1, "m" | "h" | "K" | "C" | "F" | "g" | "t" | "l" | "L")
            && !(self.is_word(e + 1) && self.raw(e + 1) == ".")
            && self.kind(e + 1) != Some(TokenKind::Number)
            && !self.is_cap_word(e + 1);
        let u = u.or_else(|| spaced_letter.then(|| units::unit_cased(r1)).flatten());
        // "2 in wide", "a 9in screen": inches where a dimension word follows.
        if r == "in"
            && num.plain.is_some()
            && (glued
                || matches!(
                    self.low(e + 1).as_str(),
                    "wide"
                        | "long"
                        | "tall"
                        | "high"
                        | "deep"
                        | "thick"
                        | "across"
                        | "screen"
                        | "display"
                        | "diameter"
                ))
        {
            return Some((e + 1, UnitRef::Unit(Unit::named("inch"))));
        }
        let u = u.or_else(|| {
            // Two-letter-or-longer unit words, except forms that are common words out of context.
            if r.len() == 1
                || (matches!(l, "ms" | "ha" | "mi" | "min" | "ft" | "mm" | "nm") && !glued && r != l)
            {
                return None;
            }
            // Symbols of two letters or more keep their case spaced too ("40 Gb", "5 kWh").
            units::unit_symbol(r).or_else(|| units::unit_word(l))
        })?;
        if num.words && num.value == 1.0 && matches!(u.name, "second" | "minute") {
            return None;
        }
        // Speeds: "100 km/h", "60 miles per hour".
        if matches!(u.name, "kilometre" | "mile") {
            let sep = self.raw(e + 1) == "/" || self.is(e + 1, "per");
            if sep && matches!(self.low(e + 2).as_str(), "h" | "hr" | "hour") {
                let u2 = if u.name == "mile" {
                    Unit::named("mile per hour")
                } else {
                    Unit::named("kilometre per hour")
                };
                return Some((e + 3, UnitRef::Unit(u2)));
            }
        }
        Some((e + 1, UnitRef::Unit(u)))
    }

    /// Decides whether a bare digit numeral is not a quantity: returns the kind, the reason
    /// and the mention's first token.
    fn non_quantity(
        &self,
        num: &Num,
        v: &DigitValue,
        p: usize,
    ) -> Option<(NumberKind, &'static str, usize, usize)> {
        let prev = self.low(p.wrapping_sub(1));
        let prev = prev.as_str();
        let whole = v.is_int() && !v.grouped;
        // "[57]": a citation marker.
        if whole && p > self.a && self.raw(p - 1) == "[" && self.raw(num.end) == "]" && self.glued(p - 1) {
            return Some((NumberKind::Other, "citation marker", p - 1, num.end + 1));
        }
        // "ID.4", "Model.3": a number glued after a capitalised word and a dot.
        if whole
            && p >= self.a + 2
            && self.raw(p - 1) == "."
            && self.glued(p - 1)
            && self.glued(p - 2)
            && self.is_cap_word(p - 2)
        {
            return Some((NumberKind::Identifier, "model name", p - 2, num.end));
        }
        // ... where the sentence splitter cut at the dot ("ID." | "4 SUV"): read the text.
        if whole && p == self.a {
            let before = &self.text.as_bytes()[..self.toks[p].span.start];
            if let Some((&b'.', head)) = before.split_last() {
                let caps = head.iter().rev().take_while(|b| b.is_ascii_uppercase()).count();
                let edge = head.len() == caps || !head[head.len() - caps - 1].is_ascii_alphanumeric();
                if caps >= 2 && edge {
                    return Some((NumberKind::Identifier, "model name", p, num.end));
                }
            }
        }
        // "the 737 Max", "iPhone 15 Pro": a model suffix after the number.
        if whole
            && matches!(
                self.raw(num.end),
                "Max"
                    | "MAX"
                    | "Pro"
                    | "Plus"
                    | "Ultra"
                    | "Mini"
                    | "Air"
                    | "Neo"
                    | "GT"
                    | "XL"
                    | "Lite"
                    | "Turbo"
            )
        {
            return Some((NumberKind::Identifier, "model name", p, num.end + 1));
        }
        // "9 E 71st St", "10 Downing Street": a street address.
        if whole && v.int_digits <= 5 {
            let mut k = num.end;
            while k < num.end + 3 && (self.is_cap_word(k) || self.kind(k) == Some(TokenKind::Alnum)) {
                if matches!(
                    self.raw(k),
                    "St" | "St."
                        | "Street"
                        | "Ave"
                        | "Ave."
                        | "Avenue"
                        | "Rd"
                        | "Rd."
                        | "Road"
                        | "Blvd"
                        | "Boulevard"
                        | "Lane"
                        | "Drive"
                        | "Place"
                        | "Terrace"
                        | "Broadway"
                ) && k > num.end
                {
                    return Some((NumberKind::Other, "street address", p, k + 1));
                }
                k += 1;
            }
        }
        // Phone numbers: "(202) 555-0143", "555-0143".
        let phone_tail = self.is_dash(num.end)
            && self.glued(num.end)
            && self.int_at(num.end + 1).is_some_and(|(_, n)| n == 4);
        let area_code = self.raw(p.wrapping_sub(1)) == "(" && self.raw(num.end) == ")" && v.int_digits == 3;
        if (phone_tail && v.int_digits == 3 && v.is_int()) || area_code {
            let mut e = num.end;
            if area_code {
                e += 1;
                if self.int_at(e).is_some_and(|(_, n)| n == 3) {
                    e += 1;
                }
            }
            if self.is_dash(e) && self.int_at(e + 1).is_some_and(|(_, n)| n == 4) {
                e += 2;
            }
            let s = if area_code { p - 1 } else { p };
            return Some((NumberKind::Other, "phone number", s, e));
        }
        // Street addresses: "10 Downing Street".
        if (1..=3).any(|d| {
            self.is_cap_word(num.end + d - 1)
                && matches!(
                    self.low(num.end + d).as_str(),
                    "street"
                        | "st."
                        | "road"
                        | "rd."
                        | "avenue"
                        | "ave."
                        | "boulevard"
                        | "blvd."
                        | "lane"
                        | "drive"
                        | "square"
                        | "place"
                        | "way"
                )
        }) && self.is_cap_word(num.end)
        {
            let mut e = num.end;
            while self.is_cap_word(e) && e < num.end + 4 {
                e += 1;
            }
            return Some((NumberKind::Other, "street address", p, e));
        }
        let next = self.low(num.end);
        let nx = next.as_str();
        let int = v.is_int();
        // Phone numbers.
        if matches!(
            prev,
            "call" | "phone" | "tel" | "tel." | "fax" | "hotline" | "whatsapp" | "dial"
        ) {
            let mut e = num.end;
            while matches!(self.kind(e), Some(TokenKind::Number))
                || (self.is_dash(e) && self.kind(e + 1) == Some(TokenKind::Number))
            {
                e += 1;
            }
            return Some((NumberKind::Other, "phone number", p, e));
        }
        if v.plus && int {
            // "+44 20 7946 0958": digit groups after a calling code make a phone number.
            let mut e = num.end;
            while self.int_at(e).is_some() || (self.is_dash(e) && self.int_at(e + 1).is_some()) {
                e += 1;
            }
            if e > num.end {
                return Some((NumberKind::Other, "phone number", p, e));
            }
            return Some((
                NumberKind::Identifier,
                "signed number with no unit (a name or calling code)",
                p,
                num.end,
            ));
        }
        // "Unit 8200", "Section 230", "page 5", "S&P 500".
        if p > self.a {
            let head =
                lexicon::name_head(prev).or_else(|| (self.raw(p - 1) == "S&P").then_some("index name"));
            if let Some(why) = head {
                let cap_or_strong = self.raw(p - 1).chars().any(char::is_uppercase)
                    || matches!(why, "unit name" | "page or section reference")
                    // Heads that label a number even in lower case ("section 3", "version 2.0").
                    || matches!(
                        prev,
                        "section"
                            | "sp"
                            | "resolution"
                            | "article"
                            | "clause"
                            | "chapter"
                            | "version"
                            | "ver."
                            | "level"
                            | "stage"
                            | "phase"
                            | "grade"
                            | "category"
                            | "episode"
                            | "series"
                            | "route"
                            | "highway"
                            | "interstate"
                            | "gate"
                            | "terminal"
                            | "platform"
                            | "room"
                            | "flight"
                            | "model"
                            | "generation"
                            | "no."
                            | "nos."
                            | "#"
                    )
                    || self.raw(p - 1).ends_with('.');
                let counted_follows = self.is_lower_word(num.end) && !lexicon::is_stop(nx);
                // A decimal after a name head is a version, never a count ("version 3.1 fixes").
                // ("sp 500 rose": the index written in lower case is a name whatever follows.)
                let noun_after = counted_follows && !self.is_cap_word(p - 1) && int && prev != "sp";
                let decimal_ok = int || why == "name";
                if cap_or_strong && decimal_ok && !v.grouped && !noun_after {
                    let kind = if why == "page or section reference" {
                        NumberKind::Other
                    } else {
                        NumberKind::Identifier
                    };
                    let mut e = num.end;
                    if self.is_dash(e) && self.kind(e + 1) == Some(TokenKind::Number) {
                        e += 2;
                    }
                    // "Page 2 of 5"
                    if self.is(e, "of") && self.int_at(e + 1).is_some() {
                        e += 2;
                    }
                    return Some((kind, why, p - 1, e));
                }
            }
        }
        // "class of '83", "the '90s": a year written with an apostrophe.
        let apos = matches!(self.raw(p.wrapping_sub(1)), "'" | "\u{2019}" | "\u{2018}")
            && p > self.a
            && self.glued(p - 1)
            && !(p >= self.a + 2 && self.glued(p - 2));
        if apos
            && int
            && v.int_digits == 2
            && !v.grouped
            // Not "'83 people" (a quoted count): a plural noun after it makes it a count.
            && (nx == "s" || !(nx.ends_with('s') && self.is_lower_word(num.end)))
        {
            let e = num.end + (nx == "s" && self.glued(num.end - 1)) as usize;
            return Some((NumberKind::Year, "year written with an apostrophe", p - 1, e));
        }
        // Years.
        let four = int && !v.grouped && v.int_digits == 4 && v.sign > 0.0 && !v.leading_zero;
        let y = num.value;
        if four && (1000.0..=2200.0).contains(&y) {
            let year_prep = matches!(
                prev,
                "in" | "since"
                    | "by"
                    | "until"
                    | "till"
                    | "from"
                    | "of"
                    | "during"
                    | "before"
                    | "after"
                    | "est"
                    | "est."
                    | "established"
                    | "founded"
                    | "circa"
                    | "c."
                    | "ca."
                    | "year"
                    | "the"
                    | "mid"
                    | "early"
                    | "late"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "winter"
                    | "fall"
                    | "fiscal"
                    | "fy"
                    | "ad"
                    | "bc"
                    | "through"
                    | "between"
                    | "and"
                    | "to"
                    | "-"
                    | "–"
                    | "’s"
                    | "'s"
                    | "around"
                    | "about"
                    | "election"
                    | "season"
                    | "class"
                    | "vintage"
                    | "census"
                    | "budget"
            ) || self.last_year_end.is_some_and(|e| e + 1 == p);
            // "2000 and 2003 results", "2004 or 2005": coordinated with a year.
            let coordinated = self.last_year_end.is_some_and(|e| e + 1 == p)
                && matches!(prev, "and" | "or" | "to" | "-" | "\u{2013}" | "&");
            // A count needs a plural noun after it ("2000 people", "1500 jobs"); a singular word
            // or verb makes it an attributive year ("its 2003 performance", "of 2004 kept").
            // Words in -s that are not plural nouns ("from 2000 onwards", "2050 means").
            let not_plural = matches!(
                nx,
                "onwards"
                    | "afterwards"
                    | "means"
                    | "shows"
                    | "marks"
                    | "sees"
                    | "saw"
                    | "looks"
                    | "seems"
                    | "remains"
                    | "brings"
                    | "begins"
                    | "ends"
                    | "starts"
                    | "promises"
                    | "gives"
                    | "makes"
                    | "proves"
                    | "sales"
                    | "results"
                    | "figures"
                    | "levels"
                    | "accounts"
                    | "earnings"
                    | "profits"
                    | "losses"
                    | "gains"
                    | "forecasts"
                    | "estimates"
            ) || matches!(prev, "year" | "years" | "fy" | "fiscal");
            let plural = !not_plural && nx.ends_with('s') && !nx.ends_with("ss") && !nx.ends_with("'s")
                || !not_plural
                    && matches!(
                        nx,
                        "people"
                            | "men"
                            | "women"
                            | "children"
                            | "staff"
                            | "police"
                            | "personnel"
                            | "cattle"
                            | "sheep"
                            | "fish"
                            | "feet"
                            | "head"
                            | "crew"
                            | "aircraft"
                            | "more"
                            | "new"
                            | "extra"
                            | "additional"
                            | "other"
                            | "fewer"
                            | "young"
                            | "foreign"
                            | "local"
                            | "british"
                            | "american"
                            | "strong"
                    );
            // "its 2004 operations": a possessive before a bare 19xx/20xx reads as a year.
            let possessive = matches!(prev, "its" | "their" | "his" | "her" | "our" | "my" | "your");
            let counted_follows = self.is_word(num.end)
                && !coordinated
                && (!possessive || !(1900.0..=2100.0).contains(&y))
                && (plural || !(1900.0..=2100.0).contains(&y))
                && !lexicon::is_stop(nx)
                && !self.is_cap_word(num.end)
                && lexicon::month(nx).is_none()
                && !matches!(
                    nx,
                    "election"
                        | "elections"
                        | "census"
                        | "budget"
                        | "season"
                        | "war"
                        | "model"
                        | "edition"
                        | "version"
                        | "levels"
                        | "level"
                        | "figures"
                        | "data"
                        | "report"
                        | "survey"
                        | "study"
                        | "campaign"
                        | "games"
                        | "olympics"
                        | "world"
                        | "cup"
                        | "attack"
                        | "attacks"
                        | "war's"
                        | "law"
                        | "act"
                        | "agreement"
                        | "accords"
                        | "accord"
                        | "ceasefire"
                        | "deal"
                        | "protests"
                        | "uprising"
                        | "revolution"
                        | "invasion"
                        | "crisis"
                        | "nakba"
                        | "riots"
                        | "results"
                        | "accounts"
                        | "earnings"
                        | "sales"
                        | "profits"
                        | "losses"
                        | "finals"
                        | "championships"
                        | "awards"
                        | "polls"
                        | "talks"
                        | "forecasts"
                        | "estimates"
                        | "statistics"
                        | "numbers"
                        | "elections."
                        | "bc"
                        | "ad"
                        | "ce"
                        | "bce"
                );
            let plain_year = !counted_follows && (year_prep || (1900.0..=2100.0).contains(&y));
            if plain_year
                || year_prep
                    && matches!(prev, "in" | "since" | "est" | "est." | "until" | "circa" | "the")
                    && self.is_cap_word(num.end)
            {
                // "1973-90", "2004-05": a span of years.
                let mut e = num.end;
                if self.is_dash(e)
                    && self.glued(e - 1)
                    && self.glued(e)
                    && self.int_at(e + 1).is_some_and(|(_, n)| n == 2)
                {
                    e += 2;
                }
                return Some((NumberKind::Year, "calendar year", p, e));
            }
        }
        // Generic names: a capitalised word before a bare number ("Boeing 737", "Windows 10").
        if p > self.a {
            let pw = p - 1;
            if !self.title()
                && self.is_cap_word(pw)
                && int
                && !v.grouped
                && !lexicon::is_stop(prev)
                && lexicon::qualifier1(prev).is_none()
                && lexicon::month(prev).is_none()
                && lexicon::change_word(prev).is_none()
                && !lexicon::is_report_verb(prev)
                && (!self.is_lower_word(num.end) || lexicon::is_stop(nx))
                && self.raw(num.end) != "%"
                && !matches!(
                    prev,
                    "killed" | "wounded" | "injured" | "reached" | "totalled" | "totaled" | "numbered"
                )
            {
                return Some((NumberKind::Identifier, "number after a name", pw, num.end));
            }
        }
        None
    }

    fn quantity_at(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        let qual = self.qualifier_at(i);
        // "moved up to 45p", "rose up to 2%": after a verb of movement, "up to" is the
        // direction to a level, not a bound; the numeral is read on its own from "to" on.
        if qual.is_some_and(|q| q.0 == i + 2)
            && self.is(i, "up")
            && matches!(
                self.low(i.wrapping_sub(1)).as_str(),
                "moved"
                    | "move"
                    | "moves"
                    | "went"
                    | "goes"
                    | "climbed"
                    | "edged"
                    | "inched"
                    | "crept"
                    | "shot"
                    | "jumped"
                    | "rose"
                    | "risen"
                    | "pushed"
                    | "ticked"
                    | "revised"
                    | "stepped"
                    | "ramped"
                    | "moving"
                    | "climbing"
                    | "rising"
            )
        {
            return None;
        }
        let p = qual.map_or(i, |q| q.0);
        // "between 10 and 15" is a range, "between 2019 and 2021" two years.
        let between = qual.is_none()
            && self.is(i, "between")
            && !(self.year_at(i + 1).is_some() && self.is(i + 2, "and") && self.year_at(i + 3).is_some())
            // "between 1965-71": a span of years.
            && !(self.year_at(i + 1).is_some() && self.is_dash(i + 2) && self.int_at(i + 3).is_some_and(|(_, n)| n == 2));
        let p = if between { i + 1 } else { p };
        let (p2, mut money) = match self.currency_prefix(p) {
            Some((e, m)) => (e, Some(m)),
            None => (p, None),
        };
        let mut num = self.numeral_at(p2, money.is_some(), qual.is_some())?;
        self.scientific(&mut num);
        // "one out of three", "7 out of 10": a share.
        if num.value > 0.0 && num.unit.is_none() && self.is(num.end, "out") && self.is(num.end + 1, "of") {
            if let Some(n2) = self.numeral_at(num.end + 2, false, false) {
                if n2.value >= num.value && n2.unit.is_none() && !n2.vague {
                    num.value /= n2.value;
                    num.unit = Some(Unit::named("fraction"));
                    num.plain = None;
                    num.end = n2.end;
                    num.span.end = n2.span.end;
                }
            }
        }
        // "about 1230 GMT": a clock time (read when the scan reaches the digits).
        if num.plain.is_some() && money.is_none() && self.zone_at(num.end) {
            return None;
        }
        // "at number seven", "the number 10 shirt": a rank or a label, not a count.
        if p2 == i
            && num.start > self.a
            && (num.words || num.plain.is_some_and(|v| v.is_int()))
            && matches!(self.raw(num.start - 1), "number" | "No." | "no." | "Number" | "No")
            && unit_free_after(self, num.end)
            // "net users number 100m": after a plural subject, or with a glued suffix, "number"
            // is a verb.
            && !(self.glued(num.end - 1) && self.is_word(num.end))
            && !(num.start >= self.a + 2
                && self.is_lower_word(num.start - 2)
                && self.low(num.start - 2).as_str().ends_with('s')
                && !lexicon::is_stop(self.low(num.start - 2).as_str()))
            // "No 10" (Downing Street), but "No 10 people" is a determiner and a count.
            && !(self.raw(num.start - 1) == "No"
                && num.start - 1 == self.a
                && self.is_lower_word(num.end)
                && !lexicon::is_stop(self.low(num.end).as_str()))
        {
            self.mention(
                ex,
                self.sp(num.start - 1, num.end),
                NumberKind::Other,
                None,
                None,
                "rank or label number",
            );
            return Some(num.end);
        }
        // "the Big Three", "the Group of Seven", "Channel Five's", "Ocean's Twelve": a
        // capitalised number word inside a sentence is part of a name.
        if num.words
            && p2 == i
            && num.start > self.a
            && !self.title()
            && self.raw(num.start).starts_with(|c: char| c.is_ascii_uppercase())
        {
            let opener = matches!(
                self.raw(num.start - 1),
                ":" | "\""
                    | "\u{201C}"
                    | "\u{2018}"
                    | "'"
                    | "("
                    | "["
                    | "-"
                    | "\u{2013}"
                    | "\u{2014}"
                    | ";"
                    | "."
                    | "?"
                    | "!"
            );
            // Inside a sentence (not after an opening quote, colon or dash) a number word is
            // only capitalised as a name: "with Five and", "Channel Four's", "Ocean's Eleven".
            let mid_name = !opener && num.end == num.start + 1;
            let after_name = mid_name
                || self.is_cap_word(num.start - 1)
                || (self.is(num.start - 1, "of")
                    && num.start >= self.a + 2
                    && self.is_cap_word(num.start - 2));
            if after_name {
                let s = if self.is_cap_word(num.start - 1)
                    && ex
                        .numbers
                        .last()
                        .is_none_or(|m| m.span.end <= self.toks[num.start - 1].span.start)
                {
                    num.start - 1
                } else {
                    num.start
                };
                self.mention(
                    ex,
                    self.sp(s, num.end),
                    NumberKind::Identifier,
                    None,
                    None,
                    "number word in a name",
                );
                return Some(num.end);
            }
        }
        let mut end = num.end;
        let mut unit: Option<UnitRef> = num.unit.map(UnitRef::Unit);
        // "a magnitude 6.2 quake", "magnitude-7.8": the scale named before the numeral.
        let mut p = p;
        if unit.is_none()
            && money.is_none()
            && qual.is_none()
            && num.plain.is_some()
            && p2 == i
            && num.start > self.a
            && self.is(num.start - 1, "magnitude")
        {
            unit = Some(UnitRef::Unit(Unit::named("magnitude")));
            p = num.start - 1;
        }
        let mut unit_toks = None;
        // A share can take a unit: "a quarter mile", "a quarter point".
        let share = num.unit.is_some_and(|u| u.name == "fraction");
        if unit.is_none() || share {
            if let Some((e, u)) = self
                .unit_after(num.end, &num)
                .filter(|(_, u)| !share || matches!(u, UnitRef::Unit(_)))
            {
                if money.is_some() && matches!(u, UnitRef::Unit(_)) {
                    // "$639m year-earlier": a unit word after an amount of money is not its unit.
                } else if money.is_none() || !matches!(u, UnitRef::Money(..)) {
                    // A hyphenated unit ("five-month deal") is an adjective: not the counted noun.
                    if !self.is_dash(num.end) {
                        unit_toks = Some((num.end, e));
                    }
                    end = e;
                    unit = Some(u);
                } else {
                    // "$5 USD": the code confirms the symbol.
                    money = Some(u);
                    end = e;
                }
            }
        }
        if money.is_some() {
            unit = money;
        }
        if matches!(unit, Some(UnitRef::Unit(u)) if u.name == "pence") {
            unit = Some(UnitRef::Money("pence", false));
        }
        // "a six-speed gearbox", "a three-bed house": a number word joined by a hyphen to a noun
        // that is not a unit is a compound modifier, not a count.
        if num.words
            && unit.is_none()
            && money.is_none()
            && qual.is_none()
            && self.is_dash(num.end)
            && self.glued(num.end - 1)
            && self.glued(num.end)
            && self.is_lower_word(num.end + 1)
            && !self.is_dash(num.end + 2)
        {
            self.mention(
                ex,
                self.sp(num.start, num.end + 2),
                NumberKind::Other,
                None,
                None,
                "compound modifier",
            );
            return Some(num.end + 2);
        }
        // Ages: "34-year-old", "ten-month-old".
        if matches!(unit, Some(UnitRef::Unit(u)) if matches!(u.name, "year" | "month" | "week" | "day"))
            && self.is_dash(end)
            && self.glued(end - 1)
            && self.glued(end)
            && matches!(self.low(end + 1).as_str(), "old" | "olds")
        {
            end += 2;
        }
        // "aged 34", "age 7", "Greenspan, 79, said": years of age.
        let appositive_age = p2 >= self.a + 2
            && self.raw(p2 - 1) == ","
            && (self.is_cap_word(p2 - 2) || lexicon::person_noun(self.low(p2 - 2).as_str()))
            && matches!(self.raw(num.end), "," | ")" | ";" | ".");
        if unit.is_none()
            && qual.is_none()
            && (matches!(
                self.low(p2.wrapping_sub(1)).as_str(),
                "aged" | "age" | "turns" | "turned" | "turning"
            ) || appositive_age)
            && num.plain.is_some_and(|v| v.is_int() && !v.grouped)
            && (1.0..=130.0).contains(&num.value)
        {
            unit = Some(UnitRef::Unit(Unit::named("year")));
        }
        if num.slash && unit.is_none() {
            if !self.is(end, "of") {
                return None;
            }
            unit = Some(UnitRef::Unit(Unit::named("fraction")));
        }
        // Not a quantity? Bare digits with no qualifier, currency or unit.
        if let (Some(v), None, None) = (num.plain, qual, unit) {
            if !between {
                // Scores: "won 3-1".
                if let Some(e) = self.score_at(&num, v) {
                    self.mention(
                        ex,
                        self.sp(num.start, e),
                        NumberKind::Other,
                        None,
                        None,
                        "score or tally",
                    );
                    return Some(e);
                }
                if let Some((kind, why, s, e)) = self.non_quantity(&num, &v, p2) {
                    // The name word before may belong to an earlier mention ("2023 NIS 7").
                    let free = |t: usize| {
                        ex.numbers
                            .last()
                            .is_none_or(|m| m.span.end <= self.toks[t].span.start)
                    };
                    let s = if s < p2 && !free(s) { p2 } else { s.max(self.a) };
                    let span = self.sp(s, e);
                    let (value, iso) = if kind == NumberKind::Year {
                        self.last_year_end = Some(e);
                        self.times.push((s, e));
                        (Some(num.value), Some(format!("{:04}", num.value as u32)))
                    } else {
                        (None, None)
                    };
                    ex.numbers.push(NumberMention {
                        span,
                        kind,
                        value,
                        iso,
                        reason: Some(why.to_string()),
                    });
                    return Some(e);
                }
            }
        } else if let (Some(v), Some(_), None, None) = (num.plain, qual, unit, money) {
            // "around 2010", "since about 1990": an approximate year, not a count.
            let four =
                v.is_int() && !v.grouped && v.int_digits == 4 && (1900.0..=2100.0).contains(&num.value);
            // "optimistic about 2005", "in around 2010": no noun follows, so not a count.
            if four
                && !self.is_lower_word(num.end)
                && matches!(qual.map(|q| q.1), Some(Bound::Approx))
                && (self.is(i.wrapping_sub(1), "in")
                    || matches!(self.low(i).as_str(), "about" | "around" | "circa"))
            {
                self.last_year_end = Some(num.end);
                self.times.push((num.start, num.end));
                let iso = format!("{:04}", num.value as u32);
                self.mention(
                    ex,
                    self.sp(num.start, num.end),
                    NumberKind::Year,
                    Some(num.value),
                    Some(iso),
                    "calendar year",
                );
                return Some(num.end);
            }
        }
        // Ranges: "10-15", "10 to 15 million", "between 10 and 15".
        let mut value = num.value;
        let mut value_max = None;
        let sep_ok = |s: &Self, k: usize| {
            if between {
                s.is(k, "and")
            } else {
                (s.is_dash(k) && !num.vague)
                    // "four or five months", "three or four inch": an either-or range.
                    || (s.is(k, "or") && !num.vague && num.unit.is_none() && num.scale.is_none())
                    || (s.is(k, "to")
                        && num.change.is_none()
                        && !(1..=3)
                            .any(|d| p >= s.a + d && lexicon::change_word(s.low(p - d).as_str()).is_some()))
            }
        };
        if sep_ok(self, end) {
            let k = end + 1;
            let (k2, money2) = match self.currency_prefix(k) {
                Some((e, m)) => (e, Some(m)),
                None => (k, None),
            };
            if let Some(n2) = self.numeral_at(k2, money.is_some() || money2.is_some(), false) {
                if !n2.vague && (n2.plain.is_none_or(|v| !v.plus)) {
                    let mut v1 = value;
                    if num.scale.is_none() && unit_toks.is_none() && num.unit.is_none() {
                        if let Some(exp) = n2.scale {
                            let bare2 = n2.value / 10f64.powi(exp);
                            if v1 <= bare2 || num.words == n2.words {
                                v1 *= 10f64.powi(exp);
                            }
                        }
                    }
                    let year_range = num.plain.is_some_and(|v| v.int_digits == 4)
                        && n2.plain.is_some_and(|v| v.int_digits == 4)
                        && unit.is_none()
                        && money.is_none()
                        && (1900.0..=2100.0).contains(&v1);
                    if n2.value > v1 && !year_range {
                        let mut e2 = n2.end;
                        let mut u2 = n2.unit.map(UnitRef::Unit);
                        if u2.is_none() {
                            if let Some((e, u)) = self.unit_after(n2.end, &n2) {
                                e2 = e;
                                u2 = Some(u);
                                if unit_toks.is_none() {
                                    unit_toks = Some((n2.end, e));
                                }
                            }
                        }
                        let compatible = match (&unit, &u2.or(money2)) {
                            (Some(UnitRef::Unit(a)), Some(UnitRef::Unit(b))) => a.name == b.name,
                            (Some(UnitRef::Money(a, _)), Some(UnitRef::Money(b, _))) => a == b,
                            (Some(_), Some(_)) => false,
                            _ => true,
                        };
                        if compatible {
                            value = v1;
                            value_max = Some(n2.value);
                            end = e2;
                            if unit.is_none() {
                                unit = u2.or(money2);
                            }
                        }
                    }
                }
            }
        }
        // Movements: "fell from $36,040 to $34,935" is one claim: the level reached in `value`,
        // the starting level in `value_from`, the direction in `change` (from the two values
        // when no verb says it). Only after a change verb: "aged from 18 to 24" is a range.
        let mut value_from = None;
        let mut from_tok = None;
        if value_max.is_none()
            && qual.is_none()
            && p > self.a + 1
            && self.is(p - 1, "from")
            && self.is(end, "to")
            && (2..=4).any(|d| p >= self.a + d && lexicon::change_word(self.low(p - d).as_str()).is_some())
        {
            let k = end + 1;
            let (k2, money2) = match self.currency_prefix(k) {
                Some((e, m)) => (e, Some(m)),
                None => (k, None),
            };
            if let Some(n2) = self.numeral_at(k2, money.is_some() || money2.is_some(), false) {
                let (e2, u2) = match n2.unit.map(UnitRef::Unit).map(|u| (n2.end, Some(u))) {
                    Some(x) => x,
                    None => match self.unit_after(n2.end, &n2) {
                        Some((e, u)) => (e, Some(u)),
                        None => (n2.end, None),
                    },
                };
                let u2 = match money2.or(u2) {
                    Some(UnitRef::Unit(u)) if u.name == "pence" => Some(UnitRef::Money("pence", false)),
                    u => u,
                };
                let same = match (&unit, &u2) {
                    (Some(UnitRef::Unit(a)), Some(UnitRef::Unit(b))) => a.name == b.name,
                    (Some(UnitRef::Money(a, _)), Some(UnitRef::Money(b, _))) => a == b,
                    (Some(_), None) => true,
                    (None, None) => true,
                    _ => false,
                };
                if same && !n2.vague && n2.value != value {
                    value_from = Some(value);
                    value = n2.value;
                    end = e2;
                    from_tok = Some(p - 1);
                }
            }
        }
        // Post-qualifiers: "500 or more", "500+".
        let mut bound = qual.map(|q| q.1).or(num.bound);
        if num.vague && bound.is_none() {
            bound = Some(Bound::Ge);
        }
        if bound.is_none() {
            if self.is(end, "or")
                && matches!(
                    self.low(end + 1).as_str(),
                    "more" | "higher" | "above" | "greater" | "larger" | "longer" | "over" | "older"
                )
            {
                // "200 or greater" (as "500 or more", the post-qualifier is not in the span).
                bound = Some(Bound::Ge);
            } else if self.is(end, "or")
                && matches!(
                    self.low(end + 1).as_str(),
                    "less" | "fewer" | "lower" | "below" | "under" | "younger" | "smaller"
                )
            {
                bound = Some(Bound::Le);
            } else if self.is(end, "or") && matches!(self.low(end + 1).as_str(), "so" | "thereabouts") {
                bound = Some(Bound::Approx);
            } else if self.raw(end) == "+" && self.glued(end - 1) {
                bound = Some(Bound::Ge);
                end += 1;
            } else if self.is(end, "plus") && !self.is_word(end + 1) {
                bound = Some(Bound::Ge);
            }
        }
        let mut bound = bound.unwrap_or(Bound::Eq);
        // "over five years" is a span of time, not a bound ("for over five years" is one).
        let mut qual = qual;
        if let Some((qe, _)) = qual {
            let time_unit = matches!(unit, Some(UnitRef::Unit(u)) if matches!(u.name, "day" | "week" | "month" | "year" | "decade" | "hour" | "minute" | "century"));
            let prep = qe == i + 1 && matches!(self.low(i).as_str(), "over" | "under");
            if time_unit
                && prep
                && !matches!(
                    self.low(i.wrapping_sub(1)).as_str(),
                    "for" | "of" | "lasted" | "took" | "last" | "lasting" | "spanning"
                )
            {
                qual = None;
                bound = Bound::Eq;
            }
        }
        if !value.is_finite() || value_max.is_some_and(|v: f64| !v.is_finite()) {
            self.mention(
                ex,
                self.sp(num.start, num.end),
                NumberKind::Other,
                None,
                None,
                "numeral out of range",
            );
            return Some(num.end);
        }
        // Unit name, normalisation, notes.
        let mut notes = Vec::new();
        let unit_name: String = match unit {
            None => "count".to_string(),
            Some(UnitRef::Unit(u)) => u.name.to_string(),
            Some(UnitRef::Money(c, _)) if c.starts_with("cent:") => {
                value /= 100.0;
                value_max = value_max.map(|v| v / 100.0);
                value_from = value_from.map(|v: f64| v / 100.0);
                notes.push(format!("cents read as hundredths of {}", &c[5..]));
                c[5..].to_string()
            }
            Some(UnitRef::Money("pence", _)) => {
                value /= 100.0;
                value_max = value_max.map(|v| v / 100.0);
                value_from = value_from.map(|v: f64| v / 100.0);
                notes.push("pence read as hundredths of GBP".to_string());
                "GBP".to_string()
            }
            Some(UnitRef::Money("cent", _)) => {
                value /= 100.0;
                value_max = value_max.map(|v| v / 100.0);
                value_from = value_from.map(|v: f64| v / 100.0);
                notes.push(format!("cents read as hundredths of {}", self.opts.dollar));
                self.opts.dollar.clone()
            }
            Some(UnitRef::Money(code, amb)) => {
                if amb {
                    notes.push(format!(
                        "ambiguous currency symbol $ read as {}",
                        self.opts.dollar
                    ));
                    self.opts.dollar.clone()
                } else {
                    code.to_string()
                }
            }
        };
        let start_tok = if let Some(q) = qual {
            i.min(q.0)
        } else {
            from_tok.unwrap_or(p)
        };
        let mut span = self.sp(start_tok, end);
        // A unit abbreviation that swallowed the full stop ("45°C.").
        let last = self.raw(end - 1);
        let keeps_dot = matches!(last, "sq." | "approx.") || last.matches('.').count() > 1;
        if end > num.end && last.len() > 1 && last.ends_with('.') && !keeps_dot && self.is_word(end - 1) {
            span.end -= 1;
        }
        // "($99.99)": an amount of money in parentheses is an accounting negative.
        if money.is_some()
            && qual.is_none()
            && value_max.is_none()
            && value > 0.0
            && start_tok > self.a
            && self.raw(start_tok - 1) == "("
            && self.raw(end) == ")"
            && self.glued(start_tok - 1)
            && self.glued(end - 1)
        {
            value = -value;
            span = self.sp(start_tok - 1, end + 1);
            end += 1;
            notes.push("amount in parentheses read as negative (accounting)".to_string());
        }
        // Class and base value from the one unit table (`count` has no base value).
        let info = units::unit_info(&unit_name);
        let unit_class = info.map_or("other", |u| u.class).to_string();
        let normalised = info.filter(|u| u.class != "count").and_then(|u| {
            Some(Normalised {
                value: u.to_base(value)?,
                value_max: value_max.and_then(|v| u.to_base(v)),
                unit: u.base.to_string(),
            })
        });
        // Change.
        let (mut change, mut change_tok) = (num.change, None);
        if change.is_none() {
            let mut k = start_tok.wrapping_sub(1);
            let by = self.is(k, "by") || self.is(k, "of");
            if by {
                k = k.wrapping_sub(1);
                // "reduced mortality by 20%": the verb may be two words before "by".
                if self.is(start_tok.wrapping_sub(1), "by")
                    && lexicon::change_word(self.low(k).as_str()).is_none()
                {
                    // "raised its key federal funds rate by": up to six words before, within
                    // the clause.
                    for d in 1..=6 {
                        let kk = k.wrapping_sub(d);
                        if kk < self.a || matches!(self.raw(kk), "," | ";" | ":" | "(") {
                            break;
                        }
                        if lexicon::change_word(self.low(kk).as_str())
                            .is_some_and(|_| !self.is(kk, "up") && !self.is(kk, "down"))
                        {
                            k = kk;
                            break;
                        }
                    }
                }
            }
            let w = self.low(k);
            let w = w.as_str();
            if let Some(c) = lexicon::change_word(w) {
                let rel = matches!(
                    unit_name.as_str(),
                    "percent" | "fold" | "percentage point" | "basis point" | "point"
                );
                let object_verb = matches!(
                    w,
                    "cut"
                        | "cuts"
                        | "lost"
                        | "raised"
                        | "gained"
                        | "gain"
                        | "gains"
                        | "boosted"
                        | "lower"
                        | "higher"
                        | "drop"
                        | "fall"
                        | "rise"
                        | "increase"
                        | "decrease"
                        | "growth"
                        | "reduction"
                        | "decline"
                        | "cut."
                        | "up"
                        | "down"
                );
                let noun_of = self.is(start_tok.wrapping_sub(1), "of");
                let ok = if noun_of {
                    matches!(
                        w,
                        "increase"
                            | "rise"
                            | "drop"
                            | "fall"
                            | "decline"
                            | "decrease"
                            | "growth"
                            | "reduction"
                            | "cut"
                            | "jump"
                            | "surge"
                            | "gain"
                            | "hike"
                            | "spike"
                            | "dip"
                            | "slump"
                            | "plunge"
                    )
                } else {
                    !object_verb || rel || by || matches!(w, "up" | "down")
                };
                if ok && !(w == "up" && self.is(start_tok, "to")) {
                    change = Some(c);
                    change_tok = Some(k);
                }
            }
            if change.is_none() {
                let w = self.low(end);
                if matches!(
                    w.as_str(),
                    "increase"
                        | "rise"
                        | "jump"
                        | "drop"
                        | "decline"
                        | "fall"
                        | "cut"
                        | "growth"
                        | "surge"
                        | "hike"
                        | "reduction"
                        | "gain"
                        | "decrease"
                        | "loss"
                        | "spike"
                        | "dip"
                        | "slump"
                        | "plunge"
                        | "higher"
                        | "lower"
                ) && !matches!(unit_name.as_str(), "count")
                    || (matches!(
                        w.as_str(),
                        "increase"
                            | "rise"
                            | "jump"
                            | "drop"
                            | "decline"
                            | "fall"
                            | "surge"
                            | "reduction"
                            | "decrease"
                    ) && unit_name == "count")
                {
                    let c = lexicon::change_word(w.as_str()).or(match w.as_str() {
                        "more" => Some(Change::Increase),
                        "less" | "loss" => Some(Change::Decrease),
                        _ => None,
                    });
                    let comparative = matches!(w.as_str(), "more" | "less");
                    let relative = matches!(unit_name.as_str(), "percent" | "fold");
                    if c.is_some() && (!comparative || relative) {
                        change = c;
                    }
                }
            }
        }
        // A signed relative figure is a change: "+5%", "−0.3 percentage points".
        if change.is_none() && matches!(unit_name.as_str(), "percent" | "percentage point" | "basis point") {
            match self.raw(num.start).chars().next() {
                Some('+') => change = Some(Change::Increase),
                Some('-' | '\u{2212}') => change = Some(Change::Decrease),
                _ => {}
            }
        }
        if let (None, Some(a)) = (change, value_from) {
            change = Some(if value > a {
                Change::Increase
            } else {
                Change::Decrease
            });
        }
        // "lost 190 points, or 0.6%": the restatement keeps the first figure's direction.
        if change.is_none()
            && start_tok >= self.a + 2
            && self.is(start_tok - 1, "or")
            && self.raw(start_tok - 2) == ","
        {
            if let Some(prev) = self.pending.last().filter(|q| q.tok_end + 2 == start_tok) {
                change = prev.claim.change;
            }
        }
        let is_count = unit.is_none();
        let is_time_unit = matches!(
            unit_name.as_str(),
            "second"
                | "minute"
                | "hour"
                | "day"
                | "week"
                | "month"
                | "year"
                | "decade"
                | "century"
                | "millennium"
        );
        let per = self.per_at(end);
        let claim = Claim {
            per,
            span,
            num_span: num.span,
            value,
            value_max,
            value_from,
            unit: unit_name,
            unit_class,
            normalised,
            bound,
            qualifier: qual.map(|q| self.sp(i, q.0)),
            vague: num.vague,
            change,
            counted: None,
            counted_modifier: None,
            sentence: self.sent,
            attribution: None,
            time: None,
            notes,
        };
        if self.merge_part(&claim, start_tok, end, ex) {
            return Some(end);
        }
        ex.numbers.push(NumberMention {
            span,
            kind: NumberKind::Quantity,
            value: Some(value),
            iso: None,
            reason: Some("quantity".to_string()),
        });
        self.pending.push(Pending {
            claim,
            tok_start: start_tok,
            tok_end: end,
            unit_toks,
            is_count,
            is_time_unit,
            change_tok,
        });
        Some(end)
    }

    /// Scientific notation after a digit numeral: `2.48×10−5`, `1.99×10^-30`, `6.02 x 10^23`
    /// (the sign may be `-`, U+2212 or `+`). Folds the power of ten into `num`.
    fn scientific(&self, num: &mut Num) {
        if num.plain.is_none() {
            return;
        }
        let e = num.end;
        if !matches!(self.raw(e), "\u{d7}" | "x" | "*" | "\u{22c5}") || self.raw(e + 1) != "10" {
            return;
        }
        let mut k = e + 2;
        if self.raw(k) == "^" {
            k += 1;
        }
        let mut sign = 1i32;
        if matches!(self.raw(k), "-" | "\u{2212}" | "+") && self.glued(k) {
            sign = if self.raw(k) == "+" { 1 } else { -1 };
            k += 1;
        }
        if self.kind(k) != Some(TokenKind::Number) || !self.glued(e + 1) {
            return;
        }
        let raw = self.raw(k).replace('\u{2212}', "-");
        let Ok(exp) = raw.parse::<i32>() else {
            return;
        };
        if exp.abs() > 300 {
            return;
        }
        // Divide for a negative power: 2.48 / 1e5 rounds to 0.0000248, 2.48 * 1e-5 does not.
        let p10 = 10f64.powi(exp);
        let v = if sign < 0 {
            num.value / p10
        } else {
            num.value * p10
        };
        if !v.is_finite() {
            return;
        }
        num.value = v;
        num.end = k + 1;
        num.span.end = self.toks[k].span.end;
        num.plain = None;
    }

    /// Multi-part amounts: `5 feet 2 inches`, `2 hours 30 minutes`, `3 dollars 50 cents`,
    /// `3lb 4oz` are one claim, in the first part's unit (`5.1666… foot`). `claim` (tokens
    /// `start..end`) is folded into the previous claim when it directly follows it (or after
    /// `and`), has a smaller unit of the same class, and neither is qualified or a range.
    fn merge_part(&mut self, claim: &Claim, start: usize, end: usize, ex: &mut Extraction) -> bool {
        let and_before = start > self.a && self.is(start - 1, "and");
        let Some(prev) = self.pending.last_mut() else {
            return false;
        };
        let adjacent = prev.tok_end == start || (prev.tok_end + 1 == start && and_before);
        if !adjacent
            || claim.bound != Bound::Eq
            || prev.claim.bound != Bound::Eq
            || claim.value_max.is_some()
            || prev.claim.value_max.is_some()
            || claim.change.is_some()
            || claim.value < 0.0
        {
            return false;
        }
        let (Some(a), Some(b)) = (units::unit_info(&prev.claim.unit), units::unit_info(&claim.unit)) else {
            return false;
        };
        let add = if a.is_money() {
            // "3 dollars 50 cents": whole units, then hundredths of the same currency.
            let cents = |c: &Claim| c.notes.iter().any(|n| n.contains("hundredths"));
            if a.name != b.name || !cents(claim) || cents(&prev.claim) || prev.claim.value.fract() != 0.0 {
                return false;
            }
            claim.value
        } else {
            match (a.factor, b.factor) {
                (Some(fa), Some(fb))
                    if a.class == b.class
                        && fb < fa
                        && a.offset == 0.0
                        && matches!(a.class, "length" | "mass" | "duration") =>
                {
                    claim.value * fb / fa
                }
                _ => return false,
            }
        };
        let old = prev.claim.span;
        prev.claim.value += add;
        prev.claim.span.end = claim.span.end;
        prev.claim.normalised = a.to_base(prev.claim.value).map(|v| Normalised {
            value: v,
            value_max: None,
            unit: a.base.to_string(),
        });
        for n in &claim.notes {
            if !prev.claim.notes.contains(n) {
                prev.claim.notes.push(n.clone());
            }
        }
        prev.tok_end = end;
        prev.unit_toks = prev.unit_toks.map(|(s, _)| (s, end));
        if let Some(m) = ex.numbers.last_mut().filter(|m| m.span == old) {
            m.span = prev.claim.span;
            m.value = Some(prev.claim.value);
        }
        true
    }

    /// What a rate is per, after the quantity ending at `end`: `a share`, `per year`,
    /// `cars a year` (past a plural counted noun), `/share`.
    fn per_at(&self, end: usize) -> Option<Span> {
        let mut k = end;
        // Past one plural counted noun ("150,000 cars a year").
        if self.is_lower_word(k)
            && self.low(k).as_str().ends_with('s')
            && !lexicon::is_stop(self.low(k).as_str())
        {
            k += 1;
        }
        let w = self.low(k);
        let slash = self.raw(k) == "/" && self.glued(k - 1) && self.glued(k);
        let per_word = matches!(w.as_str(), "per" | "each") || slash;
        let article = matches!(w.as_str(), "a" | "an");
        if !(per_word || article) || !self.is_lower_word(k + 1) {
            return None;
        }
        let n = self.low(k + 1);
        let n = n.as_str();
        let ok = match n {
            "day" | "week" | "month" | "year" | "hour" | "minute" | "second" | "night" | "decade"
            | "quarter" | "share" | "head" | "person" | "capita" | "barrel" | "tonne" | "ton" | "kilo"
            | "kilogram" | "kg" | "litre" | "liter" | "gallon" | "unit" | "ticket" | "seat" | "game"
            | "match" | "episode" | "copy" | "car" | "vehicle" | "household" | "pupil" | "student"
            | "patient" | "worker" | "employee" | "customer" | "passenger" | "mile" | "kilometre" | "km"
            | "visit" | "trip" | "dose" | "pack" | "bottle" | "pint" | "meal" | "item" => true,
            // "per" takes any singular noun ("per transaction"); "a"/"an" only the list.
            _ => per_word && !n.ends_with('s') && !lexicon::is_stop(n),
        };
        // "each" is a rate only before a time unit ("10 each day"), not "10 each".
        let each_ok = w.as_str() != "each" || units::unit_word(n).is_some();
        // "5% a year earlier", "$2m a month ago": a point in time, not a rate.
        let when = matches!(
            self.low(k + 2).as_str(),
            "ago" | "earlier" | "before" | "later" | "previously" | "back" | "on" | "after"
        );
        (ok && each_ok && !when).then(|| self.toks[k + 1].span)
    }

    fn score_at(&self, num: &Num, v: DigitValue) -> Option<usize> {
        if !v.is_int() || num.value > 200.0 || !self.is_dash(num.end) {
            return None;
        }
        let (b, _) = self.int_at(num.end + 1)?;
        if b > 200 {
            return None;
        }
        let e = num.end + 2;
        let before = (1..=3)
            .any(|k| num.start >= self.a + k && lexicon::score_context(self.low(num.start - k).as_str()))
            // "Arsenal 3-1 Chelsea"
            || (num.start > self.a && self.is_cap_word(num.start - 1) && self.is_cap_word(e));
        // Tennis sets: "6-4 6-3 6-0", "7-5 6-1": a score next to another score.
        let set = |k: usize| {
            k >= self.a
                && self.int_at(k).is_some_and(|(a, _)| a <= 7)
                && self.is_dash(k + 1)
                && self.glued(k)
                && self.glued(k + 1)
                && self.int_at(k + 2).is_some_and(|(b, _)| b <= 7)
        };
        if num.value <= 7.0 && b <= 7 && (set(e) || (num.start >= self.a + 3 && set(num.start - 3))) {
            return Some(e);
        }
        let after = (0..=2).any(|k| {
            lexicon::score_context(self.low(e + k).as_str())
                || matches!(
                    self.low(e + k).as_str(),
                    "home" | "away" | "scoreline" | "majority" | "decision" | "ruling"
                )
        });
        (before || after).then_some(e)
    }

    /// Numbers that no recogniser took: ordinals, identifiers, clock-like and malformed numerals.
    fn leftover_at(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        let raw = self.raw(i);
        let span = self.toks[i].span;
        match self.toks[i].kind {
            TokenKind::Number => {
                let (kind, why) = match parse_digits(raw) {
                    Digits::Colon(..) => (NumberKind::Other, "ratio or score"),
                    Digits::Slash(p, n) => {
                        if n == 3 {
                            (NumberKind::Date, "numeric date")
                        } else if matches!((p[0], p[1]), (9, 11) | (7, 7) | (11, 9)) {
                            (NumberKind::Identifier, "event name")
                        } else {
                            (NumberKind::Other, "slash numeral (fraction, date or expression)")
                        }
                    }
                    Digits::Malformed => (NumberKind::Other, "malformed numeral"),
                    Digits::Value(_) => (NumberKind::Other, "numeral out of range"),
                };
                self.mention(ex, span, kind, None, None, why);
                Some(i + 1)
            }
            TokenKind::Alnum => {
                let first_digit = raw.chars().next().is_some_and(|c| c.is_ascii_digit());
                let mut e = i + 1;
                let (kind, why, value, iso) = if first_digit {
                    let digits = raw
                        .bytes()
                        .take_while(|b| b.is_ascii_digit() || *b == b',' || *b == b'.')
                        .count();
                    let suf = Low::new(&raw[digits..]);
                    let n: Option<f64> = raw[..digits].replace(',', "").parse().ok();
                    match suf.as_str() {
                        "st" | "nd" | "rd" | "th" => (NumberKind::Ordinal, "ordinal", n, None),
                        "s" if digits == 4 || digits == 2 => {
                            let iso = if digits == 4 {
                                Some(raw[..3].to_string())
                            } else {
                                None
                            };
                            (NumberKind::Year, "decade", n, iso)
                        }
                        "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m." => {
                            (NumberKind::Time, "clock time", None, None)
                        }
                        _ => (
                            NumberKind::Other,
                            "number with letters (a model, size or code)",
                            None,
                            None,
                        ),
                    }
                } else {
                    // "GPT-4", "COVID-19", "F-35", "MH17", "v2.0".
                    while self.raw(e) == "."
                        && self.glued(e - 1)
                        && self.glued(e)
                        && self.kind(e + 1) == Some(TokenKind::Number)
                    {
                        e += 2;
                    }
                    let version = raw.starts_with(['v', 'V'])
                        && raw[1..].chars().next().is_some_and(|c| c.is_ascii_digit());
                    if version {
                        (NumberKind::Other, "version number", None, None)
                    } else {
                        (NumberKind::Identifier, "alphanumeric name", None, None)
                    }
                };
                let span = self.sp(i, e);
                ex.numbers.push(NumberMention {
                    span,
                    kind,
                    value,
                    iso,
                    reason: Some(why.to_string()),
                });
                Some(e)
            }
            TokenKind::Word => {
                let w = self.low(i);
                let w = w.as_str();
                if let Some(v) = lexicon::ordinal_word(w) {
                    self.mention(ex, span, NumberKind::Ordinal, Some(v), None, "ordinal");
                    return Some(i + 1);
                }
                if w == "one" {
                    let why = if self.is(i + 1, "of") {
                        "partitive one of"
                    } else {
                        "pronoun one"
                    };
                    self.mention(ex, span, NumberKind::Other, Some(1.0), None, why);
                    return Some(i + 1);
                }
                if lexicon::small_number(w).is_some() {
                    self.mention(
                        ex,
                        span,
                        NumberKind::Other,
                        None,
                        None,
                        "number word not read as a quantity",
                    );
                    return Some(i + 1);
                }
                None
            }
            _ => None,
        }
    }
}
