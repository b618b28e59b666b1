//! Swift and Kotlin bindings of himcore.
uniffi::setup_scaffolding!("himcore");

/// The himcore version these bindings were built from.
#[uniffi::export]
pub fn himcore_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
