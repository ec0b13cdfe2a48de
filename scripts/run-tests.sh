#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless: a real X server
# (Xvfb), a private D-Bus session and a real Secret Service (gnome-keyring) in a throw-away HOME,
# so nothing touches the user's own keyring, settings or display. Arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh

export MESHERY_AUTH_SOURCE_DIR=$PWD
exec xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- bash -c '
    set -euo pipefail
    export HOME=$(mktemp -d)
    export XDG_RUNTIME_DIR=$(mktemp -d) XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share
    chmod 700 "$XDG_RUNTIME_DIR"
    trap "rm -rf \"$HOME\" \"$XDG_RUNTIME_DIR\"" EXIT
    # A fresh login keyring, unlocked with a throw-away password, serving the Secret Service.
    eval "$(printf test | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    ctest --test-dir "$MESHERY_AUTH_SOURCE_DIR/build" --output-on-failure "$@"
' bash "$@"
