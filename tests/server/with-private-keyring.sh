#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret Service), so the
# keychain path of SecretStore is tested without ever touching the developer's own keyring.
set -eu
# Set before the bus starts, so even a daemon the bus activates by itself lives in these throwaway folders.
XDG_RUNTIME_DIR=$(mktemp -d)
HOME=$(mktemp -d)
export XDG_RUNTIME_DIR HOME
trap 'rm -rf "$XDG_RUNTIME_DIR" "$HOME"' EXIT

# shellcheck disable=SC2016  # the inner script expands its own variables
dbus-run-session -- sh -c '
    set -eu
    printf nexus | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
    # Wait (at most 10 s) for our daemon to own the name and to have its login collection; NameHasOwner asks
    # the bus itself, so polling never activates a second, locked daemon.
    i=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" \
        && dbus-send --session --print-reply --dest=org.freedesktop.secrets \
            /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
            string:org.freedesktop.Secret.Collection string:Locked >/dev/null 2>&1; do
        i=$((i + 1))
        [ "$i" -lt 100 ] || { echo "the private keyring did not come up" >&2; exit 1; }
        sleep 0.1
    done
    NEXUS_TEST_KEYCHAIN=1 "$@"
' sh "$@"
