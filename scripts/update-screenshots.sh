#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Refreshes the README's screenshots in docs/screenshots: builds, then runs the ReadmeScreenshots
# program (tests/gui/ReadmeScreenshots.cpp) headless against the Meshery test server. Another
# folder: MESHERY_AUTH_SCREENSHOT_DIR=/some/where ./scripts/update-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
export MESHERY_AUTH_SCREENSHOT_DIR=${MESHERY_AUTH_SCREENSHOT_DIR:-$PWD/docs/screenshots}
exec ./scripts/headless.sh ./build/bin/ReadmeScreenshots
