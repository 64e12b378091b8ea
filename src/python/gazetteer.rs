//! The native `Gazetteer` class. The friendly constructors (list of dicts, dict of aliases,
//! DataFrames) live in `claimsift/_gazetteer.py`, which hands this class a JSON list of entity
//! objects.

use super::classes::{DocShared, PyMention};
use super::errors::{run, text_of, SerializationError};
use super::{batch, parse_lang};
use crate::error::Error;
use crate::gazetteer::{CaseMode, Entity, EntityReader, Format, Gazetteer, GazetteerBuilder, OverlapPolicy};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyTuple};
use std::sync::Arc;

/// A built gazetteer (immutable, shared between threads, pickles by value).
#[pyclass(name = "Gazetteer", module = "claimsift._claimsift", frozen)]
pub struct PyGazetteer {
    pub(crate) inner: Arc<Gazetteer>,
}

fn parse_overlap(s: &str) -> PyResult<OverlapPolicy> {
    match s.to_ascii_lowercase().replace('_', "-").as_str() {
        "leftmost-longest" | "longest" => Ok(OverlapPolicy::LeftmostLongest),
        "all" | "overlapping" => Ok(OverlapPolicy::All),
        other => Err(PyValueError::new_err(format!(
            "overlap must be 'leftmost-longest' or 'all', not {other:?}"
        ))),
    }
}

fn builder(
    case: &str,
    stem: bool,
    possessive: bool,
    overlap: &str,
    lang: &str,
) -> PyResult<GazetteerBuilder> {
    Ok(Gazetteer::builder()
        .case(CaseMode::parse(case)?)
        .stem(stem)
        .possessive(possessive)
        .overlap(parse_overlap(overlap)?)
        .lang(parse_lang(lang)?))
}

fn json_value<'py>(py: Python<'py>, v: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    let json = py.import("json")?;
    json.call_method1("loads", (v.to_string(),))
}

fn entity_dict<'py>(py: Python<'py>, e: &Entity) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("id", &e.id)?;
    d.set_item("name", &e.name)?;
    d.set_item("type", e.kind.as_deref())?;
    let aliases = PyList::empty(py);
    for a in &e.aliases {
        aliases.append(&a.text)?;
    }
    d.set_item("aliases", aliases)?;
    let forms = PyDict::new(py);
    for a in &e.aliases {
        forms.set_item(&a.text, a.form_or_name())?;
    }
    d.set_item("forms", forms)?;
    let meta = PyDict::new(py);
    for (k, v) in &e.meta {
        meta.set_item(k, json_value(py, v)?)?;
    }
    d.set_item("meta", meta)?;
    Ok(d)
}

#[pymethods]
impl PyGazetteer {
    /// Builds from a JSON list of entity objects: `id`, `name`, `type`, `aliases` (strings or
    /// `{"text", "case", "stem", "possessive", "form"}`), optional `abbreviations`, `demonyms`;
    /// other fields are kept as metadata.
    ///
    /// Args:
    ///     entities_json: the JSON text.
    ///     case: default case mode: "auto" (all-caps aliases exact, others folded),
    ///         "sensitive" or "insensitive".
    ///     stem: match on Snowball stems by default.
    ///     possessive: accept a trailing possessive by default (not part of the span).
    ///     overlap: "leftmost-longest" (default) or "all".
    ///     lang: stemmer language.
    #[new]
    #[pyo3(signature = (entities_json, *, case = "auto", stem = false, possessive = true, overlap = "leftmost-longest", lang = "en"))]
    fn new(
        py: Python<'_>,
        entities_json: &Bound<'_, PyAny>,
        case: &str,
        stem: bool,
        possessive: bool,
        overlap: &str,
        lang: &str,
    ) -> PyResult<Self> {
        let json = text_of(entities_json, "entities_json")?;
        let b = builder(case, stem, possessive, overlap, lang)?;
        let g = run(py, move || b.build_from(Format::Json, json.as_bytes()))?;
        Ok(PyGazetteer { inner: Arc::new(g) })
    }

    /// Loads entities from a `.json`, `.jsonl`/`.ndjson` or `.csv` file and builds.
    #[staticmethod]
    #[pyo3(signature = (path, *, case = "auto", stem = false, possessive = true, overlap = "leftmost-longest", lang = "en", format = None))]
    #[allow(clippy::too_many_arguments)]
    fn from_path(
        py: Python<'_>,
        path: std::path::PathBuf,
        case: &str,
        stem: bool,
        possessive: bool,
        overlap: &str,
        lang: &str,
        format: Option<&str>,
    ) -> PyResult<Self> {
        let b = builder(case, stem, possessive, overlap, lang)?;
        let format = match format {
            None => None,
            Some("json") => Some(Format::Json),
            Some("jsonl") | Some("ndjson") => Some(Format::Jsonl),
            Some("csv") => Some(Format::Csv),
            Some(other) => {
                return Err(PyValueError::new_err(format!(
                    "format must be json, jsonl or csv, not {other:?}"
                )))
            }
        };
        let g = run(py, move || {
            let entities = match format {
                None => EntityReader::read_path(&path)?,
                Some(f) => {
                    let file = std::fs::File::open(&path).map_err(|e| Error::Io {
                        message: format!("{}: {e}", path.display()),
                    })?;
                    EntityReader::new(f).read(file)?
                }
            };
            b.build(entities)
        })?;
        Ok(PyGazetteer { inner: Arc::new(g) })
    }

    /// Loads the compact binary form written by `to_bytes()` (versioned, checksummed; corrupt
    /// or foreign bytes raise `SerializationError`).
    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        let bytes: Vec<u8> = data.extract().map_err(|_| {
            SerializationError::new_err(format!(
                "from_bytes needs bytes, not {}",
                data.get_type().name().map(|n| n.to_string()).unwrap_or_default()
            ))
        })?;
        let g = run(py, move || Gazetteer::from_bytes(&bytes))?;
        Ok(PyGazetteer { inner: Arc::new(g) })
    }

    /// The compact binary form (loads much faster than building).
    fn to_bytes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let g = self.inner.clone();
        let bytes = run(py, move || Ok(g.to_bytes()))?;
        Ok(PyBytes::new(py, &bytes))
    }

    /// Finds mentions in `text` (offsets in code points).
    #[pyo3(signature = (text, *, overlap = None))]
    fn find<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        overlap: Option<&str>,
    ) -> PyResult<Bound<'py, PyList>> {
        let text = text_of(text, "text")?;
        let policy = overlap.map(parse_overlap).transpose()?;
        let g = self.inner.clone();
        let (text, ms) = run(py, move || {
            let ms = match policy {
                Some(p) => g.find_with(&text, p),
                None => g.find(&text),
            };
            Ok((text, ms))
        })?;
        self.mentions_list(py, text, ms)
    }

    /// Finds mentions in many texts in parallel (GIL released, order kept).
    #[pyo3(signature = (texts, *, n_threads = None, errors = "raise"))]
    fn find_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        n_threads: Option<super::Threads>,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let g = &self.inner;
        batch(
            py,
            texts,
            n_threads,
            errors,
            0,
            |t| g.find(t),
            |text, ms| Ok(self.mentions_list(py, text, ms)?.into_any()),
        )
    }

    /// Number of entities.
    fn __len__(&self) -> usize {
        self.inner.entities().len()
    }

    /// True when an entity has this id.
    fn __contains__(&self, id: &str) -> bool {
        self.inner.index_of(id).is_some()
    }

    /// Number of alias patterns in the matcher.
    #[getter]
    fn pattern_count(&self) -> usize {
        self.inner.pattern_count()
    }

    /// The entity with this id as a dict (`id`, `name`, `type`, `aliases`, `forms`, `meta`).
    fn entity<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Bound<'py, PyDict>> {
        let i = self
            .inner
            .index_of(id)
            .ok_or_else(|| pyo3::exceptions::PyKeyError::new_err(id.to_string()))?;
        entity_dict(py, &self.inner.entities()[i as usize])
    }

    /// Every entity as a dict, in the order given.
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for e in self.inner.entities() {
            list.append(entity_dict(py, e)?)?;
        }
        Ok(list)
    }

    /// Settings: case, stem, possessive, overlap, lang.
    #[getter]
    fn config<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let c = self.inner.config();
        let d = PyDict::new(py);
        d.set_item("case", c.case.as_str())?;
        d.set_item("stem", c.stem)?;
        d.set_item("possessive", c.possessive)?;
        d.set_item(
            "overlap",
            match c.overlap {
                OverlapPolicy::All => "all",
                _ => "leftmost-longest",
            },
        )?;
        d.set_item("lang", c.lang.code())?;
        Ok(d)
    }

    /// Pickles by value, through the same bytes as `to_bytes()`.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let rebuild = slf.get_type().getattr("from_bytes")?;
        let bytes = slf.get().to_bytes(py)?;
        PyTuple::new(py, [rebuild, PyTuple::new(py, [bytes])?.into_any()])
    }

    fn __repr__(&self) -> String {
        format!(
            "Gazetteer({} entities, {} patterns)",
            self.inner.entities().len(),
            self.inner.pattern_count()
        )
    }
}

impl PyGazetteer {
    fn mentions_list<'py>(
        &self,
        py: Python<'py>,
        text: String,
        ms: Vec<crate::gazetteer::Mention>,
    ) -> PyResult<Bound<'py, PyList>> {
        let doc = DocShared::new(text, self.inner.config().lang);
        let objs = ms
            .into_iter()
            .map(|m| {
                super::classes::untracked(
                    py,
                    PyMention::new(
                        doc.clone(),
                        m,
                        Some(super::classes::Entities::Gaz(self.inner.clone())),
                    ),
                )
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, objs)
    }
}
