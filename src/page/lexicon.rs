//! The page vocabulary: `data/page/*.txt`, compiled in and parsed once (see the format in
//! `data/page/en.txt`). One table for every language: scraped pages mix languages (an English
//! cookie banner over a German article), and the lists do not collide.

use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
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

pub(crate) struct Lexicon {
    line: HashMap<String, Vec<Cue>>,
    prefix: HashMap<String, Vec<Cue>>,
    max_prefix_words: usize,
    contains: AhoCorasick,
    contains_cue: Vec<Cue>,
    months: HashMap<String, u32>,
}

/// A line's words, lower-cased and joined by single spaces (`norm`), with each word's end in
/// `norm` and its byte span in the line.
#[derive(Debug, Default)]
pub(crate) struct Words {
    pub norm: String,
    pub ends: Vec<usize>,
    pub spans: Vec<(usize, usize)>,
}

impl Words {
    pub fn len(&self) -> usize {
        self.ends.len()
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
    /// Word `k`, normalised.
    pub fn word(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.ends[k - 1] + 1 };
        &self.norm[start..self.ends[k]]
    }
}

/// Characters allowed inside a word when a letter or digit follows: `editor's`, `re-directed`,
/// `tempo.co`, `s'abonner`.
fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '@' | '_' | '&')
}

/// Splits `s` into words (runs of letters and digits, with inner `'’-.@_&`) and normalises them.
pub(crate) fn words(s: &str) -> Words {
    let mut w = Words::default();
    let mut chars = s.char_indices().peekable();
    let mut start: Option<usize> = None;
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            if start.is_none() {
                if !w.norm.is_empty() {
                    w.norm.push(' ');
                }
                start = Some(i);
            }
            for l in c.to_lowercase() {
                w.norm.push(l);
            }
        } else if start.is_some() && joins(c) && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) {
            w.norm.push(if c == '’' { '\'' } else { c });
        } else if let Some(st) = start.take() {
            w.ends.push(w.norm.len());
            w.spans.push((st, i));
        }
    }
    if let Some(st) = start {
        w.ends.push(w.norm.len());
        w.spans.push((st, s.len()));
    }
    w
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut line: HashMap<String, Vec<Cue>> = HashMap::new();
        let mut prefix: HashMap<String, Vec<Cue>> = HashMap::new();
        let mut contains: Vec<(String, Cue)> = Vec::new();
        let mut months = HashMap::new();
        let mut max_prefix_words = 1;
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
                    "prefix" => {
                        max_prefix_words = max_prefix_words.max(norm.split(' ').count());
                        prefix.entry(norm).or_default().push(cue)
                    }
                    "contains" => contains.push((norm, cue)),
                    _ => bad(),
                }
            }
        }
        let contains_ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(contains.iter().map(|(p, _)| p.as_str()))
            .expect("page vocabulary: contains phrases build an automaton");
        Lexicon {
            line,
            prefix,
            max_prefix_words,
            contains: contains_ac,
            contains_cue: contains.into_iter().map(|(_, c)| c).collect(),
            months,
        }
    }

    /// The one lexicon, built on first use.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    /// Is the whole of `norm` a `line` phrase of `cue`?
    pub fn is_line(&self, norm: &str, cue: Cue) -> bool {
        self.line.get(norm).is_some_and(|v| v.contains(&cue))
    }

    /// The number of words of the longest `prefix` phrase of `cue` that starts `w`.
    pub fn prefix(&self, w: &Words, cue: Cue) -> Option<usize> {
        (1..=w.len().min(self.max_prefix_words))
            .rev()
            .find(|&k| self.prefix.get(w.first(k)).is_some_and(|v| v.contains(&cue)))
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
    fn words_keep_inner_marks() {
        let w = words("  TEMPO.CO, Jakarta - re-directed (s’abonner) ");
        assert_eq!(w.norm, "tempo.co jakarta re-directed s'abonner");
        assert_eq!(w.len(), 4);
        assert_eq!(w.word(1), "jakarta");
        assert_eq!(w.rest(2), "re-directed s'abonner");
    }
}
