//! The uniffi bindings generator, built from this workspace so its version
//! always matches the `uniffi` runtime the library was compiled with.
//!
//! `cargo run -p himcore-uniffi --bin uniffi-bindgen -- generate --library <cdylib> --language kotlin --out-dir <dir>`

fn main() {
    uniffi::uniffi_bindgen_main()
}
