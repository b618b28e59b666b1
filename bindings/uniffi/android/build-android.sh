#!/usr/bin/env bash
# Build libhimcore_uniffi.so for the Android ABIs and generate the Kotlin
# bindings, laid out for an Android library module:
#
#   bindings/uniffi/android/build-android.sh [OUT_DIR]      # default: target/android
#
#   OUT_DIR/jniLibs/{arm64-v8a,armeabi-v7a,x86_64,x86}/libhimcore_uniffi.so
#   OUT_DIR/kotlin/org/himcore/{himcore.kt,HimCoreExceptionCode.kt}
#
# Copy (or point Gradle's sourceSets at) jniLibs/ -> src/main/jniLibs and
# kotlin/ -> src/main/kotlin of your module, and add JNA as an AAR:
#   implementation("net.java.dev.jna:jna:5.15.0@aar")
# See docs/mobile.md.
#
# Requires: the Android NDK (ANDROID_NDK_HOME), cargo-ndk
# (`cargo install cargo-ndk`), and the rustup targets installed below.
# Not run in CI (no NDK there).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=${1:-$root/target/android}
# API 21 (Android 5.0) is the oldest level the current NDK supports for 64-bit ABIs.
platform=${ANDROID_PLATFORM:-21}

cd "$root"
rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android i686-linux-android
cargo ndk --platform "$platform" \
    -t arm64-v8a -t armeabi-v7a -t x86_64 -t x86 \
    -o "$out/jniLibs" \
    build --release -p himcore-uniffi --lib

# Kotlin is the same for every ABI: generate it from the host build (the
# metadata uniffi reads is identical).
cargo build -p himcore-uniffi --features cli --lib --bin uniffi-bindgen
ext=$([ "$(uname -s)" = Darwin ] && echo dylib || echo so)
rm -rf "$out/kotlin"
target/debug/uniffi-bindgen generate --library "target/debug/libhimcore_uniffi.$ext" \
    --language kotlin --no-format --out-dir "$out/kotlin"
# The hand-written companion (HimCoreException.code on the sealed base).
cp "$root/bindings/uniffi/kotlin/src/main/kotlin/org/himcore/HimCoreExceptionCode.kt" "$out/kotlin/org/himcore/"
echo "Android libraries in $out/jniLibs, Kotlin sources in $out/kotlin"
