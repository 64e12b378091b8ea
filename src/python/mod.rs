//! Python bindings (`--features python`): the `claimsift._claimsift` extension module.
//!
//! Attached → detached → attached: Python inputs are copied into Rust strings first, all core
//! work runs with the GIL released (`py.detach`, panics caught), and Python objects are built at
//! the end. Offsets are converted to code points in the result classes (see `classes.rs`).

mod arrow_stream;
mod classes;
mod compare;
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

/// A thread-count argument (`n_threads: Option<Threads>`; Python `None` is `None`): a
/// positive `int`, never a `bool` (`TypeError`); 0 or less is a `ConfigError`. Counts above [`parallel::max_threads`] are capped by the core.
#[derive(Clone, Copy)]
pub(crate) struct Threads(pub usize);

impl Threads {
    pub(crate) fn get(t: Option<Threads>) -> Option<usize> {
        t.map(|t| t.0)
    }
}

impl<'a, 'py> FromPyObject<'a, 'py> for Threads {
    type Error = PyErr;
    fn extract(obj: pyo3::Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        // An int or anything with `__index__` (numpy integers), but never a bool.
        let intlike = obj.is_instance_of::<pyo3::types::PyInt>() || obj.hasattr("__index__").unwrap_or(false);
        if obj.is_instance_of::<pyo3::types::PyBool>() || !intlike {
            let ty = obj.get_type().name().map(|n| n.to_string()).unwrap_or_default();
            return Err(PyTypeError::new_err(format!(
                "n_threads must be a positive int or None, not {ty}"
            )));
        }
        match obj.extract::<i64>() {
            Ok(n) if n >= 1 => Ok(Threads(usize::try_from(n).unwrap_or(usize::MAX))),
            Ok(n) => Err(errors::ConfigError::new_err(format!(
                "n_threads must be at least 1, not {n}"
            ))),
            // Beyond i64: capped like any other large count.
            Err(_) if obj.gt(0).unwrap_or(false) => Ok(Threads(usize::MAX)),
            Err(_) => Err(errors::ConfigError::new_err("n_threads must be at least 1")),
        }
    }
}

/// Reads a batch of texts from any iterable. Non-str items become per-document errors, named
/// by their position in the whole stream (`offset` + index in this batch): `texts[9] must be
/// str`, or, with `offset = None` (callers that prefix `document N:` themselves), `text must be
/// str`.
pub(crate) fn batch_texts(
    texts: &Bound<'_, PyAny>,
    offset: Option<usize>,
) -> PyResult<Vec<Result<String, PyErr>>> {
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
        // Ctrl-C also interrupts the copying of a huge input (hundreds of MB of text take
        // seconds to read on a busy machine, before any work starts)
        if i % 256 == 255 {
            texts.py().check_signals()?;
        }
        let item = item?;
        out.push(match offset {
            Some(o) => text_of(&item, &format!("texts[{}]", o + i)),
            None => text_of(&item, "text"),
        });
    }
    Ok(out)
}

/// How often the calling thread wakes to check for signals (Ctrl-C) while a batch runs.
const SIGNAL_POLL: std::time::Duration = std::time::Duration::from_millis(20);

/// [`parallel::map_indexed`] that can be interrupted: the work runs on a helper thread (and the
/// pool) while the calling thread, GIL released, wakes every [`SIGNAL_POLL`] to re-acquire the
/// GIL briefly and run `check_signals`. A pending `KeyboardInterrupt` (or any exception a
/// signal handler raises) cancels the items not yet started and is raised once the running ones
/// finish, so Ctrl-C takes effect within about one document's time. Small batches run inline.
pub(crate) fn map_interruptible<T, R, F>(
    py: Python<'_>,
    items: &[T],
    n_threads: Option<usize>,
    f: F,
) -> PyResult<Vec<crate::Result<R>>>
where
    T: Sync,
    R: Send,
    F: Fn(usize, &T) -> crate::Result<R> + Sync + Send,
{
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Condvar, Mutex};
    if items.len() < 2 {
        return run(py, || parallel::map_indexed(items, n_threads, f));
    }
    let cancel = AtomicBool::new(false);
    let done = (Mutex::new(None), Condvar::new());
    let mut interrupt: Option<PyErr> = None;
    let outcome = std::thread::scope(|s| {
        let (cancel, f, done) = (&cancel, &f, &done);
        s.spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                parallel::map_indexed_cancellable(items, n_threads, cancel, f)
            }));
            *done.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
            done.1.notify_all();
        });
        loop {
            let got = py.detach(|| {
                let g = done.0.lock().unwrap_or_else(|e| e.into_inner());
                let (mut g, _) = done
                    .1
                    .wait_timeout_while(g, SIGNAL_POLL, |r| r.is_none())
                    .unwrap_or_else(|e| e.into_inner());
                g.take()
            });
            if let Some(r) = got {
                return r;
            }
            if interrupt.is_none() {
                if let Err(e) = py.check_signals() {
                    cancel.store(true, Ordering::Relaxed);
                    interrupt = Some(e);
                }
            }
        }
    });
    if let Some(e) = interrupt {
        return Err(e);
    }
    match outcome {
        Ok(Ok(Some(v))) => Ok(v),
        Ok(Ok(None)) => Err(errors::InternalError::new_err("batch cancelled without a signal")),
        Ok(Err(e)) => Err(PyErr::from(e)),
        Err(p) => Err(errors::InternalError::new_err(format!(
            "internal error: {}",
            crate::error::panic_message(&*p)
        ))),
    }
}

/// Runs `f` over the valid texts in parallel (GIL released, interruptible) and stitches the
/// input errors back in, in order. Document errors are named by `offset` + their index.
fn run_batch<R: Send>(
    py: Python<'_>,
    inputs: Vec<Result<String, PyErr>>,
    n_threads: Option<usize>,
    offset: usize,
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
    let results = map_interruptible(py, &ok_texts, n_threads, |_, t: &String| Ok(f(t)))?;
    let mut results: Vec<Option<crate::Result<R>>> = results.into_iter().map(Some).collect();
    let mut texts: Vec<Option<String>> = ok_texts.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(slots.len());
    for (i, slot) in slots.into_iter().enumerate() {
        out.push(match slot {
            Ok(k) => match results[k].take() {
                Some(Ok(r)) => Ok((texts[k].take().unwrap_or_default(), r)),
                Some(Err(e)) => Err(PyErr::from(match e {
                    Error::Document { message, .. } => Error::Document {
                        index: offset + i,
                        message,
                    },
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
///
/// Errors propagate: importing `gc` can run a pending signal handler, and swallowing its
/// `KeyboardInterrupt` (as an earlier `.ok()` here did) lost Ctrl-C.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        static GC: pyo3::sync::PyOnceLock<Py<PyModule>> = pyo3::sync::PyOnceLock::new();
        let gc = GC
            .get_or_try_init(py, || py.import("gc").map(Bound::unbind))?
            .bind(py)
            .clone();
        if !gc.call_method0("isenabled")?.is_truthy()? {
            return Ok(GcPause { gc: None });
        }
        gc.call_method0("disable")?;
        Ok(GcPause { gc: Some(gc) })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // `gc.enable()` runs no Python code (so no signal handler) and cannot fail in
            // practice; restoring an error here would leave it set under a successful return.
            let _ = gc.call_method0("enable");
        }
    }
}

/// Applies the `errors=` policy: raise the first error (naming its index in the whole stream,
/// `offset` + index here), or put None / the exception object in its slot. Signals are checked
/// every few thousand objects, so Ctrl-C also interrupts the building of a huge result.
fn finish_batch<'py, T>(
    py: Python<'py>,
    results: Vec<Result<T, PyErr>>,
    on_error: OnError,
    offset: usize,
    mut convert: impl FnMut(T) -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let _pause = GcPause::new(py)?;
    let list = PyList::empty(py);
    for (i, r) in results.into_iter().enumerate() {
        if i % 4096 == 4095 {
            py.check_signals()?;
        }
        match r {
            Ok(v) => list.append(convert(v)?)?,
            Err(e) => match on_error {
                OnError::Raise => {
                    let msg = format!("document {}: {}", offset + i, e.value(py));
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
/// `offset` is the position of the first text in a longer stream (`pipe()`), used in messages.
#[allow(clippy::too_many_arguments)]
pub(crate) fn batch<'py, R: Send>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    n_threads: Option<Threads>,
    errors: &str,
    offset: usize,
    work: impl Fn(&str) -> R + Sync + Send,
    mut convert: impl FnMut(String, R) -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let on_error = parse_errors(errors)?;
    let inputs = batch_texts(texts, Some(offset))?;
    let results = run_batch(py, inputs, Threads::get(n_threads), offset, work)?;
    finish_batch(py, results, on_error, offset, |(text, r)| convert(text, r))
}

/// A pipeline that extracts claims in `lang` (a code, a name or `"auto"`; no gazetteer).
/// `ConfigError` for an unknown language or one without claim rules.
fn claims_pipeline(lang: &str) -> PyResult<crate::Pipeline> {
    let config = crate::PipelineConfig::for_lang(lang)?;
    Ok(crate::Pipeline::new(config, None))
}

/// Tokenises `text` (news-aware: clitics, hyphens, identifiers, URLs, emoji).
///
/// Args:
///     text: the text (a `str`).
///     lang: language code for stems (see `claimsift.languages()`).
///
/// Returns:
///     list[Token]: each with `start`, `end` (code points: `text[t.start:t.end] == t.text`),
///     `text`, `kind` (word, number, alnum, punct, clitic, currency, symbol, url, email,
///     hashtag, handle, emoji), `lower`, `norm` and `stem`.
///
/// Raises:
///     TypeError: `text` is not a `str`. ValueError: it holds a lone surrogate.
///
/// >>> [t.text for t in claimsift.tokenize("Microsoft’s GPT-4 deal")]
/// ['Microsoft', '’s', 'GPT-4', 'deal']
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

/// Splits `text` into sentences (rule-based, news-aware: abbreviations, quotes, headlines).
///
/// Args:
///     text: the text (a `str`).
///     lang: language code; in a claim language its abbreviations (`z. B.`, `Mio.`, `Sr.`,
///         `pág.`) and German days (`am 3. Oktober`) do not end a sentence.
///
/// Returns:
///     list[Sentence]: each with `start`, `end` (code points), `text`, `paragraph`,
///     `token_start` and `token_end` (indices into the document's tokens).
///
/// >>> [s.text for s in claimsift.split_sentences("Prices rose 5%. Wages did not.")]
/// ['Prices rose 5%.', 'Wages did not.']
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
        let s = crate::sentences::split_sentences_lang(&text, lang);
        Ok((text, s))
    })?;
    let doc = DocShared::new(text, lang);
    sentences_list(py, &doc, &sents)
}

/// Extracts the numeric claims of `text`: every stated quantity with its context.
///
/// Args:
///     text: the text (a `str`).
///     lang: a language with claim rules (`claim_languages()`), or `"auto"` to detect it:
///         a text detected in a language without claim rules then has no claims. Any other
///         language raises `ConfigError` naming those with claim rules.
///
/// Returns:
///     list[Claim]: each with `start`, `end`, `text` (the quantity span, code points),
///     `value`, `value_max` (ranges), `unit`, `normalised`, `bound` (`=`, `>`, `>=`, `<`,
///     `<=`, `~`), `qualifier`, `vague`, `change` (`increase` / `decrease` / None),
///     `counted`, `per`, `attribution`, `time`, `sentence`, `entity_ids` and `notes`.
///
/// Raises:
///     TypeError: `text` is not a `str`. ValueError: it holds a lone surrogate.
///
/// >>> c = claimsift.extract_claims("Over 1,700 people died, officials said.")[0]
/// >>> (c.text, c.value, c.unit, c.bound, c.counted, c.attribution)
/// ('Over 1,700', 1700.0, 'count', '>', 'people died', 'officials')
#[pyfunction]
#[pyo3(signature = (text, *, lang = "en"))]
fn extract_claims<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    lang: &str,
) -> PyResult<Bound<'py, PyList>> {
    let pipe = claims_pipeline(lang)?;
    let text = text_of(text, "text")?;
    let (text, d) = run(py, move || {
        let d = pipe.process(&text);
        Ok((text, d))
    })?;
    classes::claims_list(py, PyDoc::claims_without_entities(text, d))
}

/// Tokenises many texts in parallel (GIL released, input order kept).
///
/// Args:
///     texts: an iterable of `str`.
///     lang: language code.
///     n_threads: threads (default `CLAIMSIFT_NUM_THREADS` or the CPU count).
///     errors: `"raise"` (the first bad text raises, naming its index), `"skip"` (None in its
///         place) or `"collect"` (the exception object in its place).
///
/// Returns:
///     list[list[Token]]: one token list per text (see `tokenize`).
///
/// >>> [len(ts) for ts in claimsift.tokenize_batch(["a b", "c"])]
/// [2, 1]
#[pyfunction]
#[pyo3(signature = (texts, *, lang = "en", n_threads = None, errors = "raise"))]
fn tokenize_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    lang: &str,
    n_threads: Option<Threads>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let lang = parse_lang(lang)?;
    batch(
        py,
        texts,
        n_threads,
        errors,
        0,
        crate::tokenize::tokenize,
        |text, toks| Ok(tokens_list(py, &DocShared::new(text, lang), &toks)?.into_any()),
    )
}

/// Splits many texts into sentences in parallel (GIL released, input order kept).
///
/// Args:
///     texts: an iterable of `str`.
///     lang: language code.
///     n_threads: threads (default `CLAIMSIFT_NUM_THREADS` or the CPU count).
///     errors: `"raise"`, `"skip"` or `"collect"` (see `tokenize_batch`).
///
/// Returns:
///     list[list[Sentence]]: one sentence list per text (see `split_sentences`).
///
/// >>> [len(s) for s in claimsift.split_sentences_batch(["It rose. It fell.", "Flat."])]
/// [2, 1]
#[pyfunction]
#[pyo3(signature = (texts, *, lang = "en", n_threads = None, errors = "raise"))]
fn split_sentences_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    lang: &str,
    n_threads: Option<Threads>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let lang = parse_lang(lang)?;
    batch(
        py,
        texts,
        n_threads,
        errors,
        0,
        move |t: &str| crate::sentences::split_sentences_lang(t, lang),
        |text, sents| Ok(sentences_list(py, &DocShared::new(text, lang), &sents)?.into_any()),
    )
}

/// Extracts claims from many texts in parallel (GIL released, input order kept).
///
/// Args:
///     texts: an iterable of `str`.
///     lang: as in `extract_claims` (claim-rule language or `"auto"`, detected per text).
///     n_threads: threads (default `CLAIMSIFT_NUM_THREADS` or the CPU count).
///     errors: `"raise"`, `"skip"` or `"collect"` (see `tokenize_batch`).
///
/// Returns:
///     list[list[Claim]]: one claim list per text (fields as in `extract_claims`).
///
/// >>> [[c.value for c in cs] for cs in claimsift.extract_claims_batch(["5 dogs", "none"])]
/// [[5.0], []]
#[pyfunction]
#[pyo3(signature = (texts, *, lang = "en", n_threads = None, errors = "raise"))]
fn extract_claims_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    lang: &str,
    n_threads: Option<Threads>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let pipe = claims_pipeline(lang)?;
    batch(
        py,
        texts,
        n_threads,
        errors,
        0,
        |t| pipe.process(t),
        |text, d| Ok(classes::claims_list(py, PyDoc::claims_without_entities(text, d))?.into_any()),
    )
}

/// Languages with stemmers (ISO 639-1 codes), for the `lang=` arguments.
///
/// Returns:
///     list[str]: language codes.
///
/// >>> "en" in claimsift.languages()
/// True
#[pyfunction]
fn languages() -> Vec<&'static str> {
    Lang::all().map(Lang::code).collect()
}

/// Languages with claim rules (ISO 639-1 codes): `extract_claims(text, lang=...)` and
/// `Pipeline(lang=...)` accept these (and `"auto"`); the other `languages()` give tokens,
/// sentences and stems (`Pipeline(lang=..., claims=False)`).
///
/// Returns:
///     list[str]: language codes.
///
/// >>> claimsift.claim_languages()
/// ['en']
#[pyfunction]
fn claim_languages() -> Vec<&'static str> {
    crate::CLAIM_LANGS.iter().map(|l| l.code()).collect()
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
///
/// Returns:
///     int: the number of threads.
///
/// Raises:
///     ConfigError: `CLAIMSIFT_NUM_THREADS` is set but not a positive integer.
///
/// >>> claimsift.default_threads() >= 1
/// True
#[pyfunction]
fn default_threads() -> PyResult<usize> {
    parallel::default_threads().map_err(PyErr::from)
}

/// The most threads a batch uses: 4 x the CPU count, at most 256 (larger `n_threads` are capped).
#[pyfunction]
fn max_threads() -> usize {
    parallel::max_threads()
}

/// Test hook: calls `f()` while the thread-pool registry's lock is held (a test forks inside it).
#[pyfunction]
fn _with_pool_registry_locked(f: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    parallel::with_registry_locked(|| f.call0().map(Bound::unbind))
}

#[pymodule(gil_used = false)]
fn _claimsift(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    // every lazily built vocabulary now, before any thread exists: forking during a first-use
    // initialisation would leave the child a lock held forever
    crate::warm_up();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(split_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(extract_claims, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize_batch, m)?)?;
    m.add_function(wrap_pyfunction!(split_sentences_batch, m)?)?;
    m.add_function(wrap_pyfunction!(extract_claims_batch, m)?)?;
    m.add_function(wrap_pyfunction!(languages, m)?)?;
    m.add_function(wrap_pyfunction!(claim_languages, m)?)?;
    m.add_function(wrap_pyfunction!(default_threads, m)?)?;
    m.add_function(wrap_pyfunction!(max_threads, m)?)?;
    m.add_function(wrap_pyfunction!(_with_pool_registry_locked, m)?)?;
    m.add_function(wrap_pyfunction!(unit_info, m)?)?;
    m.add_function(wrap_pyfunction!(unit_names, m)?)?;
    m.add_function(wrap_pyfunction!(classes::_unpickle, m)?)?;
    m.add_class::<classes::PyToken>()?;
    m.add_class::<classes::PySentence>()?;
    m.add_class::<classes::PyBlock>()?;
    m.add_class::<classes::PyNumber>()?;
    m.add_class::<classes::PyMention>()?;
    m.add_class::<PyClaim>()?;
    m.add_class::<PyDoc>()?;
    m.add_class::<compare::PyComparator>()?;
    m.add_function(wrap_pyfunction!(compare::comparable_class, m)?)?;
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
