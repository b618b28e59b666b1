#!/usr/bin/env bash
# Build HimCoreFFI.xcframework (the Rust static library + C header) for the
# Swift package in this directory. Run on macOS with Xcode and rustup:
#
#   bindings/uniffi/swift/build-xcframework.sh            # release build
#   PROFILE=debug bindings/uniffi/swift/build-xcframework.sh
#
# Targets: iOS devices (arm64), iOS Simulator (arm64 + x86_64, lipo'd), macOS
# (arm64 + x86_64, lipo'd). The Swift source is regenerated from the same
# library, so it always matches the binary; `git diff` should show nothing
# unless the Rust surface changed without `make swift-bindings`.
#
# Requires: rustup targets (installed below), Xcode command line tools
# (xcodebuild, lipo). Not run in CI (no Apple toolchain there).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
profile=${PROFILE:-release}
cargo_profile_flag=$([ "$profile" = release ] && echo --release || echo)
targets_ios=(aarch64-apple-ios)
targets_sim=(aarch64-apple-ios-sim x86_64-apple-ios)
targets_mac=(aarch64-apple-darwin x86_64-apple-darwin)

cd "$root"
rustup target add "${targets_ios[@]}" "${targets_sim[@]}" "${targets_mac[@]}"

# The library only: the generator (feature `cli`) is a host tool.
for t in "${targets_ios[@]}" "${targets_sim[@]}" "${targets_mac[@]}"; do
    cargo build -p himcore-uniffi --lib $cargo_profile_flag --target "$t"
done

# Regenerate the Swift sources from the host build of the same crate.
cargo build -p himcore-uniffi --features cli --bin uniffi-bindgen
"$here/generate.sh" target/debug/uniffi-bindgen \
    "target/aarch64-apple-darwin/$profile/libhimcore_uniffi.dylib" "$here"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lib=libhimcore_uniffi.a
mkdir -p "$work/ios-sim" "$work/macos"
lipo -create -output "$work/ios-sim/$lib" \
    "target/aarch64-apple-ios-sim/$profile/$lib" "target/x86_64-apple-ios/$profile/$lib"
lipo -create -output "$work/macos/$lib" \
    "target/aarch64-apple-darwin/$profile/$lib" "target/x86_64-apple-darwin/$profile/$lib"

rm -rf "$here/HimCoreFFI.xcframework"
xcodebuild -create-xcframework \
    -library "target/aarch64-apple-ios/$profile/$lib" -headers "$here/Headers" \
    -library "$work/ios-sim/$lib" -headers "$here/Headers" \
    -library "$work/macos/$lib" -headers "$here/Headers" \
    -output "$here/HimCoreFFI.xcframework"

echo "built $here/HimCoreFFI.xcframework; use the package with: .package(path: \"bindings/uniffi/swift\")"
