//! The `Gazetteer` class.

use crate::gazetteer::Gazetteer;
use pyo3::prelude::*;
use std::sync::Arc;

/// A built gazetteer (immutable, shared between threads).
#[pyclass(name = "Gazetteer", module = "claimsift._claimsift", frozen)]
pub struct PyGazetteer {
    pub(crate) inner: Arc<Gazetteer>,
}

#[pymethods]
impl PyGazetteer {
    fn __len__(&self) -> usize {
        self.inner.entities().len()
    }
}
