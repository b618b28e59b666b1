//! Promise-returning batches that keep the event loop responsive.
//!
//! Computing a batch on the libuv thread pool is not enough: turning a large
//! Rust result into JavaScript objects must happen on the JavaScript thread,
//! and for 100,000 results that alone blocks the event loop for seconds. So a
//! batch here runs in three steps:
//!
//! 1. the arguments are checked and converted on the calling thread (type
//!    errors throw synchronously, as for any other call);
//! 2. the core does the work on the libuv thread pool ([`BatchTask`]);
//! 3. the results are converted into the output array [`CHUNK`] at a time,
//!    one chunk per event-loop turn (scheduled with `setImmediate`, so I/O and
//!    timers run between chunks), and the promise resolves with the array.

use std::cell::RefCell;
use std::rc::Rc;

use napi::bindgen_prelude::{
    Array, FromNapiValue, Function, JsObjectValue, Object, ObjectRef, ToNapiValue, Unknown,
};
use napi::{Env, JsDeferred, JsValue, Result, Task};

use crate::errors::{guard, Panicked};

/// Results converted per event-loop turn: small enough that a turn costs a
/// few milliseconds at most, large enough that scheduling is noise.
pub(crate) const CHUNK: usize = 1024;

type Resolver = Box<dyn FnOnce(Env) -> Result<ObjectRef>>;
type Deferred = JsDeferred<ObjectRef, Resolver>;

/// The work of one batch, done on the thread pool: the results, or the
/// error that fails the whole batch.
type Work<T, E> = Box<dyn FnOnce() -> std::result::Result<Vec<T>, E> + Send>;

/// A batch computed on the libuv thread pool and delivered in chunks.
pub struct BatchTask<T: Send + 'static, J: ToNapiValue + 'static, E: Send + 'static> {
    work: Option<Work<T, E>>,
    convert: fn(T) -> J,
    fail: fn(&Env, E) -> napi::Error,
    deferred: Option<Deferred>,
}

/// Starts `work` on the thread pool and returns the promise of its results,
/// each converted by `convert` on the JavaScript thread.
pub(crate) fn spawn<'env, T, J>(
    env: &'env Env,
    work: impl FnOnce() -> Vec<T> + Send + 'static,
    convert: fn(T) -> J,
) -> Result<Object<'env>>
where
    T: Send + 'static,
    J: ToNapiValue + 'static,
{
    spawn_fallible(
        env,
        move || Ok::<_, std::convert::Infallible>(work()),
        convert,
        |_, never| match never {},
    )
}

/// Like [`spawn`] for work that can fail as a whole: the promise rejects
/// with `fail(error)` (a `HimError`).
pub(crate) fn spawn_fallible<'env, T, J, E>(
    env: &'env Env,
    work: impl FnOnce() -> std::result::Result<Vec<T>, E> + Send + 'static,
    convert: fn(T) -> J,
    fail: fn(&Env, E) -> napi::Error,
) -> Result<Object<'env>>
where
    T: Send + 'static,
    J: ToNapiValue + 'static,
    E: Send + 'static,
{
    let (deferred, promise) = env.create_deferred::<ObjectRef, Resolver>()?;
    env.spawn(BatchTask {
        work: Some(Box::new(work)),
        convert,
        fail,
        deferred: Some(deferred),
    })?;
    Ok(promise)
}

impl<T: Send + 'static, J: ToNapiValue + 'static, E: Send + 'static> Task for BatchTask<T, J, E> {
    type Output = std::result::Result<std::result::Result<Vec<T>, E>, Panicked>;
    type JsValue = ();

    fn compute(&mut self) -> Result<Self::Output> {
        let work = self.work.take();
        Ok(guard(move || work.map_or_else(|| Ok(Vec::new()), |w| w())))
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> Result<()> {
        // Errors go to our own promise; this task's promise is not observed.
        let Some(deferred) = self.deferred.take() else {
            return Ok(());
        };
        match output {
            Ok(Ok(items)) => start(&env, items, self.convert, deferred),
            Ok(Err(error)) => deferred.reject((self.fail)(&env, error)),
            Err(panicked) => deferred.reject(panicked.into_error(&env)),
        }
        Ok(())
    }

    fn reject(&mut self, env: Env, error: napi::Error) -> Result<()> {
        if let Some(deferred) = self.deferred.take() {
            deferred.reject(crate::errors::him_error(
                &env,
                crate::errors::INTERNAL,
                &format!("batch failed: {}", error.reason),
                None,
            ));
        }
        Ok(())
    }
}

/// The state of a delivery between event-loop turns.
struct Delivery<T, J> {
    rest: std::vec::IntoIter<T>,
    next_index: u32,
    out: ObjectRef,
    convert: fn(T) -> J,
    deferred: Deferred,
}

fn start<T: 'static, J: ToNapiValue + 'static>(
    env: &Env,
    items: Vec<T>,
    convert: fn(T) -> J,
    deferred: Deferred,
) {
    let len = u32::try_from(items.len()).unwrap_or(u32::MAX);
    let out = env
        .create_array(len)
        .and_then(|array| array.coerce_to_object())
        .and_then(|object| object.create_ref::<true>());
    match out {
        Ok(out) => step(
            env,
            Delivery {
                rest: items.into_iter(),
                next_index: 0,
                out,
                convert,
                deferred,
            },
        ),
        Err(error) => deferred.reject(error),
    }
}

/// Converts one chunk, then resolves or schedules the next chunk.
fn step<T: 'static, J: ToNapiValue + 'static>(env: &Env, mut delivery: Delivery<T, J>) {
    let filled = guard(|| fill(env, &mut delivery));
    let outcome = match filled {
        Ok(Ok(true)) => {
            let Delivery { out, deferred, .. } = delivery;
            deferred.resolve(Box::new(move |_| Ok(out)));
            return;
        }
        Ok(Ok(false)) => schedule(env, delivery),
        Ok(Err(error)) => Err((error, delivery)),
        Err(panicked) => Err((panicked.into_error(env), delivery)),
    };
    if let Err((error, delivery)) = outcome {
        let Delivery { out, deferred, .. } = delivery;
        // Release the half-filled array before reporting the failure.
        let _ = out.unref(env);
        deferred.reject(error);
    }
}

/// Converts up to [`CHUNK`] results into the output array; true when done.
fn fill<T, J: ToNapiValue>(env: &Env, delivery: &mut Delivery<T, J>) -> Result<bool> {
    let object = delivery.out.get_value(env)?;
    // SAFETY: `out` references the array created in `start`.
    let mut array = unsafe { Array::from_napi_value(env.raw(), object.raw()) }?;
    for item in delivery.rest.by_ref().take(CHUNK) {
        array.set(delivery.next_index, (delivery.convert)(item))?;
        delivery.next_index = delivery.next_index.saturating_add(1);
    }
    Ok(delivery.rest.len() == 0)
}

/// Runs the next [`step`] from `setImmediate`, after pending I/O and timers.
fn schedule<T: 'static, J: ToNapiValue + 'static>(
    env: &Env,
    delivery: Delivery<T, J>,
) -> std::result::Result<(), (napi::Error, Delivery<T, J>)> {
    let slot = Rc::new(RefCell::new(Some(delivery)));
    let for_callback = Rc::clone(&slot);
    let scheduled = (|| -> Result<()> {
        let callback =
            env.create_function_from_closure::<(), (), _>("himcoreBatchStep", move |ctx| {
                if let Some(delivery) = for_callback.borrow_mut().take() {
                    step(ctx.env, delivery);
                }
                Ok(())
            })?;
        let global = env.get_global()?;
        let set_immediate: Function<'_, Function<'_, (), ()>, Unknown<'_>> =
            global.get_named_property("setImmediate")?;
        set_immediate.call(callback)?;
        Ok(())
    })();
    match scheduled {
        Ok(()) => Ok(()),
        Err(error) => match slot.borrow_mut().take() {
            Some(delivery) => Err((error, delivery)),
            // The callback already ran: nothing left to report to.
            None => Ok(()),
        },
    }
}
