#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret Service), so the
# keychain path of SecretStore is tested without ever touching the developer's own keyring.
set -eu
# shellcheck disable=SC2016  # the inner script expands its own variables
exec dbus-run-session -- sh -c '
    set -eu
    XDG_RUNTIME_DIR=$(mktemp -d) HOME=$(mktemp -d)
    export XDG_RUNTIME_DIR HOME
    trap "rm -rf \"$XDG_RUNTIME_DIR\" \"$HOME\"" EXIT
    printf nexus | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
    NEXUS_TEST_KEYCHAIN=1 "$@"
' sh "$@"
