#!/bin/sh
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Runs a test program with HOME and the XDG base folders in a new, empty folder, removed
# afterwards (meshery_add_test(... FRESH_HOME)). A test that must not touch the user's own home
# gets another one from how it is started, never by changing HOME inside its own process.
# MESHERY_AUTH_FRESH_HOME names the folder, so the test can check that it got one (FreshHome.h).
set -u
home=$(mktemp -d "${TMPDIR:-/tmp}/meshery-auth-home.XXXXXX") || exit 1
trap 'rm -rf "$home"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache \
XDG_STATE_HOME=$home/.local/state MESHERY_AUTH_FRESH_HOME=$home "$@"
