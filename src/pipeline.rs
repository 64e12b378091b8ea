//! The pipeline: tokens → sentences → entity mentions → numbers and claims, linked.

use crate::claims::{self, Claim, ExtractOptions, NumberMention};
use crate::error::{Error, Result};
use crate::gazetteer::{Gazetteer, Mention};
use crate::lang::Lang;
use crate::page::Page;
use crate::parallel;
use crate::sentences::{sentences_from_tokens, Sentence};
use crate::tokenize::{tokenize, Token};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Which stages run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PipelineConfig {
    /// Language (stems, number words).
    pub lang: Lang,
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
            claims: true,
            extract: ExtractOptions::default(),
            boilerplate: Boilerplate::default(),
        }
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
    /// A pipeline with this configuration and optional gazetteer.
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
        let sentences = sentences_from_tokens(text, &tokens);
        let mentions = match &self.gazetteer {
            Some(g) => g.find(text),
            None => Vec::new(),
        };
        let page = Page::parse(text);
        let (mut claims, numbers) = if self.config.claims {
            let ex = claims::extract_with(text, &tokens, &sentences, &self.config.extract);
            (ex.claims, ex.numbers)
        } else {
            (Vec::new(), Vec::new())
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
