//! Result classes: thin, frozen wrappers that share their document's text.
//!
//! Every span object holds an `Arc` of its document ([`DocShared`]): the text once, and a
//! byte → code-point index built once per document (nothing for ASCII text). Offsets are
//! converted in the getters, in O(1), so `text[obj.start:obj.end] == obj.text` in Python.
//! Texts of spans are sliced lazily: building a million tokens creates no Python strings.

use super::errors::SerializationError;
use crate::claims::{Claim, NumberMention};
use crate::gazetteer::{Gazetteer, Mention};
use crate::lang::Lang;
use crate::page::Block;
use crate::pipeline::Document;
use crate::sentences::Sentence;
use crate::span::{CharIndex, Span};
use crate::tokenize::Token;
use pyo3::prelude::*;
use pyo3::pyclass_init::PyClassInitializer;
use pyo3::types::{PyDict, PyList, PyTuple};
use pyo3::PyClass;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Where a mention's entity fields come from, shared by every mention of a document: the live
/// gazetteer (nothing copied: a mention is its span and two shared index lists), or, after
/// unpickling, a table of just the entities the document mentions. Fields are looked up when
/// asked for, so reading 20,000 mentions of an alias that names 1,000 entities allocates
/// 20,000 small objects, not 60 million strings.
#[derive(Debug, Clone)]
pub(crate) enum Entities {
    Gaz(Arc<Gazetteer>),
    Table(Arc<EntityTable>),
}

/// The entities (and matched aliases) a pickled document or mention refers to, keyed by their
/// index in the original gazetteer: what a pickle needs to answer `id`, `name`, `type`, `alias`
/// and `form` without the gazetteer.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub(crate) struct EntityTable {
    entities: BTreeMap<u32, TableEntity>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
struct TableEntity {
    id: String,
    name: String,
    kind: Option<String>,
    /// Alias index → (alias text, form).
    aliases: BTreeMap<u32, (String, String)>,
}

impl Entities {
    /// `(id, name, type)` of entity `e`.
    pub(crate) fn entity(&self, e: u32) -> Option<(&str, &str, Option<&str>)> {
        match self {
            Entities::Gaz(g) => g
                .entity(e)
                .map(|x| (x.id.as_str(), x.name.as_str(), x.kind.as_deref())),
            Entities::Table(t) => t
                .entities
                .get(&e)
                .map(|x| (x.id.as_str(), x.name.as_str(), x.kind.as_deref())),
        }
    }
    /// `(text, form)` of alias `a` of entity `e`.
    pub(crate) fn alias(&self, e: u32, a: u32) -> Option<(&str, &str)> {
        match self {
            Entities::Gaz(g) => g
                .entity(e)
                .and_then(|x| x.aliases.get(a as usize))
                .map(|al| (al.text.as_str(), al.form_or_name())),
            Entities::Table(t) => t
                .entities
                .get(&e)
                .and_then(|x| x.aliases.get(&a))
                .map(|(text, form)| (text.as_str(), form.as_str())),
        }
    }
    /// The table of the entities these mentions name (for a pickle).
    pub(crate) fn table_for<'m>(
        src: Option<&Entities>,
        mentions: impl IntoIterator<Item = &'m Mention>,
    ) -> EntityTable {
        let mut t = EntityTable::default();
        let Some(src) = src else { return t };
        for m in mentions {
            for (&e, &a) in m.entities.iter().zip(m.aliases.iter()) {
                let Some((id, name, kind)) = src.entity(e) else {
                    continue;
                };
                let ent = t.entities.entry(e).or_insert_with(|| TableEntity {
                    id: id.to_string(),
                    name: name.to_string(),
                    kind: kind.map(str::to_string),
                    aliases: BTreeMap::new(),
                });
                if let std::collections::btree_map::Entry::Vacant(slot) = ent.aliases.entry(a) {
                    if let Some((text, form)) = src.alias(e, a) {
                        slot.insert((text.to_string(), form.to_string()));
                    }
                }
            }
        }
        t
    }
}

/// Creates a result object and takes it out of the cyclic garbage collector's care.
///
/// pyo3 makes every pyclass GC-tracked. Result objects hold no Python references (only Rust
/// data and an `Arc` of their document), so they can never be part of a reference cycle, and
/// keeping a million of them tracked makes every full collection walk them all: a list
/// comprehension over `claimsift.tokenize` ran 5x slower on the BBC corpus because of it.
/// Untracking is safe: CPython's deallocation path untracks only objects that are tracked.
pub(crate) fn untracked<'py, T: PyClass>(
    py: Python<'py>,
    value: impl Into<PyClassInitializer<T>>,
) -> PyResult<Bound<'py, T>> {
    let obj = Bound::new(py, value)?;
    // SAFETY: `obj` is a live object of a GC type; untracking only removes it from the
    // collector's lists, and the object owns no Python references the collector must see.
    unsafe { pyo3::ffi::PyObject_GC_UnTrack(obj.as_ptr().cast()) };
    Ok(obj)
}

/// The text of a document with its offset converter.
#[derive(Debug)]
pub(crate) struct DocShared {
    pub text: String,
    pub index: CharIndex,
    pub lang: Lang,
}

impl DocShared {
    pub fn new(text: String, lang: Lang) -> Arc<Self> {
        let index = CharIndex::new(&text);
        Arc::new(DocShared { text, index, lang })
    }
    #[inline]
    pub fn c(&self, b: usize) -> usize {
        self.index.char_offset(b)
    }
    #[inline]
    pub fn slice(&self, s: Span) -> &str {
        s.slice(&self.text)
    }
    pub fn opt(&self, s: Option<Span>) -> Option<&str> {
        s.map(|s| self.slice(s))
    }
}

/// Pickle support: every class reduces to `_unpickle(class_name, json_state)`.
#[derive(Serialize, Deserialize)]
pub(crate) struct Pickled {
    text: String,
    lang: Lang,
    item: serde_json::Value,
}

fn reduce<'py>(
    py: Python<'py>,
    class: &str,
    doc: &DocShared,
    item: impl Serialize,
) -> PyResult<Bound<'py, PyTuple>> {
    let state = Pickled {
        text: doc.text.clone(),
        lang: doc.lang,
        item: serde_json::to_value(item).map_err(|e| SerializationError::new_err(e.to_string()))?,
    };
    let json = serde_json::to_string(&state).map_err(|e| SerializationError::new_err(e.to_string()))?;
    let f = py.import("claimsift._claimsift")?.getattr("_unpickle")?;
    PyTuple::new(
        py,
        [
            f,
            PyTuple::new(
                py,
                [
                    class.into_pyobject(py)?.into_any(),
                    json.into_pyobject(py)?.into_any(),
                ],
            )?
            .into_any(),
        ],
    )
}

fn ser_err(e: impl std::fmt::Display) -> PyErr {
    SerializationError::new_err(format!("cannot unpickle claimsift object: {e}"))
}

/// Checks every span-shaped object (`{"start": n, "end": n}`) anywhere in a pickled item: in
/// bounds, ordered and on character boundaries of `text`. Walking the JSON, rather than listing
/// fields, covers every span of every kind, including fields added later.
fn check_spans(v: &serde_json::Value, text: &str, path: &mut String) -> Result<(), String> {
    use serde_json::Value;
    match v {
        Value::Object(o) => {
            if o.len() == 2 {
                if let (Some(s), Some(e)) = (
                    o.get("start").and_then(Value::as_u64),
                    o.get("end").and_then(Value::as_u64),
                ) {
                    let ok = s <= e
                        && (e as usize) <= text.len()
                        && text.is_char_boundary(s as usize)
                        && text.is_char_boundary(e as usize);
                    return if ok {
                        Ok(())
                    } else {
                        Err(format!(
                            "span {s}..{e} at {path} does not fit the text ({} bytes)",
                            text.len()
                        ))
                    };
                }
            }
            for (k, x) in o {
                let len = path.len();
                path.push('.');
                path.push_str(k);
                check_spans(x, text, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                check_spans(x, text, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Structural checks of an unpickled document beyond its spans: token ranges of sentences,
/// parallel candidate lists of mentions, and claim → mention links.
fn check_document(d: &Document) -> Result<(), String> {
    let nt = d.tokens.len();
    for (i, s) in d.sentences.iter().enumerate() {
        if s.token_start > s.token_end || s.token_end > nt {
            return Err(format!(
                "sentences[{i}] has tokens {}..{} of {nt}",
                s.token_start, s.token_end
            ));
        }
    }
    for (i, m) in d.mentions.iter().enumerate() {
        check_mention(m).map_err(|e| format!("mentions[{i}]: {e}"))?;
    }
    let nm = d.mentions.len();
    for (name, links) in [
        ("claim_mentions", &d.claim_mentions),
        ("attribution_mentions", &d.attribution_mentions),
    ] {
        if links.len() > d.claims.len() {
            return Err(format!(
                "{name} has {} entries for {} claims",
                links.len(),
                d.claims.len()
            ));
        }
        for (k, l) in links.iter().enumerate() {
            if let Some(&bad) = l.iter().find(|&&mi| mi >= nm) {
                return Err(format!("{name}[{k}] names mention {bad} of {nm}"));
            }
        }
    }
    Ok(())
}

fn check_mention(m: &Mention) -> Result<(), String> {
    if m.entities.len() != m.aliases.len() {
        return Err(format!(
            "{} entities but {} aliases",
            m.entities.len(),
            m.aliases.len()
        ));
    }
    Ok(())
}

/// Rebuilds a pickled object. Every span of every kind is checked against the text first, so a
/// tampered or corrupt pickle raises `SerializationError` instead of panicking later.
#[pyfunction]
pub(crate) fn _unpickle(py: Python<'_>, class: &str, state: &str) -> PyResult<Py<PyAny>> {
    let p: Pickled = serde_json::from_str(state).map_err(ser_err)?;
    check_spans(&p.item, &p.text, &mut class.to_string()).map_err(ser_err)?;
    let doc = DocShared::new(p.text, p.lang);
    let table = |t: EntityTable| Some(Entities::Table(Arc::new(t)));
    Ok(match class {
        "Token" => {
            let t: Token = serde_json::from_value(p.item).map_err(ser_err)?;
            Py::new(py, PyToken { doc, tok: t })?.into_any()
        }
        "Sentence" => {
            let s: Sentence = serde_json::from_value(p.item).map_err(ser_err)?;
            if s.token_start > s.token_end {
                return Err(ser_err("sentence token range is reversed"));
            }
            Py::new(py, PySentence { doc, sent: s })?.into_any()
        }
        "Number" => {
            let n: NumberMention = serde_json::from_value(p.item).map_err(ser_err)?;
            Py::new(py, PyNumber { doc, num: n })?.into_any()
        }
        "Mention" => {
            let (m, t): (Mention, EntityTable) = serde_json::from_value(p.item).map_err(ser_err)?;
            check_mention(&m).map_err(ser_err)?;
            Py::new(py, PyMention::new(doc, m, table(t)))?.into_any()
        }
        "Claim" => {
            let (c, ids, attr_ids): (Claim, Vec<String>, Vec<String>) =
                serde_json::from_value(p.item).map_err(ser_err)?;
            Py::new(
                py,
                PyClaim {
                    doc,
                    claim: c,
                    entity_ids: ids,
                    attribution_ids: attr_ids,
                },
            )?
            .into_any()
        }
        "Block" => {
            let b: Block = serde_json::from_value(p.item).map_err(ser_err)?;
            Py::new(py, PyBlock { doc, block: b })?.into_any()
        }
        "Doc" => {
            let (d, t): (Document, EntityTable) = serde_json::from_value(p.item).map_err(ser_err)?;
            check_document(&d).map_err(ser_err)?;
            Py::new(
                py,
                PyDoc {
                    doc,
                    data: Arc::new(DocData {
                        doc: d,
                        ents: table(t),
                    }),
                },
            )?
            .into_any()
        }
        other => return Err(ser_err(format!("unknown class {other:?}"))),
    })
}

fn esc(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    format!("{out:?}")
}

// --------------------------------------------------------------------------------------------

/// A token. Offsets are Python `str` indices (code points): `text[t.start:t.end] == t.text`.
///
/// Fields: `start`, `end`, `text`, `kind`, `lower`, `norm`, `stem`, `lang`.
///
/// >>> t = claimsift.tokenize("GPT-4 deal")[0]
/// >>> (t.text, t.kind, t.start, t.end)
/// ('GPT-4', 'alnum', 0, 5)
#[pyclass(name = "Token", module = "claimsift._claimsift", frozen)]
pub struct PyToken {
    pub(crate) doc: Arc<DocShared>,
    pub(crate) tok: Token,
}

#[pymethods]
impl PyToken {
    /// Start offset (code points).
    #[getter]
    fn start(&self) -> usize {
        self.doc.c(self.tok.span.start)
    }
    /// End offset (code points, exclusive).
    #[getter]
    fn end(&self) -> usize {
        self.doc.c(self.tok.span.end)
    }
    /// The token's text.
    #[getter]
    fn text(&self) -> &str {
        self.doc.slice(self.tok.span)
    }
    /// Kind: word, number, alnum, punct, clitic, currency, symbol, url, email, hashtag, handle, emoji.
    #[getter]
    fn kind(&self) -> &'static str {
        self.tok.kind.as_str()
    }
    /// Lower-cased text.
    #[getter]
    fn lower(&self) -> String {
        self.text().to_lowercase()
    }
    /// Normalised form: NFKC, curly quotes and dashes folded, full case folding.
    #[getter]
    fn norm(&self) -> String {
        crate::normalize::normalize(self.text())
    }
    /// Snowball stem of the normalised form, in the document's language.
    #[getter]
    fn stem(&self) -> String {
        let n = self.norm();
        self.doc.lang.stemmer().stem(&n).into_owned()
    }
    /// Language code used for the stem.
    #[getter]
    fn lang(&self) -> &'static str {
        self.doc.lang.code()
    }
    fn __len__(&self) -> usize {
        self.end() - self.start()
    }
    fn __repr__(&self) -> String {
        format!(
            "Token({}, {}:{}, {})",
            esc(self.text()),
            self.start(),
            self.end(),
            self.kind()
        )
    }
    fn __str__(&self) -> &str {
        self.text()
    }
    /// A plain dict of the token's fields.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start())?;
        d.set_item("end", self.end())?;
        d.set_item("text", self.text())?;
        d.set_item("kind", self.kind())?;
        d.set_item("norm", self.norm())?;
        d.set_item("stem", self.stem())?;
        Ok(d)
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, "Token", &self.doc, self.tok)
    }
}

/// A sentence. Offsets are code points.
///
/// Fields: `start`, `end`, `text`, `paragraph`, `token_start`, `token_end`.
///
/// >>> [s.text for s in claimsift.split_sentences("Prices rose 5%. Wages did not.")]
/// ['Prices rose 5%.', 'Wages did not.']
#[pyclass(name = "Sentence", module = "claimsift._claimsift", frozen)]
pub struct PySentence {
    pub(crate) doc: Arc<DocShared>,
    pub(crate) sent: Sentence,
}

#[pymethods]
impl PySentence {
    /// Start offset (code points).
    #[getter]
    fn start(&self) -> usize {
        self.doc.c(self.sent.span.start)
    }
    /// End offset (code points, exclusive).
    #[getter]
    fn end(&self) -> usize {
        self.doc.c(self.sent.span.end)
    }
    /// The sentence's text.
    #[getter]
    fn text(&self) -> &str {
        self.doc.slice(self.sent.span)
    }
    /// Index of the paragraph holding this sentence.
    #[getter]
    fn paragraph(&self) -> usize {
        self.sent.paragraph
    }
    /// Index of the first token in the document's token list.
    #[getter]
    fn token_start(&self) -> usize {
        self.sent.token_start
    }
    /// One past the last token.
    #[getter]
    fn token_end(&self) -> usize {
        self.sent.token_end
    }
    fn __repr__(&self) -> String {
        format!("Sentence({}, {}:{})", esc(self.text()), self.start(), self.end())
    }
    fn __str__(&self) -> &str {
        self.text()
    }
    /// A plain dict of the sentence's fields.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start())?;
        d.set_item("end", self.end())?;
        d.set_item("text", self.text())?;
        d.set_item("paragraph", self.paragraph())?;
        Ok(d)
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, "Sentence", &self.doc, self.sent)
    }
}

/// A numeric expression with its kind (quantity, year, date, time, identifier, ordinal, other).
///
/// Fields: `start`, `end`, `text`, `kind`, `value`, `iso`, `reason`, `is_claim`.
///
/// >>> [(n.text, n.kind) for n in claimsift.Pipeline()("In 2024, 5 dogs.").numbers]
/// [('2024', 'year'), ('5', 'quantity')]
#[pyclass(name = "Number", module = "claimsift._claimsift", frozen)]
pub struct PyNumber {
    pub(crate) doc: Arc<DocShared>,
    pub(crate) num: NumberMention,
}

#[pymethods]
impl PyNumber {
    /// Start offset (code points).
    #[getter]
    fn start(&self) -> usize {
        self.doc.c(self.num.span.start)
    }
    /// End offset (code points, exclusive).
    #[getter]
    fn end(&self) -> usize {
        self.doc.c(self.num.span.end)
    }
    /// The expression's text.
    #[getter]
    fn text(&self) -> &str {
        self.doc.slice(self.num.span)
    }
    /// Kind: quantity, year, date, time, identifier, ordinal or other.
    #[getter]
    fn kind(&self) -> &'static str {
        self.num.kind.as_str()
    }
    /// Its value, where one applies.
    #[getter]
    fn value(&self) -> Option<f64> {
        self.num.value
    }
    /// ISO 8601 (partial) form for years and dates.
    #[getter]
    fn iso(&self) -> Option<&str> {
        self.num.iso.as_deref()
    }
    /// Why it has this kind.
    #[getter]
    fn reason(&self) -> Option<&str> {
        self.num.reason.as_deref()
    }
    /// True for quantities (the numbers that are claims).
    #[getter]
    fn is_claim(&self) -> bool {
        self.num.kind == crate::NumberKind::Quantity
    }
    fn __repr__(&self) -> String {
        format!(
            "Number({}, {}:{}, {})",
            esc(self.text()),
            self.start(),
            self.end(),
            self.kind()
        )
    }
    /// A plain dict of the fields.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start())?;
        d.set_item("end", self.end())?;
        d.set_item("text", self.text())?;
        d.set_item("kind", self.kind())?;
        d.set_item("value", self.value())?;
        d.set_item("iso", self.iso())?;
        d.set_item("reason", self.reason())?;
        Ok(d)
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, "Number", &self.doc, &self.num)
    }
}

/// An entity mention. Offsets are code points.
#[pyclass(name = "Mention", module = "claimsift._claimsift", frozen)]
pub struct PyMention {
    pub(crate) doc: Arc<DocShared>,
    pub(crate) m: Mention,
    /// Where the entity fields are looked up (shared by the document's mentions).
    pub(crate) ents: Option<Entities>,
}

impl PyMention {
    pub(crate) fn new(doc: Arc<DocShared>, m: Mention, ents: Option<Entities>) -> Self {
        PyMention { doc, m, ents }
    }
    fn first(&self) -> Option<(&str, &str, Option<&str>)> {
        self.ents.as_ref()?.entity(*self.m.entities.first()?)
    }
    fn first_alias(&self) -> Option<(&str, &str)> {
        self.ents
            .as_ref()?
            .alias(*self.m.entities.first()?, *self.m.aliases.first()?)
    }
}

#[pymethods]
impl PyMention {
    /// Start offset (code points).
    #[getter]
    fn start(&self) -> usize {
        self.doc.c(self.m.span.start)
    }
    /// End offset (code points, exclusive).
    #[getter]
    fn end(&self) -> usize {
        self.doc.c(self.m.span.end)
    }
    /// The mention's text.
    #[getter]
    fn text(&self) -> &str {
        self.doc.slice(self.m.span)
    }
    /// Id of the first entity (see `ids` for ambiguous aliases).
    #[getter]
    fn id(&self) -> Option<&str> {
        self.first().map(|e| e.0)
    }
    /// Ids of every entity the alias names (a new list on each access).
    #[getter]
    fn ids(&self) -> Vec<String> {
        let Some(ents) = &self.ents else {
            return Vec::new();
        };
        self.m
            .entities
            .iter()
            .filter_map(|&e| ents.entity(e).map(|x| x.0.to_string()))
            .collect()
    }
    /// Canonical name of the first entity.
    #[getter]
    fn name(&self) -> Option<&str> {
        self.first().map(|e| e.1)
    }
    /// Type of the first entity.
    #[getter(r#type)]
    fn type_(&self) -> Option<&str> {
        self.first().and_then(|e| e.2)
    }
    /// The alias that matched (first entity).
    #[getter]
    fn alias(&self) -> Option<&str> {
        self.first_alias().map(|a| a.0)
    }
    /// The alias's form label (name, abbreviation, demonym, …), if given.
    #[getter]
    fn form(&self) -> Option<&str> {
        self.first_alias().map(|a| a.1)
    }
    /// True when the alias names more than one entity.
    #[getter]
    fn ambiguous(&self) -> bool {
        self.ents.is_some() && self.m.entities.len() > 1
    }
    fn __repr__(&self) -> String {
        let ids = self.ids();
        let shown: Vec<&String> = ids.iter().take(5).collect();
        let more = if ids.len() > 5 {
            format!(" +{} more", ids.len() - 5)
        } else {
            String::new()
        };
        format!(
            "Mention({}, {}:{}, {:?}{more})",
            esc(self.text()),
            self.start(),
            self.end(),
            shown
        )
    }
    /// A plain dict of the fields.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start())?;
        d.set_item("end", self.end())?;
        d.set_item("text", self.text())?;
        d.set_item("id", self.id())?;
        d.set_item("ids", self.ids())?;
        d.set_item("type", self.type_())?;
        d.set_item("alias", self.alias())?;
        d.set_item("form", self.form())?;
        d.set_item("ambiguous", self.ambiguous())?;
        Ok(d)
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let t = Entities::table_for(self.ents.as_ref(), [&self.m]);
        reduce(py, "Mention", &self.doc, (&self.m, t))
    }
}

/// A block of a page (headline, byline, body, boilerplate, teaser, …). Offsets are code points.
#[pyclass(name = "Block", module = "claimsift._claimsift", frozen)]
pub struct PyBlock {
    pub(crate) doc: Arc<DocShared>,
    pub(crate) block: Block,
}

#[pymethods]
impl PyBlock {
    /// Start offset (code points).
    #[getter]
    fn start(&self) -> usize {
        self.doc.c(self.block.span.start)
    }
    /// End offset (code points, exclusive).
    #[getter]
    fn end(&self) -> usize {
        self.doc.c(self.block.span.end)
    }
    /// The block's text.
    #[getter]
    fn text(&self) -> &str {
        self.doc.slice(self.block.span)
    }
    /// Kind: headline, dateline, byline, body, caption, list_item, link_line, boilerplate,
    /// teaser, quote or comment.
    #[getter]
    fn kind(&self) -> &'static str {
        self.block.kind.as_str()
    }
    /// Index of the paragraph holding the block.
    #[getter]
    fn paragraph(&self) -> usize {
        self.block.paragraph
    }
    /// True for boilerplate, link lines, teasers and comments (not the article's own text).
    #[getter]
    fn off_article(&self) -> bool {
        self.block.kind.is_off_article()
    }
    fn __repr__(&self) -> String {
        format!(
            "Block({}, {}, {}:{})",
            self.kind(),
            esc(self.text()),
            self.start(),
            self.end()
        )
    }
    fn __str__(&self) -> &str {
        self.text()
    }
    /// A plain dict of the block's fields.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start())?;
        d.set_item("end", self.end())?;
        d.set_item("text", self.text())?;
        d.set_item("kind", self.kind())?;
        d.set_item("paragraph", self.paragraph())?;
        Ok(d)
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, "Block", &self.doc, self.block)
    }
}

/// A numeric claim. Offsets are code points: `text[c.start:c.end] == c.text`.
/// A numeric claim: a stated quantity with its context.
///
/// Fields: `start`, `end`, `text` (the quantity span), `num_start`, `num_end`, `num_text`,
/// `value`, `value_max`, `unit`, `normalised`, `bound` (`=`, `>`, `>=`, `<`, `<=`, `~`),
/// `qualifier`, `vague`, `change` (`increase` / `decrease` / None), `counted`,
/// `counted_modifier`, `counted_stems`, `per`, `attribution`, `attribution_ids`, `time`,
/// `sentence`, `sent`, `entity_ids`, `notes`; every span also has `*_start` / `*_end`.
/// Offsets are code points: `text[c.start:c.end] == c.text`.
///
/// >>> c = claimsift.extract_claims("Over 1,700 people died, officials said.")[0]
/// >>> (c.text, c.value, c.unit, c.bound, c.counted, c.attribution)
/// ('Over 1,700', 1700.0, 'count', '>', 'people died', 'officials')
#[pyclass(name = "Claim", module = "claimsift._claimsift", frozen)]
pub struct PyClaim {
    pub(crate) doc: Arc<DocShared>,
    pub(crate) claim: Claim,
    pub(crate) entity_ids: Vec<String>,
    pub(crate) attribution_ids: Vec<String>,
}

impl PyClaim {
    pub(crate) fn to_dict_impl<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        let c = &self.claim;
        d.set_item("start", self.doc.c(c.span.start))?;
        d.set_item("end", self.doc.c(c.span.end))?;
        d.set_item("text", self.doc.slice(c.span))?;
        d.set_item("num_start", self.doc.c(c.num_span.start))?;
        d.set_item("num_end", self.doc.c(c.num_span.end))?;
        d.set_item("num_text", self.doc.slice(c.num_span))?;
        d.set_item("value", c.value)?;
        d.set_item("value_max", c.value_max)?;
        d.set_item("value_from", c.value_from)?;
        d.set_item("level", c.level)?;
        d.set_item("unit", &c.unit)?;
        d.set_item("unit_class", &c.unit_class)?;
        d.set_item("normalised", self.normalised(py)?)?;
        d.set_item("bound", c.bound.as_str())?;
        d.set_item("qualifier", self.doc.opt(c.qualifier))?;
        d.set_item("vague", c.vague)?;
        d.set_item("change", c.change.map(|x| x.as_str()))?;
        d.set_item("counted", self.doc.opt(c.counted))?;
        d.set_item("counted_modifier", self.doc.opt(c.counted_modifier))?;
        d.set_item("counted_stems", self.counted_stems())?;
        d.set_item("per", self.doc.opt(c.per))?;
        d.set_item("attribution", self.doc.opt(c.attribution))?;
        d.set_item("attribution_ids", self.attribution_ids.clone())?;
        d.set_item("time", self.doc.opt(c.time))?;
        d.set_item("sentence", self.doc.slice(c.sentence))?;
        d.set_item("sentence_start", self.doc.c(c.sentence.start))?;
        d.set_item("sentence_end", self.doc.c(c.sentence.end))?;
        d.set_item("entity_ids", self.entity_ids.clone())?;
        d.set_item("notes", c.notes.clone())?;
        d.set_item("measure", &c.measure)?;
        d.set_item("measure_text", self.doc.opt(c.measure_span))?;
        d.set_item("scope", &c.scope)?;
        d.set_item("scope_text", self.doc.opt(c.scope_span))?;
        d.set_item("time_ref", c.time_ref.map(time_ref_str))?;
        d.set_item("role", c.role.map(|r| r.as_str()))?;
        d.set_item("block", c.block.map(|k| k.as_str()))?;
        Ok(d)
    }
    fn normalised<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let Some(n) = &self.claim.normalised else {
            return Ok(None);
        };
        let d = PyDict::new(py);
        d.set_item("value", n.value)?;
        d.set_item("value_max", n.value_max)?;
        d.set_item("unit", &n.unit)?;
        Ok(Some(d))
    }
    fn counted_stems(&self) -> Vec<String> {
        let Some(s) = self.claim.counted else {
            return Vec::new();
        };
        let stemmer = self.doc.lang.stemmer();
        let text = self.doc.slice(s);
        crate::tokenize::tokenize(text)
            .iter()
            .filter(|t| t.is_wordlike())
            .map(|t| stemmer.stem(&t.norm(text)).into_owned())
            .collect()
    }
}

pub(crate) use crate::claims::time_ref_label as time_ref_str;

#[pymethods]
impl PyClaim {
    /// What the figure measures: a vocabulary id (`killed`, `revenue`) or `noun:<counted noun>`.
    #[getter]
    fn measure(&self) -> Option<&str> {
        self.claim.measure.as_deref()
    }
    /// The words that gave the measure, or None.
    #[getter]
    fn measure_text(&self) -> Option<&str> {
        self.doc.opt(self.claim.measure_span)
    }
    /// Whom or where the figure is about, as a key (`morocco`, `al haouz`, `@national`), or None.
    #[getter]
    fn scope(&self) -> Option<&str> {
        self.claim.scope.as_deref()
    }
    /// The words that gave the scope, or None.
    #[getter]
    fn scope_text(&self) -> Option<&str> {
        self.doc.opt(self.claim.scope_span)
    }
    /// The period the figure is for, as written (`2008`, `-04` for April, `year-1`), or None.
    #[getter]
    fn time_ref(&self) -> Option<String> {
        self.claim.time_ref.map(time_ref_str)
    }
    /// `previous`, `forecast`, `subset`, `increment`, or None for the figure itself.
    #[getter]
    fn role(&self) -> Option<&'static str> {
        self.claim.role.map(|r| r.as_str())
    }
    /// Start (code points) of what a rate is per (`a share`, `a year`), or None.
    #[getter]
    fn per_start(&self) -> Option<usize> {
        self.claim.per.map(|s| self.doc.c(s.start))
    }
    /// End (code points) of what a rate is per, or None.
    #[getter]
    fn per_end(&self) -> Option<usize> {
        self.claim.per.map(|s| self.doc.c(s.end))
    }
    /// What a rate is per (`$5 a share` → `a share`), or None.
    #[getter]
    fn per(&self) -> Option<&str> {
        self.doc.opt(self.claim.per)
    }
    /// Start (code points) of what is counted, or None.
    #[getter]
    fn counted_start(&self) -> Option<usize> {
        self.claim.counted.map(|s| self.doc.c(s.start))
    }
    /// End (code points) of what is counted, or None.
    #[getter]
    fn counted_end(&self) -> Option<usize> {
        self.claim.counted.map(|s| self.doc.c(s.end))
    }
    /// Text of what is counted, or None.
    #[getter]
    fn counted(&self) -> Option<&str> {
        self.doc.opt(self.claim.counted)
    }
    /// Start (code points) of the attribution, or None.
    #[getter]
    fn attribution_start(&self) -> Option<usize> {
        self.claim.attribution.map(|s| self.doc.c(s.start))
    }
    /// End (code points) of the attribution, or None.
    #[getter]
    fn attribution_end(&self) -> Option<usize> {
        self.claim.attribution.map(|s| self.doc.c(s.end))
    }
    /// Text of the attribution, or None.
    #[getter]
    fn attribution(&self) -> Option<&str> {
        self.doc.opt(self.claim.attribution)
    }
    /// Start (code points) of the time expression, or None.
    #[getter]
    fn time_start(&self) -> Option<usize> {
        self.claim.time.map(|s| self.doc.c(s.start))
    }
    /// End (code points) of the time expression, or None.
    #[getter]
    fn time_end(&self) -> Option<usize> {
        self.claim.time.map(|s| self.doc.c(s.end))
    }
    /// Text of the time expression, or None.
    #[getter]
    fn time(&self) -> Option<&str> {
        self.doc.opt(self.claim.time)
    }
    /// Start (code points) of the qualifier words, or None.
    #[getter]
    fn qualifier_start(&self) -> Option<usize> {
        self.claim.qualifier.map(|s| self.doc.c(s.start))
    }
    /// End (code points) of the qualifier words, or None.
    #[getter]
    fn qualifier_end(&self) -> Option<usize> {
        self.claim.qualifier.map(|s| self.doc.c(s.end))
    }
    /// Text of the qualifier words, or None.
    #[getter]
    fn qualifier(&self) -> Option<&str> {
        self.doc.opt(self.claim.qualifier)
    }
    /// Start (code points) of the counted noun's carried modifier, or None.
    #[getter]
    fn counted_modifier_start(&self) -> Option<usize> {
        self.claim.counted_modifier.map(|s| self.doc.c(s.start))
    }
    /// End (code points) of the counted noun's carried modifier, or None.
    #[getter]
    fn counted_modifier_end(&self) -> Option<usize> {
        self.claim.counted_modifier.map(|s| self.doc.c(s.end))
    }
    /// Text of the counted noun's carried modifier, or None.
    #[getter]
    fn counted_modifier(&self) -> Option<&str> {
        self.doc.opt(self.claim.counted_modifier)
    }
    /// Start of the quantity span (code points).
    #[getter]
    fn start(&self) -> usize {
        self.doc.c(self.claim.span.start)
    }
    /// End of the quantity span (code points, exclusive).
    #[getter]
    fn end(&self) -> usize {
        self.doc.c(self.claim.span.end)
    }
    /// The quantity span's text (`over 1,700`, `around $10 million`).
    #[getter]
    fn text(&self) -> &str {
        self.doc.slice(self.claim.span)
    }
    /// Start of the bare numeral (code points).
    #[getter]
    fn num_start(&self) -> usize {
        self.doc.c(self.claim.num_span.start)
    }
    /// End of the bare numeral (code points).
    #[getter]
    fn num_end(&self) -> usize {
        self.doc.c(self.claim.num_span.end)
    }
    /// The bare numeral (`1,700`, `two million`).
    #[getter]
    fn num_text(&self) -> &str {
        self.doc.slice(self.claim.num_span)
    }
    /// The value with scale words applied, in the stated unit.
    #[getter]
    fn value(&self) -> f64 {
        self.claim.value
    }
    /// Upper end of a range, or None.
    #[getter]
    fn value_max(&self) -> Option<f64> {
        self.claim.value_max
    }
    /// The starting level of a movement (`fell from $36,040 to $34,935`: 36040), or None.
    #[getter]
    fn value_from(&self) -> Option<f64> {
        self.claim.value_from
    }
    /// True for the level reached after a change (`rose 8.1% to 99.20 yuan`: 99.20 yuan).
    #[getter]
    fn level(&self) -> bool {
        self.claim.level
    }
    /// Unit (count, USD, percent, fold, hour, terabyte, …).
    #[getter]
    fn unit(&self) -> &str {
        &self.claim.unit
    }
    /// The unit's class (`count`, `money`, `percent`, `length`, `duration`, …; see `unit_info`).
    #[getter]
    fn unit_class(&self) -> &str {
        &self.claim.unit_class
    }
    /// `{"value", "value_max", "unit"}` in the base unit of the class, for every unit but `count`
    /// (`5 km` → 5000 `metre`, `45p` → 0.45 `GBP`), else None.
    #[getter(normalised)]
    fn py_normalised<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.normalised(py)
    }
    /// `=`, `>`, `>=`, `<`, `<=` or `~`.
    #[getter]
    fn bound(&self) -> &'static str {
        self.claim.bound.as_str()
    }
    /// True for vague quantities (`thousands of`).
    #[getter]
    fn vague(&self) -> bool {
        self.claim.vague
    }
    /// `"increase"`, `"decrease"` or None.
    #[getter]
    fn change(&self) -> Option<&'static str> {
        self.claim.change.map(|c| c.as_str())
    }
    /// Snowball stems of the counted phrase's words.
    #[getter(counted_stems)]
    fn py_counted_stems(&self) -> Vec<String> {
        self.counted_stems()
    }
    /// The sentence holding the claim.
    #[getter]
    fn sentence(&self) -> &str {
        self.doc.slice(self.claim.sentence)
    }
    /// Start of the sentence (code points).
    #[getter]
    fn sentence_start(&self) -> usize {
        self.doc.c(self.claim.sentence.start)
    }
    /// End of the sentence (code points).
    #[getter]
    fn sentence_end(&self) -> usize {
        self.doc.c(self.claim.sentence.end)
    }
    /// Ids of the gazetteer entities in the claim's sentence, nearest first.
    #[getter]
    fn entity_ids(&self) -> Vec<String> {
        self.entity_ids.clone()
    }
    /// Ids of the gazetteer entities inside the attribution.
    #[getter]
    fn attribution_ids(&self) -> Vec<String> {
        self.attribution_ids.clone()
    }
    /// Warnings (e.g. an ambiguous currency symbol).
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.claim.notes.clone()
    }
    /// The kind of page block the claim stands in (`"body"`, `"headline"`, `"teaser"`,
    /// `"boilerplate"`, …), or None (`Pipeline(boilerplate="keep")`).
    #[getter]
    fn block(&self) -> Option<&'static str> {
        self.claim.block.map(|k| k.as_str())
    }
    /// A plain dict of every field.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.to_dict_impl(py)
    }
    fn __repr__(&self) -> String {
        let mut s = format!(
            "Claim({}, value={}, unit={}",
            esc(self.text()),
            self.claim.value,
            self.claim.unit
        );
        if self.claim.bound != crate::claims::Bound::Eq {
            s.push_str(&format!(", bound={}", self.claim.bound.as_str()));
        }
        if let Some(c) = self.counted() {
            s.push_str(&format!(", counted={}", esc(c)));
        }
        s.push(')');
        s
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(
            py,
            "Claim",
            &self.doc,
            (&self.claim, &self.entity_ids, &self.attribution_ids),
        )
    }
    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        Self::to_html(slf)
    }
    /// The claim's sentence with the claim marked, and its fields, as an HTML fragment
    /// (what a notebook shows).
    fn to_html(slf: &Bound<'_, Self>) -> PyResult<String> {
        slf.py()
            .import("claimsift._render")?
            .call_method1("claim_html", (slf,))?
            .extract()
    }
    /// The sentence holding the claim, as a `Sentence` (spaCy's `span.sent`).
    #[getter]
    fn sent(&self) -> PySentence {
        let span = self.claim.sentence;
        let text = &self.doc.text;
        // The claim keeps only the sentence's span: its token indices and paragraph are those
        // of the same sentence in the document's own split.
        let sent = crate::sentences::split_sentences(text)
            .into_iter()
            .find(|s| s.span == span)
            .unwrap_or_else(|| {
                let toks = crate::tokenize::tokenize(text);
                let token_start = toks.partition_point(|t| t.span.start < span.start);
                let token_end = toks.partition_point(|t| t.span.start < span.end);
                Sentence {
                    span,
                    token_start,
                    token_end,
                    paragraph: text[..span.start].matches("\n\n").count(),
                }
            });
        PySentence {
            doc: self.doc.clone(),
            sent,
        }
    }
}

/// A processed document (`doc.tokens`, `doc.sents`, `doc.mentions`, `doc.numbers`, `doc.claims`,
/// `doc.blocks`, `doc.date`, `doc.outlet`).
/// Lists are built on each access; keep a reference if you iterate them often.
///
/// `doc[i]` is a token, `doc[i:j]` a list of tokens, `doc.char_span(start, end)` the tokens of a
/// character range; `doc.to_html()` the marked-up text.
///
/// >>> doc = claimsift.Pipeline()("Over 1,700 people died.")
/// >>> [t.text for t in doc[0:3]], doc.claims[0].text
/// (['Over', '1,700', 'people'], 'Over 1,700')
#[pyclass(name = "Doc", module = "claimsift._claimsift", frozen)]
pub struct PyDoc {
    pub(crate) doc: Arc<DocShared>,
    pub(crate) data: Arc<DocData>,
}

/// A document's results and where its mentions' entity fields are looked up.
pub(crate) struct DocData {
    doc: Document,
    ents: Option<Entities>,
}

impl DocData {
    /// The Rust document.
    pub(crate) fn document(&self) -> &Document {
        &self.doc
    }
}

impl PyDoc {
    /// A Doc over `d`, in the document's own language (`d.lang`: fixed or detected).
    pub(crate) fn new(text: String, d: Document, g: Option<Arc<Gazetteer>>) -> Self {
        PyDoc {
            doc: DocShared::new(text, d.lang),
            data: Arc::new(DocData {
                doc: d,
                ents: g.map(Entities::Gaz),
            }),
        }
    }
    fn ids_of(&self, mentions: &[usize]) -> Vec<String> {
        let Some(ents) = &self.data.ents else {
            return Vec::new();
        };
        let mut seen = std::collections::HashSet::new();
        let mut out: Vec<String> = Vec::new();
        for &mi in mentions {
            let Some(m) = self.data.doc.mentions.get(mi) else {
                continue;
            };
            for &e in m.entities.iter() {
                if let Some((id, _, _)) = ents.entity(e) {
                    if seen.insert(id) {
                        out.push(id.to_string());
                    }
                }
            }
        }
        out
    }
    /// The claims of a document processed without a gazetteer, moved out of it (no entity ids
    /// to look up, and no copy of each claim: `extract_claims` keeps nothing else of the
    /// document).
    pub(crate) fn claims_without_entities(text: String, d: Document) -> Vec<PyClaim> {
        let doc = DocShared::new(text, d.lang);
        d.claims
            .into_iter()
            .map(|claim| PyClaim {
                doc: doc.clone(),
                claim,
                entity_ids: Vec::new(),
                attribution_ids: Vec::new(),
            })
            .collect()
    }

    pub(crate) fn claim_objects(&self) -> Vec<PyClaim> {
        let d = &self.data.doc;
        d.claims
            .iter()
            .enumerate()
            .map(|(k, c)| PyClaim {
                doc: self.doc.clone(),
                claim: c.clone(),
                entity_ids: self.ids_of(d.claim_mentions.get(k).map(Vec::as_slice).unwrap_or(&[])),
                attribution_ids: self.ids_of(d.attribution_mentions.get(k).map(Vec::as_slice).unwrap_or(&[])),
            })
            .collect()
    }
}

pub(crate) fn tokens_list<'py>(
    py: Python<'py>,
    doc: &Arc<DocShared>,
    toks: &[Token],
) -> PyResult<Bound<'py, PyList>> {
    let objs = toks
        .iter()
        .map(|&t| {
            untracked(
                py,
                PyToken {
                    doc: doc.clone(),
                    tok: t,
                },
            )
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, objs)
}

pub(crate) fn sentences_list<'py>(
    py: Python<'py>,
    doc: &Arc<DocShared>,
    sents: &[Sentence],
) -> PyResult<Bound<'py, PyList>> {
    let objs = sents
        .iter()
        .map(|&s| {
            untracked(
                py,
                PySentence {
                    doc: doc.clone(),
                    sent: s,
                },
            )
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, objs)
}

pub(crate) fn claims_list<'py>(py: Python<'py>, claims: Vec<PyClaim>) -> PyResult<Bound<'py, PyList>> {
    let objs = claims
        .into_iter()
        .map(|c| untracked(py, c))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, objs)
}

pub(crate) fn numbers_list<'py>(
    py: Python<'py>,
    doc: &Arc<DocShared>,
    nums: &[NumberMention],
) -> PyResult<Bound<'py, PyList>> {
    let objs = nums
        .iter()
        .map(|n| {
            untracked(
                py,
                PyNumber {
                    doc: doc.clone(),
                    num: n.clone(),
                },
            )
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, objs)
}

/// `doc[i]`: the i-th token, negative indices counting from the end.
fn token_at(this: &PyDoc, i: isize) -> PyResult<PyToken> {
    let n = this.data.doc.tokens.len() as isize;
    let k = if i < 0 { i + n } else { i };
    if k < 0 || k >= n {
        return Err(pyo3::exceptions::PyIndexError::new_err(format!(
            "token index {i} out of range for a document of {n} tokens"
        )));
    }
    Ok(PyToken {
        doc: this.doc.clone(),
        tok: this.data.doc.tokens[k as usize],
    })
}

#[pymethods]
impl PyDoc {
    /// The document's text.
    #[getter]
    fn text(&self) -> &str {
        &self.doc.text
    }
    /// Language code: the pipeline's, or the detected one with `lang="auto"`.
    #[getter]
    fn lang(&self) -> &'static str {
        self.doc.lang.code()
    }
    /// Notes on how the document was read (e.g. its detected language has no claim rules, so
    /// it has no claims).
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.data.doc.notes.clone()
    }
    /// Tokens (offsets in code points).
    #[getter]
    fn tokens<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        tokens_list(py, &self.doc, &self.data.doc.tokens)
    }
    /// Sentences (offsets in code points).
    #[getter]
    fn sents<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        sentences_list(py, &self.doc, &self.data.doc.sentences)
    }
    /// Entity mentions (empty without a gazetteer).
    #[getter]
    fn mentions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let objs = self
            .data
            .doc
            .mentions
            .iter()
            .map(|m| {
                untracked(
                    py,
                    PyMention::new(self.doc.clone(), m.clone(), self.data.ents.clone()),
                )
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, objs)
    }
    /// Every numeric expression with its kind.
    #[getter]
    fn numbers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        numbers_list(py, &self.doc, &self.data.doc.numbers)
    }
    /// The claims (quantities), with entities and attribution linked.
    #[getter]
    fn claims<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        claims_list(py, self.claim_objects())
    }
    /// The page's blocks (headline, byline, body, boilerplate, teaser, …), offsets in code points.
    #[getter]
    fn blocks<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let objs = self
            .data
            .doc
            .page
            .blocks
            .iter()
            .map(|&b| {
                untracked(
                    py,
                    PyBlock {
                        doc: self.doc.clone(),
                        block: b,
                    },
                )
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, objs)
    }
    /// The document's date as the page states it (dateline, "Published …"), ISO `YYYY-MM-DD`,
    /// or None.
    #[getter]
    fn date(&self) -> Option<String> {
        self.data.doc.page.date.map(|d| d.to_string())
    }
    /// The outlet the page names (`Reuters` from `(Reuters)`, a byline's outlet), or None.
    #[getter]
    fn outlet(&self) -> Option<&str> {
        self.data.doc.page.outlet.as_deref()
    }
    fn __len__(&self) -> usize {
        self.data.doc.tokens.len()
    }
    /// `doc[i]` is the i-th token (negative indices count from the end), as in spaCy;
    /// `doc[i:j]` is the list of tokens `i..j` (what `doc.tokens[i:j]` gives).
    fn __getitem__<'py>(&self, py: Python<'py>, i: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        if let Ok(slice) = i.cast::<pyo3::types::PySlice>() {
            return self.tokens(py)?.as_any().get_item(slice);
        }
        let i: isize = i.extract().map_err(|_| {
            pyo3::exceptions::PyTypeError::new_err(format!(
                "Doc indices must be integers or slices, not {}",
                i.get_type().name().map(|n| n.to_string()).unwrap_or_default()
            ))
        })?;
        Ok(Bound::new(py, token_at(self, i)?)?.into_any())
    }
    /// The tokens of `text[start:end]` (code points), as in spaCy's `Doc.char_span`:
    /// `alignment_mode` is `"strict"` (None unless both ends are token boundaries),
    /// `"contract"` (tokens wholly inside) or `"expand"` (every token touched). None when no
    /// token qualifies.
    #[pyo3(signature = (start, end, *, alignment_mode = "strict"))]
    fn char_span<'py>(
        &self,
        py: Python<'py>,
        start: usize,
        end: usize,
        alignment_mode: &str,
    ) -> PyResult<Option<Bound<'py, PyList>>> {
        if !matches!(alignment_mode, "strict" | "contract" | "expand") {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "alignment_mode must be 'strict', 'contract' or 'expand', not {alignment_mode:?}"
            )));
        }
        if start > end {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "char_span start {start} is after end {end}"
            )));
        }
        let toks = &self.data.doc.tokens;
        let c = |b: usize| self.doc.c(b);
        let picked: Vec<Token> = match alignment_mode {
            "expand" => toks
                .iter()
                .filter(|t| c(t.span.start) < end && start < c(t.span.end))
                .copied()
                .collect(),
            _ => toks
                .iter()
                .filter(|t| start <= c(t.span.start) && c(t.span.end) <= end)
                .copied()
                .collect(),
        };
        if picked.is_empty() {
            return Ok(None);
        }
        if alignment_mode == "strict"
            && (c(picked[0].span.start) != start || c(picked[picked.len() - 1].span.end) != end)
        {
            return Ok(None);
        }
        Ok(Some(tokens_list(py, &self.doc, &picked)?))
    }
    /// The text with claims (labelled with bound and value) and entity mentions marked, as an
    /// HTML fragment (what a notebook shows).
    fn to_html(slf: &Bound<'_, Self>) -> PyResult<String> {
        slf.py()
            .import("claimsift._render")?
            .call_method1("doc_html", (slf,))?
            .extract()
    }

    /// Iterates over the tokens.
    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.tokens(py)?.into_any().try_iter()?.into_any())
    }
    fn __repr__(&self) -> String {
        let d = &self.data.doc;
        format!(
            "Doc({}, {} tokens, {} sentences, {} mentions, {} claims)",
            esc(&self.doc.text),
            d.tokens.len(),
            d.sentences.len(),
            d.mentions.len(),
            d.claims.len()
        )
    }
    /// A plain dict: text and lists of dicts for sentences, mentions, numbers and claims.
    fn to_dict<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyDict>> {
        let py = slf.py();
        let this = slf.get();
        let d = PyDict::new(py);
        d.set_item("text", this.text())?;
        d.set_item("date", this.date())?;
        d.set_item("outlet", this.outlet())?;
        for name in ["sents", "mentions", "numbers", "claims", "blocks"] {
            let items = slf.getattr(name)?;
            let list = PyList::empty(py);
            for it in items.try_iter()? {
                list.append(it?.call_method0("to_dict")?)?;
            }
            d.set_item(if name == "sents" { "sentences" } else { name }, list)?;
        }
        Ok(d)
    }
    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        Self::to_html(slf)
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let t = Entities::table_for(self.data.ents.as_ref(), &self.data.doc.mentions);
        reduce(py, "Doc", &self.doc, (&self.data.doc, t))
    }
}
