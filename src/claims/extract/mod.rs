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

mod changes;
mod dates;
mod intl;
mod money;
mod non_claims;
mod numerals;
mod qualifiers;
mod quantity;
mod stages;
mod unit_after;

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
    /// Read after `plus or minus` (a margin, positive): the numeral starts at `plus`.
    pub margin: bool,
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
            margin: false,
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
    /// A movement written level first (`fell to 4.1% from 4.3% in May`): a time right after it
    /// is the start's, not the claim's.
    pub level_first: bool,
}

pub(crate) struct Scan<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Per-token flags (`F_*`), computed once per document.
    flags: &'a [u8],
    /// Lower-cased forms of the sentence's tokens `a..b`, computed once per sentence (`low`
    /// and the context stage read each token's form many times; [`Scan::doc_low`] reads any).
    lows: &'a [Low],
    /// First token of the sentence.
    pub a: usize,
    /// One past the last token of the sentence.
    pub b: usize,
    pub sent: Span,
    pub opts: &'a ExtractOptions,
    /// The rules of a language other than English (`None`: English, its own tables).
    pub(crate) lw: Option<&'static super::langdata::LangWords>,
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
    sc.unit_word(l.as_str()).is_none()
        && sc.currency_word(l.as_str()).is_none()
        && sc.raw(e) != "%"
        && !(sc.is(e, "per") && sc.is(e + 1, "cent"))
}

/// Runs the extractor over every sentence.
pub(crate) fn run(text: &str, toks: &[Token], sents: &[Sentence], opts: &ExtractOptions) -> Extraction {
    let mut ex = Extraction::default();
    let lw = intl::rules_for(opts.lang);
    let flags: Vec<u8> = match lw {
        None => toks.iter().map(|t| token_flags(text, t)).collect(),
        Some(lw) => toks.iter().map(|t| token_flags_intl(text, t, lw)).collect(),
    };
    // Lower-cased forms of the sentence's tokens, in a buffer reused from sentence to sentence:
    // only sentences where a recogniser can start need them (about half of a news text's tokens).
    let mut lows: Vec<Low> = Vec::new();
    for s in sents {
        let (a, b) = (s.token_start.min(toks.len()), s.token_end.min(toks.len()));
        if a >= b {
            continue;
        }
        // Nothing starts where no token is or may be a numeral, month or currency (a qualifier
        // alone needs a numeral after it in the sentence): see `Scan::may_start`.
        if !flags[a..b].iter().any(|&f| f & (F_NUM | F_CAP) != 0) {
            continue;
        }
        lows.clear();
        lows.extend(toks[a..b].iter().map(|t| lower(lw, t.text(text))));
        let mut sc = Scan {
            text,
            toks,
            flags: &flags,
            lows: &lows,
            a,
            b,
            sent: s.span,
            opts,
            lw,
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

/// A token's lower-cased form: the ASCII fast path for English, full Unicode elsewhere.
fn lower(lw: Option<&super::langdata::LangWords>, s: &str) -> Low {
    match lw {
        None => Low::new(s),
        Some(_) => Low::uni(s),
    }
}

/// The token is or may be part of a numeral (digits, number words, currency, URL…).
const F_NUM: u8 = 1;
/// A qualifier or opener that needs a numeral soon after it.
const F_QUAL: u8 = 2;
/// A capitalised month or currency code.
const F_CAP: u8 = 4;

/// The flags a lower-case word gives, from every word list that `token_flags` consults
/// (numbers.tsv, qualifier starts, lower-case currency words such as `rmb`): one hash lookup
/// per word instead of one per list, since this runs on every word of a text.
static WORD_FLAGS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u8>> =
    std::sync::LazyLock::new(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for w in lexicon::number_words().chain(lexicon::qualifier_starts()) {
            let f = (u8::from(lexicon::is_numword(w)) * F_NUM)
                | (u8::from(lexicon::is_qualifier_start(w)) * F_QUAL);
            *m.entry(w).or_insert(0) |= f;
        }
        // "rmb 10": a lower-case currency code before the number starts a quantity.
        for w in units::word_forms() {
            if w.len() == 3 && units::currency_word(w).is_some_and(|c| c.is_some()) {
                *m.entry(w).or_insert(0) |= F_LOWCUR;
            }
        }
        // Months and (lower-cased) capital currency forms, so that a capitalised word needs no
        // second and third lookup unless it may be one.
        for w in lexicon::month_words() {
            *m.entry(w).or_insert(0) |= F_MONTH;
        }
        for form in CAP_MONEY.iter() {
            let low = Low::new(form);
            if !low.as_str().is_empty() {
                let key: &'static str = Box::leak(low.as_str().to_owned().into_boxed_str());
                *m.entry(key).or_insert(0) |= F_CAPMONEY;
            }
        }
        m
    });

/// Signatures of the [`WORD_FLAGS`] keys: a word whose signature is absent is no key and skips
/// the hash lookup (most words of a text).
static WORD_SIGS: std::sync::LazyLock<lexicon::Sigs> =
    std::sync::LazyLock::new(|| lexicon::Sigs::of(WORD_FLAGS.keys().copied()));

/// [`WORD_FLAGS`] only: a month name (`lexicon::month`).
const F_MONTH: u8 = 16;
/// [`WORD_FLAGS`] only: the lower-cased form of a [`CAP_MONEY`] entry.
const F_CAPMONEY: u8 = 32;

/// A three-letter lower-case currency word (`rmb`): `F_CAP` when written in lower case.
const F_LOWCUR: u8 = 8;

/// Currency codes and dollar prefixes as written (`USD`, `HK`): `F_CAP` for a capitalised word
/// (one lookup instead of two).
static CAP_MONEY: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| units::capital_money_forms().collect());

/// What a recogniser could do with a token, from the token alone (one lower-casing and one
/// lookup per word; capitalised words also try months, currency codes and `X$` prefixes).
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
    if raw.len() > 14 || raw.is_empty() {
        return 0;
    }
    let first = raw.as_bytes()[0];
    // An ASCII word (most words) is tested against the signatures as written and lower-cased
    // only when it may be a key; others are lower-cased first (curly apostrophes, non-ASCII).
    let g = if raw.is_ascii() {
        if WORD_SIGS.may_contain_folded_ascii(raw.as_bytes()) {
            WORD_FLAGS.get(Low::new(raw).as_str()).copied().unwrap_or(0)
        } else {
            0
        }
    } else {
        let low = Low::new(raw);
        let w = low.as_str();
        if w.is_empty() {
            return 0;
        }
        if WORD_SIGS.may_contain(w) {
            WORD_FLAGS.get(w).copied().unwrap_or(0)
        } else {
            0
        }
    };
    let mut f = g & (F_NUM | F_QUAL);
    if g & F_LOWCUR != 0 && first.is_ascii_lowercase() {
        f |= F_CAP;
    }
    if first.is_ascii_uppercase() && (g & F_MONTH != 0 || (g & F_CAPMONEY != 0 && CAP_MONEY.contains(raw))) {
        f |= F_CAP;
    }
    f
}

/// [`token_flags`] for a language other than English, from its data.
fn token_flags_intl(text: &str, t: &Token, lw: &super::langdata::LangWords) -> u8 {
    use super::langdata::Class;
    match t.kind {
        TokenKind::Word => {}
        TokenKind::Symbol | TokenKind::Punct if lexicon::qualifier_symbol(t.text(text)).is_some() => {
            return F_QUAL
        }
        TokenKind::Punct | TokenKind::Clitic | TokenKind::Emoji | TokenKind::Symbol => return 0,
        _ => return F_NUM,
    }
    let raw = t.text(text);
    let l = Low::uni(raw);
    let w = l.as_str();
    if w.is_empty() {
        return 0;
    }
    let mut f = 0;
    if lw.is_numword(w) {
        f |= F_NUM;
    }
    if lw.is(w, Class::Month) || units::currency_code(raw).is_some() || units::dollar_prefix(raw).is_some() {
        f |= F_CAP;
    }
    if lw.is_qualifier_start(w) || lw.is(w, Class::RangeFrom) {
        f |= F_QUAL;
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
    /// The lower-cased form of token `i` (empty outside the sentence), by reference: the
    /// recognisers ask for it many times per token.
    #[inline]
    pub(crate) fn low(&self, i: usize) -> &'a Low {
        if i >= self.a && i < self.b {
            &self.lows[i - self.a]
        } else {
            &Low::EMPTY
        }
    }
    /// The lower-cased form of token `i` of the whole document (empty past its end), also
    /// outside the sentence (the context stage reads the sentence before).
    pub(crate) fn doc_low(&self, i: usize) -> Low {
        if i >= self.a && i < self.b {
            self.lows[i - self.a]
        } else if let Some(t) = self.toks.get(i) {
            lower(self.lw, t.text(self.text))
        } else {
            Low::EMPTY
        }
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
    pub(crate) fn is_dash(&self, i: usize) -> bool {
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

    /// Records the numeral `num` as a calendar year (a time of the sentence) and returns where it
    /// ends.
    fn year_mention(&mut self, ex: &mut Extraction, num: &Num) -> usize {
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
        num.end
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
        if self.lw.is_some() {
            if let Some(e) = self.date_at_intl(i, ex) {
                return Some(e);
            }
            if let Some(e) = self.clock_at_intl(i, ex) {
                return Some(e);
            }
        } else {
            if let Some(e) = self.date_at(i, ex) {
                return Some(e);
            }
            if let Some(e) = self.clock_at(i, ex) {
                return Some(e);
            }
        }
        if let Some(e) = self.quantity_at(i, ex) {
            return Some(e);
        }
        self.leftover_at(i, ex)
    }

    // ---------------------------------------------------------------- dates and times
}
