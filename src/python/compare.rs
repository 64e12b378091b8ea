//! The comparison from Python: `Comparator` (add Docs, merge, finish) over the Rust
//! [`crate::compare`] module. `claimsift.compare()` (python/claimsift/compare.py) is a thin typed
//! wrapper that builds the result objects.

use super::classes::PyDoc;
use super::errors::{run, SerializationError};
use crate::compare::{parse_date, Comparator, CompareOptions, DocMeta};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};
use std::sync::Mutex;

/// Collects documents and compares their claims (`finish()`); mergeable, picklable.
#[pyclass(name = "Comparator", module = "claimsift._claimsift")]
pub struct PyComparator {
    inner: Mutex<Option<Comparator>>,
}

fn date_of(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<chrono::NaiveDate>> {
    let Some(o) = obj else { return Ok(None) };
    if o.is_none() {
        return Ok(None);
    }
    let s: String = if o.hasattr("isoformat")? {
        o.call_method0("isoformat")?.extract()?
    } else {
        o.extract()
            .map_err(|_| PyTypeError::new_err("date must be an ISO string or a date"))?
    };
    if s.trim().is_empty() {
        return Ok(None);
    }
    parse_date(&s).map(Some).map_err(PyErr::from)
}

impl PyComparator {
    fn with<T>(&self, f: impl FnOnce(&mut Comparator) -> PyResult<T>) -> PyResult<T> {
        let mut g = self
            .inner
            .lock()
            .map_err(|_| PyRuntimeError::new_err("comparator lock poisoned"))?;
        match g.as_mut() {
            Some(c) => f(c),
            None => Err(PyValueError::new_err("this Comparator has already been finished")),
        }
    }
}

#[pymethods]
impl PyComparator {
    #[new]
    #[pyo3(signature = (*, approx=0.1, window_days=30, min_shared_names=2, single_story=false, off_article=false))]
    fn new(
        approx: f64,
        window_days: i64,
        min_shared_names: usize,
        single_story: bool,
        off_article: bool,
    ) -> PyResult<Self> {
        if !(0.0..1.0).contains(&approx) {
            return Err(super::errors::ConfigError::new_err(format!(
                "approx must be in [0, 1), not {approx}"
            )));
        }
        if window_days < 0 {
            return Err(super::errors::ConfigError::new_err("window_days must be >= 0"));
        }
        let options = CompareOptions {
            approx,
            window_days,
            min_shared_names: min_shared_names.max(1),
            single_story,
            off_article,
            ..CompareOptions::default()
        };
        Ok(PyComparator {
            inner: Mutex::new(Some(Comparator::new(options))),
        })
    }

    /// Adds a processed Doc under `doc_id`, with optional outlet, date (ISO or `date`) and story.
    #[pyo3(signature = (doc, doc_id, *, outlet=None, date=None, story=None))]
    fn add(
        &self,
        py: Python<'_>,
        doc: PyRef<'_, PyDoc>,
        doc_id: String,
        outlet: Option<String>,
        date: Option<&Bound<'_, PyAny>>,
        story: Option<String>,
    ) -> PyResult<()> {
        let meta = DocMeta {
            id: doc_id,
            outlet,
            date: date_of(date)?,
            story,
        };
        let shared = doc.doc.clone();
        let data = doc.data.clone();
        let mut g = self
            .inner
            .lock()
            .map_err(|_| PyRuntimeError::new_err("comparator lock poisoned"))?;
        let c = g
            .as_mut()
            .ok_or_else(|| PyValueError::new_err("this Comparator has already been finished"))?;
        run(py, || {
            c.add(meta, &shared.text, data.document());
            Ok(())
        })
    }

    /// Adds every document of `other` (left empty).
    fn merge(&self, other: &PyComparator) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Err(PyValueError::new_err("cannot merge a Comparator with itself"));
        }
        let taken = other
            .inner
            .lock()
            .map_err(|_| PyRuntimeError::new_err("comparator lock poisoned"))?
            .replace(Comparator::new(CompareOptions::default()));
        let Some(o) = taken else {
            return Err(PyValueError::new_err(
                "the other Comparator has already been finished",
            ));
        };
        self.with(|c| {
            c.merge(o);
            Ok(())
        })
    }

    /// Number of documents added.
    #[getter]
    fn n_docs(&self) -> PyResult<usize> {
        self.with(|c| Ok(c.n_docs()))
    }

    /// Groups and assesses; returns `{"groups", "entries", "docs", "stories"}` as plain Python
    /// data (entries name their document and claim index).
    fn finish<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let c = self
            .inner
            .lock()
            .map_err(|_| PyRuntimeError::new_err("comparator lock poisoned"))?
            .take()
            .ok_or_else(|| PyValueError::new_err("this Comparator has already been finished"))?;
        let out = run(py, move || Ok(c.finish()))?;
        let d = PyDict::new(py);
        let groups = PyList::empty(py);
        for g in &out.groups {
            let gd = PyDict::new(py);
            gd.set_item("label", &g.label)?;
            gd.set_item("measure", &g.measure)?;
            gd.set_item("kind", g.kind.map(|k| k.as_str()))?;
            gd.set_item("unit_class", &g.unit_class)?;
            gd.set_item("base_unit", &g.base_unit)?;
            gd.set_item("scope", &g.scope)?;
            gd.set_item("period", &g.period)?;
            gd.set_item("role", g.role.map(|r| r.as_str()))?;
            gd.set_item("change", g.change.map(|x| x.as_str()))?;
            gd.set_item("per", &g.per)?;
            gd.set_item("story", g.story)?;
            gd.set_item("members", g.members.clone())?;
            gd.set_item("status", g.status.as_str())?;
            gd.set_item("conflict", g.conflict)?;
            gd.set_item("reasons", g.reasons.clone())?;
            gd.set_item("n_docs", g.docs)?;
            groups.append(gd)?;
        }
        let entries = PyList::empty(py);
        let fin = |v: f64| v.is_finite().then_some(v);
        for e in &out.entries {
            let ed = PyDict::new(py);
            ed.set_item("doc", e.doc)?;
            ed.set_item("claim", e.claim)?;
            ed.set_item("text", &e.text)?;
            ed.set_item("value", e.value)?;
            ed.set_item("value_max", e.value_max)?;
            ed.set_item("unit", &e.unit)?;
            ed.set_item("bound", e.bound.as_str())?;
            ed.set_item("change", e.change.map(|c| c.as_str()))?;
            ed.set_item("unit_class", &e.unit_class)?;
            ed.set_item("base_unit", &e.base_unit)?;
            ed.set_item("base_value", e.base_value)?;
            ed.set_item("low", fin(e.interval.low))?;
            ed.set_item("high", fin(e.interval.high))?;
            ed.set_item("measure", &e.measure)?;
            ed.set_item("scope", &e.scope)?;
            ed.set_item("period", e.period.map(|p| p.to_iso()))?;
            ed.set_item("role", e.role.map(|r| r.as_str()))?;
            ed.set_item("revision", e.revision)?;
            ed.set_item("part", e.part.map(|p| p.as_str()))?;
            entries.append(ed)?;
        }
        let docs = PyList::empty(py);
        for di in &out.docs {
            let dd = PyDict::new(py);
            dd.set_item("id", &di.id)?;
            dd.set_item("outlet", &di.outlet)?;
            dd.set_item("date", di.date.map(|x| x.format("%Y-%m-%d").to_string()))?;
            dd.set_item("story", &di.story)?;
            dd.set_item("year_hint", di.year_hint)?;
            dd.set_item("lang", &di.lang)?;
            docs.append(dd)?;
        }
        let stories = PyList::empty(py);
        for s in &out.stories {
            let sd = PyDict::new(py);
            sd.set_item("docs", s.docs.clone())?;
            sd.set_item("names", s.names.clone())?;
            sd.set_item("main_scope", &s.main_scope)?;
            stories.append(sd)?;
        }
        d.set_item("groups", groups)?;
        d.set_item("entries", entries)?;
        d.set_item("docs", docs)?;
        d.set_item("stories", stories)?;
        Ok(d)
    }

    fn __getstate__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let bytes = self.with(|c| {
            serde_json::to_vec(c)
                .map_err(|e| SerializationError::new_err(format!("cannot pickle Comparator: {e}")))
        })?;
        Ok(PyBytes::new(py, &bytes))
    }

    fn __setstate__(&self, state: &Bound<'_, PyBytes>) -> PyResult<()> {
        let c: Comparator = serde_json::from_slice(state.as_bytes())
            .map_err(|e| SerializationError::new_err(format!("not a Comparator pickle: {e}")))?;
        *self
            .inner
            .lock()
            .map_err(|_| PyRuntimeError::new_err("comparator lock poisoned"))? = Some(c);
        Ok(())
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, pyo3::types::PyTuple>, Bound<'py, PyDict>)> {
        Ok((pyo3::types::PyTuple::empty(py), PyDict::new(py)))
    }
}

/// The comparable class of a unit: `count`, `currency:USD`, `percent`, `relative` (a change as a
/// factor), `duration`, `data_size`, or the unit's own class — the comparison's class, not the
/// vocabulary's [`crate::claims::Claim::unit_class`] (`money`, `length`).
#[pyfunction]
#[pyo3(signature = (unit, change=None))]
pub(crate) fn comparable_class(unit: Option<&str>, change: Option<&str>) -> PyResult<String> {
    let change = match change {
        None => None,
        Some("increase") => Some(crate::claims::Change::Increase),
        Some("decrease") => Some(crate::claims::Change::Decrease),
        Some(other) => {
            return Err(PyValueError::new_err(format!(
                "change must be 'increase', 'decrease' or None, not {other:?}"
            )))
        }
    };
    let c = crate::Claim {
        unit: unit.unwrap_or("count").to_string(),
        change,
        value: 1.0,
        ..Default::default()
    };
    Ok(crate::compare::class_of(&c).0)
}
