//! Arrow tables handed to Python through the Arrow PyCapsule interface.
//!
//! Departure from the design card: we do not use pyo3-arrow. It pulls numpy, chrono-tz and
//! arrow-cast into the build, and all we need is the C stream export below (arrow-array's
//! `FFI_ArrowArrayStream` in a capsule named `arrow_array_stream`). pyarrow, polars, pandas
//! (via pyarrow) and DuckDB all read `__arrow_c_stream__`.

use arrow_array::cast::AsArray;
use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{Array, ArrayRef, RecordBatch, RecordBatchIterator};
use arrow_schema::DataType;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict, PyList};

/// One cell as a Python value (the column types the tables use: Int64, Float64, Utf8, Boolean
/// and lists of those).
fn cell<'py>(py: Python<'py>, col: &ArrayRef, i: usize) -> PyResult<Bound<'py, PyAny>> {
    if col.is_null(i) {
        return Ok(py.None().into_bound(py));
    }
    Ok(match col.data_type() {
        DataType::Int64 => col
            .as_primitive::<Int64Type>()
            .value(i)
            .into_pyobject(py)?
            .into_any(),
        DataType::Float64 => col
            .as_primitive::<Float64Type>()
            .value(i)
            .into_pyobject(py)?
            .into_any(),
        DataType::Utf8 => col.as_string::<i32>().value(i).into_pyobject(py)?.into_any(),
        DataType::Boolean => col.as_boolean().value(i).into_pyobject(py)?.to_owned().into_any(),
        DataType::List(_) => {
            let inner = col.as_list::<i32>().value(i);
            let items = (0..inner.len())
                .map(|k| cell(py, &inner, k))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        other => {
            return Err(PyTypeError::new_err(format!(
                "no Python value for Arrow type {other}"
            )))
        }
    })
}

/// An Arrow table produced in Rust. Read it with `pyarrow.table(t)`, `polars.from_arrow(t)`,
/// `duckdb.sql("select * from t")`, or any library that accepts `__arrow_c_stream__`;
/// `pandas.DataFrame(t)` reads its rows (`iter(t)` yields one dict per row).
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
    /// The rows as a list of dicts (column name → value), with no dependency.
    fn to_pylist<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let names = self.column_names();
        let cols = self.batch.columns();
        let rows = (0..self.batch.num_rows())
            .map(|i| {
                let d = PyDict::new(py);
                for (name, col) in names.iter().zip(cols) {
                    d.set_item(name, cell(py, col, i)?)?;
                }
                Ok(d)
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, rows)
    }
    /// Iterates over the rows as dicts (so `pandas.DataFrame(table)` and `list(table)` work).
    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.to_pylist(py)?.into_any().try_iter()?.into_any())
    }
    /// The schema's metadata (`claimsift.offset_unit`, `claimsift.schema_version`).
    #[getter]
    fn metadata(&self) -> std::collections::HashMap<String, String> {
        self.batch.schema().metadata().clone().into()
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
