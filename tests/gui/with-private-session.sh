#!/bin/sh
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Runs a test on a D-Bus session of its own, with a fresh Secret Service (gnome-keyring) on it:
# for a test that puts services on the bus (a tray host) which the other tests must not see.
# Use with FRESH_HOME, so the keyring's files live in a throw-away home too.
exec dbus-run-session -- sh -c '
    eval "$(printf test | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"
' sh "$@"
