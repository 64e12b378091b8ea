//! Languages: the Snowball stemmers of rust-stemmers, named by ISO 639-1 code.

use crate::error::{Error, Result};
use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};

/// A language claimsift can stem (every language rust-stemmers has).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum Lang {
    Arabic,
    Danish,
    Dutch,
    #[default]
    English,
    Finnish,
    French,
    German,
    Greek,
    Hungarian,
    Italian,
    Norwegian,
    Portuguese,
    Romanian,
    Russian,
    Spanish,
    Swedish,
    Tamil,
    Turkish,
}

/// Languages whose claim rules (number formats, number words, units, qualifiers, measures) are
/// written: the extractor runs only for these. Every other language still tokenises, splits
/// sentences and stems; asking for its claims explicitly is a configuration error, and in
/// `auto` mode a document detected as such has no claims and a note (see
/// [`crate::Document::notes`]) — English rules are never applied to another language.
pub const CLAIM_LANGS: &[Lang] = &[
    Lang::English,
    Lang::German,
    Lang::French,
    Lang::Spanish,
    Lang::Italian,
    Lang::Portuguese,
    Lang::Dutch,
];

const TABLE: &[(Lang, &str, &str, Algorithm)] = &[
    (Lang::Arabic, "ar", "arabic", Algorithm::Arabic),
    (Lang::Danish, "da", "danish", Algorithm::Danish),
    (Lang::Dutch, "nl", "dutch", Algorithm::Dutch),
    (Lang::English, "en", "english", Algorithm::English),
    (Lang::Finnish, "fi", "finnish", Algorithm::Finnish),
    (Lang::French, "fr", "french", Algorithm::French),
    (Lang::German, "de", "german", Algorithm::German),
    (Lang::Greek, "el", "greek", Algorithm::Greek),
    (Lang::Hungarian, "hu", "hungarian", Algorithm::Hungarian),
    (Lang::Italian, "it", "italian", Algorithm::Italian),
    (Lang::Norwegian, "no", "norwegian", Algorithm::Norwegian),
    (Lang::Portuguese, "pt", "portuguese", Algorithm::Portuguese),
    (Lang::Romanian, "ro", "romanian", Algorithm::Romanian),
    (Lang::Russian, "ru", "russian", Algorithm::Russian),
    (Lang::Spanish, "es", "spanish", Algorithm::Spanish),
    (Lang::Swedish, "sv", "swedish", Algorithm::Swedish),
    (Lang::Tamil, "ta", "tamil", Algorithm::Tamil),
    (Lang::Turkish, "tr", "turkish", Algorithm::Turkish),
];

impl Lang {
    /// Parses an ISO 639-1 code ("en") or an English name ("english"), case-insensitively.
    ///
    /// ```
    /// use claimsift::Lang;
    /// assert_eq!(Lang::parse("EN").unwrap(), Lang::English);
    /// assert_eq!(Lang::parse("german").unwrap(), Lang::German);
    /// assert!(Lang::parse("xx").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<Lang> {
        let l = s.trim().to_ascii_lowercase();
        TABLE
            .iter()
            .find(|(_, code, name, _)| *code == l || *name == l)
            .map(|t| t.0)
            .ok_or_else(|| {
                Error::config(format!(
                    "unknown language {s:?}; expected one of: {}",
                    TABLE.iter().map(|t| t.1).collect::<Vec<_>>().join(", ")
                ))
            })
    }
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        TABLE.iter().find(|t| t.0 == self).map(|t| t.1).unwrap_or("en")
    }
    /// Every supported language.
    pub fn all() -> impl Iterator<Item = Lang> {
        TABLE.iter().map(|t| t.0)
    }
    /// Whether claim rules exist for this language ([`CLAIM_LANGS`]).
    ///
    /// ```
    /// use claimsift::Lang;
    /// assert!(Lang::English.has_claim_rules());
    /// assert!(!Lang::Russian.has_claim_rules());
    /// ```
    pub fn has_claim_rules(self) -> bool {
        CLAIM_LANGS.contains(&self)
    }
    /// The codes of the languages with claim rules, comma-separated (for messages).
    pub fn claim_codes() -> String {
        CLAIM_LANGS
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(", ")
    }
    /// `Ok(())` when claim rules exist for this language, else a [`Error::Config`] naming the
    /// languages that have them.
    ///
    /// ```
    /// use claimsift::Lang;
    /// assert!(Lang::English.check_claim_rules().is_ok());
    /// let e = Lang::Russian.check_claim_rules().unwrap_err().to_string();
    /// assert!(e.contains("\"ru\"") && e.contains("en, de, fr"), "{e}");
    /// ```
    pub fn check_claim_rules(self) -> Result<()> {
        if self.has_claim_rules() {
            Ok(())
        } else {
            Err(Error::config(format!(
                "no claim rules for language {:?} ({}); claims can be extracted in: {}. Tokens, \
                 sentences and stems work in every language: pass claims=False, or lang=\"auto\" \
                 to detect each document's language and leave claims empty where no rules exist",
                self.code(),
                self.name(),
                Lang::claim_codes()
            )))
        }
    }
    /// The English name (`"german"`).
    pub fn name(self) -> &'static str {
        TABLE
            .iter()
            .find(|t| t.0 == self)
            .map(|t| t.2)
            .unwrap_or("english")
    }
    /// Identifies the language of `text` among the supported languages (whatlang's trigram
    /// model restricted to them). `None` when the text has no letters to judge by; otherwise
    /// the best guess and whether whatlang deems it reliable (short texts often are not).
    ///
    /// ```
    /// use claimsift::Lang;
    /// let (l, _) = Lang::detect("Mindestens 1.700 Menschen sind bei dem Erdbeben ums Leben gekommen, teilten die Behörden mit.").unwrap();
    /// assert_eq!(l, Lang::German);
    /// assert!(Lang::detect("1,700 / 2023").is_none());
    /// ```
    pub fn detect(text: &str) -> Option<(Lang, bool)> {
        use std::sync::OnceLock;
        static DETECTOR: OnceLock<whatlang::Detector> = OnceLock::new();
        let det = DETECTOR.get_or_init(|| {
            whatlang::Detector::with_allowlist(TABLE.iter().map(|t| to_whatlang(t.0)).collect())
        });
        // A bounded prefix: identification needs a few dozen words, not a whole long page
        // (whatlang reads a few MB/s). A longer one only where the short one is unreliable.
        let prefix = |n: usize| {
            let mut end = text.len().min(n);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            &text[..end]
        };
        let mut info = det.detect(prefix(SHORT_PREFIX))?;
        if !info.is_reliable() && text.len() > SHORT_PREFIX {
            info = det.detect(prefix(LONG_PREFIX)).unwrap_or(info);
        }
        let lang = TABLE
            .iter()
            .map(|t| t.0)
            .find(|&l| to_whatlang(l) == info.lang())?;
        Some((lang, info.is_reliable()))
    }
    /// A Snowball stemmer for this language.
    pub fn stemmer(self) -> Stemmer {
        let alg = TABLE
            .iter()
            .find(|t| t.0 == self)
            .map(|t| t.3)
            .unwrap_or(Algorithm::English);
        Stemmer::create(alg)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Bytes of a text that language identification reads first, and where that is unreliable.
const SHORT_PREFIX: usize = 600;
const LONG_PREFIX: usize = 4096;

/// The whatlang language for each supported language.
fn to_whatlang(l: Lang) -> whatlang::Lang {
    use whatlang::Lang as W;
    match l {
        Lang::Arabic => W::Ara,
        Lang::Danish => W::Dan,
        Lang::Dutch => W::Nld,
        Lang::English => W::Eng,
        Lang::Finnish => W::Fin,
        Lang::French => W::Fra,
        Lang::German => W::Deu,
        Lang::Greek => W::Ell,
        Lang::Hungarian => W::Hun,
        Lang::Italian => W::Ita,
        Lang::Norwegian => W::Nob,
        Lang::Portuguese => W::Por,
        Lang::Romanian => W::Ron,
        Lang::Russian => W::Rus,
        Lang::Spanish => W::Spa,
        Lang::Swedish => W::Swe,
        Lang::Tamil => W::Tam,
        Lang::Turkish => W::Tur,
    }
}
