# Shared steps of the README commands: install missing Debian packages, configure and build with Ninja + ccache.
# Sourced by installer/run-demo.sh and installer/run-tests.sh; not meant to be run alone.

NEXUS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"

# Paths relative to the checkout in ccache's hashes: a clone in another folder (CI) hits the same cache entries.
export CCACHE_BASEDIR="$NEXUS_ROOT"
export CCACHE_NOHASHDIR=1

nexus_log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

# Installs only what is missing, so a second run costs a second.
nexus_install_packages() {
    local wanted missing=()
    wanted=$(grep -v '^#' "$NEXUS_ROOT/installer/debian-packages.txt" | sed '/^\s*$/d')
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    nexus_log "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# nexus_build PRESET [targets…]: configure once, then build incrementally.
nexus_build() {
    local preset="$1"
    shift
    cd "$NEXUS_ROOT"
    nexus_log "configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    nexus_log "building $*"
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" --target "$@"
    else
        cmake --build --preset "$preset"
    fi
}
