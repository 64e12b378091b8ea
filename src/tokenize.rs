//! Tokens: Unicode-correct, news-aware, with byte spans that always slice back to the text.
//!
//! # Conventions
//!
//! The splits follow spaCy's English tokenizer (and so, for clitics, the Penn Treebank) where
//! they are defined, and are deliberate where they are not:
//!
//! | input | tokens | why |
//! |---|---|---|
//! | `Microsoft’s`, `IDF's` | `Microsoft` `’s` | possessive clitic, curly or straight |
//! | `Palestinians’` | `Palestinians` `’` | plural possessive |
//! | `don't`, `can't`, `I'm`, `we've` | `do` `n't`, `ca` `n't`, `I` `'m`, `we` `'ve` | Penn Treebank clitics |
//! | `O'Brien`, `rock'n'roll` | one token | an apostrophe inside a name is not a clitic |
//! | `dont`, `cant`, `wont`, `gonna` | `do` `nt`, `ca` `nt`, `wo` `nt`, `gon` `na` | contractions without the apostrophe (spaCy's exceptions; not `Im`, German "im", nor `Ive`, a name) |
//! | `Mr.Benn` | `Mr.` `Benn` | a title glued to a name keeps its period |
//! | `Israel-Hamas`, `pro-Palestine` | `Israel` `-` `Hamas` | a hyphen between letters splits (spaCy) |
//! | `GPT-4`, `COVID-19`, `F-35`, `200-fold`, `30-year` | one token ([`TokenKind::Alnum`]) | identifiers and number compounds stay whole |
//! | `10-15` | `10` `-` `15` | a numeric range splits, so both ends are numbers |
//! | `61,827`, `2.5`, `1 700` (no-break space), `10:30`, `9/11` | one [`TokenKind::Number`] | separators inside a numeral |
//! | `+972`, `−3` after a space | one [`TokenKind::Number`] | a sign that touches the digits is part of the numeral |
//! | `$10`, `60%`, `£600m`, `1.5bn`, `10k` | `$` `10`, `60` `%`, `£` `600` `m`, `1.5` `bn`, `10` `k` | currency, percent and scale/unit suffixes split off |
//! | `4th`, `21st`, `1990s`, `8200s` | one [`TokenKind::Alnum`] | ordinal and decade suffixes are not units (`16st`, no ordinal, is `16` `st`: stone) |
//! | `8am`, `10.30pm` | one [`TokenKind::Alnum`] | a clock time is not a quantity (spaCy splits `8` `am`; the claim extractor would read `8` as a count) |
//! | `U.S.`, `e.g.`, `Dr.`, `Inc.`, `Jan.` | one token, with the period | abbreviations keep their periods |
//! | `FT.`, `MS.`, `DR.` | `FT` `.` | a title written in capitals is an acronym, its period a full stop |
//! | `TEMPO.CO`, `Node.js`, `Ph.D`, `Halo.Bungie.Org` | one token | a period between letters with no space is not a full stop… |
//! | `ended.Next` | `ended` `.` `Next` | …unless lower case (3+ letters) meets a capitalised word: a missing space (spaCy) |
//! | `No. 5`, `Eq. (2)`, `Ref. [12]` | `No.` `5`, `Eq.` `(` `2` `)` | a number-prefix abbreviation keeps its period before a number |
//! | `:)`, `:-(`, `;)`, `:D`, `<3` between spaces | one [`TokenKind::Symbol`] | emoticons (spaCy) |
//! | `AT&T`, `S&P` | one token | |
//! | `https://…`, `www.…`, `bbc.co.uk/news`, `a@b.org`, `#tag`, `@handle` | one token each | trailing punctuation is not part of a URL; a bare domain is a URL when a path follows |
//! | `C++`, `nothin'`, `goin'` | one token | spaCy's exceptions |
//! | `...`, `…`, `--`, `?!`, `''`, ` `` ` | `...`, `…`, `--`, `?` `!`, `''`, ` `` ` | doubled apostrophes and backticks are quotes |
//! | `.com`, `.png` after a space | one token | a bare domain or file extension |
//! | `中文字` | `中` `文` `字` | Han and kana, written without spaces, give one token per character |
//! | `👩‍👩‍👧`, `👍🏽`, `🇬🇧` | one [`TokenKind::Emoji`] each | ZWJ sequences, modifiers and flags stay whole |
//! | `é` written as `e` + U+0301 | one token | combining marks, ZWJ and ZWNJ never split a word |
//!
//! Whitespace (including no-break spaces, line breaks and the zero-width space) separates tokens
//! and is never inside one, except the thin or no-break space that groups digits (`1 700`).
//! Every other character belongs to exactly one token, so tokens plus the gaps between them
//! rebuild the text byte for byte.

use crate::normalize;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (and combining marks), possibly with inner apostrophes or periods.
    Word,
    /// A numeral: digits with separators, decimals, an optional sign (`61,827`, `2.5`, `+972`).
    Number,
    /// Letters and digits together (`GPT-4`, `COVID-19`, `4th`, `200-fold`, `1990s`).
    Alnum,
    /// Punctuation (`.`, `,`, `“`, `’s` is *not* punctuation but a [`TokenKind::Clitic`]).
    Punct,
    /// A clitic split off a word: `’s`, `'s`, `n't`, `'re`, `'ll`, `'ve`, `'m`, `'d`, and a bare
    /// possessive `’` after a plural.
    Clitic,
    /// A currency symbol (`$`, `€`, `£`, `¥`, `₪`, …).
    Currency,
    /// Any other symbol (`%`, `+`, `=`, `°`, `©`, …).
    Symbol,
    /// A URL (`https://…`, `www.…`).
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag (`#Gaza`).
    Hashtag,
    /// An @-handle (`@guardian`).
    Handle,
    /// An emoji, with its modifiers and ZWJ sequence.
    Emoji,
}

impl TokenKind {
    /// Lower-case name, as used in Python and Arrow output.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Alnum => "alnum",
            TokenKind::Punct => "punct",
            TokenKind::Clitic => "clitic",
            TokenKind::Currency => "currency",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Handle => "handle",
            TokenKind::Emoji => "emoji",
        }
    }
}

/// One token: a byte span and a kind. Text, normalised form and stem are derived on demand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Byte span into the text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
    /// The normalised form (NFKC, folded quotes and dashes, full case folding).
    pub fn norm(&self, text: &str) -> String {
        normalize::normalize(self.text(text))
    }
    /// True for word-like tokens (words, alphanumerics, numbers).
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Alnum | TokenKind::Number)
    }
}

/// Tokenises `text`.
///
/// ```
/// use claimsift::tokenize::{tokenize, TokenKind};
/// let text = "Microsoft’s GPT-4 deal: $10m, up 60%.";
/// let toks: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
/// assert_eq!(toks, ["Microsoft", "’s", "GPT-4", "deal", ":", "$", "10", "m", ",", "up", "60", "%", "."]);
/// assert_eq!(tokenize(text)[2].kind, TokenKind::Alnum);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut out);
    out
}

/// Tokenises `text`, appending to `out` (reuse the vector across documents to avoid allocation).
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    Scanner {
        text,
        bytes: text.as_bytes(),
        out,
        fast: true,
    }
    .run();
}

/// The tokenizer without its fast path for plain ASCII words: the reference the fast path is
/// tested against.
#[doc(hidden)]
pub fn tokenize_reference(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    Scanner {
        text,
        bytes: text.as_bytes(),
        out: &mut out,
        fast: false,
    }
    .run();
    out
}

// ---------------------------------------------------------------------------------------------
// character classes

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..].chars().next()
    }
}

#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// Separators between tokens. Zero-width space and BOM separate too.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// Digit-group separators that look like spaces (`1 700`).
#[inline]
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

#[inline]
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || decimal_digit_value(c).is_some()
}

/// The value of a decimal digit in the common non-ASCII digit blocks.
#[inline]
pub(crate) fn decimal_digit_value(c: char) -> Option<u32> {
    let u = c as u32;
    let base = match u {
        0x30..=0x39 => 0x30,
        0x660..=0x669 => 0x660,
        0x6F0..=0x6F9 => 0x6F0,
        0x966..=0x96F => 0x966,
        0x9E6..=0x9EF => 0x9E6,
        0xE50..=0xE59 => 0xE50,
        0xFF10..=0xFF19 => 0xFF10,
        _ => return None,
    };
    Some(u - base)
}

#[inline]
fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
}

/// A character that can be inside a word: letters, digits, combining marks, joiners.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    (c.is_alphanumeric() && !is_spaceless_script(c) && !is_emoji(c)) || is_mark(c)
}

/// Scripts written without spaces between words: one token per character.
#[inline]
fn is_spaceless_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Ext A
        | 0x4E00..=0x9FFF    // CJK Unified
        | 0xF900..=0xFAFF    // CJK Compatibility
        | 0x20000..=0x3134F  // CJK Ext B–G
        | 0x31F0..=0x31FF
        | 0x3005..=0x3007)
}

#[inline]
fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF)
}

#[inline]
fn is_emoji_extend(c: char) -> bool {
    matches!(c as u32, 0x1F3FB..=0x1F3FF | 0xFE0E | 0xFE0F | 0x20E3 | 0xE0020..=0xE007F)
}

#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

#[inline]
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

#[inline]
pub(crate) fn is_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₪'
            | '₹'
            | '₽'
            | '₩'
            | '₺'
            | '₴'
            | '₦'
            | '฿'
            | '₱'
            | '₫'
            | '¢'
            | '₣'
            | '₡'
            | '₵'
            | '₸'
            | '₼'
            | '₾'
            | '₿'
    ) || ('\u{20A0}'..='\u{20C0}').contains(&c)
}

/// Suffixes split off a number written against it (`10m`, `1.5bn`, `5km`, `3GB`, `640bhp`,
/// `100元`): scale words listed here, and every unit or currency form of the unit table
/// (`claims::units`, generated data) except `s`, which would split decades (`1990s`).
fn is_unit_suffix(s: &str) -> bool {
    const SCALES: &[&str] = &[
        "k", "K", "m", "M", "bn", "Bn", "BN", "b", "B", "mn", "mln", "tn", "trn", "tr", "T", "cr", "lakh",
        // scale words written against the number: `€222million`, `£35million`, `2billion`
        "million", "Million", "billion", "Billion", "trillion", "Trillion", "thousand",
        // not table forms: `6ft 4in` (inch is `in` only after feet), `3923sq m`
        "in", "sq", // Italian thousands written against the number: `45mila`
        "mila",
    ];
    SCALES.contains(&s) || (s != "s" && crate::claims::is_unit_suffix(s))
}

/// `21st`, `2nd`, `3rd`, `11th`: the suffix the digits take as an ordinal (so `16st`, stone, is
/// a number and a unit, and `1st` one token).
fn is_ordinal(digits: &str, suffix: &str) -> bool {
    let d = digits.as_bytes();
    let last = d.last().copied().unwrap_or(0);
    let teen = d.len() >= 2 && d[d.len() - 2] == b'1';
    match suffix {
        "st" | "St" | "ST" => last == b'1' && !teen,
        "nd" | "Nd" | "ND" => last == b'2' && !teen,
        "rd" | "Rd" | "RD" => last == b'3' && !teen,
        "th" | "Th" | "TH" => true,
        _ => false,
    }
}

/// How an abbreviation behaves before the next word (see [`abbreviation_class`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevClass {
    /// Titles and the like (`Mr.`, `Dr.`, `Gen.`, `Mt.`, `e.g.`, `vs.`): never end a sentence.
    Title,
    /// Abbreviations that prefix a number (`No. 5`, `p. 55`, `Jan. 5`, `Fig. 3`, `ca. 1500`):
    /// they keep their period only before a number; elsewhere the period is a full stop
    /// (`The answer is no.`).
    NumberPrefix,
    /// Everything else (`Inc.`, `Co.`, `Ltd.`, `etc.`, `Jr.`, `U.S.`): may end a sentence; the
    /// splitter decides from the next word.
    Other,
}

/// The class of a known abbreviation (lower case, without the period), if it is one.
///
/// Common words that are also abbreviations (`ill`, `mass`, `wash`, `miss`, `sat`, `am`…) are
/// deliberately absent: in news they end sentences far more often than they abbreviate.
pub(crate) fn abbreviation_class(word_lower: &str) -> Option<AbbrevClass> {
    const TITLES: &[&str] = &[
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "cmdr", "adm",
        "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt", "messrs", "mme",
        "mlle", "mgr", "msgr", "cf", "viz", "vs", "v", "approx", "e.g", "i.e", "lieut", "brig", "cpl", "pvt",
        "atty", "gens", "reps", "sens", "amb", "dist", "ft", "bzw", "vgl", "inkl", "evtl", "ggf", "sog",
    ];
    // Also other languages' abbreviations before a number: Spanish `pág. 12`, `núm. 3`, French
    // `env. 300` (environ).
    const NUMBER_PREFIX: &[&str] = &[
        "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "ch", "chap", "sec", "art", "para", "op",
        "tel", "ext", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "nr", "pt", "pts", "ed", "eds", "rev", "rs", "eq", "eqs", "ref", "refs", "tab", "thm", "sect",
        "cl", "pág", "págs", "núm", "env",
    ];
    const OTHER: &[&str] = &[
        "inc", "ltd", "co", "corp", "plc", "bros", "llc", "dept", "univ", "assn", "est", "etc", "al", "jr",
        "sr", "esq", "ave", "blvd", "rd", "hwy", "govt", "intl", "natl", "misc", "calif", "fla", "mich",
        "minn", "okla", "tex", "ariz", "colo", "conn", "tenn", "wis", "nev", "wyo", "penn", "mon", "tue",
        "tues", "thu", "thur", "thurs", "fri", "min", "max", "avg", "yr", "yrs", "mln", "bln", "ibid", "ph",
        "ps", "mfg", "dir", "mgmt", "usw", "jh",
    ];
    // The lists as one map (this runs for every word before a period): a word in two lists
    // takes the first list's class, as the lists are read in order.
    static CLASSES: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, AbbrevClass>> =
        std::sync::LazyLock::new(|| {
            let mut m = rustc_hash::FxHashMap::default();
            for (list, class) in [
                (OTHER, AbbrevClass::Other),
                (NUMBER_PREFIX, AbbrevClass::NumberPrefix),
                (TITLES, AbbrevClass::Title),
            ] {
                for &w in list {
                    m.insert(w, class);
                }
            }
            m
        });
    if let Some(&class) = CLASSES.get(word_lower) {
        Some(class)
    } else if word_lower.len() > 4 && word_lower.ends_with("str") && word_lower.is_ascii() {
        // German street names: "Hauptstr.", "Bahnhofstr." (no English word ends in "str").
        Some(AbbrevClass::Other)
    } else {
        None
    }
}

/// True for dotted initials and acronyms: `U.S.`, `e.g.`, `Ph.D.`, `J.`, `a.m.`.
pub(crate) fn is_initials(tok: &str) -> bool {
    let Some(stem) = tok.strip_suffix('.') else {
        return false;
    };
    let parts = stem.split('.').count();
    !stem.is_empty()
        && (parts >= 2 || stem.chars().count() == 1)
        && stem
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
}

/// Words that, in lower case, never end a sentence (titles).
pub(crate) fn is_nonfinal_abbreviation(word_lower: &str) -> bool {
    abbreviation_class(word_lower) == Some(AbbrevClass::Title)
}

/// True when `tok` (ending in `.`) is an abbreviation that keeps its period.
pub(crate) fn is_abbreviation_token(tok: &str) -> bool {
    let Some(stem) = tok.strip_suffix('.') else {
        return false;
    };
    if stem.is_empty() {
        return false;
    }
    if is_initials(tok) {
        return true;
    }
    if stem.len() > 8 {
        return false;
    }
    // lower-cased on the stack (`stem` has at most 8 bytes here; non-ASCII bytes are copied)
    let mut buf = [0u8; 8];
    let low = &mut buf[..stem.len()];
    low.copy_from_slice(stem.as_bytes());
    low.make_ascii_lowercase();
    let class = std::str::from_utf8(low).ok().and_then(abbreviation_class);
    // Titles are written "Dr.", "Ft.": in capitals ("FT.", "MS.", "DR.") the word is an acronym
    // (Financial Times, multiple sclerosis, DR Congo) and the period a full stop.
    if class == Some(AbbrevClass::Title) && stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    class.is_some()
}

// ---------------------------------------------------------------------------------------------
// the scanner

struct Scanner<'a, 'o> {
    text: &'a str,
    bytes: &'a [u8],
    out: &'o mut Vec<Token>,
    /// Take the fast path for plain ASCII words (off only in the reference tokenizer).
    fast: bool,
}

impl Scanner<'_, '_> {
    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        debug_assert!(start < end);
        self.out.push(Token {
            span: Span::new(start, end),
            kind,
        });
    }

    fn run(&mut self) {
        let n = self.bytes.len();
        let mut i = 0;
        while i < n {
            let b = self.bytes[i];
            if b < 0x80 {
                if b == b' ' || (b'\t'..=b'\r').contains(&b) {
                    i += 1;
                    continue;
                }
            } else {
                let c = char_at(self.text, i).unwrap_or(' ');
                if is_space(c) {
                    i += c.len_utf8();
                    continue;
                }
            }
            i = self.token_at(i);
        }
    }

    /// End of the whitespace-delimited chunk that starts at `i`.
    fn chunk_end(&self, i: usize) -> usize {
        let mut j = i;
        while j < self.bytes.len() {
            let b = self.bytes[j];
            if b < 0x80 {
                if b == b' ' || (b'\t'..=b'\r').contains(&b) {
                    break;
                }
                j += 1;
            } else {
                let c = char_at(self.text, j).unwrap_or(' ');
                if is_space(c) {
                    break;
                }
                j += c.len_utf8();
            }
        }
        j
    }

    /// Scans one token (or a clitic-split group) at `i`, a non-space position; returns the next
    /// position.
    fn token_at(&mut self, i: usize) -> usize {
        // Fast path for the commonest token: a run of ASCII letters ended by a space or by
        // punctuation that cannot continue a word (no apostrophe, hyphen, period, `@`, `&`, `:`,
        // `/`, digit or non-ASCII byte). It is exactly what the general path below would produce,
        // without its URL, e-mail and clitic probes.
        if self.fast && self.bytes[i].is_ascii_alphabetic() {
            let bytes = self.bytes;
            let mut e = i + 1;
            while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
                e += 1;
            }
            let simple_end = match bytes.get(e) {
                None => true,
                Some(&t) => matches!(
                    t,
                    b' ' | b'\n' | b'\t' | b'\r' | b',' | b';' | b'!' | b'?' | b')' | b']' | b'}' | b'"'
                ),
            };
            let special = (e - i == 6 && bytes[i..e].eq_ignore_ascii_case(b"cannot"))
                || (e - i == 3 && bytes[i..e].eq_ignore_ascii_case(b"www"))
                || apostropheless_split(&self.text[i..e]).is_some();
            if simple_end && !special {
                self.push(i, e, TokenKind::Word);
                return e;
            }
        }
        let text = self.text;
        let c = char_at(text, i).unwrap_or(' ');
        let prev = char_before(text, i);
        let prev_is_boundary = prev.is_none_or(|p| is_space(p) || is_open_punct(p));

        // URLs and e-mails are decided on the whole chunk.
        if c.is_ascii_alphabetic() || c == '<' {
            if let Some(end) = self.url_at(i) {
                self.push(i, end, TokenKind::Url);
                return end;
            }
            if prev_is_boundary {
                if let Some(end) = self.bare_domain_url_at(i) {
                    self.push(i, end, TokenKind::Url);
                    return end;
                }
            }
        }
        if is_word_char(c) && prev_is_boundary {
            if let Some(end) = self.email_at(i) {
                self.push(i, end, TokenKind::Email);
                return end;
            }
        }
        if (c == '#' || c == '@') && prev.is_none_or(|p| !is_word_char(p)) {
            let mut j = i + 1;
            while let Some(d) = char_at(text, j) {
                if is_word_char(d) || d == '_' {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            if j > i + 1 && char_at(text, i + 1).is_some_and(|d| d == '_' || !d.is_ascii_digit() || c == '@')
            {
                let kind = if c == '#' {
                    TokenKind::Hashtag
                } else {
                    TokenKind::Handle
                };
                self.push(i, j, kind);
                return j;
            }
        }

        // Signed numbers: a sign touching digits, after a boundary.
        if matches!(c, '+' | '-' | '\u{2212}') && prev_is_boundary {
            let after = i + c.len_utf8();
            if char_at(text, after).is_some_and(is_digit) {
                return self.number_at(i, after);
            }
        }
        if is_digit(c) {
            return self.number_at(i, i);
        }
        // ".5" decimals, also after a comparison sign ("p<.001")
        let after_sign =
            prev.is_some_and(|p| matches!(p, '<' | '>' | '=' | '\u{2264}' | '\u{2265}' | '~' | '\u{2248}'));
        if c == '.'
            && (prev_is_boundary || after_sign)
            && char_at(text, i + 1).is_some_and(|d| d.is_ascii_digit())
        {
            return self.number_at(i, i + 1);
        }
        if is_word_char(c) {
            return self.word_at(i);
        }
        if is_spaceless_script(c) {
            let end = i + c.len_utf8();
            let end = self.extend_marks(end);
            self.push(i, end, TokenKind::Word);
            return end;
        }
        if is_emoji(c) {
            return self.emoji_at(i);
        }
        self.punct_at(i, c)
    }

    fn extend_marks(&self, mut j: usize) -> usize {
        while let Some(d) = char_at(self.text, j) {
            if is_mark(d) || is_emoji_extend(d) {
                j += d.len_utf8();
            } else {
                break;
            }
        }
        j
    }

    fn emoji_at(&mut self, i: usize) -> usize {
        let text = self.text;
        let c = char_at(text, i).unwrap_or(' ');
        let mut j = i + c.len_utf8();
        // Regional indicator pairs are flags.
        if (0x1F1E6..=0x1F1FF).contains(&(c as u32)) {
            if let Some(d) = char_at(text, j) {
                if (0x1F1E6..=0x1F1FF).contains(&(d as u32)) {
                    j += d.len_utf8();
                }
            }
            self.push(i, j, TokenKind::Emoji);
            return j;
        }
        loop {
            while let Some(d) = char_at(text, j) {
                if d != '\u{200D}' && (is_emoji_extend(d) || is_mark(d)) {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            if char_at(text, j) == Some('\u{200D}') {
                if let Some(d) = char_at(text, j + 3) {
                    if is_emoji(d) {
                        j += 3 + d.len_utf8();
                        continue;
                    }
                }
                j += 3;
            }
            break;
        }
        self.push(i, j, TokenKind::Emoji);
        j
    }

    fn punct_at(&mut self, i: usize, c: char) -> usize {
        let text = self.text;
        let cl = c.len_utf8();
        // Emoticons standing alone between spaces: ":)", ";-)", ":D", "<3".
        if matches!(c, ':' | ';' | '=' | '<') && char_before(text, i).is_none_or(is_space) {
            for len in [2, 3] {
                let e = i + len;
                if e <= self.bytes.len()
                    && text.is_char_boundary(e)
                    && is_emoticon(&text[i..e])
                    && char_at(text, e).is_none_or(|d| is_space(d) || matches!(d, '.' | ',' | '!' | '?'))
                {
                    self.push(i, e, TokenKind::Symbol);
                    return e;
                }
            }
        }
        // Runs that stay together: "...", "--", "**".
        // Doubled apostrophes and backticks are quotes: "''", "``" (Penn Treebank, spaCy).
        if matches!(c, '\'' | '`') && char_at(text, i + 1) == Some(c) && char_at(text, i + 2) != Some(c) {
            self.push(i, i + 2, TokenKind::Punct);
            return i + 2;
        }
        // A bare top-level domain or file extension after a space: ".com", ".png" (spaCy).
        if c == '.' && char_before(text, i).is_none_or(is_space) {
            let mut j = i + 1;
            while j < self.bytes.len() && self.bytes[j].is_ascii_lowercase() && j - i <= 8 {
                j += 1;
            }
            if j - i >= 3 && j - i <= 8 && char_at(text, j).is_none_or(|d| !is_word_char(d)) {
                self.push(i, j, TokenKind::Word);
                return j;
            }
        }
        if matches!(c, '.' | '-' | '*' | '=' | '_' | '~') {
            let mut j = i + 1;
            while char_at(text, j) == Some(c) {
                j += 1;
            }
            if j - i >= 2 && (c != '.' || j - i >= 3) {
                let kind = if c == '.' || c == '-' {
                    TokenKind::Punct
                } else {
                    TokenKind::Symbol
                };
                self.push(i, j, kind);
                return j;
            }
        }
        // A lone apostrophe at a word's end after 's' is a plural possessive; punct_at only sees
        // it when it is not glued to a word, so it is punctuation here.
        let kind = if is_currency(c) {
            TokenKind::Currency
        } else if is_punctuation(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        let end = self.extend_marks(i + cl);
        self.push(i, end, kind);
        end
    }

    /// A numeral starting at `start` (the sign, if any), digits from `digits`.
    fn number_at(&mut self, start: usize, digits: usize) -> usize {
        let text = self.text;
        let mut j = digits;
        // Leading '.' for ".5"
        if char_at(text, j) == Some('.') {
            j += 1;
        }
        j = self.digits_end(j);
        while let Some(sep) = char_at(text, j) {
            let after = j + sep.len_utf8();
            match sep {
                ',' | '.' | ':' | '/' | '\'' | '\u{2019}' | '\u{066B}' | '\u{066C}' => {
                    if char_at(text, after).is_some_and(is_digit) {
                        // "'" only as a Swiss thousands separator: exactly three digits follow.
                        if matches!(sep, '\'' | '\u{2019}') && self.digits_end(after) - after != 3 {
                            break;
                        }
                        j = self.digits_end(after);
                        continue;
                    }
                    break;
                }
                c if is_group_space(c) => {
                    // "1 700": exactly three digits, then not a digit.
                    let e = self.digits_end(after);
                    if e - after == 3 && e > after && !char_at(text, e).is_some_and(is_digit) {
                        j = e;
                        continue;
                    }
                    break;
                }
                _ => break,
            }
        }
        // What touches the numeral's end?
        let Some(next) = char_at(text, j) else {
            self.push(start, j, TokenKind::Number);
            return j;
        };
        if next.is_alphabetic() {
            // Letters glued on: a unit/scale suffix splits off; anything else makes an alnum token.
            let mut e = j;
            while let Some(d) = char_at(text, e) {
                if d.is_alphabetic() || is_mark(d) || (d.is_ascii_digit() && e > j) {
                    e += d.len_utf8();
                } else {
                    break;
                }
            }
            let suffix = &text[j..e];
            let after = char_at(text, e);
            // "5bn-$6bn", "10km-15km": a hyphen before a digit or currency sign is a range, and the
            // suffix ends there too
            let range_dash = after.is_some_and(is_hyphen)
                && text[e..]
                    .chars()
                    .nth(1)
                    .is_some_and(|d| d.is_ascii_digit() || is_currency(d));
            let suffix_ends_word = range_dash || after.is_none_or(|d| !is_word_char(d) && !is_hyphen(d));
            if suffix_ends_word && is_unit_suffix(suffix) && !is_ordinal(&text[start..j], suffix) {
                self.push(start, j, TokenKind::Number);
                self.push(j, e, TokenKind::Word);
                return e;
            }
            return self.word_from(start, e, true);
        }
        if is_hyphen(next) {
            // "200-fold", "30-year" stay whole (spaCy); "10-15" splits.
            let after = j + next.len_utf8();
            if char_at(text, after).is_some_and(|d| d.is_alphabetic()) {
                return self.word_from(start, j, true);
            }
        }
        if is_word_char(next) {
            return self.word_from(start, j, true);
        }
        self.push(start, j, TokenKind::Number);
        // "Radio 4's", "the 1990's": a clitic after a numeral splits as after a word.
        if let Some(e) = self.clitic_at(j) {
            self.push(j, e, TokenKind::Clitic);
            return e;
        }
        j
    }

    fn digits_end(&self, mut j: usize) -> usize {
        while let Some(d) = char_at(self.text, j) {
            if is_digit(d) {
                j += d.len_utf8();
            } else {
                break;
            }
        }
        j
    }

    fn word_at(&mut self, i: usize) -> usize {
        // "EUR50m", "USD1,700", "RM79", "$US55": a currency code or letter symbol glued before
        // digits splits off (the unit table decides what is one).
        let bytes = self.text.as_bytes();
        let mut e = i;
        while e < bytes.len() && bytes[e].is_ascii_alphabetic() && e - i < 4 {
            e += 1;
        }
        if e > i + 1
            && e < bytes.len()
            && bytes[e].is_ascii_digit()
            && crate::claims::is_currency_prefix(&self.text[i..e])
        {
            self.push(i, e, TokenKind::Word);
            return e;
        }
        self.word_from(i, i, false)
    }

    /// Continues a word from `j` (the token started at `start`); `has_digit` says whether digits
    /// were seen already.
    fn word_from(&mut self, start: usize, mut j: usize, mut has_digit: bool) -> usize {
        let text = self.text;
        let mut has_alpha = false;
        // Seen an inner period ("Halo.Bungie.Org" is a name, not two sentences).
        let mut dotted = false;
        // Scan the core: word chars, with inner connectors.
        loop {
            while let Some(d) = char_at(text, j) {
                if is_word_char(d) || (d == '_' && j > start) {
                    if d.is_numeric() {
                        has_digit = true;
                    } else if d.is_alphabetic() {
                        has_alpha = true;
                    }
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            let Some(d) = char_at(text, j) else { break };
            let after = j + d.len_utf8();
            let next = char_at(text, after);
            let last = char_before(text, j);
            match d {
                _ if is_hyphen(d) => {
                    let last_alpha = last.is_some_and(|c| c.is_alphabetic());
                    let last_digit = last.is_some_and(|c| c.is_numeric());
                    let next_alpha = next.is_some_and(|c| c.is_alphabetic());
                    let next_digit = next.is_some_and(is_digit);
                    // letter-letter splits (spaCy); letter-digit and digit-letter stay whole.
                    if (last_alpha && next_digit) || (last_digit && next_alpha) || (has_digit && next_alpha) {
                        if last_alpha && next_alpha {
                            break;
                        }
                        j = after;
                        continue;
                    }
                    break;
                }
                _ if is_apostrophe(d) => {
                    // Clitics are split later; an apostrophe between letters stays inside.
                    if next.is_some_and(|c| c.is_alphabetic()) && !self.clitic_follows(j) {
                        j = after;
                        continue;
                    }
                    break;
                }
                '.' => {
                    // A title glued to a name, "Mr.Benn": the title keeps its period.
                    if !dotted
                        && next.is_some_and(char::is_uppercase)
                        && char_at(text, after + next.map_or(0, char::len_utf8))
                            .is_some_and(char::is_lowercase)
                        && abbreviation_class(&text[start..j].to_ascii_lowercase())
                            == Some(AbbrevClass::Title)
                    {
                        j = after;
                        break;
                    }
                    // A missing space after a full stop, "end.Next": lower case (three letters or
                    // more) before, a capitalised word after, splits (spaCy's infix rule, minus
                    // "Ph.D").
                    if next.is_some_and(char::is_uppercase)
                        && char_at(text, after + next.map_or(0, char::len_utf8))
                            .is_some_and(char::is_lowercase)
                        && lower_run_before(text, j) >= 3
                        && !dotted
                        && !dotted_word_at(text, after)
                    {
                        break;
                    }
                    // A period between letters with no space (U.S, TEMPO.CO, Node.js).
                    if next.is_some_and(|c| c.is_alphabetic()) && last.is_some_and(|c| c.is_alphabetic()) {
                        dotted = true;
                        j = after;
                        continue;
                    }
                    break;
                }
                '&' => {
                    // AT&T, S&P: capitals on both sides.
                    if last.is_some_and(|c| c.is_uppercase()) && next.is_some_and(|c| c.is_uppercase()) {
                        j = after;
                        continue;
                    }
                    break;
                }
                _ => break,
            }
        }
        // A final period that belongs to an abbreviation.
        if char_at(text, j) == Some('.') && is_abbreviation_token(&text[start..j + 1]) {
            // A number-prefix abbreviation (`No.`, `p.`, `Jan.`) keeps its period only before a
            // number: "No. 5" but "the answer is no."
            let keep = is_initials(&text[start..j + 1])
                || abbreviation_class(&text[start..j].to_ascii_lowercase())
                    != Some(AbbrevClass::NumberPrefix)
                || self.number_follows(j + 1);
            if keep {
                j += 1;
            }
        }
        let kind = if has_digit && (has_alpha || text[start..j].chars().any(|c| c.is_alphabetic())) {
            TokenKind::Alnum
        } else if has_digit && !has_alpha {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        // "cannot" → "can" "not" (spaCy, Penn Treebank).
        if kind == TokenKind::Word && j - start == 6 && text[start..j].eq_ignore_ascii_case("cannot") {
            self.push(start, start + 3, kind);
            self.push(start + 3, j, kind);
            return j;
        }
        // Contractions written without the apostrophe, as spaCy splits them: "dont" → "do" "nt",
        // "gonna" → "gon" "na".
        if kind == TokenKind::Word && (2..=8).contains(&(j - start)) {
            if let Some(split) = apostropheless_split(&text[start..j]) {
                self.push(start, start + split, kind);
                self.push(start + split, j, TokenKind::Clitic);
                return j;
            }
        }
        // Clitic split: "don't" → "do" "n't" is detected here, "’s" and friends come next.
        if kind == TokenKind::Word && j - start >= 2 {
            let w = &text[start..j];
            if (w.ends_with('n') || w.ends_with('N')) && self.nt_follows(j) {
                let split = j - 1;
                if split > start {
                    self.push(start, split, kind);
                    let e = self.nt_end(j);
                    self.push(split, e, TokenKind::Clitic);
                    return e;
                }
            }
        }
        // "C++", and "nothin'", "goin'": spaCy keeps these whole.
        if kind == TokenKind::Word && j - start <= 3 && text[j..].starts_with("++") {
            let e = j + 2;
            if char_at(text, e).is_none_or(|d| !is_word_char(d) && d != '+') {
                self.push(start, e, kind);
                return e;
            }
        }
        if kind == TokenKind::Word && char_at(text, j) == Some('\'') && is_dropped_g(&text[start..j]) {
            let e = j + 1;
            if char_at(text, e).is_none_or(|d| !is_word_char(d)) {
                self.push(start, e, kind);
                return e;
            }
        }
        self.push(start, j, kind);
        // Clitics after the word.
        if let Some(e) = self.clitic_at(j) {
            self.push(j, e, TokenKind::Clitic);
            return e;
        }
        j
    }

    /// True when a number follows `j` after spaces, perhaps in brackets (`No. 5`, `Eq. (2)`,
    /// `Ref. [12]`).
    fn number_follows(&self, mut j: usize) -> bool {
        let mut bracket = false;
        while let Some(c) = char_at(self.text, j) {
            if c == ' ' || c == '\u{a0}' {
                j += c.len_utf8();
            } else if matches!(c, '(' | '[') && !bracket {
                bracket = true;
                j += 1;
            } else {
                return is_digit(c);
            }
        }
        false
    }

    /// True when an apostrophe at `j` starts a clitic ('s 're 've 'll 'm 'd, or n't after n).
    fn clitic_follows(&self, j: usize) -> bool {
        self.clitic_at(j).is_some()
            || (matches!(char_before(self.text, j), Some('n' | 'N')) && self.nt_follows(j))
    }

    /// The end of the clitic starting at `j` (an apostrophe), if one starts there.
    fn clitic_at(&self, j: usize) -> Option<usize> {
        let text = self.text;
        let a = char_at(text, j)?;
        if !is_apostrophe(a) {
            return None;
        }
        let s = j + a.len_utf8();
        let mut e = s;
        while let Some(d) = char_at(text, e) {
            if d.is_alphabetic() {
                e += d.len_utf8();
            } else {
                break;
            }
        }
        if char_at(text, e).is_some_and(is_word_char) {
            return None;
        }
        let suf = &text[s..e];
        let lower = suf.to_ascii_lowercase();
        if matches!(lower.as_str(), "s" | "re" | "ve" | "ll" | "m" | "d") {
            return Some(e);
        }
        // Bare possessive after a plural ("Palestinians’"): the apostrophe alone.
        if suf.is_empty() {
            let before = char_before(text, j)?;
            if (before == 's' || before == 'S') && a != '\u{2018}' {
                // Not an opening quote: next char must not be a letter (already checked).
                return Some(s);
            }
        }
        None
    }

    /// True when "n't" (with any apostrophe) starts at `j - 1`, i.e. `j` is the apostrophe.
    fn nt_follows(&self, j: usize) -> bool {
        let text = self.text;
        let Some(a) = char_at(text, j) else { return false };
        if !is_apostrophe(a) {
            return false;
        }
        let t = j + a.len_utf8();
        matches!(char_at(text, t), Some('t' | 'T')) && !char_at(text, t + 1).is_some_and(is_word_char)
    }

    fn nt_end(&self, j: usize) -> usize {
        let a = char_at(self.text, j).map_or(1, char::len_utf8);
        j + a + 1
    }

    /// A URL starting at `i`, returning its end.
    fn url_at(&self, i: usize) -> Option<usize> {
        let rest = &self.bytes[i..];
        let lower_starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        let is_url = lower_starts(b"http://")
            || lower_starts(b"https://")
            || lower_starts(b"ftp://")
            || (lower_starts(b"www.") && rest.len() > 5 && rest[4].is_ascii_alphanumeric());
        if !is_url {
            return None;
        }
        let end = self.chunk_end(i);
        Some(self.trim_trailing_punct(i, end))
    }

    /// A URL written without a scheme, a domain with a known top-level domain and a path:
    /// `bbc.co.uk/news`, `example.com/a`. The domain scan stops after 256 bytes, so it stays
    /// linear on long runs of letters.
    fn bare_domain_url_at(&self, i: usize) -> Option<usize> {
        const TLDS: &[&str] = &[
            "com", "org", "net", "gov", "edu", "int", "mil", "io", "co", "uk", "us", "eu", "de", "fr", "ca",
            "au", "in", "info", "biz", "news", "tv", "me", "ly", "ie", "nz", "il", "ps", "ru", "cn", "jp",
        ];
        let bytes = self.bytes;
        let limit = (i + 256).min(bytes.len());
        let mut j = i;
        let mut last_dot = None;
        while j < limit {
            let b = bytes[j];
            if b.is_ascii_alphanumeric() || b == b'-' {
                j += 1;
            } else if b == b'.' && j > i && bytes[j - 1] != b'.' {
                last_dot = Some(j);
                j += 1;
            } else {
                break;
            }
        }
        if j >= limit || bytes[j] != b'/' || !bytes.get(j + 1).is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
        let dot = last_dot?;
        if !TLDS
            .iter()
            .any(|t| bytes[dot + 1..j].eq_ignore_ascii_case(t.as_bytes()))
        {
            return None;
        }
        let end = self.chunk_end(i);
        Some(self.trim_trailing_punct(i, end))
    }

    /// Drops trailing punctuation from a URL or e-mail candidate (keeping a `)` that closes a `(`
    /// inside it).
    fn trim_trailing_punct(&self, start: usize, mut end: usize) -> usize {
        let text = self.text;
        while end > start {
            let c = char_before(text, end).unwrap_or(' ');
            let strip = match c {
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '’' | '”' | '“' | '‘' | '»' | '>' | ']'
                | '}' => true,
                ')' => {
                    let inner = &text[start..end];
                    inner.matches('(').count() < inner.matches(')').count()
                }
                _ => false,
            };
            if !strip {
                break;
            }
            end -= c.len_utf8();
        }
        end
    }

    fn email_at(&self, i: usize) -> Option<usize> {
        // An e-mail address is at most 254 bytes: looking no further keeps the scan linear on
        // text like "(a(a(a(a…" where every letter starts a candidate.
        let mut end = i;
        let limit = (i + 256).min(self.bytes.len());
        while end < limit {
            let b = self.bytes[end];
            if b == b'@' {
                break;
            }
            if b == b' '
                || (b'\t'..=b'\r').contains(&b)
                || !(b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
            {
                return None;
            }
            end += 1;
        }
        if end >= limit {
            return None;
        }
        let end = self.chunk_end(i);
        let chunk = &self.bytes[i..end];
        let at = memchr_byte(b'@', chunk)?;
        if at == 0 {
            return None;
        }
        let local_ok = chunk[..at]
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b));
        if !local_ok {
            return None;
        }
        let end = self.trim_trailing_punct(i, end);
        let domain = &self.bytes[i + at + 1..end];
        let dot = domain.iter().rposition(|&b| b == b'.')?;
        let ok = dot > 0
            && domain.len() - dot > 2
            && domain
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
            && domain[dot + 1..].iter().all(u8::is_ascii_alphabetic);
        ok.then_some(end)
    }
}

/// Words written with a dropped "g" and an apostrophe ("nothin'"), which spaCy keeps whole.
fn is_dropped_g(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "nothin",
        "somethin",
        "anythin",
        "everythin",
        "goin",
        "doin",
        "comin",
        "lovin",
        "talkin",
        "gettin",
        "havin",
        "runnin",
        "sayin",
        "thinkin",
        "lookin",
        "makin",
        "takin",
        "tryin",
        "workin",
        "playin",
        "rockin",
        "rollin",
        "feelin",
        "livin",
        "walkin",
        "movin",
        "singin",
        "fishin",
        "huntin",
        "shootin",
    ];
    w.len() <= 10 && WORDS.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Where a contraction written without its apostrophe splits (spaCy's exceptions), if `w` is one.
fn apostropheless_split(w: &str) -> Option<usize> {
    // Called for every short word: lower-case into a stack buffer and match, no allocation.
    let b = w.as_bytes();
    if !(4..=8).contains(&b.len()) {
        return None;
    }
    // Every form below ends in `t` or `a` (either case): most words stop here.
    if !matches!(b[b.len() - 1], b't' | b'T' | b'a' | b'A') {
        return None;
    }
    let mut buf = [0u8; 8];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    match &buf[..b.len()] {
        b"dont" | b"didnt" | b"doesnt" | b"cant" | b"couldnt" | b"wouldnt" | b"shouldnt" | b"isnt"
        | b"arent" | b"wasnt" | b"werent" | b"hasnt" | b"havent" | b"hadnt" | b"wont" | b"aint"
        | b"mustnt" | b"neednt" => Some(b.len() - 2),
        b"gonna" | b"gotta" | b"wanna" => Some(3),
        _ => None,
    }
}

/// True when the letters from `j` are followed by a period and another letter ("Bungie.Org").
fn dotted_word_at(text: &str, j: usize) -> bool {
    let rest = &text[j..];
    let end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    rest[end..].starts_with('.') && rest[end + 1..].starts_with(char::is_alphabetic)
}

/// The number of lower-case letters right before `j`.
fn lower_run_before(text: &str, j: usize) -> usize {
    text[..j]
        .chars()
        .rev()
        .take(3)
        .take_while(|c| c.is_lowercase())
        .count()
}

/// Emoticons kept whole, as spaCy does: `:)`, `:-)`, `:(`, `;)`, `:D`, `:P`, `:/`, `<3`, `:'(`.
pub(crate) fn is_emoticon(s: &str) -> bool {
    let b = s.as_bytes();
    if b == b"<3" {
        return true;
    }
    let (eyes, rest) = match b.split_first() {
        Some((&e, r)) => (e, r),
        None => return false,
    };
    if !matches!(eyes, b':' | b';' | b'=') {
        return false;
    }
    let mouth = match rest {
        [m] => *m,
        [b'-' | b'\'', m] => *m,
        _ => return false,
    };
    matches!(
        mouth,
        b')' | b'(' | b'D' | b'P' | b'p' | b'/' | b'|' | b'O' | b'o' | b']' | b'['
    )
}

#[inline]
fn memchr_byte(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

#[inline]
pub(crate) fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '"' | '\'' | '“' | '‘' | '«' | '„' | '‹' | '¿' | '¡' | '/' | '—' | '–'
    )
}

#[inline]
fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '%' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E | 0x3000..=0x303F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20)
        || matches!(
            c,
            '«' | '»' | '¡' | '¿' | '·' | '§' | '¶' | '、' | '。' | '，' | '：' | '；' | '！' | '？'
        )
        || matches!(
            c,
            '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{06D4}' | '\u{0964}' | '\u{0965}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$($tok:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($tok),*];
                assert_eq!(toks($text), expected, "tokens of {:?}", $text);
            }
        };
    }

    t!(
        possessive_curly,
        "Microsoft’s Azure",
        ["Microsoft", "’s", "Azure"]
    );
    t!(possessive_straight, "IDF's unit", ["IDF", "'s", "unit"]);
    // "Rs." (rupees) keeps its period before an amount, like "No. 5"; elsewhere it is a stop.
    t!(
        rupee_abbreviation,
        "Rs. 300 crore. Not Rs.",
        ["Rs.", "300", "crore", ".", "Not", "Rs", "."]
    );
    t!(
        two_letter_word_before_full_stop,
        "up to it. Ask us. J. Smith",
        ["up", "to", "it", ".", "Ask", "us", ".", "J.", "Smith"]
    );
    t!(
        plural_possessive,
        "Palestinians’ calls",
        ["Palestinians", "’", "calls"]
    );
    t!(
        contractions,
        "don't can't I'm we've they'll she'd",
        ["do", "n't", "ca", "n't", "I", "'m", "we", "'ve", "they", "'ll", "she", "'d"]
    );
    t!(curly_contraction, "Don’t", ["Do", "n’t"]);
    t!(cannot, "It cannot be", ["It", "can", "not", "be"]);
    t!(number_clitic, "Radio 4's show", ["Radio", "4", "'s", "show"]);
    t!(
        names_with_apostrophe,
        "O'Brien rock'n'roll",
        ["O'Brien", "rock'n'roll"]
    );
    t!(
        hyphen_words,
        "Israel-Hamas pro-Palestine",
        ["Israel", "-", "Hamas", "pro", "-", "Palestine"]
    );
    t!(
        identifiers,
        "GPT-4 COVID-19 F-35 Unit 8200",
        ["GPT-4", "COVID-19", "F-35", "Unit", "8200"]
    );
    t!(
        fold,
        "surged more than 200-fold",
        ["surged", "more", "than", "200-fold"]
    );
    t!(range, "10-15 people", ["10", "-", "15", "people"]);
    t!(
        numbers,
        "61,827 and 2.5 and 1\u{a0}700 people",
        ["61,827", "and", "2.5", "and", "1\u{a0}700", "people"]
    );
    t!(nbsp_not_group, "in 2023\u{a0}1234", ["in", "2023", "1234"]);
    t!(
        signed,
        "+972 Magazine, −3 degrees",
        ["+972", "Magazine", ",", "−3", "degrees"]
    );
    t!(
        currency,
        "$10 and €3.2bn and £600m",
        ["$", "10", "and", "€", "3.2", "bn", "and", "£", "600", "m"]
    );
    t!(percent, "60% rise", ["60", "%", "rise"]);
    t!(ordinals, "4th 1990s 8200s", ["4th", "1990s", "8200s"]);
    t!(
        scale_before_range_dash,
        "$5bn-$6bn 5bn-strong",
        ["$", "5", "bn", "-", "$", "6", "bn", "5bn", "-", "strong"]
    );
    t!(
        ordinal_or_stone,
        "the 21st, 1st and 11th; 16st 2lb",
        ["the", "21st", ",", "1st", "and", "11th", ";", "16", "st", "2", "lb"]
    );
    t!(
        abbrev,
        "U.S. and Dr. Smith e.g. Inc.",
        ["U.S.", "and", "Dr.", "Smith", "e.g.", "Inc."]
    );
    t!(sentence_end, "He left. She", ["He", "left", ".", "She"]);
    t!(domainish, "TEMPO.CO, Jakarta", ["TEMPO.CO", ",", "Jakarta"]);
    t!(att, "AT&T and S&P 500", ["AT&T", "and", "S&P", "500"]);
    t!(
        url,
        "see https://www.democracynow.org/2024/4/5/israel_ai.",
        ["see", "https://www.democracynow.org/2024/4/5/israel_ai", "."]
    );
    t!(email, "mail a.b@x.org, now", ["mail", "a.b@x.org", ",", "now"]);
    t!(social, "#Gaza @guardian", ["#Gaza", "@guardian"]);
    t!(ellipsis, "wait... what…", ["wait", "...", "what", "…"]);
    t!(cjk, "中文字 ok", ["中", "文", "字", "ok"]);
    t!(emoji, "hi 👩‍👩‍👧 👍🏽 🇬🇧!", ["hi", "👩‍👩‍👧", "👍🏽", "🇬🇧", "!"]);
    t!(combining, "cafe\u{301} ok", ["cafe\u{301}", "ok"]);
    t!(time_and_dates, "10:30 on 9/11", ["10:30", "on", "9/11"]);
    t!(quotes, "“target banks”", ["“", "target", "banks", "”"]);
    t!(decimal_start, "rate of .5 pct", ["rate", "of", ".5", "pct"]);
    t!(decimal_after_sign, "(p<.001)", ["(", "p", "<", ".001", ")"]);
    t!(trailing_period_number, "killed 28.", ["killed", "28", "."]);
    t!(scale_after_space, "10 million", ["10", "million"]);
    t!(unit_km, "5km away", ["5", "km", "away"]);
    t!(dash, "the war—and then", ["the", "war", "—", "and", "then"]);
    t!(clock, "at 8am or 10.30pm", ["at", "8am", "or", "10.30pm"]);
    t!(
        no_apostrophe,
        "I dont know, Im gonna go, it wont",
        ["I", "do", "nt", "know", ",", "Im", "gon", "na", "go", ",", "it", "wo", "nt"]
    );
    t!(
        title_glued,
        "Mr.Benn and Dr.Who",
        ["Mr.", "Benn", "and", "Dr.", "Who"]
    );
    t!(
        bare_domain_path,
        "see bbc.co.uk/news. And example.com/a?b=1, or U.S./Mexico",
        [
            "see",
            "bbc.co.uk/news",
            ".",
            "And",
            "example.com/a?b=1",
            ",",
            "or",
            "U.S.",
            "/",
            "Mexico"
        ]
    );
    t!(plus_plus, "C++ and C# code", ["C++", "and", "C", "#", "code"]);
    t!(
        dropped_g,
        "Nothin' doin'. 'begin'",
        ["Nothin'", "doin'", ".", "'", "begin", "'"]
    );
    t!(
        capital_title_is_acronym,
        "told the FT. Dr. No",
        ["told", "the", "FT", ".", "Dr.", "No"]
    );
    t!(
        doubled_quotes,
        "''Yes,'' he said ``no''",
        ["''", "Yes", ",", "''", "he", "said", "``", "no", "''"]
    );
    t!(
        bare_domain,
        "the .com boom and .png files",
        ["the", ".com", "boom", "and", ".png", "files"]
    );
    t!(
        missing_space,
        "it ended.Next day",
        ["it", "ended", ".", "Next", "day"]
    );
    t!(
        dotted_names_stay,
        "Ph.D Halo.Bungie.Org Node.js TEMPO.CO",
        ["Ph.D", "Halo.Bungie.Org", "Node.js", "TEMPO.CO"]
    );
    t!(
        eq_paren,
        "Eq. (2) and Ref. [3]",
        ["Eq.", "(", "2", ")", "and", "Ref.", "[", "3", "]"]
    );
    t!(eq_word, "it is eq. The", ["it", "is", "eq", ".", "The"]);
    t!(
        emoticons,
        "great :) sad :-( wink ;) <3 ok",
        ["great", ":)", "sad", ":-(", "wink", ";)", "<3", "ok"]
    );
    t!(
        not_emoticons,
        "Note: (see a:b) x:)",
        ["Note", ":", "(", "see", "a", ":", "b", ")", "x", ":", ")"]
    );

    #[test]
    fn spans_rebuild_text() {
        let text = "İstanbul’s ß-test: 1\u{202f}000 €, 👍🏽 “ok” \r\n中文 a\u{200d}b done.";
        let t = tokenize(text);
        let mut last = 0;
        for tok in &t {
            assert!(tok.span.start >= last);
            assert!(
                text[last..tok.span.start].chars().all(is_space),
                "gap {:?}",
                &text[last..tok.span.start]
            );
            last = tok.span.end;
        }
        assert!(text[last..].chars().all(is_space));
    }
}
