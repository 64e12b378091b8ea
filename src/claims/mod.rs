//! Numeric claims: every stated quantity, normalised, qualified and attributed.
//!
//! (Types are stable; the extractor lives in the submodules.)

mod context;
mod extract;
mod lexicon;
mod numbers;
mod units;

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Why a number is (or is not) a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum NumberKind {
    /// A count, amount or measure: the only kind that is a claim.
    Quantity,
    /// A bare calendar year (`2021`, `since 2023`, `EST 1917`).
    Year,
    /// A calendar date containing a month (`October 7, 2023`, `June 2024`).
    Date,
    /// A clock time (`10:30`, `3 p.m.`).
    Time,
    /// A number that is part of a name (`Unit 8200`, `GPT-4`, `+972`).
    Identifier,
    /// An ordinal (`first`, `4th`).
    Ordinal,
    /// Anything else: URLs, partitive `one of`, scores, versions, phone numbers, page numbers…
    Other,
}

impl NumberKind {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Quantity => "quantity",
            NumberKind::Year => "year",
            NumberKind::Date => "date",
            NumberKind::Time => "time",
            NumberKind::Identifier => "identifier",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Other => "other",
        }
    }
}

/// Every numeric expression in a text with its kind (claims are the quantities).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    /// Span of the expression (the whole date, identifier, URL, or the quantity span).
    pub span: Span,
    /// What it is.
    pub kind: NumberKind,
    /// Its value, where one applies (the year for a year, the number for an ordinal).
    pub value: Option<f64>,
    /// ISO 8601 (partial) form for years and dates: `2021`, `2023-10`, `--10-07`.
    pub iso: Option<String>,
    /// A short reason for the kind (`"model name"`, `"inside a URL"`), for inspection.
    pub reason: Option<String>,
}

/// `=`, `>`, `>=`, `<`, `<=`, `~`: how the stated figure bounds the true one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub enum Bound {
    /// No qualifier (or `just`, `only`, `exactly`).
    #[default]
    Eq,
    /// `over`, `more than`.
    Gt,
    /// `at least`, vague plurals (`thousands`).
    Ge,
    /// `fewer than`, `less than`, `under`.
    Lt,
    /// `up to`, `as many as`, `at most`.
    Le,
    /// `about`, `around`, `nearly`, `almost`, `roughly`, `an estimated`.
    Approx,
}

impl Bound {
    /// The symbol: `=`, `>`, `>=`, `<`, `<=`, `~`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Eq => "=",
            Bound::Gt => ">",
            Bound::Ge => ">=",
            Bound::Lt => "<",
            Bound::Le => "<=",
            Bound::Approx => "~",
        }
    }
}

/// Direction of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Change {
    /// `rose`, `increased by`, `surged`, `doubled`.
    Increase,
    /// `fell`, `dropped`, `cut by`, `halved`.
    Decrease,
}

impl Change {
    /// `"increase"` or `"decrease"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Increase => "increase",
            Change::Decrease => "decrease",
        }
    }
}

/// A value in a base unit (`8,000 terabytes` → `8e15 byte`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Normalised {
    /// The value in the base unit.
    pub value: f64,
    /// Upper end of a range in the base unit.
    pub value_max: Option<f64>,
    /// The base unit (`byte`, `year`, `metre`, …).
    pub unit: String,
}

/// One numeric claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The quantity span: `[qualifier] [currency] numeral [scale] [unit]` (the counted noun is not
    /// in it; see the gold conventions).
    pub span: Span,
    /// The bare numeral (`1,700`, `two million`, `a dozen`, `thousands`).
    pub num_span: Span,
    /// The value with scale words applied, in the stated unit.
    pub value: f64,
    /// Upper end of a range (`10 to 15`).
    pub value_max: Option<f64>,
    /// The unit, from a closed, documented vocabulary.
    pub unit: String,
    /// The value in the base unit, where a scale applies.
    pub normalised: Option<Normalised>,
    /// How the figure bounds the truth.
    pub bound: Bound,
    /// The qualifier words (`over`, `At Least`), as written.
    pub qualifier: Option<Span>,
    /// A vague quantity (`thousands of`, `dozens`).
    pub vague: bool,
    /// An increase or decrease, when the number is a change.
    pub change: Option<Change>,
    /// What is counted or measured (`deaths`, `Palestinians killed`), when found.
    pub counted: Option<Span>,
    /// A modifier of the counted noun carried from a coordinated phrase (`Israeli` in
    /// `1,700 Israeli and 47,000 Palestinian deaths`).
    pub counted_modifier: Option<Span>,
    /// The sentence the claim is in.
    pub sentence: Span,
    /// Who the text credits for the number.
    pub attribution: Option<Span>,
    /// The time expression attached to it.
    pub time: Option<Span>,
    /// Warnings, e.g. `"ambiguous currency symbol $ read as USD"`.
    pub notes: Vec<String>,
}

/// Options for extraction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExtractOptions {
    /// Language of the text (number words and stems).
    pub lang: crate::Lang,
    /// Currency assumed for a bare `$` (default `USD`, with a note on every claim that used it).
    pub dollar: String,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            lang: crate::Lang::English,
            dollar: "USD".to_string(),
        }
    }
}

/// Everything the extractor found in one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The claims (quantities), in text order.
    pub claims: Vec<Claim>,
    /// Every numeric expression with its kind, in text order.
    pub numbers: Vec<NumberMention>,
}

/// Extracts claims and numbers from `text`.
pub fn extract(text: &str, options: &ExtractOptions) -> Extraction {
    let tokens = crate::tokenize::tokenize(text);
    let sentences = crate::sentences::sentences_from_tokens(text, &tokens);
    extract_with(text, &tokens, &sentences, options)
}

/// Extracts claims given tokens and sentences already computed (the pipeline's path).
pub fn extract_with(
    text: &str,
    tokens: &[crate::Token],
    sentences: &[crate::Sentence],
    options: &ExtractOptions,
) -> Extraction {
    extract::run(text, tokens, sentences, options)
}
