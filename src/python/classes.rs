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
use crate::pipeline::Document;
use crate::sentences::Sentence;
use crate::span::{CharIndex, Span};
use crate::tokenize::Token;
use pyo3::prelude::*;
use pyo3::pyclass_init::PyClassInitializer;
use pyo3::types::{PyDict, PyList, PyTuple};
use pyo3::PyClass;
use serde::{Deserialize, Serialize};
use std::sync::{Arc, OnceLock};

/// What a mention's entities are, resolved at creation so a mention needs no gazetteer later
/// (and pickles by value).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub(crate) struct MentionInfo {
    pub ids: Vec<String>,
    pub names: Vec<String>,
    pub types: Vec<Option<String>>,
    pub aliases: Vec<Option<String>>,
    pub forms: Vec<Option<String>>,
}

pub(crate) fn mention_info(g: Option<&Gazetteer>, m: &Mention) -> MentionInfo {
    let mut info = MentionInfo::default();
    let Some(g) = g else { return info };
    for (k, &e) in m.entities.iter().enumerate() {
        let Some(ent) = g.entities().get(e as usize) else {
            continue;
        };
        info.ids.push(ent.id.clone());
        info.names.push(ent.name.clone());
        info.types.push(ent.kind.clone());
        let alias = m.aliases.get(k).and_then(|&a| ent.aliases.get(a as usize));
        info.aliases.push(alias.map(|a| a.text.clone()));
        info.forms.push(alias.map(|a| a.form_or_name().to_string()));
    }
    info
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

/// Rebuilds a pickled object.
#[pyfunction]
pub(crate) fn _unpickle(py: Python<'_>, class: &str, state: &str) -> PyResult<Py<PyAny>> {
    let p: Pickled = serde_json::from_str(state).map_err(ser_err)?;
    let doc = DocShared::new(p.text, p.lang);
    let check = |s: Span| -> PyResult<()> {
        if s.start <= s.end
            && s.end <= doc.text.len()
            && doc.text.is_char_boundary(s.start)
            && doc.text.is_char_boundary(s.end)
        {
            Ok(())
        } else {
            Err(ser_err("span out of bounds"))
        }
    };
    Ok(match class {
        "Token" => {
            let t: Token = serde_json::from_value(p.item).map_err(ser_err)?;
            check(t.span)?;
            Py::new(py, PyToken { doc, tok: t })?.into_any()
        }
        "Sentence" => {
            let s: Sentence = serde_json::from_value(p.item).map_err(ser_err)?;
            check(s.span)?;
            Py::new(py, PySentence { doc, sent: s })?.into_any()
        }
        "Number" => {
            let n: NumberMention = serde_json::from_value(p.item).map_err(ser_err)?;
            check(n.span)?;
            Py::new(py, PyNumber { doc, num: n })?.into_any()
        }
        "Mention" => {
            let (m, info): (Mention, MentionInfo) = serde_json::from_value(p.item).map_err(ser_err)?;
            check(m.span)?;
            Py::new(py, PyMention::resolved(doc, m, info))?.into_any()
        }
        "Claim" => {
            let (c, ids, attr_ids): (Claim, Vec<String>, Vec<String>) =
                serde_json::from_value(p.item).map_err(ser_err)?;
            for s in [
                Some(c.span),
                Some(c.num_span),
                Some(c.sentence),
                c.counted,
                c.per,
                c.attribution,
                c.time,
                c.qualifier,
            ]
            .into_iter()
            .flatten()
            {
                check(s)?;
            }
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
        "Doc" => {
            let (d, infos): (Document, Vec<MentionInfo>) = serde_json::from_value(p.item).map_err(ser_err)?;
            for t in &d.tokens {
                check(t.span)?;
            }
            Py::new(
                py,
                PyDoc {
                    doc,
                    data: Arc::new(DocData {
                        doc: d,
                        gaz: None,
                        infos: OnceLock::from(infos),
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
    /// Resolves the entities lazily: most mentions are never asked for their entity's name.
    pub(crate) gaz: Option<Arc<Gazetteer>>,
    pub(crate) info: OnceLock<MentionInfo>,
}

impl PyMention {
    /// A mention whose entity fields are looked up in `gaz` on first use.
    pub(crate) fn new(doc: Arc<DocShared>, m: Mention, gaz: Option<Arc<Gazetteer>>) -> Self {
        PyMention {
            doc,
            m,
            gaz,
            info: OnceLock::new(),
        }
    }
    /// A mention with its entity fields already resolved (unpickled).
    fn resolved(doc: Arc<DocShared>, m: Mention, info: MentionInfo) -> Self {
        PyMention {
            doc,
            m,
            gaz: None,
            info: OnceLock::from(info),
        }
    }
    fn info(&self) -> &MentionInfo {
        self.info
            .get_or_init(|| mention_info(self.gaz.as_deref(), &self.m))
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
        self.info().ids.first().map(String::as_str)
    }
    /// Ids of every entity the alias names.
    #[getter]
    fn ids(&self) -> Vec<String> {
        self.info().ids.clone()
    }
    /// Canonical name of the first entity.
    #[getter]
    fn name(&self) -> Option<&str> {
        self.info().names.first().map(String::as_str)
    }
    /// Type of the first entity.
    #[getter(r#type)]
    fn type_(&self) -> Option<&str> {
        self.info().types.first().and_then(|t| t.as_deref())
    }
    /// The alias that matched (first entity).
    #[getter]
    fn alias(&self) -> Option<&str> {
        self.info().aliases.first().and_then(|t| t.as_deref())
    }
    /// The alias's form label (name, abbreviation, demonym, …), if given.
    #[getter]
    fn form(&self) -> Option<&str> {
        self.info().forms.first().and_then(|t| t.as_deref())
    }
    /// True when the alias names more than one entity.
    #[getter]
    fn ambiguous(&self) -> bool {
        self.info().ids.len() > 1
    }
    fn __repr__(&self) -> String {
        format!(
            "Mention({}, {}:{}, {:?})",
            esc(self.text()),
            self.start(),
            self.end(),
            self.info().ids
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
        reduce(py, "Mention", &self.doc, (&self.m, self.info()))
    }
}

/// A numeric claim. Offsets are code points: `text[c.start:c.end] == c.text`.
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

#[pymethods]
impl PyClaim {
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
        slf.py()
            .import("claimsift._render")?
            .call_method1("claim_html", (slf,))?
            .extract()
    }
}

/// A processed document (`doc.tokens`, `doc.sents`, `doc.mentions`, `doc.numbers`, `doc.claims`).
/// Lists are built on each access; keep a reference if you iterate them often.
#[pyclass(name = "Doc", module = "claimsift._claimsift", frozen)]
pub struct PyDoc {
    pub(crate) doc: Arc<DocShared>,
    pub(crate) data: Arc<DocData>,
}

/// A document's results, with mention entities resolved on first use.
pub(crate) struct DocData {
    doc: Document,
    gaz: Option<Arc<Gazetteer>>,
    infos: OnceLock<Vec<MentionInfo>>,
}

impl DocData {
    fn infos(&self) -> &[MentionInfo] {
        self.infos.get_or_init(|| {
            self.doc
                .mentions
                .iter()
                .map(|m| mention_info(self.gaz.as_deref(), m))
                .collect()
        })
    }
}

impl PyDoc {
    pub(crate) fn new(text: String, lang: Lang, d: Document, g: Option<Arc<Gazetteer>>) -> Self {
        PyDoc {
            doc: DocShared::new(text, lang),
            data: Arc::new(DocData {
                doc: d,
                gaz: g,
                infos: OnceLock::new(),
            }),
        }
    }
    fn ids_of(&self, mentions: &[usize]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for &mi in mentions {
            if let Some(info) = self.data.infos().get(mi) {
                for id in &info.ids {
                    if !out.contains(id) {
                        out.push(id.clone());
                    }
                }
            }
        }
        out
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

#[pymethods]
impl PyDoc {
    /// The document's text.
    #[getter]
    fn text(&self) -> &str {
        &self.doc.text
    }
    /// Language code.
    #[getter]
    fn lang(&self) -> &'static str {
        self.doc.lang.code()
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
                    PyMention::new(self.doc.clone(), m.clone(), self.data.gaz.clone()),
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
    fn __len__(&self) -> usize {
        self.data.doc.tokens.len()
    }
    /// `doc[i]` is the i-th token (negative indices count from the end), as in spaCy.
    fn __getitem__(&self, i: isize) -> PyResult<PyToken> {
        let n = self.data.doc.tokens.len() as isize;
        let k = if i < 0 { i + n } else { i };
        if k < 0 || k >= n {
            return Err(pyo3::exceptions::PyIndexError::new_err(format!(
                "token index {i} out of range for a document of {n} tokens"
            )));
        }
        Ok(PyToken {
            doc: self.doc.clone(),
            tok: self.data.doc.tokens[k as usize],
        })
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
        for name in ["sents", "mentions", "numbers", "claims"] {
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
        slf.py()
            .import("claimsift._render")?
            .call_method1("doc_html", (slf,))?
            .extract()
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, "Doc", &self.doc, (&self.data.doc, self.data.infos()))
    }
}
