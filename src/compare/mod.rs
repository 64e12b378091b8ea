//! Comparison across documents: the same measure, reported with different figures by different
//! outlets, side by side.
//!
//! A [`Comparator`] collects documents ([`Comparator::add`]), can be merged with another
//! ([`Comparator::merge`], so a corpus can be compared partition by partition and reduced), and
//! [`Comparator::finish`]es into a [`Comparison`]: [`Group`]s of figures with one key.
//!
//! # The key
//!
//! Two figures are put side by side only when all of these agree:
//!
//! 1. **story** — the documents tell the same story (see [`story`](self#story-blocking)): two
//!    earthquakes, two companies' quarters never meet;
//! 2. **measure** — the claim's [`measure`](crate::Claim::measure) (`killed`, `turnout`,
//!    `revenue`; a figure without a measure stays alone);
//! 3. **unit class** — `count`, `currency:EUR`, `percent`, `relative`, … (no exchange rates);
//! 4. **scope** — the claim's [`scope`](crate::Claim::scope): a province's toll never joins the
//!    national one. A figure with no scope, or with `@national`, or with the story's main place
//!    (the most widely used country-level scope of the story, else its most widely used scope),
//!    is about the story's main place;
//! 5. **period** — for a *periodic* measure (a rate, revenue, monthly jobs) the period it is for
//!    (`in March` vs `in April`); a figure without one takes the period most of its group's
//!    figures state. For *cumulative*, *level* and *fixed* measures time does not split a
//!    measure, except a **background** figure: one whose stated period ends more than 90 days
//!    before its document's date (`the 2008 quake killed 87,000`);
//! 6. **role** — forecasts and increments (`14 more victims`) are their own measures; a subset
//!    (`2,530 of them`) stays alone; an earlier figure (`up from 23,000`) joins a cumulative
//!    measure as a *revision* and is another period of a periodic one;
//! 7. **change** and **rate** — `rose 5%` is not a level of 5%, `$5 a share` not `$5`.
//!
//! # Status
//!
//! Each figure is an [`Interval`] (its bound, its rounding, `~` as ±`approx`). A group of
//! figures from two or more documents is:
//!
//! - `agree` when every document's figures share a value (O(n): `max(low) <= min(high)`);
//! - `trend` when they do not, the measure is cumulative (or a level), and ordered by the
//!   documents' dates the figures only rise (a level: only rise or only fall), undated figures
//!   fitting within the dated range; revisions inside one document never conflict;
//! - `disagree` otherwise: two documents conflict beyond their bounds at the same time.
//!
//! # Story blocking
//!
//! See [`story`](self) module docs in `story.rs`: documents sharing at least two names within a
//! date window, or a user-given story.
//!
//! ```
//! use claimsift::compare::{Comparator, CompareOptions, DocMeta, Status};
//! use claimsift::Pipeline;
//! let p = Pipeline::default();
//! let a = "At least 2,012 people were killed in the Morocco earthquake near Marrakech, the Interior Ministry said.";
//! let b = "The Morocco earthquake killed 2,122 people near Marrakech, officials said on Sunday.";
//! let mut cmp = Comparator::new(CompareOptions::default());
//! cmp.add(DocMeta::new("a").date("2023-09-09").unwrap(), a, &p.process(a));
//! cmp.add(DocMeta::new("b").date("2023-09-10").unwrap(), b, &p.process(b));
//! let out = cmp.finish();
//! let g = &out.groups[0];
//! assert_eq!(g.measure.as_deref(), Some("killed"));
//! assert_eq!(g.n_docs(), 2);
//! assert_eq!(g.status, Status::Agree);   // "at least 2,012" fits 2,122
//! ```

mod interval;
pub mod story;
mod units;

pub use interval::{conflict, rounding, Interval};
pub use units::class_of;

use crate::claims::{measure_def, Bound, Change, Claim, Grain, MeasureKind, NumberKind, Period, Role};
use crate::error::{Error, Result};
use crate::pipeline::Document;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Options of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CompareOptions {
    /// Relative width of `~` figures (0.1 = ±10 %).
    pub approx: f64,
    /// Two dated documents more days apart than this never share a story.
    pub window_days: i64,
    /// Names two documents must share to be one story.
    pub min_shared_names: usize,
    /// Names held by more documents than this do not link stories (they name no story).
    pub max_name_docs: usize,
    /// Put all documents in one story (no blocking).
    pub single_story: bool,
    /// Also compare figures outside the article (teasers, boilerplate, link lines, comments).
    pub off_article: bool,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            approx: 0.1,
            window_days: 30,
            min_shared_names: 2,
            max_name_docs: 256,
            single_story: false,
            off_article: false,
        }
    }
}

/// A document's metadata for the comparison (user metadata wins over the page's own).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocMeta {
    /// The document's id.
    pub id: String,
    /// The outlet.
    pub outlet: Option<String>,
    /// The publication date.
    pub date: Option<NaiveDate>,
    /// A story or cluster id: documents with the same one are one story.
    pub story: Option<String>,
}

impl DocMeta {
    /// Metadata with only an id.
    pub fn new(id: impl Into<String>) -> Self {
        DocMeta {
            id: id.into(),
            ..Default::default()
        }
    }
    /// With a date given as ISO `YYYY-MM-DD` (a longer timestamp is cut to its date).
    pub fn date(mut self, iso: &str) -> Result<Self> {
        self.date = Some(parse_date(iso)?);
        Ok(self)
    }
    /// With an outlet.
    pub fn outlet(mut self, outlet: impl Into<String>) -> Self {
        self.outlet = Some(outlet.into());
        self
    }
    /// With a story id.
    pub fn story(mut self, story: impl Into<String>) -> Self {
        self.story = Some(story.into());
        self
    }
}

/// Parses an ISO date (`2023-09-09`, or a timestamp starting with one).
pub fn parse_date(s: &str) -> Result<NaiveDate> {
    let t = s.trim();
    let head = t.get(..10).unwrap_or(t);
    NaiveDate::parse_from_str(head, "%Y-%m-%d").map_err(|_| Error::Config {
        message: format!("date {s:?} is not an ISO date (YYYY-MM-DD)"),
    })
}

/// What the comparison keeps of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    /// The id.
    pub id: String,
    /// The outlet.
    pub outlet: Option<String>,
    /// The date used (user metadata, else the page's own).
    pub date: Option<NaiveDate>,
    /// A user-given story id.
    pub story: Option<String>,
    /// The year it mentions most (for undated documents).
    pub year_hint: Option<i32>,
    /// Its most frequent names (lower case) with their counts, for story blocking.
    pub names: Vec<(String, u32)>,
    /// Its distinctive figures (`killed=2012`), for story blocking.
    pub figures: Vec<String>,
    /// Its language (given, or detected with `lang="auto"`), as an ISO 639-1 code: outlets of
    /// several countries are compared side by side, and each figure says which language it read.
    #[serde(default)]
    pub lang: Option<String>,
}

impl DocInfo {
    /// The date's year, else the year hint.
    pub fn year(&self) -> Option<i32> {
        self.date.map(|d| d.year()).or(self.year_hint)
    }
}

/// One document's figure in the comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Index of its document in [`Comparison::docs`].
    pub doc: usize,
    /// Index of the claim in its document's claims.
    pub claim: usize,
    /// The claim's text.
    pub text: String,
    /// The stated value and upper end.
    pub value: f64,
    /// Upper end of a range.
    pub value_max: Option<f64>,
    /// The stated unit.
    pub unit: String,
    /// The bound.
    pub bound: Bound,
    /// The change direction.
    pub change: Option<Change>,
    /// The comparable unit class (`count`, `currency:EUR`, `relative`, …).
    pub unit_class: String,
    /// The base unit of the class.
    pub base_unit: String,
    /// The value in the base unit.
    pub base_value: f64,
    /// The interval of values the figure is compatible with (base unit).
    pub interval: Interval,
    /// The measure id.
    pub measure: Option<String>,
    /// The scope key as stated.
    pub scope: Option<String>,
    /// The time reference as stated.
    pub time_ref: Option<crate::claims::TimeRef>,
    /// The resolved period, when one is stated and resolvable (against the document's date, else
    /// its story's latest date, else the latest year the document mentions).
    pub period: Option<Period>,
    /// The role.
    pub role: Option<Role>,
    /// What a rate is per.
    pub per: Option<String>,
    /// An earlier figure inside its document (`up from 23,000`): never a conflict.
    pub revision: bool,
    /// The measure was taken from the same figure in another document of the story.
    #[serde(default)]
    pub borrowed: bool,
    /// Which figure of a movement (`from 350 to 413`) the entry is: the start (an earlier figure,
    /// role `previous`) or the level reached; `None` for a figure of its own. `text` is that
    /// part's words: a prefix (`from 350`) or a suffix (`to 413`) of the claim's span.
    #[serde(default)]
    pub part: Option<Part>,
}

/// One of the two figures of a movement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// The level the movement started from.
    From,
    /// The level it reached.
    To,
}

impl Part {
    /// `from` or `to`.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::From => "from",
            Part::To => "to",
        }
    }
}

/// The words of a movement's two figures in its span: up to the end of the first numeral's word
/// (`from 350`, `from $36,040`, `from 4.4%`), and from the next word on (`to 413`). `None` for a
/// claim that is no movement.
fn movement_parts<'t>(text: &'t str, c: &Claim) -> Option<(&'t str, &'t str)> {
    c.value_from?;
    let (s, e) = (c.span.start, c.span.end);
    if !(s <= c.num_span.start && c.num_span.end < e && e <= text.len()) {
        return None;
    }
    let rest = text.get(c.num_span.end..e)?;
    let word_end = c.num_span.end + rest.find(char::is_whitespace)?;
    let tail = text.get(word_end..e)?;
    let to_start = word_end + (tail.len() - tail.trim_start().len());
    Some((text.get(s..word_end)?, text.get(to_start..e)?))
}

/// The status of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Status {
    /// Figures from one document only.
    Single,
    /// Every document's figures share a value.
    Agree,
    /// A cumulative measure rising (or a level moving one way) with the documents' dates.
    Trend,
    /// Two documents conflict beyond their bounds.
    Disagree,
}

impl Status {
    /// `single`, `agree`, `trend` or `disagree`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Single => "single",
            Status::Agree => "agree",
            Status::Trend => "trend",
            Status::Disagree => "disagree",
        }
    }
}

/// Figures with one key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// A readable label (`killed (al haouz)`, `unemployment [2020-03]`).
    pub label: String,
    /// The measure id (`None` for a figure kept alone).
    pub measure: Option<String>,
    /// How the measure moves over time.
    pub kind: Option<MeasureKind>,
    /// The unit class.
    pub unit_class: String,
    /// The base unit.
    pub base_unit: String,
    /// The scope key of the group (`None`: the story's main place).
    pub scope: Option<String>,
    /// The period of the group (ISO), when it has its own.
    pub period: Option<String>,
    /// The role (forecast, increment, previous).
    pub role: Option<Role>,
    /// The change direction.
    pub change: Option<Change>,
    /// What a rate is per.
    pub per: Option<String>,
    /// Index of the story in [`Comparison::stories`].
    pub story: usize,
    /// Indices into [`Comparison::entries`], by document then position.
    pub members: Vec<usize>,
    /// Agree, trend, disagree or single.
    pub status: Status,
    /// The conflicting pair of entries that makes a `disagree`.
    pub conflict: Option<(usize, usize)>,
    /// Why these figures are together, and why the status.
    pub reasons: Vec<String>,
    /// Number of documents with a figure here.
    pub docs: usize,
}

impl Group {
    /// Number of documents with a figure in the group.
    pub fn n_docs(&self) -> usize {
        self.docs
    }
}

/// A story: documents telling the same story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Its documents (indices into [`Comparison::docs`]).
    pub docs: Vec<usize>,
    /// The names that linked them (or the user's story id).
    pub names: Vec<String>,
    /// The story's main place or subject (scope key), if any.
    pub main_scope: Option<String>,
}

/// The result: groups, their entries, the documents and the stories.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Groups, those with most documents first.
    pub groups: Vec<Group>,
    /// Every compared figure.
    pub entries: Vec<Entry>,
    /// The documents, in the order added.
    pub docs: Vec<DocInfo>,
    /// The stories.
    pub stories: Vec<Story>,
}

impl Comparison {
    /// Groups whose figures conflict.
    pub fn disagreements(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| g.status == Status::Disagree)
    }
}

/// Collects documents, compares them on [`finish`](Comparator::finish). Mergeable.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparator {
    options: CompareOptions,
    docs: Vec<DocInfo>,
    entries: Vec<Entry>,
}

/// Names kept per document for story blocking.
const NAMES_PER_DOC: usize = 40;

fn doc_names(text: &str, doc: &Document) -> Vec<(String, u32)> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for s in &doc.sentences {
        let toks = &doc.tokens[s.token_start.min(doc.tokens.len())..s.token_end.min(doc.tokens.len())];
        let words: Vec<&str> = toks
            .iter()
            .filter(|t| t.kind == crate::TokenKind::Word)
            .map(|t| t.text(text))
            .collect();
        let caps = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        if words.len() >= 4 && caps * 10 >= words.len() * 6 {
            continue; // a title-case headline or a menu: capitals say nothing
        }
        for (i, t) in toks.iter().enumerate() {
            if i == 0 || t.kind != crate::TokenKind::Word {
                continue;
            }
            let w = t.text(text);
            if w.chars().count() < 3 || !w.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let low = w.to_lowercase();
            if story::is_common_name(&low) || crate::claims::is_not_name(&low) {
                continue;
            }
            // the word after a sentence-internal stop is a sentence start too
            let prev = toks[i - 1].text(text);
            if matches!(prev, "\"" | "“" | "(" | ":" | "—" | "-" | "–" | "‘" | "'") {
                continue;
            }
            *counts.entry(low).or_default() += 1;
        }
    }
    let mut v: Vec<(String, u32)> = counts.into_iter().collect();
    v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(NAMES_PER_DOC);
    v.sort_unstable();
    v
}

/// Figures distinctive enough to tell a story by: a vocabulary measure with a value that is not a
/// small whole number.
fn doc_figures(doc: &Document) -> Vec<String> {
    let mut v: Vec<String> = doc
        .claims
        .iter()
        .filter(|c| c.value.fract() != 0.0 || c.value.abs() >= 10.0)
        .filter_map(|c| {
            let m = c.measure.as_deref()?;
            measure_def(m)?;
            Some(format!("{m}={}{}", c.value, c.unit))
        })
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The latest year an undated document mentions in a full or month date, else the latest year it
/// mentions at all: news looks back more often than forward.
fn year_hint(doc: &Document) -> Option<i32> {
    let mut in_dates = None;
    let mut any = None;
    for n in &doc.numbers {
        if !matches!(n.kind, NumberKind::Year | NumberKind::Date) {
            continue;
        }
        if let Some(y) = n
            .iso
            .as_deref()
            .and_then(|s| s.get(..4))
            .and_then(|s| s.parse::<i32>().ok())
        {
            if (1900..=2100).contains(&y) {
                any = any.max(Some(y));
                if n.kind == NumberKind::Date {
                    in_dates = in_dates.max(Some(y));
                }
            }
        }
    }
    in_dates.or(any)
}

/// An unknown demonym folded into its place when the place is also named (`zarbanian` →
/// `zarbania`): `-n`, `-an`, `-ian`, `-ese`, `-i`, `-ish` off a name that is in `names`.
fn demonym_stem(w: &str, names: &std::collections::HashSet<&str>) -> Option<String> {
    for suf in ["ians", "ans", "ns", "ian", "an", "n", "ese", "is", "i", "ish"] {
        if let Some(stem) = w.strip_suffix(suf) {
            if stem.len() >= 4 {
                for cand in [stem.to_string(), format!("{stem}a"), format!("{stem}ia")] {
                    if names.contains(cand.as_str()) {
                        return Some(cand);
                    }
                }
            }
        }
    }
    None
}

/// The story's reference date for a document without one.
fn ref_date(doc: &DocInfo, story_date: Option<NaiveDate>) -> Option<NaiveDate> {
    doc.date
        .or(story_date)
        .or_else(|| doc.year_hint.and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31)))
}

impl Comparator {
    /// An empty comparator.
    pub fn new(options: CompareOptions) -> Self {
        Comparator {
            options,
            docs: Vec::new(),
            entries: Vec::new(),
        }
    }

    /// Number of documents added.
    pub fn n_docs(&self) -> usize {
        self.docs.len()
    }

    /// Number of figures collected.
    pub fn n_entries(&self) -> usize {
        self.entries.len()
    }

    /// Adds one processed document (`text` is the text `doc` was made from).
    pub fn add(&mut self, meta: DocMeta, text: &str, doc: &Document) {
        let di = self.docs.len();
        let hint = year_hint(doc);
        // the user's metadata wins; the page's own dateline or byline fills the gaps
        let date = meta.date.or(doc.page.date);
        self.docs.push(DocInfo {
            id: meta.id,
            outlet: meta.outlet.or_else(|| doc.page.outlet.clone()),
            date,
            story: meta.story,
            year_hint: hint,
            names: doc_names(text, doc),
            figures: doc_figures(doc),
            lang: Some(doc.lang.code().to_string()),
        });
        for (ci, c) in doc.claims.iter().enumerate() {
            // teasers of other articles, boilerplate, link lines and comments are not the
            // article's figures
            if !self.options.off_article && c.block.is_some_and(|b| b.is_off_article()) {
                continue;
            }
            // A movement ("rose from 350 to 413", "raise the age from 62 to 64") is two figures:
            // the level reached, and the level it started from (an earlier figure). Both are
            // levels, not changes.
            let level;
            let c = if c.value_from.is_some() {
                level = Claim {
                    change: None,
                    ..c.clone()
                };
                &level
            } else {
                c
            };
            let (unit_class, base, base_max, base_unit) = class_of(c);
            let scale = if c.value != 0.0 { base / c.value } else { 1.0 };
            let mut interval = Interval::of(
                base,
                base_max,
                c.value,
                scale,
                c.bound,
                c.vague,
                self.options.approx,
            );
            // "7.0" is written to a tenth: as precise as "6.8", not as loose as "7"
            if c.bound == Bound::Eq && base_max.is_none() && !c.vague && c.value_from.is_none() {
                if let Some(t) = interval::written_tolerance(c.num_span.slice(text), c.value) {
                    let t = t * scale.abs();
                    interval.low = base - t;
                    interval.high = base + t;
                }
            }
            let whole = c.span.slice(text);
            let (text_main, part) = match movement_parts(text, c) {
                Some((_, to)) => (to, Some(Part::To)),
                None => (whole, None),
            };
            let entry = Entry {
                doc: di,
                claim: ci,
                text: text_main.to_string(),
                value: c.value,
                value_max: c.value_max,
                unit: c.unit.clone(),
                bound: c.bound,
                change: c.change,
                unit_class,
                base_unit,
                base_value: base,
                interval,
                measure: c.measure.clone(),
                scope: c.scope.clone(),
                time_ref: c.time_ref,
                period: None,
                role: c.role,
                per: c.per.map(|p| p.slice(text).to_lowercase()),
                revision: false,
                borrowed: false,
                part,
            };
            if let (Some(from), Some((from_text, _))) = (c.value_from, movement_parts(text, c)) {
                let base_from = from * scale;
                let iv = Interval::of(
                    base_from,
                    None,
                    from,
                    scale,
                    Bound::Eq,
                    false,
                    self.options.approx,
                );
                self.entries.push(Entry {
                    text: from_text.to_string(),
                    value: from,
                    value_max: None,
                    bound: Bound::Eq,
                    base_value: base_from,
                    interval: iv,
                    role: Some(Role::Previous),
                    part: Some(Part::From),
                    ..entry.clone()
                });
            }
            self.entries.push(entry);
        }
    }

    /// Adds the documents of another comparator (a partition of the same corpus).
    pub fn merge(&mut self, other: Comparator) {
        let off = self.docs.len();
        self.docs.extend(other.docs);
        self.entries.extend(other.entries.into_iter().map(|mut e| {
            e.doc += off;
            e
        }));
    }

    /// Groups the figures and assesses each group.
    pub fn finish(self) -> Comparison {
        let Comparator {
            options,
            docs,
            mut entries,
        } = self;
        let (story_of, story_names) = if options.single_story {
            (vec![0; docs.len()], vec![Vec::new()])
        } else {
            story::stories(
                &docs,
                story::StoryOptions {
                    window_days: options.window_days,
                    min_shared_names: options.min_shared_names,
                    max_name_docs: options.max_name_docs,
                },
            )
        };
        let n_stories = story_names.len().max(1);
        let mut stories: Vec<Story> = (0..n_stories)
            .map(|s| Story {
                docs: Vec::new(),
                names: story_names.get(s).cloned().unwrap_or_default(),
                main_scope: None,
            })
            .collect();
        for (d, &s) in story_of.iter().enumerate() {
            stories[s].docs.push(d);
            if let Some(st) = &docs[d].story {
                if stories[s].names.is_empty() {
                    stories[s].names.push(st.clone());
                }
            }
        }
        // story dates and main scopes
        let story_date: Vec<Option<NaiveDate>> = stories
            .iter()
            .map(|s| s.docs.iter().filter_map(|&d| docs[d].date).max())
            .collect();
        // the story's main place or subject: its most widely used name (demonyms folded in)
        for st in stories.iter_mut() {
            let mut score: HashMap<String, (usize, u32)> = HashMap::new();
            let all_names: std::collections::HashSet<&str> = st
                .docs
                .iter()
                .flat_map(|&d| docs[d].names.iter().map(|x| x.0.as_str()))
                .collect();
            for &d in &st.docs {
                let mut seen: Vec<String> = Vec::new();
                for (name, n) in &docs[d].names {
                    let key =
                        demonym_stem(name, &all_names).unwrap_or_else(|| crate::claims::scope_key_of(name));
                    let e = score.entry(key.clone()).or_default();
                    if !seen.contains(&key) {
                        e.0 += 1;
                        seen.push(key);
                    }
                    e.1 += n;
                }
            }
            let eligible = |(_, (n_docs, total)): &(String, (usize, u32))| {
                *n_docs >= 2 || (st.docs.len() == 1 && *total >= 2)
            };
            let by_weight = |a: &(String, (usize, u32)), b: &(String, (usize, u32))| {
                a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0))
            };
            let mut all: Vec<(String, (usize, u32))> = score.into_iter().filter(eligible).collect();
            all.sort_by(|a, b| by_weight(b, a));
            // a place of the vocabulary (a country) beats an equally widespread other name
            // (an agency mentioned more often)
            let best = all.first().map(|x| x.1 .0).unwrap_or(0);
            let place = all
                .iter()
                .find(|x| crate::claims::is_place_key(&x.0) && x.1 .0 >= best)
                .cloned();
            st.main_scope = place.or_else(|| all.first().cloned()).map(|x| x.0);
        }
        // One document stating the same figure of the same measure twice states one fact: a
        // mention whose sentence names no place takes the place the other mention names
        // ("the toll in the state stood at 47" ... "Forty-seven people died"), when that is one.
        {
            // (doc, measure, unit class, value) -> the one scope stated, or None when several
            let mut stated: HashMap<(usize, &str, &str, u64), Option<&str>> = HashMap::new();
            for e in &entries {
                if let (Some(m), Some(sc), None) = (&e.measure, &e.scope, e.role) {
                    let k = (e.doc, m.as_str(), e.unit_class.as_str(), e.base_value.to_bits());
                    let slot = stated.entry(k).or_insert(Some(sc.as_str()));
                    if *slot != Some(sc.as_str()) {
                        *slot = None;
                    }
                }
            }
            let fills: Vec<(usize, String)> = entries
                .iter()
                .enumerate()
                .filter(|(_, e)| e.scope.is_none() && e.role.is_none() && e.part.is_none())
                .filter_map(|(i, e)| {
                    let m = e.measure.as_deref()?;
                    let k = (e.doc, m, e.unit_class.as_str(), e.base_value.to_bits());
                    stated.get(&k).copied().flatten().map(|sc| (i, sc.to_string()))
                })
                .collect();
            for (i, sc) in fills {
                entries[i].scope = Some(sc);
            }
        }
        // A figure whose clause names no measure takes the measure of the same figure (same
        // story, unit class and value) stated with one in another document, when that is unique:
        // "20.5 million" alone in a headline is the "20.5 million jobs" of the other outlets.
        // (measure, scope) -> (first document, stated by several documents)
        type Cands = HashMap<(String, Option<String>), (usize, bool)>;
        let mut by_figure: HashMap<(usize, String, u64), Cands> = HashMap::new();
        for e in &entries {
            if let (Some(m), None | Some(Role::Previous)) = (&e.measure, e.role) {
                let k = (story_of[e.doc], e.unit_class.clone(), e.base_value.to_bits());
                let c = by_figure.entry(k).or_default();
                let slot = c.entry((m.clone(), e.scope.clone())).or_insert((e.doc, false));
                if slot.0 != e.doc {
                    slot.1 = true;
                }
            }
        }
        for e in entries.iter_mut() {
            if e.measure.is_some() || e.role == Some(Role::Subset) || twin_strength(e).is_none() {
                continue;
            }
            let k = (story_of[e.doc], e.unit_class.clone(), e.base_value.to_bits());
            if let Some(c) = by_figure.get(&k) {
                let mut ms = c
                    .iter()
                    .filter(|(_, (d, several))| *several || *d != e.doc)
                    .map(|x| x.0);
                if let (Some((m, sc)), None) = (ms.next(), ms.next()) {
                    e.measure = Some(m.clone());
                    if e.scope.is_none() {
                        e.scope = sc.clone();
                    }
                    e.borrowed = true;
                }
            }
        }
        // periods: against the document's date, else its story's latest date, else its year hint
        for e in entries.iter_mut() {
            let d = &docs[e.doc];
            let reference = d
                .date
                .or(story_date[story_of[e.doc]])
                .or_else(|| d.year_hint.and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31)));
            e.period = e.time_ref.and_then(|t| t.resolve(reference));
        }
        // Per story and measure, the country-level place (of the scope vocabulary) stated by most
        // documents is where an unscoped figure of that measure is: in a story of Palestinian and
        // Israeli tolls, an unscoped toll is the Palestinian one when most outlets say so; a
        // province never becomes that place.
        let mut place_docs: HashMap<(usize, String, String), Vec<usize>> = HashMap::new();
        for e in &entries {
            if let (Some(m), Some(sc)) = (e.measure.as_deref(), e.scope.as_deref()) {
                if crate::claims::is_place_key(sc) {
                    let v = place_docs
                        .entry((story_of[e.doc], m.to_string(), sc.to_string()))
                        .or_default();
                    // entries are in document order: a document's repeats are adjacent
                    if v.last() != Some(&e.doc) {
                        v.push(e.doc);
                    }
                }
            }
        }
        let mut measure_main: HashMap<(usize, String), String> = HashMap::new();
        {
            // (documents, place, tied): a tie names no main place (Israeli and Palestinian tolls
            // stated once each leave an unscoped toll unscoped)
            let mut best: HashMap<(usize, &str), (usize, &str, bool)> = HashMap::new();
            for ((st, m, sc), ds) in &place_docs {
                let b = best.entry((*st, m.as_str())).or_insert((0, "", false));
                if ds.len() > b.0 {
                    *b = (ds.len(), sc.as_str(), false);
                } else if ds.len() == b.0 {
                    b.2 = true;
                }
            }
            for ((st, m), (_, sc, tied)) in best {
                if tied {
                    measure_main.insert((st, m.to_string()), String::new());
                } else {
                    measure_main.insert((st, m.to_string()), sc.to_string());
                }
            }
        }
        // keys
        let mut keys: Vec<Key> = Vec::with_capacity(entries.len());
        let mut is_periodic: Vec<bool> = Vec::with_capacity(entries.len());
        for (i, e) in entries.iter_mut().enumerate() {
            let s = story_of[e.doc];
            let d = &docs[e.doc];
            let kind = e.measure.as_deref().and_then(measure_def).map(|m| m.kind);
            // a part of another figure is alone, and so is an increment that says not for when:
            // one day's new cases are not another day's
            let solo = e.measure.is_none()
                || e.role == Some(Role::Subset)
                || (e.role == Some(Role::Increment)
                    && e.period.is_none()
                    && kind != Some(MeasureKind::Periodic));
            let main = e
                .measure
                .as_ref()
                .and_then(|m| measure_main.get(&(s, m.clone())))
                .map(String::as_str)
                .or(stories[s].main_scope.as_deref());
            // "worldwide" is the whole when no figure of the measure names a place (a company's
            // global subscribers); beside a country's figures it is its own scope
            let placed = e
                .measure
                .as_ref()
                .and_then(|m| measure_main.get(&(s, m.clone())))
                .is_some_and(|p| !p.is_empty());
            // a company's worldwide figure is the company's: "worldwide" is another scope only
            // beside a place's figures in a story about a place
            let company = stories[s]
                .main_scope
                .as_deref()
                .is_some_and(|m| !m.is_empty() && !crate::claims::is_place_key(m));
            let scope = match e.scope.as_deref() {
                None | Some("@national") => None,
                Some("@world") if !placed || company => None,
                Some(sc) if Some(sc) == main => None,
                Some(sc) => Some(sc.to_string()),
            };
            let rd = ref_date(d, story_date[s]);
            // counted-noun measures (no vocabulary kind) are read as fixed: time does not split them
            let periodic = kind == Some(MeasureKind::Periodic);
            let mut role = e.role;
            let mut period = None;
            if let Some(p) = e.period {
                let background = rd.is_some_and(|r| (r - p.end).num_days() > 90);
                // A day is when a periodic figure was reported ("Netflix said on Tuesday its
                // revenue...", "lost 200,000 subscribers, it said on Tuesday"), not the period it
                // is for.
                let report_day = periodic && p.grain == Grain::Day;
                let increment = role == Some(Role::Increment);
                if (periodic && !report_day) || background || increment {
                    period = Some(p.to_iso());
                    if role == Some(Role::Previous) {
                        role = None;
                    }
                }
            }
            // an earlier figure of a running count is a revision; of a fixed fact (a retirement
            // age raised from 62 to 64, a fee raised from 50 to 60) it is the fact before
            if role == Some(Role::Previous) && !periodic && kind != Some(MeasureKind::Fixed) {
                e.revision = true;
                role = None;
            }
            is_periodic.push(periodic);
            keys.push(Key {
                story: s,
                measure: e.measure.clone().unwrap_or_default(),
                unit_class: e.unit_class.clone(),
                change: e.change.map(|c| c.as_str()),
                per: e.per.clone(),
                scope,
                period,
                role: role.map(|r| r.as_str()),
                solo: solo.then_some(i),
            });
        }
        // A periodic figure with no period is for the latest current period its group states
        // ("the rate jumped to 14.7%" in a report that says "in April" elsewhere and quotes
        // March's rate as the earlier one); background periods are no candidates.
        let mut latest: HashMap<Key, (NaiveDate, String)> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            let k = &keys[i];
            if !is_periodic[i] || k.solo.is_some() {
                continue;
            }
            if let (Some(p), Some(pe)) = (&k.period, e.period) {
                let rd = ref_date(&docs[e.doc], story_date[k.story]);
                if rd.is_some_and(|r| (r - pe.end).num_days() > 90) {
                    continue;
                }
                let base = Key {
                    period: None,
                    ..k.clone()
                };
                let slot = latest.entry(base).or_insert((pe.end, p.clone()));
                if pe.end > slot.0 {
                    *slot = (pe.end, p.clone());
                }
            }
        }
        for (k, _) in keys.iter_mut().zip(&is_periodic).filter(|x| *x.1) {
            if k.period.is_none() && k.solo.is_none() {
                if let Some((_, p)) = latest.get(k) {
                    k.period = Some(p.clone());
                }
            }
        }
        // buckets: entry indices sorted by key, runs of equal keys (no key is copied)
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_unstable_by(|&a, &b| keys[a].cmp(&keys[b]).then(a.cmp(&b)));
        let mut runs: Vec<Vec<usize>> = Vec::new();
        for (n, &i) in order.iter().enumerate() {
            if n == 0 || keys[order[n - 1]] != keys[i] {
                runs.push(Vec::new());
            }
            if let Some(r) = runs.last_mut() {
                r.push(i);
            }
        }
        drop(order);
        let runs: Vec<Vec<usize>> = runs
            .into_iter()
            .flat_map(|r| split_self_contradictions(r, &entries))
            .flat_map(|r| split_far_outliers(r, &entries))
            .collect();
        let runs = join_twins(runs, &keys, &entries);
        let mut groups: Vec<Group> = runs
            .into_iter()
            .map(|mut members| {
                members.sort_unstable_by_key(|&i| (entries[i].doc, entries[i].claim));
                // joined runs: the key that states most names the group
                let states = |i: usize| {
                    let k = &keys[i];
                    let m = match entries[i].measure.as_deref() {
                        None => 0,
                        Some(m) if m.starts_with("noun:") => 1,
                        Some(_) => 2,
                    };
                    (m, k.scope.is_some(), k.period.is_some(), k.role.is_none())
                };
                let rep = members
                    .iter()
                    .copied()
                    .max_by(|&a, &b| states(a).cmp(&states(b)).then(b.cmp(&a)))
                    .unwrap_or(members[0]);
                let k = &keys[rep];
                let e0 = &entries[rep];
                let kind = e0.measure.as_deref().and_then(measure_def).map(|m| m.kind);
                let label = label_of(e0, &k.scope, &k.period, k.role);
                let mut g = Group {
                    label,
                    measure: e0.measure.clone(),
                    kind,
                    unit_class: k.unit_class.clone(),
                    base_unit: e0.base_unit.clone(),
                    scope: k.scope.clone(),
                    period: k.period.clone(),
                    role: k.role.and_then(|r| match r {
                        "forecast" => Some(Role::Forecast),
                        "increment" => Some(Role::Increment),
                        "previous" => Some(Role::Previous),
                        _ => None,
                    }),
                    change: e0.change,
                    per: k.per.clone(),
                    story: k.story,
                    members,
                    status: Status::Single,
                    conflict: None,
                    reasons: Vec::new(),
                    docs: 0,
                };
                assess(&mut g, &entries, &docs);
                let mut r = reasons_of(&g, &entries, &stories[k.story]);
                r.append(&mut g.reasons);
                g.reasons = r;
                g
            })
            .collect();
        groups.sort_by(|a, b| {
            b.docs
                .cmp(&a.docs)
                .then_with(|| a.story.cmp(&b.story))
                .then_with(|| a.label.cmp(&b.label))
                .then_with(|| a.members[0].cmp(&b.members[0]))
        });
        Comparison {
            groups,
            entries,
            docs,
            stories,
        }
    }
}

/// What a figure is compared on: figures of equal keys share a group.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key {
    story: usize,
    measure: String,
    unit_class: String,
    change: Option<&'static str>,
    per: Option<String>,
    scope: Option<String>,
    period: Option<String>,
    role: Option<&'static str>,
    /// A figure without a measure (or a part of another figure) has a key of its own.
    solo: Option<usize>,
}

/// Significant digits of a stated value (`20.5 million` → 3, `275` → 3, `4.4` → 2, `80,000` → 1).
fn significant_digits(v: f64) -> usize {
    if !v.is_finite() || v == 0.0 {
        return 0;
    }
    let s = format!("{}", v.abs());
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

/// How strongly an identical figure in two documents says they state the same fact.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Twin {
    /// Two significant digits (`4.4%`, `7.7 million`): the same fact when nothing else differs.
    Likely,
    /// Three or more (`20.5 million`, `1,175`, `$30.01`): the same fact unless the figures say
    /// otherwise (two different measures or places, another role or period).
    Strong,
}

fn twin_strength(e: &Entry) -> Option<Twin> {
    if e.value_max.is_some() {
        return None;
    }
    match significant_digits(e.value) {
        0 | 1 => None,
        // 15, 150, 2.5 million: halves of round numbers are as common as the round numbers
        2 if last_significant_digit(e.value) == Some(5) && first_digit(e.value) <= Some(2) => None,
        2 => Some(Twin::Likely),
        _ => Some(Twin::Strong),
    }
}

fn first_digit(v: f64) -> Option<u32> {
    format!("{}", v.abs())
        .chars()
        .find(|c| c.is_ascii_digit() && *c != '0')
        .and_then(|c| c.to_digit(10))
}

fn last_significant_digit(v: f64) -> Option<u32> {
    let s = format!("{}", v.abs());
    s.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .trim_end_matches('0')
        .chars()
        .last()
        .and_then(|c| c.to_digit(10))
}

/// The direction a figure states: `-20.5M` and "lost 20.5 million" go down, "rose 5%" up.
fn direction(e: &Entry) -> i8 {
    match e.change {
        Some(Change::Decrease) => -1,
        Some(Change::Increase) => 1,
        _ if e.base_value < 0.0 => -1,
        _ => 0,
    }
}

/// Two figures of equal magnitude that go opposite ways.
fn opposite(a: &Entry, b: &Entry) -> bool {
    direction(a) * direction(b) < 0
}

/// What a cluster of runs states: each field is `None` until a member states it.
#[derive(Clone, Default)]
struct Stated {
    measure: Option<String>,
    background: Option<String>,
    scope: Option<String>,
    period: Option<String>,
    role: Option<&'static str>,
    per: Option<String>,
}

impl Stated {
    fn of(k: &Key) -> Self {
        let periodic = measure_def(&k.measure).is_some_and(|m| m.kind == MeasureKind::Periodic);
        Stated {
            measure: (!k.measure.is_empty()).then(|| k.measure.clone()),
            scope: k.scope.clone(),
            // a period of a measure that is not periodic marks a background figure (another
            // event's): it never joins a figure without one
            background: (!periodic).then(|| k.period.clone()).flatten(),
            period: k.period.clone(),
            role: k.role,
            per: k.per.clone(),
        }
    }
    /// Whether the two may be one fact, given how strong the identical figure is.
    fn fits(&self, o: &Stated, twin: Twin) -> bool {
        fn same_or_unstated<T: PartialEq>(a: &Option<T>, b: &Option<T>) -> bool {
            a.is_none() || b.is_none() || a == b
        }
        let measure_ok = match (&self.measure, &o.measure) {
            (Some(a), Some(b)) if a != b => {
                // a counted noun is a weak reading, and a measure of the same family another
                // name for the figure: both yield to a strong twin
                twin == Twin::Strong
                    && (a.starts_with("noun:")
                        || b.starts_with("noun:")
                        || crate::claims::vocab::same_family(a, b))
            }
            _ => true,
        };
        // two stated scopes that differ never are one (a province is not its neighbour, a
        // sector not the whole economy), whatever the figures
        let scope_ok = same_or_unstated(&self.scope, &o.scope);
        let role_ok = self.role == o.role
            || (twin == Twin::Strong
                && matches!(
                    (self.role, o.role),
                    (None, Some("increment")) | (Some("increment"), None)
                ));
        measure_ok
            && self.background == o.background
            && scope_ok
            && role_ok
            && same_or_unstated(&self.period, &o.period)
            && same_or_unstated(&self.per, &o.per)
    }
    fn absorb(&mut self, o: &Stated) {
        fn fill<T: Clone>(a: &mut Option<T>, b: &Option<T>) {
            if a.is_none() {
                a.clone_from(b);
            }
        }
        // a vocabulary measure beats a counted noun
        match (&self.measure, &o.measure) {
            (None, Some(_)) => self.measure.clone_from(&o.measure),
            (Some(a), Some(b)) if a.starts_with("noun:") && !b.starts_with("noun:") => {
                self.measure.clone_from(&o.measure)
            }
            _ => {}
        }
        fill(&mut self.scope, &o.scope);
        fill(&mut self.period, &o.period);
        fill(&mut self.per, &o.per);
        if self.role.is_none() {
            self.role = o.role;
        }
    }
}

/// Joins runs (groups of equal keys) that share an identical figure stated in two documents,
/// when nothing else they state differs: the headline's bare "20.5 million" and the body's
/// "20.5 million jobs" of another outlet, a sector's "7.7 million" read once with its sector and
/// once without. Two significant digits are a weaker twin than three or more (see [`Twin`]);
/// one (`10`, `80,000`) joins nothing. Clusters grow one join at a time and every join is checked
/// against what the whole cluster states, so no chain joins two different places or measures.
/// O(n log n) in the entries.
fn join_twins(runs: Vec<Vec<usize>>, keys: &[Key], entries: &[Entry]) -> Vec<Vec<usize>> {
    let n = runs.len();
    let mut run_of = vec![usize::MAX; entries.len()];
    for (r, members) in runs.iter().enumerate() {
        for &i in members {
            run_of[i] = r;
        }
    }
    // (story, unit class, value, documents' first entries) for twin values
    let mut figures: HashMap<(usize, &str, u64), Vec<usize>> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if twin_strength(e).is_some() && !e.revision {
            figures
                .entry((keys[i].story, e.unit_class.as_str(), e.base_value.abs().to_bits()))
                .or_default()
                .push(i);
        }
    }
    let mut candidates: Vec<(Twin, usize, usize)> = Vec::new();
    for members in figures.values() {
        let first = members[0];
        let docs_n = {
            let mut d: Vec<usize> = members.iter().map(|&i| entries[i].doc).collect();
            d.dedup();
            d.len()
        };
        if docs_n < 2 {
            continue;
        }
        let twin = twin_strength(&entries[first]).unwrap_or(Twin::Likely);
        for &j in &members[1..] {
            if run_of[j] != run_of[first] {
                candidates.push((twin, first.min(j), first.max(j)));
            }
        }
        // every member is tried against the first; members of one run need one link only
        let mut by_run: Vec<usize> = members.iter().map(|&i| run_of[i]).collect();
        by_run.sort_unstable();
        by_run.dedup();
        if by_run.len() > 2 {
            for w in members.windows(2) {
                if run_of[w[0]] != run_of[w[1]] {
                    candidates.push((twin, w[0], w[1]));
                }
            }
        }
    }
    if candidates.is_empty() {
        return runs;
    }
    // strong twins first, then in entry order (deterministic)
    candidates.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut stated: Vec<Stated> = runs.iter().map(|r| Stated::of(&keys[r[0]])).collect();
    for (twin, a, b) in candidates {
        let (ra, rb) = (root(&mut parent, run_of[a]), root(&mut parent, run_of[b]));
        if ra == rb || entries[a].doc == entries[b].doc || opposite(&entries[a], &entries[b]) {
            continue;
        }
        if stated[ra].fits(&stated[rb], twin) {
            let sb = stated[rb].clone();
            stated[ra].absorb(&sb);
            parent[rb] = ra;
        }
    }
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (r, members) in runs.into_iter().enumerate() {
        let top = root(&mut parent, r);
        out[top].extend(members);
    }
    out.retain(|r| !r.is_empty());
    out
}

fn label_of(e: &Entry, scope: &Option<String>, period: &Option<String>, role: Option<&str>) -> String {
    let mut l = match e.measure.as_deref() {
        Some(m) => match measure_def(m) {
            Some(d) => d.label.to_string(),
            None => m.strip_prefix("noun:").unwrap_or(m).to_string(),
        },
        None => format!("{} (no measure)", e.text),
    };
    if let Some(s) = scope {
        l.push_str(&format!(" ({})", s.trim_start_matches('@')));
    }
    if let Some(p) = period {
        l.push_str(&format!(" [{p}]"));
    }
    if let Some(r) = role {
        l.push_str(&format!(" {{{r}}}"));
    }
    if let Some(c) = e.change {
        if e.unit_class == "relative" {
            l.push_str(&format!(": {}", c.as_str()));
        }
    }
    if let Some(p) = &e.per {
        l.push_str(&format!(" per {p}"));
    }
    l
}

fn reasons_of(g: &Group, entries: &[Entry], story: &Story) -> Vec<String> {
    let mut r = Vec::new();
    if g.docs < 2 && g.measure.is_none() {
        // most figures of a corpus are alone: one short reason each keeps memory low
        r.push("no measure found in the clause: kept alone".to_string());
        return r;
    }
    match &g.measure {
        None => r.push("no measure found in the clause: kept alone".to_string()),
        Some(m) if m.starts_with("noun:") => r.push(format!("same counted noun {:?}", &m[5..])),
        Some(m) => r.push(format!("measure {m:?} from the vocabulary")),
    }
    r.push(format!("unit class {}", g.unit_class));
    match &g.scope {
        Some(s) => r.push(format!("scope {s}")),
        None => match &story.main_scope {
            Some(m) => r.push(format!(
                "scope: the story's main place or subject ({m}), stated or not"
            )),
            None => r.push("no scope stated".to_string()),
        },
    }
    if let Some(p) = &g.period {
        r.push(format!("period {p}"));
    }
    if let Some(role) = g.role {
        r.push(format!("role {}", role.as_str()));
    }
    if story.docs.len() > 1 && !story.names.is_empty() {
        r.push(format!("story: documents sharing {}", story.names.join(", ")));
    }
    if g.members.iter().any(|&i| entries[i].borrowed) {
        r.push(
            "a figure without a measure of its own took the measure of the same figure elsewhere".to_string(),
        );
    }
    if g.members.iter().any(|&i| entries[i].revision) {
        r.push("earlier figures inside a document are revisions, not conflicts".to_string());
    }
    r
}

fn assess(g: &mut Group, entries: &[Entry], docs: &[DocInfo]) {
    // one interval hull per document, revisions left out
    let mut per_doc: Vec<(usize, Interval, usize)> = Vec::new();
    for &i in &g.members {
        let e = &entries[i];
        match per_doc.last_mut() {
            Some((d, iv, _)) if *d == e.doc => {
                if !e.revision {
                    *iv = iv.hull(&e.interval);
                }
            }
            _ => per_doc.push((e.doc, e.interval, i)),
        }
    }
    g.docs = per_doc.len();
    if per_doc.len() < 2 {
        g.status = Status::Single;
        return;
    }
    let ivs: Vec<Interval> = per_doc.iter().map(|x| x.1).collect();
    let Some((a, b)) = conflict(&ivs) else {
        g.status = Status::Agree;
        g.reasons
            .push("figures compatible within their bounds".to_string());
        return;
    };
    g.conflict = Some((per_doc[a].2, per_doc[b].2));
    if matches!(g.kind, Some(MeasureKind::Cumulative | MeasureKind::Level)) {
        let mut dated: Vec<(NaiveDate, Interval)> = per_doc
            .iter()
            .filter_map(|(d, iv, _)| docs[*d].date.map(|dt| (dt, *iv)))
            .collect();
        dated.sort_by(|x, y| x.0.cmp(&y.0).then_with(|| x.1.point().total_cmp(&y.1.point())));
        let n_dates = {
            let mut ds: Vec<NaiveDate> = dated.iter().map(|x| x.0).collect();
            ds.dedup();
            ds.len()
        };
        if n_dates >= 2 {
            let rising = monotone(&dated, true);
            let falling = g.kind == Some(MeasureKind::Level) && monotone(&dated, false);
            let lo = dated.iter().map(|x| x.1.low).fold(f64::INFINITY, f64::min);
            let hi = dated.iter().map(|x| x.1.high).fold(f64::NEG_INFINITY, f64::max);
            let range = Interval {
                low: lo,
                high: hi,
                low_open: false,
                high_open: false,
            };
            // An undated figure fits the series when it could be an earlier report of it: at most
            // the latest figure of a rising count, at least the latest of a falling level.
            let latest = if rising {
                Interval {
                    low: f64::NEG_INFINITY,
                    ..range
                }
            } else {
                Interval {
                    high: f64::INFINITY,
                    ..range
                }
            };
            let undated_fit = per_doc
                .iter()
                .filter(|(d, _, _)| docs[*d].date.is_none())
                .all(|(_, iv, _)| iv.overlaps(&latest));
            if (rising || falling) && undated_fit {
                g.status = Status::Trend;
                g.reasons.push(format!(
                    "{} with the documents' dates: a trend, not a conflict",
                    if rising { "rising" } else { "falling" }
                ));
                return;
            }
        }
    }
    g.status = Status::Disagree;
    let (x, y) = (&entries[per_doc[a].2], &entries[per_doc[b].2]);
    g.reasons.push(format!(
        "{} ({}) and {} ({}) conflict beyond their bounds",
        docs[x.doc].id, x.text, docs[y.doc].id, y.text
    ));
}

/// A document does not contradict itself: when one document puts two conflicting figures (not
/// revisions) into a group of a measure that does not run up over time, the group mixes two
/// measures (`14.7%` unemployment and the `22.8%` broader rate), so it is split into clusters of
/// compatible values (a sweep over the intervals sorted by their low end). Other groups are kept.
fn split_self_contradictions(members: Vec<usize>, entries: &[Entry]) -> Vec<Vec<usize>> {
    let kind = entries[members[0]]
        .measure
        .as_deref()
        .and_then(measure_def)
        .map(|m| m.kind);
    if matches!(kind, Some(MeasureKind::Cumulative | MeasureKind::Level)) || members.len() < 3 {
        return vec![members];
    }
    let mut by_doc: HashMap<usize, Vec<Interval>> = HashMap::new();
    for &i in &members {
        if !entries[i].revision {
            by_doc
                .entry(entries[i].doc)
                .or_default()
                .push(entries[i].interval);
        }
    }
    if !by_doc.values().any(|ivs| conflict(ivs).is_some()) {
        return vec![members];
    }
    // Bounded figures are swept into clusters; a figure open at one end ("millions", "more than
    // 5,000") bridges nothing: it joins the one cluster it overlaps, else it stays alone.
    let (mut sorted, open): (Vec<usize>, Vec<usize>) = members.into_iter().partition(|&i| {
        let iv = entries[i].interval;
        iv.low.is_finite() && iv.high.is_finite()
    });
    sorted.sort_by(|&a, &b| entries[a].interval.low.total_cmp(&entries[b].interval.low));
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut hulls: Vec<Interval> = Vec::new();
    for i in sorted {
        let iv = entries[i].interval;
        match hulls.last_mut() {
            Some(h) if h.overlaps(&iv) => {
                *h = h.hull(&iv);
                if let Some(last) = out.last_mut() {
                    last.push(i);
                }
            }
            _ => {
                hulls.push(iv);
                out.push(vec![i]);
            }
        }
    }
    // the hulls are disjoint and in order: an open interval overlaps a run of them
    for i in open {
        let iv = entries[i].interval;
        let from = hulls.partition_point(|h| !h.overlaps(&iv) && h.high < iv.low);
        let to = hulls.partition_point(|h| h.overlaps(&iv) || h.high < iv.low);
        if to == from + 1 {
            out[from].push(i);
        } else {
            out.push(vec![i]);
        }
    }
    out
}

/// How many times larger (or smaller) than every other document's figure in its group a figure may
/// be before it is taken for another measure (a `34` of a law section among tolls of 275–288).
const OUTLIER_FACTOR: f64 = 4.0;

/// In a group of a measure that does not run up over time (a rate, revenue, a fee), figures whose
/// nearest figure from another document is more than [`OUTLIER_FACTOR`] times larger or smaller
/// leave the group and stay alone. O(n log n).
fn split_far_outliers(members: Vec<usize>, entries: &[Entry]) -> Vec<Vec<usize>> {
    // a running count may grow many times over between early and late reports
    let kind = entries[members[0]]
        .measure
        .as_deref()
        .and_then(measure_def)
        .map(|m| m.kind);
    if members.len() < 3 || matches!(kind, Some(MeasureKind::Cumulative | MeasureKind::Level)) {
        return vec![members];
    }
    let point = |i: usize| entries[i].interval.point().abs();
    let mut sorted: Vec<usize> = members.clone();
    sorted.sort_by(|&a, &b| point(a).total_cmp(&point(b)));
    let ratio = |a: f64, b: f64| {
        if a <= 0.0 || b <= 0.0 {
            1.0
        } else {
            a.max(b) / a.min(b)
        }
    };
    let mut far: Vec<usize> = Vec::new();
    for (k, &i) in sorted.iter().enumerate() {
        let d = entries[i].doc;
        let left = sorted[..k].iter().rev().find(|&&j| entries[j].doc != d);
        let right = sorted[k + 1..].iter().find(|&&j| entries[j].doc != d);
        let nearest = [left, right]
            .into_iter()
            .flatten()
            .map(|&j| ratio(point(i), point(j)))
            .fold(f64::INFINITY, f64::min);
        if nearest.is_finite() && nearest > OUTLIER_FACTOR {
            far.push(i);
        }
    }
    if far.is_empty() {
        return vec![members];
    }
    let mut out: Vec<Vec<usize>> = vec![members.into_iter().filter(|i| !far.contains(i)).collect()];
    out.extend(far.into_iter().map(|i| vec![i]));
    out.retain(|r| !r.is_empty());
    out
}

/// True when, ordered by date, no earlier figure is surely above (rising) or below (falling) a
/// later one. Same-day figures may come in any order. O(n) after the sort.
fn monotone(dated: &[(NaiveDate, Interval)], rising: bool) -> bool {
    let mut max_low_before = f64::NEG_INFINITY;
    let mut min_high_before = f64::INFINITY;
    let mut i = 0;
    while i < dated.len() {
        let day = dated[i].0;
        let mut j = i;
        while j < dated.len() && dated[j].0 == day {
            j += 1;
        }
        let today = &dated[i..j];
        if rising && today.iter().any(|x| x.1.high < max_low_before) {
            return false;
        }
        if !rising && today.iter().any(|x| x.1.low > min_high_before) {
            return false;
        }
        for x in today {
            max_low_before = max_low_before.max(x.1.low);
            min_high_before = min_high_before.min(x.1.high);
        }
        i = j;
    }
    true
}

/// Compares texts (processed with `pipeline`, in parallel) with their metadata.
///
/// ```
/// use claimsift::compare::{compare_texts, CompareOptions, DocMeta, Status};
/// let docs = vec![
///     (DocMeta::new("a"), "Turnout in the Irish referendum was 64.1 per cent, Dublin officials said."),
///     (DocMeta::new("b"), "Turnout in the Irish referendum reached 64.5 per cent, Dublin officials said."),
/// ];
/// let out = compare_texts(&claimsift::Pipeline::default(), docs, CompareOptions::default(), None).unwrap();
/// assert_eq!(out.groups[0].measure.as_deref(), Some("turnout"));
/// assert_eq!(out.groups[0].status, Status::Disagree);
/// ```
pub fn compare_texts<S: AsRef<str> + Sync>(
    pipeline: &crate::Pipeline,
    docs: Vec<(DocMeta, S)>,
    options: CompareOptions,
    n_threads: Option<usize>,
) -> Result<Comparison> {
    let texts: Vec<&str> = docs.iter().map(|(_, t)| t.as_ref()).collect();
    let processed = pipeline.process_batch(&texts, n_threads)?;
    let mut cmp = Comparator::new(options);
    for ((meta, text), doc) in docs.iter().zip(processed) {
        let doc = doc?;
        cmp.add(meta.clone(), text.as_ref(), &doc);
    }
    Ok(cmp.finish())
}

#[cfg(test)]
mod tests;
