//! Python bindings (`--features python`): the `claimsift._claimsift` extension module.
//!
//! Attached → detached → attached: Python inputs are copied into Rust strings first, all core
//! work runs with the GIL released (`py.detach`, panics caught), and Python objects are built at
//! the end. Offsets are converted to code points in the result classes (see `classes.rs`).

mod arrow_stream;
mod classes;
mod errors;
mod gazetteer;
mod pipeline;

use crate::error::Error;
use crate::lang::Lang;
use crate::parallel;
use classes::{sentences_list, tokens_list, DocShared, PyClaim, PyDoc};
use errors::{run, text_of};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyModule, PyString};

pub(crate) fn parse_lang(lang: &str) -> PyResult<Lang> {
    Lang::parse(lang).map_err(PyErr::from)
}

/// How a batch treats a failing document.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Skip,
    Collect,
}

fn parse_errors(errors: &str) -> PyResult<OnError> {
    match errors {
        "raise" => Ok(OnError::Raise),
        "skip" => Ok(OnError::Skip),
        "collect" => Ok(OnError::Collect),
        other => Err(PyValueError::new_err(format!(
            "errors must be 'raise', 'skip' or 'collect', not {other:?}"
        ))),
    }
}

/// Reads a batch of texts from any iterable. Non-str items become per-document errors.
pub(crate) fn batch_texts(texts: &Bound<'_, PyAny>) -> PyResult<Vec<Result<String, PyErr>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a single str",
        ));
    }
    let iter = texts.try_iter().map_err(|_| {
        let ty = texts.get_type().name().map(|n| n.to_string()).unwrap_or_default();
        PyTypeError::new_err(format!("texts must be an iterable of str, not {ty}"))
    })?;
    let mut out = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        out.push(text_of(&item, &format!("texts[{i}]")));
    }
    Ok(out)
}

/// Runs `f` over the valid texts in parallel (GIL released) and stitches the input errors back
/// in, in order.
fn run_batch<R: Send>(
    py: Python<'_>,
    inputs: Vec<Result<String, PyErr>>,
    n_threads: Option<usize>,
    f: impl Fn(&str) -> R + Sync + Send,
) -> PyResult<Vec<Result<(String, R), PyErr>>> {
    let mut ok_texts = Vec::new();
    let mut slots = Vec::with_capacity(inputs.len());
    for r in inputs {
        match r {
            Ok(t) => {
                slots.push(Ok(ok_texts.len()));
                ok_texts.push(t);
            }
            Err(e) => slots.push(Err(e)),
        }
    }
    let results = run(py, || {
        parallel::map_indexed(&ok_texts, n_threads, |_, t: &String| Ok(f(t)))
    })?;
    let mut results: Vec<Option<crate::Result<R>>> = results.into_iter().map(Some).collect();
    let mut texts: Vec<Option<String>> = ok_texts.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(slots.len());
    for (i, slot) in slots.into_iter().enumerate() {
        out.push(match slot {
            Ok(k) => match results[k].take() {
                Some(Ok(r)) => Ok((texts[k].take().unwrap_or_default(), r)),
                Some(Err(e)) => Err(PyErr::from(match e {
                    Error::Document { message, .. } => Error::Document { index: i, message },
                    other => other,
                })),
                None => Err(errors::InternalError::new_err("result taken twice")),
            },
            Err(e) => Err(e),
        });
    }
    Ok(out)
}

/// Pauses Python's cyclic garbage collector while a batch's result objects are built.
///
/// Building a million token objects that all stay alive triggers full collections again and
/// again, each one walking every object made so far: measured on the BBC corpus, this made
/// `tokenize_batch` 8x slower than with the collector paused. None of these objects can form a
/// cycle, so pausing loses nothing; the previous state is restored on drop (also on error).
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> Self {
        let gc = py.import("gc").ok().filter(|gc| {
            gc.call_method0("isenabled")
                .and_then(|r| r.is_truthy())
                .unwrap_or(false)
                && gc.call_method0("disable").is_ok()
        });
        GcPause { gc }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            let _ = gc.call_method0("enable");
        }
    }
}

/// Applies the `errors=` policy: raise the first error (naming its index), or put None / the
/// exception object in its slot.
fn finish_batch<'py, T>(
    py: Python<'py>,
    results: Vec<Result<T, PyErr>>,
    on_error: OnError,
    mut convert: impl FnMut(T) -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let _pause = GcPause::new(py);
    let list = PyList::empty(py);
    for (i, r) in results.into_iter().enumerate() {
        match r {
            Ok(v) => list.append(convert(v)?)?,
            Err(e) => match on_error {
                OnError::Raise => {
                    let msg = format!("document {i}: {}", e.value(py));
                    let new = PyErr::from_type(e.get_type(py), msg);
                    new.set_cause(py, Some(e));
                    return Err(new);
                }
                OnError::Skip => list.append(py.None())?,
                OnError::Collect => list.append(e.into_value(py))?,
            },
        }
    }
    Ok(list)
}

/// The whole batch path of every `*_batch` method: read the texts, run `work` on each in
/// parallel with the GIL released, apply the `errors=` policy, and `convert` each result.
pub(crate) fn batch<'py, R: Send>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    n_threads: Option<usize>,
    errors: &str,
    work: impl Fn(&str) -> R + Sync + Send,
    mut convert: impl FnMut(String, R) -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let on_error = parse_errors(errors)?;
    let inputs = batch_texts(texts)?;
    let results = run_batch(py, inputs, n_threads, work)?;
    finish_batch(py, results, on_error, |(text, r)| convert(text, r))
}

/// A pipeline that extracts claims in `lang` (no gazetteer).
fn claims_pipeline(lang: Lang) -> crate::Pipeline {
    let mut config = crate::PipelineConfig {
        lang,
        ..Default::default()
    };
    config.extract.lang = lang;
    crate::Pipeline::new(config, None)
}

/// Tokenises `text`. Offsets are code points.
#[pyfunction]
#[pyo3(signature = (text, *, lang = "en"))]
fn tokenize<'py>(py: Python<'py>, text: &Bound<'py, PyAny>, lang: &str) -> PyResult<Bound<'py, PyList>> {
    let lang = parse_lang(lang)?;
    let text = text_of(text, "text")?;
    let (text, toks) = run(py, move || {
        let toks = crate::tokenize::tokenize(&text);
        Ok((text, toks))
    })?;
    let doc = DocShared::new(text, lang);
    tokens_list(py, &doc, &toks)
}

/// Splits `text` into sentences. Offsets are code points.
#[pyfunction]
#[pyo3(signature = (text, *, lang = "en"))]
fn split_sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    lang: &str,
) -> PyResult<Bound<'py, PyList>> {
    let lang = parse_lang(lang)?;
    let text = text_of(text, "text")?;
    let (text, sents) = run(py, move || {
        let s = crate::sentences::split_sentences(&text);
        Ok((text, s))
    })?;
    let doc = DocShared::new(text, lang);
    sentences_list(py, &doc, &sents)
}

/// Extracts numeric claims from `text`. Offsets are code points.
#[pyfunction]
#[pyo3(signature = (text, *, lang = "en"))]
fn extract_claims<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    lang: &str,
) -> PyResult<Bound<'py, PyList>> {
    let lang = parse_lang(lang)?;
    let text = text_of(text, "text")?;
    let pipe = claims_pipeline(lang);
    let (text, d) = run(py, move || {
        let d = pipe.process(&text);
        Ok((text, d))
    })?;
    let doc = PyDoc::new(text, lang, d, None);
    classes::claims_list(py, doc.claim_objects())
}

/// Tokenises many texts in parallel (GIL released, order kept).
#[pyfunction]
#[pyo3(signature = (texts, *, lang = "en", n_threads = None, errors = "raise"))]
fn tokenize_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    lang: &str,
    n_threads: Option<usize>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let lang = parse_lang(lang)?;
    batch(
        py,
        texts,
        n_threads,
        errors,
        crate::tokenize::tokenize,
        |text, toks| Ok(tokens_list(py, &DocShared::new(text, lang), &toks)?.into_any()),
    )
}

/// Splits many texts into sentences in parallel.
#[pyfunction]
#[pyo3(signature = (texts, *, lang = "en", n_threads = None, errors = "raise"))]
fn split_sentences_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    lang: &str,
    n_threads: Option<usize>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let lang = parse_lang(lang)?;
    batch(
        py,
        texts,
        n_threads,
        errors,
        crate::sentences::split_sentences,
        |text, sents| Ok(sentences_list(py, &DocShared::new(text, lang), &sents)?.into_any()),
    )
}

/// Extracts claims from many texts in parallel.
#[pyfunction]
#[pyo3(signature = (texts, *, lang = "en", n_threads = None, errors = "raise"))]
fn extract_claims_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    lang: &str,
    n_threads: Option<usize>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let lang = parse_lang(lang)?;
    let pipe = claims_pipeline(lang);
    batch(
        py,
        texts,
        n_threads,
        errors,
        |t| pipe.process(t),
        |text, d| {
            let doc = PyDoc::new(text, lang, d, None);
            Ok(classes::claims_list(py, doc.claim_objects())?.into_any())
        },
    )
}

/// Languages with stemmers (ISO 639-1 codes).
#[pyfunction]
fn languages() -> Vec<&'static str> {
    Lang::all().map(Lang::code).collect()
}

/// The unit table's entry for a unit name (`"kilometre"`, `"USD"`, `"percent"`), or None:
/// `{"name", "class", "base", "factor", "offset", "minor_digits", "symbols", "words"}`.
/// `value_in_base = value * factor + offset`; `factor` is None where no linear factor exists.
#[pyfunction]
fn unit_info<'py>(py: Python<'py>, unit: &str) -> PyResult<Option<Bound<'py, pyo3::types::PyDict>>> {
    let Some(u) = crate::claims::unit_info(unit) else {
        return Ok(None);
    };
    let d = pyo3::types::PyDict::new(py);
    d.set_item("name", u.name)?;
    d.set_item("class", u.class)?;
    d.set_item("base", u.base)?;
    d.set_item("factor", u.factor)?;
    d.set_item("offset", u.offset)?;
    d.set_item("minor_digits", u.minor_digits)?;
    d.set_item("symbols", u.symbols.clone())?;
    d.set_item("words", u.words.clone())?;
    Ok(Some(d))
}

/// Every unit name in the table (pass one to `unit_info`).
#[pyfunction]
fn unit_names() -> Vec<&'static str> {
    crate::claims::all_units().iter().map(|u| u.name).collect()
}

/// The thread count a batch uses when none is given (`CLAIMSIFT_NUM_THREADS` or the CPU count).
#[pyfunction]
fn default_threads() -> PyResult<usize> {
    parallel::default_threads().map_err(PyErr::from)
}

#[pymodule(gil_used = false)]
fn _claimsift(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(split_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(extract_claims, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize_batch, m)?)?;
    m.add_function(wrap_pyfunction!(split_sentences_batch, m)?)?;
    m.add_function(wrap_pyfunction!(extract_claims_batch, m)?)?;
    m.add_function(wrap_pyfunction!(languages, m)?)?;
    m.add_function(wrap_pyfunction!(default_threads, m)?)?;
    m.add_function(wrap_pyfunction!(unit_info, m)?)?;
    m.add_function(wrap_pyfunction!(unit_names, m)?)?;
    m.add_function(wrap_pyfunction!(classes::_unpickle, m)?)?;
    m.add_class::<classes::PyToken>()?;
    m.add_class::<classes::PySentence>()?;
    m.add_class::<classes::PyNumber>()?;
    m.add_class::<classes::PyMention>()?;
    m.add_class::<PyClaim>()?;
    m.add_class::<PyDoc>()?;
    m.add_class::<pipeline::PyPipeline>()?;
    m.add_class::<gazetteer::PyGazetteer>()?;
    m.add_class::<arrow_stream::PyArrowTable>()?;
    m.add("ClaimsiftError", py.get_type::<errors::ClaimsiftError>())?;
    m.add("GazetteerError", py.get_type::<errors::GazetteerError>())?;
    m.add("ConfigError", py.get_type::<errors::ConfigError>())?;
    m.add("SerializationError", py.get_type::<errors::SerializationError>())?;
    m.add("InternalError", py.get_type::<errors::InternalError>())?;
    m.add("DocumentError", py.get_type::<errors::DocumentError>())?;
    Ok(())
}
