#!/usr/bin/env bash
# Generate the Swift bindings of himcore into the Swift package layout.
#
#   generate.sh <uniffi-bindgen> <libhimcore_uniffi.{so,dylib,a}> <package-dir>
#
# Writes <package-dir>/Sources/HimCore/HimCore.swift and
# <package-dir>/Headers/{HimCoreFFI.h,module.modulemap}. Formatting is off
# (--no-format) so the output is the same with or without swiftformat
# installed: the committed files are compared byte for byte by
# `make test-swift-sync`.
set -euo pipefail
bindgen=$1 lib=$2 out=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bindgen" generate --library "$lib" --language swift --no-format --out-dir "$tmp"
mkdir -p "$out/Sources/HimCore" "$out/Headers"
cp "$tmp/HimCore.swift" "$out/Sources/HimCore/HimCore.swift"
cp "$tmp/HimCoreFFI.h" "$out/Headers/HimCoreFFI.h"
# Inside an XCFramework's Headers the module map must be named module.modulemap.
cp "$tmp/HimCoreFFI.modulemap" "$out/Headers/module.modulemap"
echo "swift bindings written to $out"
