//! Closed word lists: number words, scales, qualifiers, changes, months and name heads.
//!
//! Every lookup takes an ASCII-lower-cased word (see [`Low`]) and is a `match`, so the lists
//! compile to jump tables and cost no allocation.

use super::Bound;
use super::Change;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// The closed word lists of one language that live in data files (`data/<lang>/*.tsv`, compiled
/// in), parsed once. Issue 12 adds a language by adding its directory and a `Words` for it.
/// The kinds of rows in `numbers.tsv`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NumKind {
    Cardinal,
    Vague,
    Fold,
    Fraction,
    Ordinal,
    Scale,
    /// A word that starts or joins a numeral, read by the numeral stage (`dozen`, `minus`).
    Word,
}

/// A number word's reading.
#[derive(Clone, Copy)]
struct NumWord {
    value: f64,
    change: Option<Change>,
}

struct Words {
    /// Number words by (word, kind): a word may have two kinds (`third`, `quarter`).
    numbers: FxHashMap<(&'static str, u8), NumWord>,
    qualifier1: FxHashMap<&'static str, Bound>,
    qualifiers: Vec<(Vec<&'static str>, Bound)>,
    change: FxHashMap<&'static str, Change>,
    /// First words of all qualifiers.
    starts: FxHashSet<&'static str>,
    /// Every word of numbers.tsv, whatever its kind.
    numwords: FxHashSet<&'static str>,
}

/// Data rows of a compiled-in TSV: no comments, no header.
pub(crate) fn tsv_rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

pub(crate) fn parse_bound(s: &str) -> Bound {
    match s {
        "=" => Bound::Eq,
        ">" => Bound::Gt,
        ">=" => Bound::Ge,
        "<" => Bound::Lt,
        "<=" => Bound::Le,
        "~" => Bound::Approx,
        // Compiled-in data, checked by a test: a bad bound is a broken invariant.
        _ => panic!("qualifiers.tsv: bad bound {s:?}"),
    }
}

impl Words {
    fn number(&self, w: &str, kind: NumKind) -> Option<NumWord> {
        self.numbers.get(&(w, kind as u8)).copied()
    }
}

pub(crate) fn parse_value(s: &str) -> f64 {
    let v = match s.split_once('/') {
        Some((a, b)) => a
            .parse::<f64>()
            .ok()
            .zip(b.parse::<f64>().ok())
            .map(|(a, b)| a / b),
        None => s.parse().ok(),
    };
    v.unwrap_or_else(|| panic!("numbers.tsv: bad value {s:?}"))
}

fn words(qualifiers: &'static str, change: &'static str, numbers: &'static str) -> Words {
    let mut w = Words {
        numbers: FxHashMap::default(),
        qualifier1: FxHashMap::default(),
        qualifiers: Vec::new(),
        change: FxHashMap::default(),
        starts: FxHashSet::default(),
        numwords: FxHashSet::default(),
    };
    for r in tsv_rows(qualifiers) {
        let b = parse_bound(r[1]);
        if r[0].contains(' ') {
            w.qualifiers.push((r[0].split(' ').collect(), b));
        } else {
            w.qualifier1.insert(r[0], b);
        }
    }
    w.starts = w
        .qualifier1
        .keys()
        .copied()
        .chain(w.qualifiers.iter().map(|(ws, _)| ws[0]))
        .collect();
    // Longest first, so that "no more than" wins over "more than"; stable for equal lengths.
    w.qualifiers.sort_by_key(|(ws, _)| std::cmp::Reverse(ws.len()));
    for r in tsv_rows(numbers) {
        let kind = match r[1] {
            "cardinal" => NumKind::Cardinal,
            "vague" => NumKind::Vague,
            "fold" => NumKind::Fold,
            "fraction" => NumKind::Fraction,
            "ordinal" => NumKind::Ordinal,
            "scale" => NumKind::Scale,
            "word" => NumKind::Word,
            other => panic!("numbers.tsv: bad kind {other:?}"),
        };
        let change = match r.get(3).copied().unwrap_or("") {
            "increase" => Some(Change::Increase),
            "decrease" => Some(Change::Decrease),
            _ => None,
        };
        w.numbers.insert(
            (r[0], kind as u8),
            NumWord {
                value: parse_value(r[2]),
                change,
            },
        );
        w.numwords.insert(r[0]);
    }
    for r in tsv_rows(change) {
        let c = match r[1] {
            "increase" => Change::Increase,
            "decrease" => Change::Decrease,
            other => panic!("change_words.tsv: bad change {other:?}"),
        };
        w.change.insert(r[0], c);
    }
    w
}

static EN: LazyLock<Words> = LazyLock::new(|| {
    words(
        include_str!("data/en/qualifiers.tsv"),
        include_str!("data/en/change_words.tsv"),
        include_str!("data/en/numbers.tsv"),
    )
});

/// A lower-cased copy of a short ASCII word on the stack (empty for non-ASCII or long words,
/// which then match nothing).
#[derive(Clone, Copy)]
pub(crate) struct Low {
    buf: [u8; 32],
    len: u8,
}

impl Low {
    /// The empty word.
    pub(crate) const EMPTY: Low = Low { buf: [0; 32], len: 0 };
    /// Lower-cases `s` (curly apostrophes are read as `'`).
    pub(crate) fn new(s: &str) -> Low {
        let mut out = Low { buf: [0; 32], len: 0 };
        if s.len() <= out.buf.len() && s.is_ascii() {
            for (d, b) in out.buf.iter_mut().zip(s.bytes()) {
                *d = b.to_ascii_lowercase();
            }
            out.len = s.len() as u8;
            return out;
        }
        let mut n = 0usize;
        for c in s.chars() {
            let c = if c == '\u{2019}' { '\'' } else { c };
            if !c.is_ascii() || n >= out.buf.len() {
                return Low { buf: [0; 32], len: 0 };
            }
            out.buf[n] = c.to_ascii_lowercase() as u8;
            n += 1;
        }
        out.len = n as u8;
        out
    }
    /// Lower-cases `s` in full Unicode (`Über` → `über`; curly apostrophes read as `'`), for
    /// the languages other than English whose words are not ASCII; empty when the lower-cased
    /// word does not fit.
    pub(crate) fn uni(s: &str) -> Low {
        let mut out = Low { buf: [0; 32], len: 0 };
        if s.len() <= out.buf.len() && s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            out.buf[..s.len()].copy_from_slice(s.as_bytes());
            out.len = s.len() as u8;
            return out;
        }
        let mut n = 0usize;
        let mut tmp = [0u8; 4];
        for c in s.chars() {
            let c = if c == '\u{2019}' { '\'' } else { c };
            for l in c.to_lowercase() {
                let e = l.encode_utf8(&mut tmp);
                if n + e.len() > out.buf.len() {
                    return Low { buf: [0; 32], len: 0 };
                }
                out.buf[n..n + e.len()].copy_from_slice(e.as_bytes());
                n += e.len();
            }
        }
        out.len = n as u8;
        out
    }
    /// The lower-cased bytes (ASCII).
    #[inline]
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len as usize]
    }
    /// The lower-cased text.
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        let bytes = &self.buf[..self.len as usize];
        // SAFETY: `new` only ever stores ASCII bytes and `uni` whole UTF-8 encodings of
        // characters, so the bytes are valid UTF-8.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }
}

/// `zero`..`nineteen` and the tens (`data/en/numbers.tsv`, kind `cardinal`).
pub(crate) fn small_number(w: &str) -> Option<f64> {
    EN.number(w, NumKind::Cardinal).map(|n| n.value)
}

/// Scale words that multiply what precedes them (`two million`, `1.5bn`). `money` allows the
/// one-letter forms that are units elsewhere (`$10m` is millions, `10m` is metres).
pub(crate) fn scale_word(raw: &str, w: &str, money: bool) -> Option<f64> {
    if let Some(n) = EN.number(w, NumKind::Scale) {
        return Some(n.value);
    }
    Some(match w {
        "m" if money || raw == "M" => 1e6,
        // "$2.174T": trillions only after a currency and in capitals (`5t` is tonnes).
        "t" if money && raw == "T" => 1e12,
        "b" if money => 1e9,
        _ => return None,
    })
}

/// Vague plural numerals: the lower bound they state (`thousands` → 1000; kind `vague`).
pub(crate) fn vague_plural(w: &str) -> Option<f64> {
    EN.number(w, NumKind::Vague).map(|n| n.value)
}

/// Multiplier words (`twofold`) and verbs that state a factor (`doubled`; kind `fold`).
pub(crate) fn fold_word(w: &str) -> Option<(f64, Option<Change>)> {
    EN.number(w, NumKind::Fold).map(|n| (n.value, n.change))
}

/// Fractions read as a share: `half`, `third(s)`, `quarter(s)` (kind `fraction`).
pub(crate) fn fraction_word(w: &str) -> Option<f64> {
    EN.number(w, NumKind::Fraction).map(|n| n.value)
}

/// Ordinal words and their number (kind `ordinal`).
pub(crate) fn ordinal_word(w: &str) -> Option<f64> {
    EN.number(w, NumKind::Ordinal).map(|n| n.value)
}

/// The month words of `data/en/words.tsv` (class `month`), lower case.
pub(crate) fn month_words() -> impl Iterator<Item = &'static str> {
    EN_WORDS.keys().filter(|(_, c)| *c == "month").map(|(w, _)| *w)
}

/// Month names (capitalised in the text) → month number (`data/en/words.tsv`, class `month`).
pub(crate) fn month(w: &str) -> Option<u32> {
    word_value(w, Wc::Month).map(|v| v as u32)
}

/// A day of the week (`data/en/words.tsv`, class `weekday`): 0 for Monday to 6 for Sunday.
pub(crate) fn weekday(w: &str) -> Option<u8> {
    word_value(w, Wc::Weekday).map(|v| v as u8)
}

/// A quarter of the year named by one word (`q1`, `first-quarter`, `first` before `quarter`):
/// `data/en/words.tsv`, class `quarter_word`.
pub(crate) fn quarter_word(w: &str) -> Option<u8> {
    word_value(w, Wc::QuarterWord).map(|v| v as u8)
}

/// What a word says of the calendar: month, weekday and quarter ([`month`], [`weekday`],
/// [`quarter_word`]) in one lookup, for scans that ask all three of most words of a sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Calendar {
    pub month: Option<u8>,
    pub weekday: Option<u8>,
    pub quarter: Option<u8>,
}

static CALENDAR: LazyLock<(Sigs, FxHashMap<&'static str, Calendar>)> = LazyLock::new(|| {
    let mut m: FxHashMap<&'static str, Calendar> = FxHashMap::default();
    let mut sigs = Sigs::default();
    for &(w, class) in EN_WORDS.keys() {
        let c = m.entry(w).or_default();
        match class {
            "month" => c.month = month(w).map(|v| v as u8),
            "weekday" => c.weekday = weekday(w),
            "quarter_word" => c.quarter = quarter_word(w),
            _ => continue,
        }
        sigs.insert(w);
    }
    m.retain(|_, c| *c != Calendar::default());
    (sigs, m)
});

/// [`Calendar`] of `w` (lower case).
#[inline]
pub(crate) fn calendar(w: &str) -> Calendar {
    let (sigs, m) = &*CALENDAR;
    if !sigs.may_contain(w) {
        return Calendar::default();
    }
    m.get(w).copied().unwrap_or_default()
}

/// A class of `data/en/words.tsv`, in the order of `WORD_CLASSES` (its bit in a word's class
/// mask is `1 << class`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Wc {
    /// `month`.
    Month,
    /// `move_verb`.
    MoveVerb,
    /// `or_more`.
    OrMore,
    /// `or_less`.
    OrLess,
    /// `or_about`.
    OrAbout,
    /// `age_word`.
    AgeWord,
    /// `object_verb`.
    ObjectVerb,
    /// `change_noun_of`.
    ChangeNounOf,
    /// `change_noun_after`.
    ChangeNounAfter,
    /// `change_noun_after_count`.
    ChangeNounAfterCount,
    /// `span_verb`.
    SpanVerb,
    /// `rate_noun`.
    RateNoun,
    /// `rate_when`.
    RateWhen,
    /// `m_length_context`.
    MLengthContext,
    /// `m_count_noun`.
    MCountNoun,
    /// `m_field_event`.
    MFieldEvent,
    /// `person_noun`.
    PersonNoun,
    /// `score_context`.
    ScoreContext,
    /// `stop`.
    Stop,
    /// `common_verb`.
    CommonVerb,
    /// `event_participle`.
    EventParticiple,
    /// `report_verb`.
    ReportVerb,
    /// `determiner`.
    Determiner,
    /// `time_word`.
    TimeWord,
    /// `weekday`.
    Weekday,
    /// `quarter_word`.
    QuarterWord,
    /// `times_fold`.
    TimesFold,
    /// `index_word`.
    IndexWord,
    /// `name_head`.
    NameHead,
    /// `screen_word`.
    ScreenWord,
    /// `noun_unit`.
    NounUnit,
    /// `up_phrasal`.
    UpPhrasal,
    /// `poll_word`.
    PollWord,
    /// `molar_word`.
    MolarWord,
}

/// The word classes of `data/en/words.tsv` (its header comment says what each is for).
const WORD_CLASSES: &[&str] = &[
    "month",
    "move_verb",
    "or_more",
    "or_less",
    "or_about",
    "age_word",
    "object_verb",
    "change_noun_of",
    "change_noun_after",
    "change_noun_after_count",
    "span_verb",
    "rate_noun",
    "rate_when",
    "m_length_context",
    "m_count_noun",
    "m_field_event",
    "person_noun",
    "score_context",
    "stop",
    "common_verb",
    "event_participle",
    "report_verb",
    "determiner",
    "time_word",
    "weekday",
    "quarter_word",
    "times_fold",
    "index_word",
    "name_head",
    "screen_word",
    "noun_unit",
    "up_phrasal",
    "poll_word",
    "molar_word",
];

/// `data/en/words.tsv`: (word, class) → value (0 where the class has none).
static EN_WORDS: LazyLock<FxHashMap<(&'static str, &'static str), f64>> = LazyLock::new(|| {
    let mut m = FxHashMap::default();
    for r in tsv_rows(include_str!("data/en/words.tsv")) {
        let class = WORD_CLASSES
            .iter()
            .copied()
            .find(|c| *c == r[1])
            // Compiled-in data, checked by a test: an unknown class is a broken invariant.
            .unwrap_or_else(|| panic!("words.tsv: unknown class {:?}", r[1]));
        let value = r.get(2).and_then(|v| v.parse().ok()).unwrap_or(0.0);
        m.insert((r[0], class), value);
    }
    m
});

/// Per class of [`WORD_CLASSES`], its words' signatures: most words asked about are in no
/// class, and skip the hash lookup.
static EN_CLASS_SIGS: LazyLock<Vec<Sigs>> = LazyLock::new(|| {
    let mut v: Vec<Sigs> = WORD_CLASSES.iter().map(|_| Sigs::default()).collect();
    for &(w, class) in EN_WORDS.keys() {
        let k = WORD_CLASSES
            .iter()
            .position(|c| *c == class)
            .expect("a known class");
        v[k].insert(w);
    }
    v
});

/// `data/en/words.tsv`: word → its classes, bit `k` for `WORD_CLASSES[k]` (one hash of the word
/// per question instead of one of the (word, class) pair; most words are in no class).
static EN_WORD_CLASSES: LazyLock<FxHashMap<&'static str, u64>> = LazyLock::new(|| {
    const _: () = assert!(WORD_CLASSES.len() <= 64);
    let mut m: FxHashMap<&'static str, u64> = FxHashMap::default();
    for &(w, class) in EN_WORDS.keys() {
        let k = WORD_CLASSES
            .iter()
            .position(|c| *c == class)
            .expect("a known class");
        *m.entry(w).or_insert(0) |= 1u64 << k;
    }
    m
});

/// A set of word signatures (length, first and last byte) as bits: a cheap "certainly not one
/// of these words" test in front of a hash lookup, for lookups that run on most words of a text.
#[derive(Debug)]
pub(crate) struct Sigs(Vec<u64>);

impl Default for Sigs {
    fn default() -> Self {
        Sigs::of(std::iter::empty())
    }
}

impl Sigs {
    /// The signatures of `words`.
    pub(crate) fn of<'w>(words: impl Iterator<Item = &'w str>) -> Sigs {
        let mut bits = vec![0u64; (16 * 27 * 27usize).div_ceil(64)];
        for w in words {
            if let Some(k) = Self::index(w.as_bytes()) {
                bits[k / 64] |= 1 << (k % 64);
            }
        }
        Sigs(bits)
    }
    /// [`Sigs::may_contain`] for the lower-cased form of an ASCII word, read from the word as
    /// written (lower-casing ASCII keeps the length and folds the first and last letters).
    #[inline]
    pub(crate) fn may_contain_folded_ascii(&self, raw: &[u8]) -> bool {
        let (Some(&f), Some(&l)) = (raw.first(), raw.last()) else {
            return false;
        };
        let k = Self::index_of(raw.len(), f.to_ascii_lowercase(), l.to_ascii_lowercase());
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
    /// Adds the signature of `w`.
    pub(crate) fn insert(&mut self, w: &str) {
        if let Some(k) = Self::index(w.as_bytes()) {
            self.0[k / 64] |= 1 << (k % 64);
        }
    }
    #[inline]
    fn index(w: &[u8]) -> Option<usize> {
        let (&first, &last) = (w.first()?, w.last()?);
        Some(Self::index_of(w.len(), first, last))
    }
    #[inline]
    fn index_of(len: usize, first: u8, last: u8) -> usize {
        let c = |b: u8| {
            if b.is_ascii_lowercase() {
                usize::from(b - b'a')
            } else {
                26
            }
        };
        (len.min(15) * 27 + c(first)) * 27 + c(last)
    }
    /// False when `w` is certainly none of the words (true: it may be one).
    #[inline]
    pub(crate) fn may_contain(&self, w: &str) -> bool {
        Self::index(w.as_bytes()).is_some_and(|k| self.0[k / 64] & (1 << (k % 64)) != 0)
    }
}

/// `w` (lower case) is a word of `class` in `data/en/words.tsv`.
#[inline]
pub(crate) fn is_word_of(w: &str, class: Wc) -> bool {
    if !EN_CLASS_SIGS[class as usize].may_contain(w) {
        return false;
    }
    match EN_WORD_CLASSES.get(w) {
        Some(&mask) => mask & (1u64 << class as u32) != 0,
        None => false,
    }
}

/// The value of `w` in `class` of `data/en/words.tsv` (a month's number).
pub(crate) fn word_value(w: &str, class: Wc) -> Option<f64> {
    if !EN_CLASS_SIGS[class as usize].may_contain(w) {
        return None;
    }
    EN_WORDS.get(&(w, WORD_CLASSES[class as usize])).copied()
}

/// One-word qualifiers before a numeral (`data/en/qualifiers.tsv`).
pub(crate) fn qualifier1(w: &str) -> Option<Bound> {
    EN.qualifier1.get(w).copied()
}

/// Comparison signs before a numeral (`>10`, `<= 100`, `≥ 30`, `≈ 170`, `∼140`): the bound,
/// and whether a following `=` belongs to the sign (`>` `=` is `>=`).
pub(crate) fn qualifier_symbol(s: &str) -> Option<(Bound, bool)> {
    // Asked of every punctuation token: most start with a byte no sign starts with.
    let signs = &*QUALIFIER_SIGNS;
    match s.as_bytes().first() {
        Some(&b) if signs.first_bytes[b as usize] => signs.map.get(s).copied(),
        _ => None,
    }
}

/// `data/qualifier_signs.tsv`: sign → (bound, whether a glued `=` after it makes it inclusive),
/// and the bytes the signs start with.
struct QualifierSigns {
    map: FxHashMap<&'static str, (Bound, bool)>,
    first_bytes: [bool; 256],
}

static QUALIFIER_SIGNS: LazyLock<QualifierSigns> = LazyLock::new(|| {
    let map: FxHashMap<&'static str, (Bound, bool)> = tsv_rows(include_str!("data/qualifier_signs.tsv"))
        .map(|r| {
            assert!(r.len() == 3, "qualifier_signs.tsv: a row needs 3 fields: {r:?}");
            let takes_eq = match r[2] {
                "yes" => true,
                "no" => false,
                x => panic!("qualifier_signs.tsv: takes_eq is yes or no, not {x:?}"),
            };
            (r[0], (parse_bound(r[1]), takes_eq))
        })
        .collect();
    let mut first_bytes = [false; 256];
    for k in map.keys() {
        first_bytes[k.as_bytes()[0] as usize] = true;
    }
    QualifierSigns { map, first_bytes }
});

/// Words that are (part of) a numeral: cardinals, scales, vague plurals, multipliers,
/// fractions, ordinals.
pub(crate) fn is_numword(w: &str) -> bool {
    // One set lookup for every word of numbers.tsv (scale words and `dozen`, `minus`… included).
    EN.numwords.contains(w)
}

/// Every word of numbers.tsv (for the extractor's one-lookup word table).
pub(crate) fn number_words() -> impl Iterator<Item = &'static str> {
    EN.numwords.iter().copied()
}

/// First words of qualifiers and `between`, `by` (see [`is_qualifier_start`]).
pub(crate) fn qualifier_starts() -> impl Iterator<Item = &'static str> {
    EN.starts.iter().copied().chain(["between", "by"])
}

/// First words of qualifiers (one-word or the first of a phrase, from the data) and `between`
/// and `by`, which open ranges and changes: a numeral must follow closely.
pub(crate) fn is_qualifier_start(w: &str) -> bool {
    EN.starts.contains(w) || matches!(w, "between" | "by")
}

/// Multi-word qualifiers, longest first; each is a list of lower-case words
/// (`data/en/qualifiers.tsv`).
pub(crate) fn qualifiers() -> &'static [(Vec<&'static str>, Bound)] {
    &EN.qualifiers
}

/// Verbs and nouns that make a number a change (`data/en/change_words.tsv`).
pub(crate) fn change_word(w: &str) -> Option<Change> {
    EN.change.get(w).copied()
}

/// Words before a number that make it part of a name (`Unit 8200`, `Boeing 737`).
pub(crate) fn name_head(w: &str) -> Option<&'static str> {
    // `#` cannot start a row of the data file (it starts a comment there)
    if w == "#" {
        return Some("name");
    }
    // the kinds of `name_head` in data/en/words.tsv, by their value
    Some(match word_value(w, Wc::NameHead)? as u8 {
        1 => "unit name",
        2 => "legal reference",
        3 => "place name",
        5 => "page or section reference",
        _ => "name",
    })
}

/// Nouns for a person, after which `, 34,` is an age (`the striker, 30, joined`).
pub(crate) fn person_noun(w: &str) -> bool {
    is_word_of(w, Wc::PersonNoun)
}

/// Words before a number that make it a score or a tally (`won 3-1`).
pub(crate) fn score_context(w: &str) -> bool {
    is_word_of(w, Wc::ScoreContext)
}

/// Function words and auxiliaries that end a counted noun phrase.
pub(crate) fn is_stop(w: &str) -> bool {
    is_word_of(w, Wc::Stop)
}

/// Common finite verbs that end a subject noun phrase (`three quarters of Britons agree`).
pub(crate) fn is_common_verb(w: &str) -> bool {
    is_word_of(w, Wc::CommonVerb)
}

/// Participles and adjectives that say what happened to what is counted (`people killed`).
pub(crate) fn is_event_participle(w: &str) -> bool {
    is_word_of(w, Wc::EventParticiple)
}

/// Reporting verbs: the noun phrase before (or, inverted, after) one is a source.
pub(crate) fn is_report_verb(w: &str) -> bool {
    is_word_of(w, Wc::ReportVerb)
}

/// Words that can start a source noun phrase and stay in it.
pub(crate) fn is_determiner(w: &str) -> bool {
    is_word_of(w, Wc::Determiner)
}

/// Time words for relative time expressions (`last year`, `each day`).
pub(crate) fn time_word(w: &str) -> bool {
    is_word_of(w, Wc::TimeWord)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparison_signs_come_from_their_table() {
        assert_eq!(qualifier_symbol(">"), Some((Bound::Gt, true)));
        assert_eq!(qualifier_symbol("<"), Some((Bound::Lt, true)));
        assert_eq!(qualifier_symbol("\u{2265}"), Some((Bound::Ge, false)));
        assert_eq!(qualifier_symbol("\u{2A7D}"), Some((Bound::Le, false)));
        assert_eq!(qualifier_symbol("\u{223C}"), Some((Bound::Approx, false)));
        for not_sign in ["=", "-", "+", ">>", "about", ""] {
            assert_eq!(qualifier_symbol(not_sign), None, "{not_sign:?}");
        }
        assert_eq!(QUALIFIER_SIGNS.map.len(), 10);
    }

    #[test]
    fn weekdays_and_quarter_words_come_from_words_tsv() {
        assert_eq!(weekday("monday"), Some(0));
        assert_eq!(weekday("sunday"), Some(6));
        assert_eq!(weekday("mon"), None);
        assert_eq!(quarter_word("q3"), Some(3));
        assert_eq!(quarter_word("fourth-quarter"), Some(4));
        assert_eq!(quarter_word("fifth"), None);
        assert_eq!(month("sept"), Some(9));
        assert_eq!(calendar("sept").month, Some(9));
        assert_eq!(calendar("first").quarter, Some(1));
        assert_eq!(calendar("friday").weekday, Some(4));
        assert_eq!(calendar("revenue"), Calendar::default());
    }

    #[test]
    fn qualifier_starts_cover_the_table() {
        for (ws, _) in qualifiers() {
            assert!(is_qualifier_start(ws[0]), "{}", ws[0]);
        }
    }

    #[test]
    fn words_tsv_parses_with_known_classes_and_lower_case_words() {
        // Forces the table (an unknown class panics) and checks every class is used.
        for class in WORD_CLASSES {
            assert!(
                EN_WORDS.keys().any(|(_, c)| c == class),
                "class {class} has no words"
            );
        }
        for (w, _) in EN_WORDS.keys() {
            assert_eq!(*w, w.to_lowercase(), "words.tsv: {w:?} is not lower case");
        }
        assert_eq!(month("sept."), Some(9));
        assert_eq!(month("may"), Some(5));
        assert!(is_word_of("aged", Wc::AgeWord) && !is_word_of("aged", Wc::RateNoun));
    }

    #[test]
    fn scale_words_come_from_numbers_tsv() {
        assert_eq!(scale_word("", "million", false), Some(1e6));
        assert_eq!(scale_word("", "lakh", false), Some(1e5));
        // one-letter scales depend on context
        assert_eq!(scale_word("m", "m", false), None);
        assert_eq!(scale_word("m", "m", true), Some(1e6));
        assert_eq!(scale_word("T", "t", true), Some(1e12));
        assert!(is_numword("dozen") && is_numword("minus") && is_numword("bn"));
    }
}
