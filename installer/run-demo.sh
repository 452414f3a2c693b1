#!/usr/bin/env bash
# README command 1: set up, build, create the demo tenant once, start nexus-server on localhost and open nexus-pos.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

nexus_install_packages
nexus_build default
exec "$NEXUS_ROOT/installer/run-demo-stack.sh" "$NEXUS_ROOT/build" "${NEXUS_DEMO_ROOT:-$NEXUS_ROOT/.nexus-demo}"
