#!/usr/bin/env bash
# Builds the .deb packages with CPack from a built tree and checks what they carry and declare.
set -euo pipefail
build="$1"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)

fail() { echo "FAIL: $*" >&2; exit 1; }
client=$(ls "$out"/nexus-pos_*.deb 2>/dev/null | head -1)
server=$(ls "$out"/nexus-server_*.deb 2>/dev/null | head -1)
[ -f "$client" ] || fail "no nexus-pos .deb produced"
[ -f "$server" ] || fail "no nexus-server .deb produced"

client_files=$(dpkg-deb -c "$client")
server_files=$(dpkg-deb -c "$server")
echo "$client_files" | grep -q '\./usr/bin/nexus-pos$' || fail "client package lacks /usr/bin/nexus-pos"
echo "$client_files" | grep -q 'usr/share/applications/nexus-pos.desktop' || fail "client package lacks the .desktop entry"
echo "$client_files" | grep -q 'icons/hicolor/scalable/apps/nexus-pos.svg' || fail "client package lacks its icon"
echo "$client_files" | grep -q 'nexus-server' && fail "client package must not carry the server"
echo "$server_files" | grep -q '\./usr/bin/nexus-server$' || fail "server package lacks /usr/bin/nexus-server"
echo "$server_files" | grep -q '\./usr/bin/nexus-admin$' || fail "server package lacks /usr/bin/nexus-admin"
echo "$server_files" | grep -q 'lib/systemd/system/nexus-server.service' || fail "server package lacks its systemd unit"
echo "$server_files" | grep -q 'nexus-pos$' && fail "server package must not carry the client"

dpkg-deb -f "$client" Depends | grep -q 'libqt6widgets6' || fail "client Depends lacks Qt Widgets"
dpkg-deb -f "$server" Depends | grep -q 'libqt6widgets6' && fail "server must not depend on Qt Widgets"
dpkg-deb -I "$server" postinst >/dev/null || fail "server package lacks its postinst"
# The server binary must not link Widgets: the layering holds.
tmp="$out/x"; mkdir -p "$tmp"; dpkg-deb -x "$server" "$tmp"
if command -v ldd >/dev/null && ldd "$tmp/usr/bin/nexus-server" | grep -q 'libQt6Widgets'; then
    fail "nexus-server links Qt Widgets"
fi
