//! Small conversions shared by the area modules: dates, JSON documents,
//! sequences of strings.

use chrono::NaiveDate;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDate, PyString};

/// A date argument: a `datetime.date` (a `datetime.datetime` counts by its
/// date) or an ISO `YYYY-MM-DD` string. Anything else is a `TypeError`, a
/// malformed string a `ValueError`: never a silent default.
pub(crate) fn date_arg(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<NaiveDate>> {
    let Some(value) = value else { return Ok(None) };
    if value.is_none() {
        return Ok(None);
    }
    if value.is_instance_of::<PyDate>() {
        return value.extract::<NaiveDate>().map(Some);
    }
    if value.is_instance_of::<PyString>() {
        let text: PyBackedStr = value.extract()?;
        let text: &str = &text;
        return NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| PyValueError::new_err(format!("date must be YYYY-MM-DD, got {text:?}")));
    }
    Err(PyTypeError::new_err(format!(
        "date must be a datetime.date or a 'YYYY-MM-DD' string, got {}",
        value.get_type().name()?
    )))
}

/// The date argument of a batch call: one date for every row, or one per
/// row (a sequence or an Arrow column as long as the codes).
pub(crate) enum Dates {
    /// The same date (or none: the newest release) for every row.
    One(Option<NaiveDate>),
    /// Row `i` uses date `i`; a null means the newest release, as `None`
    /// does for a single call.
    PerRow(Vec<Option<NaiveDate>>),
}

impl Dates {
    /// The date of row `i`.
    pub(crate) fn at(&self, i: usize) -> Option<NaiveDate> {
        match self {
            Dates::One(d) => *d,
            Dates::PerRow(v) => v.get(i).copied().flatten(),
        }
    }

    /// Read `value` for `rows` rows.
    pub(crate) fn from_arg(value: Option<&Bound<'_, PyAny>>, rows: usize) -> PyResult<Dates> {
        let Some(v) = value else {
            return Ok(Dates::One(None));
        };
        if v.is_none() || v.is_instance_of::<PyDate>() || v.is_instance_of::<PyString>() {
            return date_arg(Some(v)).map(Dates::One);
        }
        let per_row = if crate::arrow::is_arrow_column(v)? {
            crate::arrow::dates(&crate::arrow::import_column(v)?)?
        } else {
            v.try_iter()
                .map_err(|_| {
                    PyTypeError::new_err(
                        "date must be a datetime.date, a 'YYYY-MM-DD' string, None, \
                         or one date per code (a sequence or an Arrow column)",
                    )
                })?
                .map(|d| date_arg(Some(&d?)))
                .collect::<PyResult<Vec<_>>>()?
        };
        if per_row.len() != rows {
            return Err(PyValueError::new_err(format!(
                "got {} dates for {rows} codes: give one date per code, or a single date",
                per_row.len()
            )));
        }
        Ok(Dates::PerRow(per_row))
    }
}

/// A sequence of Python strings, borrowed without copying where the
/// interpreter allows. A bare `str` is refused: iterating it would validate
/// each character, which is never what the caller meant.
pub(crate) fn str_sequence(value: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<PyBackedStr>> {
    if value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a sequence of strings or an Arrow column, not a single str"
        )));
    }
    let mut out = Vec::with_capacity(value.len().unwrap_or(0));
    for item in value.try_iter()? {
        let item = item?;
        let text = item.extract::<PyBackedStr>().map_err(|_| {
            PyTypeError::new_err(format!(
                "{what} must contain only str, found {}",
                item.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            ))
        })?;
        out.push(text);
    }
    Ok(out)
}

/// A FHIR resource argument as JSON text: a `str`/`bytes` is taken as is;
/// any other value (normally a `dict`) is serialised once with the standard
/// library's C encoder, so lists and numbers reach the core's own "not an
/// object" check and unserialisable objects raise `TypeError`.
pub(crate) fn json_text(value: &Bound<'_, PyAny>) -> PyResult<String> {
    if value.is_instance_of::<PyString>() {
        return value.extract::<String>();
    }
    if let Ok(bytes) = value.cast::<pyo3::types::PyBytes>() {
        return String::from_utf8(bytes.as_bytes().to_vec())
            .map_err(|_| PyValueError::new_err("resource bytes are not UTF-8"));
    }
    let py = value.py();
    let kwargs = pyo3::types::PyDict::new(py);
    kwargs.set_item("ensure_ascii", false)?;
    kwargs.set_item("allow_nan", false)?;
    kwargs.set_item("separators", (",", ":"))?;
    py.import("json")?
        .call_method("dumps", (value,), Some(&kwargs))?
        .extract()
}

/// Parse JSON text produced by the core back into Python objects.
pub(crate) fn json_value<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (text,))
}

/// `repr()` of a Python `str`, for result objects' `__repr__`: single
/// quotes unless the text holds one and no double quote, as CPython does.
pub(crate) fn repr_str(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `repr()` of an optional `str`.
pub(crate) fn repr_opt(text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_owned(), repr_str)
}

#[cfg(test)]
mod tests {
    use super::repr_str;

    #[test]
    fn repr_quotes_like_python() {
        assert_eq!(repr_str("A00.0"), "'A00.0'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(repr_str("x\ny"), "'x\\ny'");
    }
}

/// Any core result with a serde shape, as plain Python objects (dict, list,
/// str, int, float, bool, None): exactly the JSON the core and the CLI give.
pub(crate) fn serde_to_py<'py, T: serde::Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(value).map_err(|e| {
        crate::errors::him_error(
            py,
            crate::errors::INTERNAL,
            &format!("serialising a result: {e}"),
        )
    })?;
    json_value(py, &text)
}

/// `errors=` of the batch calls that can fail per item.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnError {
    /// Raise the first item's error (its message names the item's index).
    Raise,
    /// Put the exception object in the result list at the item's place.
    Return,
}

impl OnError {
    pub(crate) fn from_arg(value: &str) -> PyResult<OnError> {
        match value {
            "raise" => Ok(OnError::Raise),
            "return" => Ok(OnError::Return),
            other => Err(PyValueError::new_err(format!(
                "errors must be 'raise' or 'return', got {other:?}"
            ))),
        }
    }
}
