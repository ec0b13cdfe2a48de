#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds, and starts Meshery Auth. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
exec ./build/bin/meshery-auth "$@"
