//! Arrow tables handed to Python through the Arrow PyCapsule interface.
//!
//! Departure from the design card: we do not use pyo3-arrow. It pulls numpy, chrono-tz and
//! arrow-cast into the build, and all we need is the C stream export below (arrow-array's
//! `FFI_ArrowArrayStream` in a capsule named `arrow_array_stream`). pyarrow, polars, pandas
//! (via pyarrow) and DuckDB all read `__arrow_c_stream__`.

use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{RecordBatch, RecordBatchIterator};
use pyo3::prelude::*;
use pyo3::types::PyCapsule;

/// An Arrow table produced in Rust. Read it with `pyarrow.table(t)`, `polars.from_arrow(t)`,
/// or any library that accepts `__arrow_c_stream__`.
#[pyclass(name = "ArrowTable", module = "claimsift._claimsift", frozen)]
pub struct PyArrowTable {
    pub(crate) batch: RecordBatch,
}

#[pymethods]
impl PyArrowTable {
    /// Number of rows.
    #[getter]
    fn num_rows(&self) -> usize {
        self.batch.num_rows()
    }
    /// Column names.
    #[getter]
    fn column_names(&self) -> Vec<String> {
        self.batch
            .schema()
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect()
    }
    fn __len__(&self) -> usize {
        self.batch.num_rows()
    }
    /// Exports the table as an Arrow C stream (PyCapsule `arrow_array_stream`). The requested
    /// schema is ignored (allowed by the protocol): the table keeps its own.
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let schema = self.batch.schema();
        let reader = RecordBatchIterator::new(vec![Ok(self.batch.clone())], schema);
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        // The capsule owns the boxed stream; a consumer moves it out and nulls `release`, and
        // the capsule's destructor drops what is left (calling `release` only if still set).
        PyCapsule::new_with_value(py, stream, c"arrow_array_stream")
    }
    fn __repr__(&self) -> String {
        format!(
            "ArrowTable({} rows; columns: {})",
            self.batch.num_rows(),
            self.column_names().join(", ")
        )
    }
}
