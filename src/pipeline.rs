//! The pipeline: tokens → sentences → entity mentions → numbers and claims, linked.

use crate::claims::{self, Claim, ExtractOptions, NumberMention};
use crate::error::{Error, Result};
use crate::gazetteer::{Gazetteer, Mention};
use crate::lang::Lang;
use crate::page::Page;
use crate::parallel;
use crate::sentences::{sentences_from_tokens_lang, Sentence};
use crate::tokenize::{tokenize, Token};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Which stages run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PipelineConfig {
    /// Language of the texts (stems and claim rules). With [`PipelineConfig::auto_lang`] it is
    /// only the fallback for a text with no letters to identify a language by.
    pub lang: Lang,
    /// `lang="auto"`: identify each document's language ([`Lang::detect`]) and use it for stems
    /// and claim rules. A document detected in a language without claim rules has no claims and
    /// a note saying so ([`Document::notes`]). Off by default (a fixed `lang` is deterministic,
    /// and identification is unreliable on headline-length texts); absent from older
    /// serialisations (then off).
    #[serde(default)]
    pub auto_lang: bool,
    /// Extract numbers and claims.
    pub claims: bool,
    /// Options for claim extraction.
    pub extract: ExtractOptions,
    /// What to do with claims in boilerplate, link lines, teasers and comments (see
    /// [`crate::page`]). Absent from older serialisations (then [`Boilerplate::Mark`]).
    #[serde(default)]
    pub boilerplate: Boilerplate,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        PipelineConfig {
            lang: Lang::English,
            auto_lang: false,
            claims: true,
            extract: ExtractOptions::default(),
            boilerplate: Boilerplate::default(),
        }
    }
}

impl PipelineConfig {
    /// The default configuration for a language code, a language name, or `"auto"` (detect
    /// per document). Fails with [`Error::Config`] for an unknown language and, since claims
    /// are on by default, for a language without claim rules.
    ///
    /// ```
    /// use claimsift::{Lang, PipelineConfig};
    /// assert!(PipelineConfig::for_lang("auto").unwrap().auto_lang);
    /// assert_eq!(PipelineConfig::for_lang("en").unwrap().lang, Lang::English);
    /// assert!(PipelineConfig::for_lang("ru").is_err());
    /// ```
    pub fn for_lang(lang: &str) -> Result<Self> {
        let mut config = PipelineConfig::default();
        if lang.trim().eq_ignore_ascii_case("auto") {
            config.auto_lang = true;
        } else {
            config.lang = Lang::parse(lang)?;
            config.extract.lang = config.lang;
        }
        config.validate()?;
        Ok(config)
    }
    /// Checks the configuration: claims asked for in a fixed language without claim rules are
    /// an [`Error::Config`] naming the languages that have them.
    pub fn validate(&self) -> Result<()> {
        if self.claims && !self.auto_lang {
            self.lang.check_claim_rules()?;
        }
        Ok(())
    }
}

/// What the pipeline does with claims that stand outside the article's own text: in
/// boilerplate, link lines, teasers for other articles and readers' comments
/// ([`crate::BlockKind::is_off_article`]).
///
/// ```
/// use claimsift::pipeline::{Boilerplate, Pipeline, PipelineConfig};
/// use claimsift::BlockKind;
/// let text = "Prices rose 5% in May.\n\nRelated: Rents Jump 12% in Leeds";
/// let mark = Pipeline::default().process(text);
/// let kinds: Vec<_> = mark.claims.iter().map(|c| c.block).collect();
/// assert_eq!(kinds, [Some(BlockKind::Body), Some(BlockKind::Teaser)]);
/// let mut config = PipelineConfig::default();
/// config.boilerplate = "drop".parse().unwrap();
/// let drop = Pipeline::new(config, None).process(text);
/// assert_eq!(drop.claims.len(), 1);
/// assert!("tidy".parse::<Boilerplate>().is_err());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Boilerplate {
    /// Remove those claims (their numbers stay in [`Document::numbers`]).
    Drop,
    /// Keep them, with [`Claim::block`] saying where they stand (the default).
    #[default]
    Mark,
    /// Ignore page structure: every claim is kept and [`Claim::block`] stays `None`.
    Keep,
}

impl Boilerplate {
    /// `"drop"`, `"mark"` or `"keep"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Boilerplate::Drop => "drop",
            Boilerplate::Mark => "mark",
            Boilerplate::Keep => "keep",
        }
    }
}

impl std::str::FromStr for Boilerplate {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "drop" => Ok(Boilerplate::Drop),
            "mark" => Ok(Boilerplate::Mark),
            "keep" => Ok(Boilerplate::Keep),
            _ => Err(Error::config(format!(
                "boilerplate must be \"drop\", \"mark\" or \"keep\", not {s:?}"
            ))),
        }
    }
}

/// One processed text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Tokens.
    pub tokens: Vec<Token>,
    /// Sentences.
    pub sentences: Vec<Sentence>,
    /// Entity mentions (empty without a gazetteer).
    pub mentions: Vec<Mention>,
    /// Every numeric expression with its kind.
    pub numbers: Vec<NumberMention>,
    /// The claims (quantities).
    pub claims: Vec<Claim>,
    /// For each claim, the indices of the mentions in its sentence (nearest first).
    pub claim_mentions: Vec<Vec<usize>>,
    /// For each claim, the indices of the mentions inside its attribution span.
    pub attribution_mentions: Vec<Vec<usize>>,
    /// The page's structure, date and outlet ([`crate::page`]). Absent from older serialisations.
    #[serde(default)]
    pub page: Page,
    /// The document's language: the pipeline's `lang`, or the detected one in auto mode.
    /// Absent from older serialisations (then English).
    #[serde(default)]
    pub lang: Lang,
    /// Notes about how the document was read, e.g. that its detected language has no claim
    /// rules (so `claims` is empty) or was identified with low confidence.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// A configured pipeline: immutable, `Send + Sync`, cheap to clone (the gazetteer is shared).
#[derive(Debug, Clone)]
pub struct Pipeline {
    config: PipelineConfig,
    gazetteer: Option<Arc<Gazetteer>>,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::new(PipelineConfig::default(), None)
    }
}

impl Pipeline {
    /// A pipeline with this configuration, checked ([`PipelineConfig::validate`]): claims in a
    /// language without claim rules are an [`Error::Config`].
    ///
    /// ```
    /// use claimsift::{Lang, Pipeline, PipelineConfig};
    /// let mut config = PipelineConfig::default();
    /// config.lang = Lang::Russian;
    /// assert!(Pipeline::try_new(config.clone(), None).is_err());
    /// config.claims = false; // tokens, sentences and stems work in every language
    /// assert!(Pipeline::try_new(config, None).is_ok());
    /// ```
    pub fn try_new(config: PipelineConfig, gazetteer: Option<Arc<Gazetteer>>) -> Result<Self> {
        config.validate()?;
        Ok(Pipeline::new(config, gazetteer))
    }
    /// A pipeline with this configuration and optional gazetteer, unchecked: a fixed language
    /// without claim rules then gives documents with no claims and a note (never another
    /// language's rules). Prefer [`Pipeline::try_new`].
    pub fn new(config: PipelineConfig, gazetteer: Option<Arc<Gazetteer>>) -> Self {
        Pipeline { config, gazetteer }
    }
    /// The configuration.
    pub fn config(&self) -> &PipelineConfig {
        &self.config
    }
    /// The gazetteer, if any.
    pub fn gazetteer(&self) -> Option<&Arc<Gazetteer>> {
        self.gazetteer.as_ref()
    }

    /// Processes one text.
    ///
    /// ```
    /// let doc = claimsift::Pipeline::default().process("Prices rose. Then they fell.");
    /// assert_eq!(doc.sentences.len(), 2);
    /// ```
    pub fn process(&self, text: &str) -> Document {
        let tokens = tokenize(text);
        let mentions = match &self.gazetteer {
            Some(g) => g.find(text),
            None => Vec::new(),
        };
        let page = Page::parse(text);
        let mut notes = Vec::new();
        let lang = if self.config.auto_lang {
            match Lang::detect(text) {
                Some((l, reliable)) => {
                    if !reliable {
                        notes.push(format!("language detected as {:?} with low confidence", l.code()));
                    }
                    l
                }
                None => {
                    notes.push(format!(
                        "no language detected (no words to judge by); read as {:?}",
                        self.config.lang.code()
                    ));
                    self.config.lang
                }
            }
        } else {
            self.config.lang
        };
        let sentences = sentences_from_tokens_lang(text, &tokens, lang);
        let (mut claims, numbers) = if !self.config.claims {
            (Vec::new(), Vec::new())
        } else if !lang.has_claim_rules() {
            notes.push(format!(
                "no claims extracted: {} {:?} ({}) has no claim rules; claim rules exist for: {}",
                if self.config.auto_lang {
                    "detected language"
                } else {
                    "language"
                },
                lang.code(),
                lang.name(),
                Lang::claim_codes()
            ));
            (Vec::new(), Vec::new())
        } else {
            let ex = if lang == self.config.extract.lang {
                claims::extract_with(text, &tokens, &sentences, &self.config.extract)
            } else {
                let opts = ExtractOptions {
                    lang,
                    ..self.config.extract.clone()
                };
                claims::extract_with(text, &tokens, &sentences, &opts)
            };
            (ex.claims, ex.numbers)
        };
        if self.config.boilerplate != Boilerplate::Keep {
            for c in &mut claims {
                c.block = page.kind_at(c.span.start);
            }
            if self.config.boilerplate == Boilerplate::Drop {
                claims.retain(|c| !c.block.is_some_and(|k| k.is_off_article()));
            }
        }
        let claim_mentions = claims
            .iter()
            .map(|c| {
                let mut v: Vec<usize> = mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| c.sentence.contains(&m.span))
                    .map(|(i, _)| i)
                    .collect();
                let dist = |m: &Mention| {
                    if m.span.end <= c.span.start {
                        c.span.start - m.span.end
                    } else {
                        m.span.start.saturating_sub(c.span.end)
                    }
                };
                v.sort_by_key(|&i| (dist(&mentions[i]), i));
                v
            })
            .collect();
        let attribution_mentions = claims
            .iter()
            .map(|c| match c.attribution {
                Some(a) => mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| a.contains(&m.span))
                    .map(|(i, _)| i)
                    .collect(),
                None => Vec::new(),
            })
            .collect();
        Document {
            tokens,
            sentences,
            mentions,
            numbers,
            claims,
            claim_mentions,
            attribution_mentions,
            page,
            lang,
            notes,
        }
    }

    /// Processes many texts in parallel (input order kept). A document that fails internally is
    /// an `Err` at its index; the others are unaffected. Fails as a whole only for a bad
    /// `n_threads`.
    pub fn process_batch<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        n_threads: Option<usize>,
    ) -> Result<Vec<Result<Document>>> {
        parallel::map_indexed(texts, n_threads, |_, t| Ok(self.process(t.as_ref())))
    }
}
