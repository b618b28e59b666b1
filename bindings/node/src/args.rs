//! Argument checks at the door.
//!
//! Functions take their arguments as `Unknown` and check them here, so that a
//! value of the wrong JavaScript type is reported as a `TypeError` naming the
//! argument (as Node's own APIs do) rather than napi's generic error.

use napi::bindgen_prelude::JsObjectValue;
use napi::bindgen_prelude::{Array, Function, Object, Unknown};
use napi::{Env, JsValue, Result, ValueType};

use crate::errors::type_error;

/// How Node's messages name a received value's type.
fn received(value_type: ValueType) -> &'static str {
    match value_type {
        ValueType::Undefined => "undefined",
        ValueType::Null => "null",
        ValueType::Boolean => "type boolean",
        ValueType::Number => "type number",
        ValueType::String => "type string",
        ValueType::Symbol => "type symbol",
        ValueType::Object => "an object",
        ValueType::Function => "a function",
        ValueType::External => "an external",
        ValueType::BigInt => "type bigint",
        _ => "an unsupported value",
    }
}

fn expected(env: &Env, name: &str, what: &str, value_type: ValueType) -> napi::Error {
    type_error(
        env,
        format!(
            "The \"{name}\" argument must be {what}. Received {}",
            received(value_type)
        ),
    )
}

/// A required string argument.
pub(crate) fn string(env: &Env, value: &Unknown<'_>, name: &str) -> Result<String> {
    match value.get_type()? {
        // SAFETY: the value was just checked to be a string.
        ValueType::String => unsafe { value.cast::<String>() },
        other => Err(expected(env, name, "of type string", other)),
    }
}

/// An optional string argument: absent, `undefined` and `null` give `None`.
pub(crate) fn optional_string(
    env: &Env,
    value: Option<&Unknown<'_>>,
    name: &str,
) -> Result<Option<String>> {
    let Some(value) = value else {
        return Ok(None);
    };
    match value.get_type()? {
        ValueType::Undefined | ValueType::Null => Ok(None),
        // SAFETY: the value was just checked to be a string.
        ValueType::String => unsafe { value.cast::<String>() }.map(Some),
        other => Err(expected(
            env,
            name,
            "of type string, null or undefined",
            other,
        )),
    }
}

/// An array argument, checked to be a real `Array`.
pub(crate) fn array<'env>(env: &Env, value: &Unknown<'env>, name: &str) -> Result<Array<'env>> {
    if value.is_array()? {
        // SAFETY: the value was just checked to be an array.
        unsafe { value.cast::<Array<'env>>() }
    } else {
        Err(expected(env, name, "an Array", value.get_type()?))
    }
}

/// An array of strings (`name[i]` is named in the error when an element is not).
pub(crate) fn string_array(env: &Env, value: &Unknown<'_>, name: &str) -> Result<Vec<String>> {
    let items = array(env, value, name)?;
    let mut out = Vec::with_capacity(items.len() as usize);
    for index in 0..items.len() {
        let item: Unknown<'_> = items.get(index)?.ok_or_else(|| {
            expected(
                env,
                &format!("{name}[{index}]"),
                "of type string",
                ValueType::Undefined,
            )
        })?;
        out.push(string(env, &item, &format!("{name}[{index}]"))?);
    }
    Ok(out)
}

/// A JSON document given either as a string (passed on exactly as written, so
/// the core sees decimals like `1.50` and every duplicate key) or as a plain
/// object/array (serialised with the engine's own `JSON.stringify`, which is
/// what the caller would have sent over the wire).
pub(crate) fn json_text(env: &Env, value: &Unknown<'_>, name: &str) -> Result<String> {
    match value.get_type()? {
        // SAFETY: the value was just checked to be a string.
        ValueType::String => unsafe { value.cast::<String>() },
        ValueType::Object => stringify(env, value, name),
        other => Err(expected(env, name, "an object or a JSON string", other)),
    }
}

/// `JSON.stringify(value)`, looked up on the current global object.
fn stringify(env: &Env, value: &Unknown<'_>, name: &str) -> Result<String> {
    let global = env.get_global()?;
    let json: Object<'_> = global.get_named_property("JSON")?;
    let stringify: Function<'_, Unknown<'_>, Unknown<'_>> = json.get_named_property("stringify")?;
    let text = stringify.apply(json, *value)?;
    match text.get_type()? {
        // SAFETY: checked to be a string.
        ValueType::String => unsafe { text.cast::<String>() },
        // JSON.stringify gives undefined for values with no JSON form.
        other => Err(expected(env, name, "JSON-serialisable", other)),
    }
}

/// An array of JSON documents, each a string or an object (see [`json_text`]).
pub(crate) fn json_text_array(env: &Env, value: &Unknown<'_>, name: &str) -> Result<Vec<String>> {
    let items = array(env, value, name)?;
    let mut out = Vec::with_capacity(items.len() as usize);
    for index in 0..items.len() {
        let element = format!("{name}[{index}]");
        let item: Unknown<'_> = items.get(index)?.ok_or_else(|| {
            expected(
                env,
                &element,
                "an object or a JSON string",
                ValueType::Undefined,
            )
        })?;
        out.push(json_text(env, &item, &element)?);
    }
    Ok(out)
}

/// Whether a value is `undefined` or `null`.
pub(crate) fn is_nullish(value: &Unknown<'_>) -> Result<bool> {
    Ok(matches!(
        value.get_type()?,
        ValueType::Undefined | ValueType::Null
    ))
}

/// A required `YYYY-MM-DD` date (`name` names it in the error).
pub(crate) fn date(env: &Env, value: &Unknown<'_>, name: &str) -> Result<chrono::NaiveDate> {
    let text = string(env, value, name)?;
    parse_date(env, &text, name)
}

/// An optional `YYYY-MM-DD` date: absent, `undefined` and `null` give `None`.
pub(crate) fn optional_date(
    env: &Env,
    value: Option<&Unknown<'_>>,
    name: &str,
) -> Result<Option<chrono::NaiveDate>> {
    match optional_string(env, value, name)? {
        Some(text) => parse_date(env, &text, name).map(Some),
        None => Ok(None),
    }
}

fn parse_date(env: &Env, text: &str, name: &str) -> Result<chrono::NaiveDate> {
    // Exactly YYYY-MM-DD: chrono alone would also accept "2025-1-5".
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10 && bytes.get(4) == Some(&b'-') && bytes.get(7) == Some(&b'-');
    match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(date) if shaped => Ok(date),
        _ => Err(crate::errors::value_error(
            env,
            format!("The \"{name}\" argument must be a date as YYYY-MM-DD. Received {text:?}"),
        )),
    }
}
