#!/usr/bin/env bash
# README command 2: set up a fresh Debian 12 machine, build everything with warnings as errors, run the whole suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

nexus_install_packages
nexus_build ci
cd "$NEXUS_ROOT"
nexus_log "running the test suite"
ctest --preset ci --timeout 900
