//! # claimsift
//!
//! Turns news text into structured, comparable numeric claims.
//!
//! - [`tokenize()`]: Unicode-correct, news-aware tokens with byte spans ([`Token`], [`TokenKind`]).
//! - [`split_sentences()`] and [`sentences::split_paragraphs`]: rule-based sentences and paragraphs.
//! - [`normalize`]: NFKC + case-folded forms; [`Lang`] gives Snowball stemmers.
//! - [`gazetteer`]: entities with aliases matched as whole tokens ([`Gazetteer`]).
//! - [`claims`]: numbers with their kind, and claims with value, unit, bound, change, counted
//!   noun, attribution and time ([`Claim`]).
//! - [`page`]: a scraped page's lines, paragraphs and blocks ([`BlockKind`]: headline, byline,
//!   body, boilerplate, teaser, …), and the document's own date and outlet.
//! - [`Pipeline`]: all stages composed, one text or a parallel batch.
//! - `arrow` (feature `arrow`): the batch as Arrow record batches, one table per item type
//!   (schema in `docs/schema.md`).
//!
//! All offsets in the Rust API are UTF-8 **byte** offsets: `&text[span.start..span.end]` is the
//! span's text. The Python bindings convert them to code-point offsets.
//!
//! ```
//! use claimsift::{tokenize, split_sentences};
//! let text = "Microsoft’s revenue rose 60%. It was a record.";
//! let tokens = tokenize(text);
//! assert_eq!(tokens[1].text(text), "’s");
//! assert_eq!(split_sentences(text).len(), 2);
//! ```
//!
//! ## Claims
//!
//! Every stated quantity, with its value, unit, bound, change, what is counted, who says so and
//! when; spans slice the text:
//!
//! ```
//! use claimsift::claims::{Bound, Change};
//! use claimsift::Pipeline;
//!
//! let text = "At least 1,200 people were killed, the ministry said. \
//!             Sales rose 5% to $3.2 billion in 2024.";
//! let doc = Pipeline::default().process(text);
//! let killed = &doc.claims[0];
//! assert_eq!(killed.span.slice(text), "At least 1,200");
//! assert_eq!((killed.value, killed.unit.as_str(), killed.bound), (1200.0, "count", Bound::Ge));
//! assert_eq!(killed.counted.map(|s| s.slice(text)), Some("people"));
//! assert_eq!(killed.attribution.map(|s| s.slice(text)), Some("the ministry"));
//! let sales = &doc.claims[1];
//! assert_eq!((sales.value, sales.unit.as_str()), (5.0, "percent"));
//! assert_eq!(sales.change, Some(Change::Increase));
//! assert_eq!(doc.claims[2].value, 3.2e9);
//! // Years are numbers, not claims: every number says why it is or is not one.
//! assert!(doc.numbers.iter().any(|n| n.span.slice(text) == "2024" && n.kind == claimsift::NumberKind::Year));
//! ```
//!
//! ## Crate features
//!
//! - `arrow`: Arrow record batches of pipeline output ([`arrow::build_tables`]).
//! - `python`: the PyO3 extension module (implies `arrow`). Never needed from Rust.

#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "arrow")]
#[cfg_attr(docsrs, doc(cfg(feature = "arrow")))]
pub mod arrow;
pub mod claims;
pub mod compare;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod gazetteer;
pub mod lang;
pub mod normalize;
pub mod page;
pub mod parallel;
pub mod pipeline;
pub mod sentences;
pub mod span;
pub mod tokenize;

pub use claims::{Claim, NumberKind, NumberMention};
pub use error::{Error, Result};
pub use gazetteer::{Entity, Gazetteer, Mention};
pub use lang::{Lang, CLAIM_LANGS};
pub use page::{BlockKind, Page};
pub use pipeline::{Document, Pipeline, PipelineConfig};
pub use sentences::{split_sentences, Sentence};
pub use span::Span;
pub use tokenize::{tokenize, Token, TokenKind};

#[cfg(feature = "python")]
mod python;

/// Builds every vocabulary the stages read lazily (units, number words, measures, page phrases,
/// story names) now, on the calling thread.
///
/// The Python module calls it on import, before any pool thread exists: a process that forks
/// while another thread is inside a first-use initialisation would otherwise hand its child a
/// lock held forever. Rust users who fork may call it first too; it is cheap after the first call.
pub fn warm_up() {
    let text = "Published 9 September 2023. At least 2,012 people were killed in Morocco on Friday, \
                up from 1,200, and revenue rose 5% to $3.5 billion.";
    let doc = Pipeline::default().process(text);
    let mut c = compare::Comparator::new(compare::CompareOptions::default());
    c.add(compare::DocMeta::new("warm-up"), text, &doc);
    let _ = c.finish();
}

/// The README's Rust examples, compiled and run as doctests (`cargo test --doc`).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
