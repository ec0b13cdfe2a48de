#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Runs a command headless, as the tests need it: a real X server (Xvfb), a private D-Bus session
# and a real Secret Service (gnome-keyring, with a fresh keyring) in a throw-away HOME, so nothing
# touches the user's own keyring, settings or display. Used by run-tests.sh and
# update-screenshots.sh; the command runs in the current folder.
set -euo pipefail
[[ $# -gt 0 ]] || { echo "usage: $0 COMMAND [ARGUMENTS...]" >&2; exit 2; }

exec xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- bash -c '
    set -euo pipefail
    export HOME=$(mktemp -d)
    export XDG_RUNTIME_DIR=$(mktemp -d) XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share
    chmod 700 "$XDG_RUNTIME_DIR"
    trap "rm -rf \"$HOME\" \"$XDG_RUNTIME_DIR\"" EXIT
    # A fresh login keyring, unlocked with a throw-away password, serving the Secret Service.
    eval "$(printf test | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    # Chromium refuses to start its sandbox as root, as test machines and containers run; the
    # shipped helper keeps it on; the tests (and run-app.sh, for the build tree) turn it off.
    if [[ $(id -u) == 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
    "$@"
' bash "$@"
