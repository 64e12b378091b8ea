//! The exception hierarchy and the one entry-point helper that detaches, catches panics and
//! maps errors.

use crate::error::{panic_message, Error};
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;

pyo3::create_exception!(
    claimsift,
    ClaimsiftError,
    PyException,
    "Base class of claimsift's errors."
);
pyo3::create_exception!(
    claimsift,
    GazetteerError,
    ClaimsiftError,
    "A gazetteer could not be built or loaded."
);
pyo3::create_exception!(
    claimsift,
    ConfigError,
    ClaimsiftError,
    "An invalid option or configuration value."
);
pyo3::create_exception!(
    claimsift,
    SerializationError,
    ClaimsiftError,
    "Serialised bytes (or a pickle) are corrupt, truncated, foreign or of an incompatible version."
);
pyo3::create_exception!(
    claimsift,
    InternalError,
    ClaimsiftError,
    "A broken invariant inside claimsift (a caught Rust panic). Please report it."
);
pyo3::create_exception!(
    claimsift,
    DocumentError,
    ClaimsiftError,
    "A document in a batch failed; the message names its index."
);

impl From<Error> for PyErr {
    fn from(e: Error) -> PyErr {
        let msg = e.to_string();
        match e {
            Error::Gazetteer { .. } => GazetteerError::new_err(msg),
            Error::Config { .. } => ConfigError::new_err(msg),
            Error::Serialization { .. } => SerializationError::new_err(msg),
            Error::Document { .. } => DocumentError::new_err(msg),
            Error::Io { .. } => PyErr::new::<pyo3::exceptions::PyOSError, _>(msg),
            _ => InternalError::new_err(msg),
        }
    }
}

/// Runs `f` with the GIL released, turning a panic into `InternalError`.
pub(crate) fn run<T: Send>(py: Python<'_>, f: impl FnOnce() -> crate::Result<T> + Send) -> PyResult<T> {
    match py.detach(|| std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))) {
        Ok(result) => result.map_err(PyErr::from),
        Err(payload) => Err(InternalError::new_err(format!(
            "internal error: {}",
            panic_message(&*payload)
        ))),
    }
}

/// Extracts a `str` argument: `TypeError` naming the type for non-strings, `ValueError` with the
/// position for strings that cannot be UTF-8 (lone surrogates).
pub(crate) fn text_arg<'a, 'py>(
    obj: &'a Bound<'py, PyAny>,
    what: &str,
) -> PyResult<&'a Bound<'py, PyString>> {
    let s = obj.cast::<PyString>().map_err(|_| {
        let ty = obj
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("{what} must be str, not {ty}"))
    })?;
    Ok(s)
}

/// The UTF-8 text of a Python string, or a `ValueError` naming the first unencodable position.
/// (`to_cow`, not `to_str`: the abi3-py39 limited API has no borrowed UTF-8 view before 3.10.)
pub(crate) fn utf8(s: &Bound<'_, PyString>) -> PyResult<String> {
    s.to_cow()
        .map(|c| c.into_owned())
        .map_err(|e| surrogate_error(s.py(), e))
}

/// Extracts a `str` argument as owned UTF-8 (see [`text_arg`] and [`utf8`]).
pub(crate) fn text_of(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    utf8(text_arg(obj, what)?)
}

fn surrogate_error(py: Python<'_>, e: PyErr) -> PyErr {
    let val = e.value(py);
    let pos = val.getattr("start").ok().and_then(|p| p.extract::<usize>().ok());
    match pos {
        Some(p) => PyValueError::new_err(format!(
            "text is not valid Unicode: lone surrogate at position {p} (it cannot be encoded as UTF-8)"
        )),
        None => PyValueError::new_err(format!("text is not valid Unicode: {e}")),
    }
}
