#!/usr/bin/env bash
# sherpa-onnx's prebuilt C API for Chalán's large-vocabulary speech engine, from the npm registry: the package
# sherpa-onnx-linux-x64 ships libsherpa-onnx-c-api.so with the libonnxruntime.so it needs (Apache-2.0; onnxruntime
# MIT). The version is pinned to the one whose C structs voice/sherpaonnxabi.h declares, and so are the tarball's
# checksums: a tarball that does not match them is refused, whatever the registry says.
#   installer/fetch-sherpa-onnx.sh [TARGET_DIR]     prints the installed libsherpa-onnx-c-api.so's path on stdout
# Cached: an installed TARGET_DIR is kept without asking the network; the tarball stays in the cache folder.
# Env: NEXUS_SHERPA_ONNX_CACHE (default <checkout>/.cache/sherpa-onnx), NEXUS_NPM_REGISTRY (default
#      https://registry.npmjs.org). The program finds the library there (or through NEXUS_SHERPA_ONNX_LIB).
set -euo pipefail

if [ $# -gt 1 ]; then
    echo "usage: $0 [TARGET_DIR]" >&2
    exit 2
fi
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PACKAGE="sherpa-onnx-linux-x64"
VERSION="1.13.4" # = sherpa::kPinnedVersion (voice/sherpaonnxabi.h)
INTEGRITY="sha512-WZh5NCkGPFHHpYSd78iN4OnmxQeSTGyt9uZskH+im/NFHQ7elQ7B0sLzCMeRpvJxiIKvd9C6WxIJ4hYaxClfsQ=="
SHASUM="a046427501d628d22680ea2d013d5fccbcdc467d"
CACHE="${NEXUS_SHERPA_ONNX_CACHE:-$ROOT/.cache/sherpa-onnx}"
TARGET="${1:-$CACHE/$VERSION}"
REGISTRY="${NEXUS_NPM_REGISTRY:-https://registry.npmjs.org}"
LIBS=(libsherpa-onnx-c-api.so libonnxruntime.so)

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'fetch-sherpa-onnx: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || die "$PACKAGE is for Linux x86-64, this is $(uname -s)-$(uname -m)"
for tool in curl tar openssl sha1sum base64 flock; do
    command -v "$tool" >/dev/null || die "$tool is missing"
done
mkdir -p "$CACHE" "$TARGET"

exec 9>"$CACHE/.lock"
flock 9

installed() {
    for lib in "${LIBS[@]}"; do [ -f "$TARGET/$lib" ] || return 1; done
    [ "$(cat "$TARGET/.integrity" 2>/dev/null)" = "$INTEGRITY" ]
}
if installed; then
    echo "$TARGET/libsherpa-onnx-c-api.so"
    exit 0
fi

archive="$CACHE/$PACKAGE-$VERSION.tgz"
verify() {
    [ "$(openssl dgst -sha512 -binary "$1" | base64 -w0)" = "${INTEGRITY#sha512-}" ] \
        && [ "$(sha1sum "$1" | cut -d' ' -f1)" = "$SHASUM" ]
}
if [ ! -f "$archive" ] || ! verify "$archive"; then
    # The registry's version document names the tarball; its checksums must be the pinned ones.
    log "asking $REGISTRY for $PACKAGE@$VERSION"
    meta="$(curl -fsSL --retry 3 --connect-timeout 20 --max-time 120 "$REGISTRY/$PACKAGE/$VERSION")" \
        || die "the npm registry did not answer for $PACKAGE@$VERSION and $archive is not cached"
    field() { grep -oE "\"$1\" *: *\"[^\"]+\"" <<<"$meta" | head -n 1 | sed -E 's/^.*: *"([^"]+)"$/\1/'; }
    tarball="$(field tarball)"
    [ "$tarball" = "$REGISTRY/$PACKAGE/-/$PACKAGE-$VERSION.tgz" ] || die "unexpected tarball address ${tarball:-(none)}"
    [ "$(field integrity)" = "$INTEGRITY" ] || die "the registry's integrity for $PACKAGE@$VERSION is not the pinned one"
    log "downloading $tarball"
    rm -f "$archive.partial"
    curl -fSL --retry 3 --connect-timeout 20 --max-time 900 -o "$archive.partial" "$tarball" \
        || die "could not download $tarball"
    verify "$archive.partial" || { rm -f "$archive.partial"; die "$tarball does not match the pinned checksums"; }
    mv -f "$archive.partial" "$archive"
fi

work="$(mktemp -d "$CACHE/extract.XXXXXX")"
trap 'rm -rf "$work"' EXIT
members=()
for lib in "${LIBS[@]}"; do members+=("package/$lib"); done
tar -xzf "$archive" -C "$work" "${members[@]}" package/package.json || die "$archive lacks ${LIBS[*]}"
log "installing $PACKAGE@$VERSION into $TARGET"
for lib in "${LIBS[@]}"; do install -m 0755 "$work/package/$lib" "$TARGET/$lib"; done
install -m 0644 "$work/package/package.json" "$TARGET/package.json"
echo "$INTEGRITY" >"$TARGET/.integrity"
echo "$TARGET/libsherpa-onnx-c-api.so"
