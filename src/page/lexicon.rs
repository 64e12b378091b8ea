//! The page vocabulary: `data/page/*.txt`, compiled in and parsed once (see the format in
//! `data/page/en.txt`). One table for every language: scraped pages mix languages (an English
//! cookie banner over a German article), and the lists do not collide.

use aho_corasick::{AhoCorasick, MatchKind};
// Fx hashing: the keys are short compiled-in phrases looked up for every line of a page.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// What a phrase of the vocabulary signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cue {
    Boilerplate,
    Teaser,
    Caption,
    Comments,
    Byline,
    Published,
    Updated,
    DateField,
    Signoff,
    Greeting,
    Field,
    Outlet,
    Agency,
    Role,
    Minor,
}

impl Cue {
    fn parse(s: &str) -> Option<Cue> {
        Some(match s {
            "boilerplate" => Cue::Boilerplate,
            "teaser" => Cue::Teaser,
            "caption" => Cue::Caption,
            "comments" => Cue::Comments,
            "byline" => Cue::Byline,
            "published" => Cue::Published,
            "updated" => Cue::Updated,
            "datefield" => Cue::DateField,
            "signoff" => Cue::Signoff,
            "greeting" => Cue::Greeting,
            "field" => Cue::Field,
            "outlet" => Cue::Outlet,
            "agency" => Cue::Agency,
            "role" => Cue::Role,
            "minor" => Cue::Minor,
            _ => return None,
        })
    }
}

/// The compiled-in vocabularies, by language code.
pub(crate) const SOURCES: &[(&str, &str)] = &[
    ("en", include_str!("../../data/page/en.txt")),
    ("de", include_str!("../../data/page/de.txt")),
    ("fr", include_str!("../../data/page/fr.txt")),
    ("es", include_str!("../../data/page/es.txt")),
];

/// Longest `contains` line the vocabulary applies to, in words: a body paragraph that mentions
/// a privacy policy is not a cookie banner.
pub(crate) const CONTAINS_MAX_WORDS: usize = 40;

/// How many kinds of [`Cue`] there are.
const N_CUES: usize = Cue::Minor as usize + 1;

pub(crate) struct Lexicon {
    line: HashMap<String, Vec<Cue>>,
    /// Every `prefix` phrase in one automaton: a line's prefixes are found in one short scan
    /// of its first bytes (the first version asked a hash map once per cue and word count,
    /// which made page reading a third of the pipeline's time).
    prefix: AhoCorasick,
    prefix_cue: Vec<Cue>,
    max_prefix_len: usize,
    /// First words of the `prefix` phrases: a line whose first word is none of them needs no scan.
    prefix_first: HashSet<String>,

    contains: AhoCorasick,
    contains_cue: Vec<Cue>,
    /// The `contains` phrases again, for the original text: ASCII case-insensitive, each also
    /// with `’` for `'` (one scan of a line without normalising it), then `://` and `www.`
    /// (does the line hold a URL?).
    contains_raw: AhoCorasick,
    contains_raw_cue: Vec<Cue>,
    months: HashMap<String, u32>,
}

/// What the vocabulary says about one line: for each cue, the number of words of its longest
/// prefix phrase (0 for none), and which `contains` cues occur; and whether it holds a URL.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct LineCues {
    prefix: [u8; N_CUES],
    contains: u32,
    /// The line holds `://` or `www.` (looked for in lines of at most
    /// [`CONTAINS_MAX_WORDS`] words: a longer line is never a link line).
    pub url: bool,
}

impl LineCues {
    /// The number of words of the longest `prefix` phrase of `cue` that starts the line.
    pub fn prefix(&self, cue: Cue) -> Option<usize> {
        match self.prefix[cue as usize] {
            0 => None,
            k => Some(k as usize),
        }
    }
    /// Does a `contains` phrase of `cue` occur (lines of at most [`CONTAINS_MAX_WORDS`] words)?
    pub fn contains(&self, cue: Cue) -> bool {
        self.contains & (1 << cue as u32) != 0
    }
}

/// A line's words, lower-cased and joined by single spaces (`norm`), with each word's end in
/// `norm` and its byte span in the line.
#[derive(Debug, Default)]
pub(crate) struct Words {
    pub norm: String,
    pub ends: Vec<usize>,
    pub spans: Vec<(usize, usize)>,
    /// The number of words, counted up to [`MAX_LINE_WORDS`].
    pub count: usize,
    /// The line has more than [`MAX_LINE_WORDS`] words.
    pub truncated: bool,
}

impl Words {
    /// The number of words (at most [`MAX_LINE_WORDS`]); only the first [`NORM_WORDS`] are
    /// normalised.
    pub fn len(&self) -> usize {
        self.count
    }
    /// The number of normalised words.
    pub fn normed(&self) -> usize {
        self.ends.len()
    }
    /// Are all the line's words normalised (`norm` is the whole line)?
    pub fn whole(&self) -> bool {
        self.count == self.ends.len()
    }
    /// The first `k` words, normalised.
    pub fn first(&self, k: usize) -> &str {
        if k == 0 {
            return "";
        }
        &self.norm[..self.ends[k - 1]]
    }
    /// Words `k..` normalised.
    pub fn rest(&self, k: usize) -> &str {
        if k == 0 {
            return &self.norm;
        }
        self.norm.get(self.ends[k - 1] + 1..).unwrap_or("")
    }
    /// Word `k`, normalised (empty past the normalised words).
    pub fn word(&self, k: usize) -> &str {
        let Some(&end) = self.ends.get(k) else { return "" };
        let start = if k == 0 { 0 } else { self.ends[k - 1] + 1 };
        &self.norm[start..end]
    }
}

/// Characters allowed inside a word when a letter or digit follows: `editor's`, `re-directed`,
/// `tempo.co`, `s'abonner`.
fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '@' | '_' | '&')
}

/// Words counted in a line at most: every rule that counts words stops below this (the longest
/// is [`CONTAINS_MAX_WORDS`]).
pub(crate) const MAX_LINE_WORDS: usize = CONTAINS_MAX_WORDS + 1;

/// Words normalised at the start of a line: more than any `line` or `prefix` phrase has, so a
/// long body line costs a short scan (normalising whole lines made page reading as slow as
/// sentence splitting).
pub(crate) const NORM_WORDS: usize = 12;

/// The char at byte `i` of `s` (ASCII without decoding).
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s[i..].chars().next(),
        None => None,
    }
}

/// Splits `s` into words (runs of letters and digits, with inner `'’-.@_&`), normalises the
/// first [`NORM_WORDS`] and counts the rest up to [`MAX_LINE_WORDS`] (then `truncated` is set).
/// ASCII is read byte by byte.
pub(crate) fn words(s: &str) -> Words {
    let mut w = Words::default();
    words_into(s, &mut w);
    w
}

/// [`words`] into a reused buffer (one per page, not one per line).
pub(crate) fn words_into(s: &str, w: &mut Words) {
    w.norm.clear();
    w.ends.clear();
    w.spans.clear();
    w.count = 0;
    w.truncated = false;
    let mut start: Option<usize> = None;
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        let len = c.len_utf8();
        if w.count >= NORM_WORDS && start.is_none() {
            // Past the normalised words, count the rest by their spaces (a dash between spaces
            // counts as a word: the thresholds this serves need no exact count).
            let rest = &s.as_bytes()[i..];
            // (A plain count of spaces: the compiler vectorises it; double spaces count twice.)
            let more = usize::from(rest.first().is_some_and(|&x| x != b' '))
                + rest.iter().filter(|&&x| x == b' ').count();
            w.count += more.min(MAX_LINE_WORDS + 1 - w.count);
            if w.count > MAX_LINE_WORDS {
                w.count = MAX_LINE_WORDS;
                w.truncated = true;
            }
            return;
        }
        if c.is_alphanumeric() {
            if start.is_none() {
                w.count += 1;
                if !w.norm.is_empty() {
                    w.norm.push(' ');
                }
                start = Some(i);
            }
            if c.is_ascii() {
                w.norm.push(c.to_ascii_lowercase());
            } else {
                w.norm.extend(c.to_lowercase());
            }
        } else if start.is_some() && joins(c) && char_at(s, i + len).is_some_and(char::is_alphanumeric) {
            w.norm.push(if c == '’' { '\'' } else { c });
        } else if let Some(st) = start.take() {
            w.ends.push(w.norm.len());
            w.spans.push((st, i));
        }
        i += len;
    }
    if let Some(st) = start {
        w.ends.push(w.norm.len());
        w.spans.push((st, s.len()));
    }
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut line: HashMap<String, Vec<Cue>> = HashMap::default();
        let mut prefix: Vec<(String, Cue)> = Vec::new();
        let mut contains: Vec<(String, Cue)> = Vec::new();
        let mut months = HashMap::default();
        for (lang, src) in SOURCES {
            for (n, raw) in src.lines().enumerate() {
                let l = raw.trim();
                if l.is_empty() || l.starts_with('#') {
                    continue;
                }
                let mut it = l.splitn(3, char::is_whitespace);
                let (kind, how, phrase) = (it.next(), it.next(), it.next().map(str::trim));
                let bad = || panic!("data/page/{lang}.txt line {}: cannot read {raw:?}", n + 1);
                let (Some(kind), Some(how), Some(phrase)) = (kind, how, phrase) else {
                    bad()
                };
                if kind == "month" {
                    let Ok(m) = how.parse::<u32>() else { bad() };
                    for name in phrase.split_whitespace() {
                        months.insert(name.to_lowercase(), m);
                    }
                    continue;
                }
                let Some(cue) = Cue::parse(kind) else { bad() };
                let norm = words(phrase).norm;
                if norm.is_empty() {
                    bad();
                }
                match how {
                    "line" => line.entry(norm).or_default().push(cue),
                    "prefix" => prefix.push((norm, cue)),
                    "contains" => contains.push((norm, cue)),
                    _ => bad(),
                }
            }
        }
        let automaton = |phrases: &[(String, Cue)]| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(phrases.iter().map(|(p, _)| p.as_str()))
                .expect("page vocabulary: phrases build an automaton")
        };
        let contains_ac = automaton(&contains);
        let mut raw: Vec<(String, Cue)> = Vec::new();
        for (p, c) in &contains {
            raw.push((p.clone(), *c));
            if p.contains('\'') {
                raw.push((p.replace('\'', "’"), *c));
            }
        }
        let contains_raw = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(raw.iter().map(|(p, _)| p.as_str()).chain(["://", "www."]))
            .expect("page vocabulary: phrases build an automaton");
        Lexicon {
            line,
            prefix: automaton(&prefix),
            prefix_first: prefix
                .iter()
                .map(|(p, _)| p.split(' ').next().unwrap_or("").to_string())
                .collect(),

            max_prefix_len: prefix.iter().map(|(p, _)| p.len()).max().unwrap_or(0),
            prefix_cue: prefix.into_iter().map(|(_, c)| c).collect(),
            contains: contains_ac,
            contains_raw,
            contains_raw_cue: raw.into_iter().map(|(_, c)| c).collect(),
            contains_cue: contains.into_iter().map(|(_, c)| c).collect(),
            months,
        }
    }

    /// The one lexicon, built on first use.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    /// Is the whole of `norm` a `line` phrase of `cue`? (Pass only a whole line's `norm`: see
    /// [`Words::whole`].)
    pub fn is_line(&self, norm: &str, cue: Cue) -> bool {
        self.line.get(norm).is_some_and(|v| v.contains(&cue))
    }

    /// The cues of the line's prefixes (one short scan of its first words).
    pub fn cues(&self, w: &Words) -> LineCues {
        let mut out = LineCues::default();
        let norm = &w.norm;
        if !self.prefix_first.contains(w.word(0)) {
            return out;
        }
        let mut cut = norm.len().min(self.max_prefix_len);
        while !norm.is_char_boundary(cut) {
            cut += 1;
        }
        for m in self.prefix.find_overlapping_iter(&norm[..cut]) {
            if m.start() != 0 {
                continue;
            }
            if let Ok(k) = w.ends.binary_search(&m.end()) {
                let slot = &mut out.prefix[self.prefix_cue[m.pattern().as_usize()] as usize];
                *slot = (*slot).max((k + 1).min(255) as u8);
            }
        }
        out
    }

    /// Adds the `contains` cues of the original line `s` (at most [`CONTAINS_MAX_WORDS`] words,
    /// else nothing): phrases match case-insensitively in ASCII, with `’` for `'`, between
    /// word boundaries.
    pub fn add_contains(&self, out: &mut LineCues, s: &str, w: &Words) {
        if w.len() > CONTAINS_MAX_WORDS {
            return;
        }
        // Non-overlapping search keeps the automaton's prefilter (a line rarely holds two phrases
        // that overlap; overlapping search made this the slowest step of page reading).
        for m in self.contains_raw.find_iter(s) {
            let Some(&cue) = self.contains_raw_cue.get(m.pattern().as_usize()) else {
                // The URL marks after the phrases.
                out.url = true;
                continue;
            };
            let before = s[..m.start()].chars().next_back();
            let after = s[m.end()..].chars().next();
            if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
                out.contains |= 1 << cue as u32;
            }
        }
    }

    /// The cues of a line: its prefixes and `contains` phrases.
    pub fn line_cues(&self, s: &str, w: &Words) -> LineCues {
        let mut out = self.cues(w);
        self.add_contains(&mut out, s, w);
        out
    }

    /// The number of words of the longest `prefix` phrase of `cue` that starts `w`.
    pub fn prefix(&self, w: &Words, cue: Cue) -> Option<usize> {
        self.cues(w).prefix(cue)
    }

    /// Does a `contains` phrase of `cue` occur in `norm` as whole words?
    pub fn contains(&self, norm: &str, cue: Cue) -> bool {
        let b = norm.as_bytes();
        self.contains.find_overlapping_iter(norm).any(|m| {
            self.contains_cue[m.pattern().as_usize()] == cue
                && (m.start() == 0 || b[m.start() - 1] == b' ')
                && (m.end() == b.len() || b[m.end()] == b' ')
        })
    }

    /// The month (1–12) a word names (`march`, `sept`, `märz`, `févr`), lower-cased, without a
    /// final full stop.
    pub fn month(&self, word: &str) -> Option<u32> {
        self.months.get(word).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        let lex = Lexicon::get();
        assert_eq!(lex.month("märz"), Some(3));
        assert_eq!(lex.month("sept"), Some(9));
        assert!(lex.is_line("advertisement", Cue::Boilerplate));
        assert!(lex.is_line("anzeige", Cue::Boilerplate));
        assert!(lex.is_line("publicité", Cue::Boilerplate));
        assert!(lex.is_line("publicidad", Cue::Boilerplate));
        let w = words("Editor’s Choice: At Least 65,502 Palestinians");
        assert_eq!(w.norm, "editor's choice at least 65 502 palestinians");
        assert_eq!(lex.prefix(&w, Cue::Teaser), Some(2));
        assert!(lex.contains("you agree to our privacy policy and", Cue::Boilerplate));
        assert!(!lex.contains("usescookies", Cue::Boilerplate));
    }

    #[test]
    fn long_lines_are_read_only_so_far() {
        let long = "word ".repeat(100);
        let w = words(&long);
        assert!(w.truncated);
        assert_eq!(w.len(), MAX_LINE_WORDS);
        assert_eq!(w.normed(), NORM_WORDS);
        assert!(!words("two words").truncated);
        let w = words("one two three four five six seven eight nine ten eleven twelve thirteen fourteen");
        assert_eq!((w.len(), w.normed(), w.whole()), (14, 12, false));
        let lex = Lexicon::get();
        let mut c = LineCues::default();
        lex.add_contains(
            &mut c,
            "By using it you Agree To Our Privacy Policy, fine",
            &words("x"),
        );
        assert!(c.contains(Cue::Boilerplate));
        let mut c = LineCues::default();
        lex.add_contains(&mut c, "re-directed to the publisher’s website", &words("x"));
        assert!(c.contains(Cue::Boilerplate));
        let mut c = LineCues::default();
        lex.add_contains(&mut c, "xagree to our privacy policy", &words("x"));
        assert!(!c.contains(Cue::Boilerplate));
    }

    #[test]
    fn words_keep_inner_marks() {
        let w = words("  TEMPO.CO, Jakarta - re-directed (s’abonner) ");
        assert_eq!(w.norm, "tempo.co jakarta re-directed s'abonner");
        assert_eq!(w.len(), 4);
        assert_eq!(w.word(1), "jakarta");
        assert_eq!(w.rest(2), "re-directed s'abonner");
    }
}
