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
