#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds, and starts Meshery Auth. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
# Run as root (a development container), Chromium would refuse to start its sandbox and the
# embedded login would fail; this launcher of the build tree turns it off there, as the test
# scripts do. The installed app never does.
if [[ $(id -u) == 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
exec ./build/bin/meshery-auth "$@"
