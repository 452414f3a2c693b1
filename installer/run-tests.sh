#!/usr/bin/env bash
# README command 2: set up a fresh Debian 12 machine, build everything with warnings as errors, run the whole suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

nexus_install_packages
nexus_build ci
cd "$NEXUS_ROOT"
nexus_log "running the test suite"
ctest --preset ci --timeout 900

# STYLE.md §1: the core tests once more under AddressSanitizer + UBSan.
nexus_build asan tests_core nexus-admin
nexus_log "running the core tests under ASan/UBSan"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir "$NEXUS_ROOT/build-asan" -L core --output-on-failure -j2 --timeout 900
