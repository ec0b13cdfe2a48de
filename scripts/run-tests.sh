#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless (scripts/headless.sh:
# Xvfb, a private D-Bus session and gnome-keyring in a throw-away HOME). Arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
exec ./scripts/headless.sh ctest --test-dir build --output-on-failure "$@"
