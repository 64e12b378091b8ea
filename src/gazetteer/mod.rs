//! Gazetteers: entities with aliases, matched as whole tokens, fast, over millions of aliases.
//!
//! ```
//! use claimsift::gazetteer::{Gazetteer, OverlapPolicy};
//! let g = Gazetteer::from_json_str(r#"[
//!   {"id": "microsoft", "name": "Microsoft", "type": "ORG"},
//!   {"id": "azure", "name": "Microsoft Azure", "type": "PRODUCT", "aliases": ["Azure"]},
//!   {"id": "us", "name": "United States", "type": "GPE", "aliases": ["US", "U.S."]},
//!   {"id": "israel", "name": "Israel", "demonyms": ["Israeli"]},
//!   {"id": "hamas", "name": "Hamas"}
//! ]"#).unwrap();
//! let text = "Microsoft’s Microsoft Azure told us: the U.S. and Israel-Hamas.";
//! let found: Vec<(&str, &str)> = g
//!     .find(text)
//!     .iter()
//!     .map(|m| (m.span.slice(text), g.entity(m.entities[0]).unwrap().id.as_str()))
//!     .collect();
//! assert_eq!(found, [
//!     ("Microsoft", "microsoft"),      // possessive not in the span
//!     ("Microsoft Azure", "azure"),    // leftmost-longest
//!     ("U.S.", "us"),                  // "us" is not "US": all-caps aliases are case-sensitive
//!     ("Israel", "israel"),            // hyphenated compounds split
//!     ("Hamas", "hamas"),
//! ]);
//! // Every overlapping match instead:
//! let all = Gazetteer::builder().overlap(OverlapPolicy::All).build(g.entities().to_vec()).unwrap();
//! assert_eq!(all.find("Microsoft Azure").len(), 3); // Microsoft, Microsoft Azure, Azure
//! ```
//!
//! # Matching rules
//!
//! - Texts and aliases are cut into *units*: maximal runs of word characters (letters, digits,
//!   combining marks: the tokenizer's notion) and single punctuation characters; whitespace
//!   separates units. An alias matches a run of consecutive units with the same keys (NFKC,
//!   curly/straight quotes and dashes folded, full Unicode case folding) and the same spacing
//!   (space or no space) between them; the *amount* and kind of whitespace is free (line breaks,
//!   several spaces).
//! - Matches are whole tokens: they never start or end inside a run of word characters, nor
//!   next to a joiner that glues words into one token (`O’Brien`, `TEMPO.CO`, `AT&T`): `Brien`
//!   does not match in `O’Brien`, but `Microsoft` matches in `Microsoft’s` (a clitic) and both
//!   `Israel` and `Hamas` match in `Israel-Hamas` (hyphens split, as in the tokenizer).
//! - An alias that starts or ends with punctuation (`+972`, `U.S.`) may not touch a word
//!   character on that side (`a+972` and `U.S.A` have no match for them).
//! - Text inside URLs (`http://…`, `https://…`, `www.…`, up to the next whitespace) is never
//!   matched.
//! - Case ([`CaseMode`]): `Auto` makes all-caps aliases (`AP`, `US`, `U.S.`, `GPT-4`)
//!   case-sensitive and folds the others. A case-sensitive alias must match letter for letter
//!   (after NFKC and punctuation folding); with stems, each word must agree letter for letter on
//!   the shorter of the two (`Palestinians` agrees with `Palestinian`).
//! - Stems ([`AliasOptions::stem`]): each word of the alias and of the text is compared by its
//!   Snowball stem (case-folded first) in the gazetteer's [`Lang`].
//! - Possessives ([`AliasOptions::possessive`], on by default): a trailing `’s`, `'s` or bare `’`
//!   after an `s` is never in the span; with the option off, a match followed by one is dropped.
//!
//! # Design, scale and persistence
//!
//! The matcher is a trie whose edges are interned unit keys (not a byte automaton such as
//! aho-corasick or daachorse): whole-token matching, per-token stems, per-alias case checks and
//! possessive/joiner rules are then decided per unit, and spans come straight from the original
//! text with no folded copy or alignment map. Scanning costs about one table lookup per unit
//! (ASCII units are lower-cased and packed into a `u128` key on the fly; a per-thread cache keeps
//! the text's frequent words in L2), plus one per extra unit of a live match. Keys and trie
//! edges live in flat open-addressing tables.
//!
//! [`Gazetteer::to_bytes`] writes a versioned binary form (magic number, format version, length,
//! checksum, then the pre-normalised tables in slot order); [`Gazetteer::from_bytes`] checks it
//! and reloads it several times faster than building, with no `unsafe` code. A built gazetteer is
//! immutable, `Send + Sync`: share it with `Arc` and use [`Gazetteer::find_batch`] for batches.
//!
//! # Ambiguity and ties
//!
//! An alias shared by several entities gives **one** mention listing every entity, sorted by
//! entity index (never by insertion order of the alias), with the lowest matching alias index
//! for each. See [`OverlapPolicy`] for overlapping matches.
//!
//! Memory per mention does not grow with the number of candidates: the candidate lists
//! ([`Mention::entities`], [`Mention::aliases`]) are `Arc<[u32]>` built once per distinct list
//! in a `find` call and shared by every mention that has it, so a mention costs its span and two
//! pointers (48 bytes on 64-bit targets), and the Python `Mention` objects look entity fields
//! up in the gazetteer when asked. 20,000 mentions of an alias naming 1,000 entities stay under
//! 100 MB with every field read (test `test_ambiguous_alias_mentions_share_candidates`).

mod binary;
mod flat;
mod load;
mod matcher;
#[cfg(test)]
mod oracle;
mod units;

pub use load::{EntityReader, Format};

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::span::Span;
use matcher::{Defaults, Matcher, Scratch};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// How an alias treats letter case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub enum CaseMode {
    /// All-caps aliases (`AP`, `US`, `IDF`, `U.S.`) are case-sensitive; all others are folded.
    #[default]
    Auto,
    /// Exact case.
    Sensitive,
    /// Full Unicode case folding.
    Insensitive,
}

impl CaseMode {
    /// Parses `auto`, `sensitive` or `insensitive` (any case).
    pub fn parse(s: &str) -> Result<CaseMode> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(CaseMode::Auto),
            "sensitive" | "exact" => Ok(CaseMode::Sensitive),
            "insensitive" | "fold" | "ignore" => Ok(CaseMode::Insensitive),
            _ => Err(Error::config(format!(
                "unknown case mode {s:?}; expected auto, sensitive or insensitive"
            ))),
        }
    }
    /// `auto`, `sensitive` or `insensitive`.
    pub fn as_str(self) -> &'static str {
        match self {
            CaseMode::Auto => "auto",
            CaseMode::Sensitive => "sensitive",
            CaseMode::Insensitive => "insensitive",
        }
    }
}

/// Which matches [`Gazetteer::find`] reports when they overlap.
///
/// Worked example: aliases `Microsoft` (entity 0), `Microsoft Azure` (1) and `Azure` (2), text
/// `Microsoft Azure cloud`:
///
/// | policy | mentions |
/// |---|---|
/// | [`LeftmostLongest`](OverlapPolicy::LeftmostLongest) | `Microsoft Azure` → `[1]` |
/// | [`All`](OverlapPolicy::All) | `Microsoft` → `[0]`, `Microsoft Azure` → `[1]`, `Azure` → `[2]` |
///
/// With an ambiguous alias (`Amazon` for entities 3 and 4) every policy gives one mention
/// `Amazon` → `[3, 4]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub enum OverlapPolicy {
    /// Non-overlapping matches, scanning left to right: at the leftmost unit where any alias
    /// matches, the longest match wins (ties on the span: all its entities, in one mention);
    /// scanning resumes after it. So `No Azure for Apartheid` beats `Azure`, and in `A B C`
    /// with aliases `A B` and `B C`, only `A B` is reported.
    #[default]
    LeftmostLongest,
    /// Every match, overlapping or nested, one mention per distinct span, sorted by start and
    /// then end.
    All,
}

/// Per-alias options (defaults come from the builder).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AliasOptions {
    /// Letter case.
    pub case: CaseMode,
    /// Match on stems (`Palestinians` ~ `Palestinian`).
    pub stem: bool,
    /// Match with a trailing possessive (`Microsoft’s` → span `Microsoft`).
    pub possessive: bool,
}

impl Default for AliasOptions {
    fn default() -> Self {
        AliasOptions {
            case: CaseMode::Auto,
            stem: false,
            possessive: true,
        }
    }
}

/// One alias of an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alias {
    /// The alias as given.
    pub text: String,
    /// Options; `None` takes the gazetteer's defaults.
    pub options: Option<AliasOptions>,
    /// A label for how the alias names the entity (`name`, `abbreviation`, `demonym`, …).
    pub form: Option<String>,
}

impl Alias {
    /// An alias with default options and no form.
    pub fn new(text: impl Into<String>) -> Self {
        Alias {
            text: text.into(),
            options: None,
            form: None,
        }
    }
    /// Sets the form.
    pub fn with_form(mut self, form: impl Into<String>) -> Self {
        self.form = Some(form.into());
        self
    }
    /// Sets the options.
    pub fn with_options(mut self, options: AliasOptions) -> Self {
        self.options = Some(options);
        self
    }
    /// The form, `name` when none was given.
    pub fn form_or_name(&self) -> &str {
        self.form.as_deref().unwrap_or("name")
    }
}

/// An entity: id, canonical name, type, aliases and free metadata (kept and returned).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Unique id.
    pub id: String,
    /// Canonical name (also matched, as an alias).
    pub name: String,
    /// Type (`ORG`, `GPE`, `PERSON`, …); free text.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Aliases. A built gazetteer always has the name among them (inserted first, with form
    /// `name`, when it was missing).
    pub aliases: Vec<Alias>,
    /// Any extra metadata, as JSON values.
    pub meta: BTreeMap<String, serde_json::Value>,
}

impl Entity {
    /// An entity with no type, aliases or metadata.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Entity {
            id: id.into(),
            name: name.into(),
            kind: None,
            aliases: Vec::new(),
            meta: BTreeMap::new(),
        }
    }
    /// Sets the type.
    pub fn with_kind(mut self, kind: impl Into<String>) -> Self {
        self.kind = Some(kind.into());
        self
    }
    /// Adds an alias.
    pub fn with_alias(mut self, alias: impl Into<Alias>) -> Self {
        self.aliases.push(alias.into());
        self
    }
}

impl From<&str> for Alias {
    fn from(s: &str) -> Self {
        Alias::new(s)
    }
}

impl From<String> for Alias {
    fn from(s: String) -> Self {
        Alias::new(s)
    }
}

/// One occurrence of one or more entities in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte span (a trailing possessive and a leading article are not in it).
    pub span: Span,
    /// Indices of the entities (into [`Gazetteer::entities`]); more than one when the alias is
    /// ambiguous, sorted by index. Shared, not copied: every mention of the same ambiguous alias
    /// in a text points at one list, so 20,000 mentions of an alias naming 1,000 entities cost
    /// 20,000 pointers, not 20 million indices.
    pub entities: Arc<[u32]>,
    /// Index of the alias that matched, per entity (parallel to `entities`), into that entity's
    /// [`Entity::aliases`]. Shared like `entities`.
    pub aliases: Arc<[u32]>,
}

impl Mention {
    /// True when more than one entity has the matched alias.
    pub fn is_ambiguous(&self) -> bool {
        self.entities.len() > 1
    }
}

/// One entity of a mention, resolved: see [`Gazetteer::resolve`].
#[derive(Debug, Clone, Copy)]
pub struct Resolved<'g> {
    /// Index of the entity.
    pub index: u32,
    /// The entity.
    pub entity: &'g Entity,
    /// The alias that matched.
    pub alias: &'g Alias,
}

impl<'g> Resolved<'g> {
    /// The entity's id.
    pub fn id(&self) -> &'g str {
        &self.entity.id
    }
    /// The entity's type.
    pub fn kind(&self) -> Option<&'g str> {
        self.entity.kind.as_deref()
    }
    /// The alias text as given.
    pub fn alias_text(&self) -> &'g str {
        &self.alias.text
    }
    /// The alias's form (`name` when none was given).
    pub fn form(&self) -> &'g str {
        self.alias.form_or_name()
    }
}

/// Settings of a gazetteer; set through [`GazetteerBuilder`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazetteerConfig {
    /// Default case mode for aliases without options.
    pub case: CaseMode,
    /// Default stemming.
    pub stem: bool,
    /// Default possessive handling.
    pub possessive: bool,
    /// Overlap policy of [`Gazetteer::find`].
    pub overlap: OverlapPolicy,
    /// Language of the stemmer.
    pub lang: Lang,
}

impl Default for GazetteerConfig {
    fn default() -> Self {
        let d = AliasOptions::default();
        GazetteerConfig {
            case: d.case,
            stem: d.stem,
            possessive: d.possessive,
            overlap: OverlapPolicy::default(),
            lang: Lang::default(),
        }
    }
}

/// Builds a [`Gazetteer`]: `Gazetteer::builder().case(..).stem(..).build(entities)`.
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct GazetteerBuilder {
    config: GazetteerConfig,
}

impl GazetteerBuilder {
    /// Default case mode for aliases without their own options.
    pub fn case(mut self, case: CaseMode) -> Self {
        self.config.case = case;
        self
    }
    /// Default stemming for aliases without their own options.
    pub fn stem(mut self, stem: bool) -> Self {
        self.config.stem = stem;
        self
    }
    /// Default possessive handling for aliases without their own options.
    pub fn possessive(mut self, possessive: bool) -> Self {
        self.config.possessive = possessive;
        self
    }
    /// Overlap policy.
    pub fn overlap(mut self, overlap: OverlapPolicy) -> Self {
        self.config.overlap = overlap;
        self
    }
    /// Stemmer language.
    pub fn lang(mut self, lang: Lang) -> Self {
        self.config.lang = lang;
        self
    }
    /// Builds from entities. Fails on an empty or duplicate id or an entity with no name.
    pub fn build(self, entities: impl IntoIterator<Item = Entity>) -> Result<Gazetteer> {
        let mut entities: Vec<Entity> = entities.into_iter().collect();
        if entities.len() >= u32::MAX as usize {
            return Err(Error::gazetteer(format!("too many entities: {}", entities.len())));
        }
        let mut seen: matcher::FxMap<&str, usize> = Default::default();
        for (i, e) in entities.iter().enumerate() {
            if e.id.trim().is_empty() {
                return Err(Error::gazetteer(format!(
                    "entity #{i} (name {:?}) has an empty id",
                    e.name
                )));
            }
            if let Some(j) = seen.insert(e.id.as_str(), i) {
                return Err(Error::gazetteer(format!(
                    "duplicate entity id {:?} (entities #{j} and #{i})",
                    e.id
                )));
            }
            if e.name.trim().is_empty() {
                return Err(Error::gazetteer(format!("entity {:?} has an empty name", e.id)));
            }
        }
        drop(seen);
        for e in &mut entities {
            if !e.aliases.iter().any(|a| a.text == e.name) {
                e.aliases.insert(0, Alias::new(e.name.clone()).with_form("name"));
            }
        }
        Ok(Gazetteer::assemble(entities, self.config, None))
    }
    /// Builds from entities read by an [`EntityReader`] (JSON, JSONL or CSV).
    pub fn build_from(self, format: Format, reader: impl std::io::Read) -> Result<Gazetteer> {
        self.build(EntityReader::new(format).read(reader)?)
    }
}

/// A built, immutable gazetteer. `Send + Sync`: share it with `Arc`.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    config: GazetteerConfig,
    ids: matcher::FxMap<Box<str>, u32>,
    matcher: Matcher,
}

impl Gazetteer {
    /// A builder with default settings.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Builds from entities with default options.
    pub fn new(entities: Vec<Entity>) -> Result<Self> {
        Self::builder().build(entities)
    }

    /// Builds from a JSON list of entity objects (see [`EntityReader`]) with default options.
    pub fn from_json_str(json: &str) -> Result<Self> {
        Self::builder().build(EntityReader::new(Format::Json).read_str(json)?)
    }

    /// Builds from JSON Lines (one entity object per line) with default options.
    pub fn from_jsonl_reader(reader: impl std::io::Read) -> Result<Self> {
        Self::builder().build_from(Format::Jsonl, reader)
    }

    /// Builds from CSV (columns `id,name,type,aliases`, others → metadata) with default options.
    pub fn from_csv_reader(reader: impl std::io::Read) -> Result<Self> {
        Self::builder().build_from(Format::Csv, reader)
    }

    /// Builds from a file, the format taken from its extension (`.json`, `.jsonl`/`.ndjson`,
    /// `.csv`), with default options.
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Self> {
        Self::builder().build(EntityReader::read_path(path)?)
    }

    fn assemble(entities: Vec<Entity>, config: GazetteerConfig, matcher: Option<Matcher>) -> Gazetteer {
        let d = Defaults {
            case: config.case,
            stem: config.stem,
            possessive: config.possessive,
        };
        let matcher = matcher.unwrap_or_else(|| Matcher::build(&entities, d, config.lang));
        let ids = entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str().into(), i as u32))
            .collect();
        Gazetteer {
            entities,
            config,
            ids,
            matcher,
        }
    }

    /// The entities, in the order given.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }
    /// One entity by index.
    pub fn entity(&self, index: u32) -> Option<&Entity> {
        self.entities.get(index as usize)
    }
    /// The index of the entity with this id.
    pub fn index_of(&self, id: &str) -> Option<u32> {
        self.ids.get(id).copied()
    }
    /// The settings it was built with.
    pub fn config(&self) -> &GazetteerConfig {
        &self.config
    }
    /// Number of patterns (non-empty aliases) in the matcher.
    pub fn pattern_count(&self) -> usize {
        self.matcher.outputs.len()
    }

    /// The entities of a mention, each with the alias that matched.
    pub fn resolve<'g>(&'g self, m: &Mention) -> impl Iterator<Item = Resolved<'g>> + 'g {
        let pairs: Vec<(u32, u32)> = m
            .entities
            .iter()
            .copied()
            .zip(m.aliases.iter().copied())
            .collect();
        pairs.into_iter().filter_map(move |(e, a)| {
            let entity = self.entities.get(e as usize)?;
            let alias = entity.aliases.get(a as usize)?;
            Some(Resolved {
                index: e,
                entity,
                alias,
            })
        })
    }

    /// Finds mentions in `text` with the configured [`OverlapPolicy`], sorted by span.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_with(text, self.config.overlap)
    }

    /// Finds mentions with an explicit overlap policy.
    pub fn find_with(&self, text: &str, policy: OverlapPolicy) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut s = Scratch::default();
        self.matcher
            .find_into(text, self.config.lang, policy, &mut s, &mut out);
        out
    }

    /// Finds mentions in many texts on `n_threads` threads (`None`: `CLAIMSIFT_NUM_THREADS` or
    /// the number of CPUs), in input order.
    pub fn find_batch<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        n_threads: Option<usize>,
    ) -> Result<Vec<Vec<Mention>>> {
        crate::parallel::map_indexed(texts, n_threads, |_, t| Ok(self.find(t.as_ref())))?
            .into_iter()
            .collect()
    }

    /// The compact binary form (see [`Gazetteer::from_bytes`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        binary::encode(self)
    }

    /// Loads the binary form of [`Gazetteer::to_bytes`]. Corrupt, truncated, foreign or
    /// incompatible bytes give [`Error::Serialization`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        binary::decode(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Gazetteer>();
    }
}
