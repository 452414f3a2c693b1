#!/usr/bin/env bash
# README command 1: set up, build, create the demo tenant once, start nexus-server on localhost and open nexus-pos.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

nexus_install_packages
nexus_build default
# NHTSA's vPIC for offline VIN decoding (downloaded once into .cache/vpic).
if vpic="$("$NEXUS_ROOT/installer/fetch-vpic.sh" "$NEXUS_ROOT/build/bin/nexus-admin")"; then export NEXUS_VPIC_DB="$vpic"
else nexus_log "no vPIC database: VINs will not be decoded"; fi
# sherpa-onnx's C API for the large-vocabulary speech engine (its Spanish model is the store's to install).
if sherpa="$("$NEXUS_ROOT/installer/fetch-sherpa-onnx.sh")"; then export NEXUS_SHERPA_ONNX_LIB="$sherpa"
else nexus_log "no sherpa-onnx library: the large-vocabulary speech engine will not listen"; fi
exec "$NEXUS_ROOT/installer/run-demo-stack.sh" "$NEXUS_ROOT/build" "${NEXUS_DEMO_ROOT:-$NEXUS_ROOT/.nexus-demo}"
