#!/usr/bin/env bash
# README command 2: set up a fresh Debian 12 machine, build everything with warnings as errors, run the whole suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

nexus_install_packages
nexus_build ci
cd "$NEXUS_ROOT"
# NHTSA's vPIC for the VIN tests: downloaded once into .cache/vpic; CI must have it, elsewhere those tests skip.
if vpic="$("$NEXUS_ROOT/installer/fetch-vpic.sh" "$NEXUS_ROOT/build/bin/nexus-admin")"; then export NEXUS_VPIC_DB="$vpic"
elif [ "${CI:-}" = true ]; then exit 1; else nexus_log "no vPIC database: the VIN decoding tests will be skipped"; fi
# sherpa-onnx's C API (pinned npm package) for the large-vocabulary speech engine's tests: CI must have it.
if sherpa="$("$NEXUS_ROOT/installer/fetch-sherpa-onnx.sh")"; then export NEXUS_SHERPA_ONNX_LIB="$sherpa"
elif [ "${CI:-}" = true ]; then exit 1; else nexus_log "no sherpa-onnx library: its engine's tests will be skipped"; fi
nexus_log "running the test suite"
ctest --preset ci --timeout 900

# STYLE.md §1: the core tests once more under AddressSanitizer + UBSan.
nexus_build asan tests_core nexus-admin
nexus_log "running the core tests under ASan/UBSan"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir "$NEXUS_ROOT/build-asan" -L core --output-on-failure -j2 --timeout 900
