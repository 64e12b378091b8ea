//! The `Pipeline` class: one configured object for tokens, sentences, mentions and claims.

use super::arrow_stream::PyArrowTable;
use super::classes::PyDoc;
use super::errors::{run, text_of, SerializationError};
use super::gazetteer::PyGazetteer;
use super::{batch, batch_texts, map_interruptible, parse_lang, Threads};
use crate::arrow::{build_tables_with_ids, OffsetUnit, TableOptions};
use crate::error::Error;
use crate::pipeline::{Boilerplate, Pipeline, PipelineConfig};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};
use std::sync::Arc;

/// A configured pipeline. `nlp(text)` gives a `Doc`; `process_batch` runs many texts in
/// parallel; `_process_arrow` returns Arrow tables.
#[pyclass(name = "Pipeline", module = "claimsift._claimsift", frozen, subclass)]
pub struct PyPipeline {
    inner: Pipeline,
    gazetteer: Option<Py<PyGazetteer>>,
}

#[pymethods]
impl PyPipeline {
    #[new]
    #[pyo3(signature = (*, lang = "en", gazetteer = None, claims = true, dollar = "USD", boilerplate = "mark"))]
    fn new(
        lang: &str,
        gazetteer: Option<Py<PyGazetteer>>,
        claims: bool,
        dollar: &str,
        boilerplate: &str,
    ) -> PyResult<Self> {
        let auto = lang.trim().eq_ignore_ascii_case("auto");
        let lang = if auto {
            crate::Lang::English
        } else {
            parse_lang(lang)?
        };
        if !(dollar.len() == 3 && dollar.bytes().all(|b| b.is_ascii_uppercase())) {
            return Err(super::errors::ConfigError::new_err(format!(
                "dollar must be an ISO 4217 currency code (three upper-case letters such as \
                 'USD', 'CAD', 'AUD'), not {dollar:?}"
            )));
        }
        let boilerplate: Boilerplate = boilerplate.parse()?;
        let mut config = PipelineConfig {
            lang,
            auto_lang: auto,
            claims,
            boilerplate,
            ..Default::default()
        };
        config.extract.lang = lang;
        config.extract.dollar = dollar.to_string();
        let g = gazetteer.as_ref().map(|g| g.get().inner.clone());
        Ok(PyPipeline {
            inner: Pipeline::try_new(config, g)?,
            gazetteer,
        })
    }

    /// Language code, or `"auto"` (each document's language is detected).
    #[getter]
    fn lang(&self) -> &'static str {
        if self.inner.config().auto_lang {
            "auto"
        } else {
            self.inner.config().lang.code()
        }
    }
    /// The gazetteer, or None.
    #[getter]
    fn gazetteer(&self, py: Python<'_>) -> Option<Py<PyGazetteer>> {
        self.gazetteer.as_ref().map(|g| g.clone_ref(py))
    }
    /// Whether claims are extracted.
    #[getter]
    fn claims(&self) -> bool {
        self.inner.config().claims
    }
    /// Currency assumed for a bare `$`.
    #[getter]
    fn dollar(&self) -> &str {
        &self.inner.config().extract.dollar
    }
    /// What happens to claims outside the article's text: `"drop"`, `"mark"` or `"keep"`.
    #[getter]
    fn boilerplate(&self) -> &'static str {
        self.inner.config().boilerplate.as_str()
    }

    /// Processes one text into a `Doc`. Offsets in the Doc are code points.
    fn __call__(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyDoc> {
        let text = text_of(text, "text")?;
        let pipe = self.inner.clone();
        let (text, d) = run(py, move || {
            let d = pipe.process(&text);
            Ok((text, d))
        })?;
        Ok(PyDoc::new(text, d, self.inner.gazetteer().cloned()))
    }

    /// Processes many texts in parallel into Docs, order kept. `_offset` is the position of the
    /// first text in a longer stream (`pipe()`): error messages name `_offset` + the index.
    #[pyo3(signature = (texts, *, n_threads = None, errors = "raise", _offset = 0))]
    fn process_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        n_threads: Option<Threads>,
        errors: &str,
        _offset: usize,
    ) -> PyResult<Bound<'py, PyList>> {
        let pipe = &self.inner;
        let g = self.inner.gazetteer().cloned();
        batch(
            py,
            texts,
            n_threads,
            errors,
            _offset,
            |t| pipe.process(t),
            |text, d| Ok(super::classes::untracked(py, PyDoc::new(text, d, g.clone()))?.into_any()),
        )
    }

    /// Processes texts into Arrow tables (`documents`, `sentences`, `tokens`, `mentions`,
    /// `numbers`, `claims`). Items that are not `str` (None, numbers, bytes…) become rows of
    /// `documents` with an `error`; everything else is processed. Offsets are code points.
    /// `ids[i]` (if given) fills the `doc_id` column of document `i` in every table.
    #[pyo3(signature = (texts, *, n_threads = None, tokens = false, ids = None))]
    fn _process_arrow<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        n_threads: Option<Threads>,
        tokens: bool,
        ids: Option<Vec<Option<String>>>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let inputs = batch_texts(texts, None)?;
        if let Some(ids) = &ids {
            if ids.len() != inputs.len() {
                return Err(pyo3::exceptions::PyValueError::new_err(format!(
                    "{} ids for {} texts",
                    ids.len(),
                    inputs.len()
                )));
            }
        }
        let mut ok = Vec::with_capacity(inputs.len());
        let mut bad: Vec<Option<String>> = Vec::with_capacity(inputs.len());
        for r in inputs {
            match r {
                Ok(t) => {
                    ok.push(t);
                    bad.push(None);
                }
                Err(e) => {
                    ok.push(String::new());
                    bad.push(Some(e.value(py).to_string()));
                }
            }
        }
        let pipe = &self.inner;
        let docs = map_interruptible(py, &ok, Threads::get(n_threads), |i, t: &String| match &bad[i] {
            Some(msg) => Err(Error::Document {
                index: i,
                message: msg.clone(),
            }),
            None => Ok(pipe.process(t)),
        })?;
        let tables = run(py, || {
            let texts: Vec<&str> = ok.iter().map(String::as_str).collect();
            let id_refs: Option<Vec<Option<&str>>> =
                ids.as_ref().map(|v| v.iter().map(Option::as_deref).collect());
            build_tables_with_ids(
                &texts,
                id_refs.as_deref(),
                &docs,
                pipe.gazetteer().map(Arc::as_ref),
                OffsetUnit::Chars,
                TableOptions { tokens },
            )
        })?;
        let d = PyDict::new(py);
        for (name, b) in [
            ("documents", tables.documents),
            ("sentences", tables.sentences),
            ("tokens", tables.tokens),
            ("mentions", tables.mentions),
            ("numbers", tables.numbers),
            ("claims", tables.claims),
        ] {
            d.set_item(name, PyArrowTable { batch: b })?;
        }
        Ok(d)
    }

    /// Pickles by value: configuration as JSON and the gazetteer's bytes.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        let config = serde_json::to_string(this.inner.config())
            .map_err(|e| SerializationError::new_err(e.to_string()))?;
        let g = this
            .gazetteer
            .as_ref()
            .map(|g| g.clone_ref(py).into_any())
            .unwrap_or_else(|| py.None());
        let rebuild = py
            .import("claimsift._claimsift")?
            .getattr("Pipeline")?
            .getattr("_from_state")?;
        PyTuple::new(
            py,
            [
                rebuild,
                PyTuple::new(py, [config.into_pyobject(py)?.into_any(), g.into_bound(py)])?.into_any(),
            ],
        )
    }

    #[staticmethod]
    fn _from_state(config: &str, gazetteer: Option<Py<PyGazetteer>>) -> PyResult<Self> {
        let config: PipelineConfig = serde_json::from_str(config)
            .map_err(|e| SerializationError::new_err(format!("bad pickled Pipeline configuration: {e}")))?;
        let g = gazetteer.as_ref().map(|g| g.get().inner.clone());
        Ok(PyPipeline {
            inner: Pipeline::new(config, g),
            gazetteer,
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "Pipeline(lang={:?}, gazetteer={}, claims={})",
            self.lang(),
            if self.gazetteer.is_some() {
                "<Gazetteer>"
            } else {
                "None"
            },
            self.claims()
        )
    }
}
