//! Arrow columns in and out, through the Arrow C data interface.
//!
//! Batch functions accept any object that implements the Arrow PyCapsule
//! protocol (`__arrow_c_array__` or `__arrow_c_stream__`: pyarrow `Array` and
//! `ChunkedArray`, polars `Series`, nanoarrow, ...) and pandas `Series`
//! (converted once by `pyarrow.array`). Strings are read in place from the
//! Arrow buffers: no Python object is created per item. Results go back as an
//! Arrow struct exported through `__arrow_c_array__`, which `pyarrow` turns
//! into a `RecordBatch` without copying.
//!
//! Spec: <https://arrow.apache.org/docs/format/CDataInterface/PyCapsuleInterface.html>.

use std::ffi::CStr;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::ffi::{from_ffi, to_ffi, FFI_ArrowArray, FFI_ArrowSchema};
use arrow_array::ffi_stream::{ArrayStreamReader, FFI_ArrowArrayStream};
use arrow_array::{make_array, Array, ArrayRef, RecordBatch, StructArray};
use arrow_schema::DataType;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};

const SCHEMA: &CStr = c"arrow_schema";
const ARRAY: &CStr = c"arrow_array";
const STREAM: &CStr = c"arrow_array_stream";

fn arrow_err(err: arrow_schema::ArrowError) -> PyErr {
    PyValueError::new_err(format!("Arrow data could not be read: {err}"))
}

/// Whether `obj` is a column this module reads (Arrow protocol or pandas).
pub(crate) fn is_arrow_column(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    Ok(obj.hasattr("__arrow_c_array__")?
        || obj.hasattr("__arrow_c_stream__")?
        || is_pandas_series(obj)?)
}

fn is_pandas_series(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    let ty = obj.get_type();
    let module: String = ty.getattr("__module__")?.extract()?;
    let name: String = ty.getattr("__name__")?.extract()?;
    Ok(module.starts_with("pandas") && (name == "Series" || name == "Index"))
}

/// Import an Arrow column as its chunks.
pub(crate) fn import_column(obj: &Bound<'_, PyAny>) -> PyResult<Vec<ArrayRef>> {
    if obj.hasattr("__arrow_c_array__")? {
        let pair = obj.call_method0("__arrow_c_array__")?;
        let pair = pair.cast::<PyTuple>()?;
        let schema = pair.get_item(0)?;
        let schema = schema.cast::<PyCapsule>()?;
        let array = pair.get_item(1)?;
        let array = array.cast::<PyCapsule>()?;
        let schema_ptr = schema.pointer_checked(Some(SCHEMA))?;
        let array_ptr = array.pointer_checked(Some(ARRAY))?;
        // SAFETY: the capsules are named per the PyCapsule protocol, which
        // guarantees they hold an `ArrowSchema` and an `ArrowArray` (C data
        // interface structs, the layout of `FFI_ArrowSchema`/`FFI_ArrowArray`).
        // `from_raw` moves the array out and marks the original released, as
        // the protocol requires of a consumer; the schema is only borrowed
        // while `schema` (the capsule, which owns it) is alive.
        let data = unsafe {
            let ffi_array = FFI_ArrowArray::from_raw(array_ptr.cast::<FFI_ArrowArray>().as_ptr());
            let ffi_schema = schema_ptr.cast::<FFI_ArrowSchema>().as_ref();
            from_ffi(ffi_array, ffi_schema)
        }
        .map_err(arrow_err)?;
        return Ok(vec![make_array(data)]);
    }
    if obj.hasattr("__arrow_c_stream__")? {
        let capsule = obj.call_method0("__arrow_c_stream__")?;
        let capsule = capsule.cast::<PyCapsule>()?;
        let ptr = capsule.pointer_checked(Some(STREAM))?;
        // SAFETY: a capsule named `arrow_array_stream` holds an
        // `ArrowArrayStream`; `from_raw` moves it out and leaves the original
        // released, so the capsule's destructor will not release it twice.
        let stream =
            unsafe { FFI_ArrowArrayStream::from_raw(ptr.cast::<FFI_ArrowArrayStream>().as_ptr()) };
        let reader = ArrayStreamReader::try_new(stream).map_err(arrow_err)?;
        return reader.map(|chunk| chunk.map_err(arrow_err)).collect();
    }
    if is_pandas_series(obj)? {
        let array = obj
            .py()
            .import("pyarrow")
            .map_err(|_| {
                PyTypeError::new_err("passing a pandas Series needs pyarrow (pip install pyarrow)")
            })?
            .call_method1("array", (obj,))?;
        return import_column(&array);
    }
    Err(PyTypeError::new_err(format!(
        "expected an Arrow column (pyarrow Array/ChunkedArray, polars Series, pandas Series), got {}",
        obj.get_type().name()?
    )))
}

/// The strings of a column of Arrow strings, nulls as `None`, read in place.
///
/// Accepts `string`, `large_string`, `string_view`, `null` and dictionaries
/// of strings (pandas categoricals); any other type is a `TypeError` rather
/// than a silent conversion.
pub(crate) fn strings(chunks: &[ArrayRef]) -> PyResult<Vec<Option<&str>>> {
    let total = chunks.iter().map(|c| c.len()).sum();
    let mut out = Vec::with_capacity(total);
    for chunk in chunks {
        push_strings(chunk.as_ref(), &mut out)?;
    }
    Ok(out)
}

fn push_strings<'a>(chunk: &'a dyn Array, out: &mut Vec<Option<&'a str>>) -> PyResult<()> {
    match chunk.data_type() {
        DataType::Utf8 => out.extend(chunk.as_string::<i32>().iter()),
        DataType::LargeUtf8 => out.extend(chunk.as_string::<i64>().iter()),
        DataType::Utf8View => out.extend(chunk.as_string_view().iter()),
        DataType::Null => out.extend(std::iter::repeat_n(None, chunk.len())),
        DataType::Dictionary(_, value_type)
            if matches!(
                value_type.as_ref(),
                DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View
            ) =>
        {
            let dict = chunk.as_any_dictionary();
            let mut values = Vec::with_capacity(dict.values().len());
            push_strings(dict.values().as_ref(), &mut values)?;
            for (row, key) in dict.normalized_keys().into_iter().enumerate() {
                let value = if dict.is_null(row) {
                    None
                } else {
                    values.get(key).copied().flatten()
                };
                out.push(value);
            }
        }
        other => {
            return Err(PyTypeError::new_err(format!(
                "expected a column of strings, got Arrow type {other}"
            )))
        }
    }
    Ok(())
}

/// Converts a raw Arrow timestamp of one unit to a date-time.
type ToDateTime = fn(i64) -> Option<chrono::NaiveDateTime>;

/// The dates of a column of Arrow dates (`date32`, `date64`) or ISO
/// `YYYY-MM-DD` strings, nulls as `None`. Other types, and strings that are
/// not dates, are errors: a date of service is never guessed.
pub(crate) fn dates(chunks: &[ArrayRef]) -> PyResult<Vec<Option<chrono::NaiveDate>>> {
    use arrow_array::types::{Date32Type, Date64Type};
    let mut out = Vec::with_capacity(chunks.iter().map(|c| c.len()).sum());
    for chunk in chunks {
        match chunk.data_type() {
            DataType::Date32 => {
                for d in chunk.as_primitive::<Date32Type>().iter() {
                    out.push(match d {
                        Some(days) => {
                            Some(Date32Type::to_naive_date_opt(days).ok_or_else(|| {
                                PyValueError::new_err(format!(
                                    "date32 value {days} is out of range"
                                ))
                            })?)
                        }
                        None => None,
                    });
                }
            }
            DataType::Date64 => {
                for d in chunk.as_primitive::<Date64Type>().iter() {
                    out.push(match d {
                        Some(ms) => Some(Date64Type::to_naive_date_opt(ms).ok_or_else(|| {
                            PyValueError::new_err(format!("date64 value {ms} is out of range"))
                        })?),
                        None => None,
                    });
                }
            }
            // A naive timestamp (pandas datetime64 without a zone) counts by
            // its calendar date. A zoned one is refused: which day it falls
            // on depends on a zone the caller must choose.
            DataType::Timestamp(unit, None) => {
                use arrow_array::temporal_conversions as tc;
                use arrow_array::types::{
                    TimestampMicrosecondType, TimestampMillisecondType, TimestampNanosecondType,
                    TimestampSecondType,
                };
                use arrow_schema::TimeUnit;
                let (to_dt, raw): (ToDateTime, Vec<Option<i64>>) = match unit {
                    TimeUnit::Second => (
                        tc::timestamp_s_to_datetime,
                        chunk.as_primitive::<TimestampSecondType>().iter().collect(),
                    ),
                    TimeUnit::Millisecond => (
                        tc::timestamp_ms_to_datetime,
                        chunk
                            .as_primitive::<TimestampMillisecondType>()
                            .iter()
                            .collect(),
                    ),
                    TimeUnit::Microsecond => (
                        tc::timestamp_us_to_datetime,
                        chunk
                            .as_primitive::<TimestampMicrosecondType>()
                            .iter()
                            .collect(),
                    ),
                    TimeUnit::Nanosecond => (
                        tc::timestamp_ns_to_datetime,
                        chunk
                            .as_primitive::<TimestampNanosecondType>()
                            .iter()
                            .collect(),
                    ),
                };
                for v in raw {
                    out.push(match v {
                        Some(v) => Some(to_dt(v).map(|dt| dt.date()).ok_or_else(|| {
                            PyValueError::new_err(format!("timestamp {v} is out of range"))
                        })?),
                        None => None,
                    });
                }
            }
            _ => {
                let mut texts = Vec::new();
                push_strings(chunk.as_ref(), &mut texts).map_err(|_| {
                    PyTypeError::new_err(format!(
                        "expected a column of dates (date32, date64, timestamp without time zone or YYYY-MM-DD strings), got Arrow type {}",
                        chunk.data_type()
                    ))
                })?;
                for t in texts {
                    out.push(match t {
                        Some(t) => Some(chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(
                            |_| {
                                PyValueError::new_err(format!("date must be YYYY-MM-DD, got {t:?}"))
                            },
                        )?),
                        None => None,
                    });
                }
            }
        }
    }
    Ok(out)
}

/// An Arrow struct array handed to Python through `__arrow_c_array__`.
///
/// Returned to users as a `pyarrow.RecordBatch` (see [`to_record_batch`]);
/// the class itself stays internal.
#[pyclass(module = "himcore._himcore", frozen)]
pub(crate) struct ArrowExport {
    array: StructArray,
}

#[pymethods]
impl ArrowExport {
    /// Export as an (ArrowSchema, ArrowArray) capsule pair.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        // The protocol lets a consumer ask for another schema; we only ever
        // offer ours, which the protocol allows (the consumer then casts).
        let _ = requested_schema;
        let (array, schema) = to_ffi(&self.array.to_data()).map_err(arrow_err)?;
        let schema = PyCapsule::new_with_value(py, schema, SCHEMA)?;
        let array = PyCapsule::new_with_value(py, array, ARRAY)?;
        PyTuple::new(py, [schema.into_any(), array.into_any()])
    }

    fn __len__(&self) -> usize {
        self.array.len()
    }
}

/// Hand a record batch to Python as a `pyarrow.RecordBatch`.
pub(crate) fn to_record_batch<'py>(
    py: Python<'py>,
    batch: RecordBatch,
) -> PyResult<Bound<'py, PyAny>> {
    let export = Bound::new(
        py,
        ArrowExport {
            array: StructArray::from(batch),
        },
    )?;
    py.import("pyarrow")
        .map_err(|_| PyTypeError::new_err("Arrow results need pyarrow (pip install pyarrow)"))?
        .call_method1("record_batch", (export,))
}

/// Shorthand for building result columns.
pub(crate) type Column = (&'static str, ArrayRef);

/// Assemble named columns into a record batch.
pub(crate) fn record_batch(columns: Vec<Column>) -> PyResult<RecordBatch> {
    let fields: Vec<arrow_schema::Field> = columns
        .iter()
        .map(|(name, array)| arrow_schema::Field::new(*name, array.data_type().clone(), true))
        .collect();
    let arrays: Vec<ArrayRef> = columns.into_iter().map(|(_, array)| array).collect();
    RecordBatch::try_new(Arc::new(arrow_schema::Schema::new(fields)), arrays).map_err(arrow_err)
}
