#!/usr/bin/env bash
# Installs what is missing, builds, and starts Meshery Auth. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
exec ./build/bin/meshery-auth "$@"
