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
//! ## Crate features
//!
//! - `arrow`: Arrow record batches of pipeline output.
//! - `python`: the PyO3 extension module (implies `arrow`). Never needed from Rust.

#![warn(missing_docs)]

#[cfg(feature = "arrow")]
pub mod arrow;
pub mod claims;
pub mod error;
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
pub use lang::Lang;
pub use page::{BlockKind, Page};
pub use pipeline::{Document, Pipeline, PipelineConfig};
pub use sentences::{split_sentences, Sentence};
pub use span::Span;
pub use tokenize::{tokenize, Token, TokenKind};

#[cfg(feature = "python")]
mod python;
