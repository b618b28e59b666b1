//! How failures cross into JavaScript.
//!
//! - A failure the core reports (bad input, unknown code system, malformed
//!   FHIR JSON, ...) becomes a `HimError` (a subclass of `Error` defined in
//!   `index.js`) whose `.code` is the core's stable machine code
//!   (`himcore::ErrorCode`, listed in `docs/errors.md`), `.message` the core's
//!   message, and `.details` structured data (e.g. the FHIR problems with their
//!   paths) or `null`.
//! - A JavaScript argument of the wrong type becomes a `TypeError` with
//!   `.code === "ERR_INVALID_ARG_TYPE"`, Node's own code for the same mistake.
//! - A Rust panic is caught at this door and becomes a `HimError` with code
//!   `HIM_INTERNAL`: it must never unwind into V8 or abort the host process.

use std::panic::{catch_unwind, AssertUnwindSafe};

use napi::bindgen_prelude::JsObjectValue;
use napi::bindgen_prelude::{FnArgs, Function, FunctionRef, JsError, JsTypeError, Object, Unknown};
use napi::{Env, Error, JsValue, Result};
use napi_derive::napi;

/// Code of the `HimError` thrown when Rust code panicked inside a call.
pub(crate) const INTERNAL: &str = "HIM_INTERNAL";

/// Node's code for an argument of the wrong type (see Node's `errors.md`).
pub(crate) const INVALID_ARG_TYPE: &str = "ERR_INVALID_ARG_TYPE";

/// Node's code for an argument of the right type but an unusable value.
pub(crate) const INVALID_ARG_VALUE: &str = "ERR_INVALID_ARG_VALUE";

/// The `HimError` constructor registered by `index.js`, kept per Node
/// environment (main thread and each worker have their own).
struct ErrorClass(FunctionRef<FnArgs<(String, String)>, Unknown<'static>>);

/// Registers the `HimError` class that errors thrown by this addon are
/// instances of. Called once by `index.js` when the module loads; without it
/// errors are plain `Error`s with the same `name`, `code` and `details`.
#[napi(js_name = "__registerErrorClass", skip_typescript)]
pub fn register_error_class(
    env: &Env,
    class: Function<FnArgs<(String, String)>, Unknown<'static>>,
) -> Result<()> {
    let reference = class.create_ref()?;
    env.set_instance_data(ErrorClass(reference), (), |_| {})
}

/// A `HimError` with `code`, `message` and `details` (JSON-like data or
/// `null`), ready to be returned as the `Err` of a napi function or task.
pub(crate) fn him_error(
    env: &Env,
    code: &str,
    message: &str,
    details: Option<&serde_json::Value>,
) -> Error {
    match build_him_error(env, code, message, details) {
        Ok(error) => Error::from(error),
        // Building the error object itself failed (e.g. the environment is
        // shutting down): fall back to napi's plain error, same code.
        Err(_) => Error::new(napi::Status::GenericFailure, format!("{code}: {message}")),
    }
}

fn build_him_error<'env>(
    env: &'env Env,
    code: &str,
    message: &str,
    details: Option<&serde_json::Value>,
) -> Result<Unknown<'env>> {
    let registered = env.get_instance_data::<ErrorClass>()?;
    let mut object: Object<'env> = match registered {
        Some(class) => {
            let constructor = class.0.borrow_back(env)?;
            let instance =
                constructor.new_instance((message.to_owned(), code.to_owned()).into())?;
            // SAFETY: `new` on a class constructor always yields an object.
            unsafe { instance.cast::<Object<'env>>()? }
        }
        None => {
            let plain = JsError::from(Error::new(code, message.to_owned())).into_unknown(*env);
            // SAFETY: napi_create_error always yields an object.
            let mut object = unsafe { plain.cast::<Object<'env>>()? };
            object.set_named_property("name", "HimError")?;
            object
        }
    };
    object.set_named_property("code", code)?;
    match details {
        Some(value) => object.set_named_property("details", value)?,
        None => object.set_named_property("details", napi::bindgen_prelude::Null)?,
    }
    Ok(object.to_unknown())
}

/// A `TypeError` with Node's `ERR_INVALID_ARG_TYPE` code.
pub(crate) fn type_error(env: &Env, message: String) -> Error {
    let error = JsTypeError::from(Error::new(INVALID_ARG_TYPE, message));
    Error::from(error.into_unknown(*env))
}

/// A `TypeError` with Node's `ERR_INVALID_ARG_VALUE` code: the argument has
/// the right JavaScript type but a value the binding cannot pass on (for
/// example a date that is not `YYYY-MM-DD`).
pub(crate) fn value_error(env: &Env, message: String) -> Error {
    let error = JsTypeError::from(Error::new(INVALID_ARG_VALUE, message));
    Error::from(error.into_unknown(*env))
}

/// A panic caught at the door, with its message when it had one.
#[derive(Debug)]
pub struct Panicked(pub(crate) String);

impl Panicked {
    /// The `HimError` (code `HIM_INTERNAL`) that reports this panic to JS.
    pub(crate) fn into_error(self, env: &Env) -> Error {
        him_error(
            env,
            INTERNAL,
            &format!("internal error in himcore (this is a bug): {}", self.0),
            None,
        )
    }
}

/// Runs `f`, turning a panic into a [`Panicked`] value instead of letting it
/// unwind across the FFI boundary (which would abort Node).
pub(crate) fn guard<T>(f: impl FnOnce() -> T) -> std::result::Result<T, Panicked> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let message = if let Some(text) = payload.downcast_ref::<&str>() {
            (*text).to_owned()
        } else if let Some(text) = payload.downcast_ref::<String>() {
            text.clone()
        } else {
            "panic".to_owned()
        };
        Panicked(message)
    })
}

/// [`guard`] for synchronous calls: a panic becomes the `HIM_INTERNAL` error.
pub(crate) fn guarded<T>(env: &Env, f: impl FnOnce() -> T) -> Result<T> {
    guard(f).map_err(|panicked| panicked.into_error(env))
}

#[cfg(test)]
mod tests {
    use super::guard;

    #[test]
    fn guard_turns_a_panic_into_a_value_with_its_message() {
        let caught = guard(|| -> u8 { panic!("table row missing") });
        assert_eq!(caught.map_err(|p| p.0).unwrap_err(), "table row missing");
    }

    #[test]
    fn guard_passes_results_through() {
        assert_eq!(guard(|| 7).unwrap(), 7);
    }
}
