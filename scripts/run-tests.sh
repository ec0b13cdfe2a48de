#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds, and runs the whole test suite headless (scripts/headless.sh:
# Xvfb, a private D-Bus session and gnome-keyring in a throw-away HOME). Arguments go to ctest; a
# first "--preset NAME" builds and tests that preset of CMakePresets.json instead of ./build
# (asan: the suite under AddressSanitizer and UndefinedBehaviorSanitizer, in build-asan/).
# A first "--ci" follows the suite with the asan preset's suite and a short run of every fuzz
# target (scripts/fuzz.sh --seconds "${MESHERY_AUTH_FUZZ_SECONDS:-30}"), docs/faults.md. Not yet
# what CI runs: see docs/faults.md, "In CI".
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh

if [[ ${1-} == --ci ]]; then
    shift
    ./scripts/run-tests.sh "$@"
    ./scripts/run-tests.sh --preset asan
    exec ./scripts/fuzz.sh --seconds "${MESHERY_AUTH_FUZZ_SECONDS:-30}"
fi

where=(--test-dir build)
if [[ ${1-} == --preset ]]; then
    ./scripts/build.sh --preset "${2:?--preset needs a name: dev or asan}"
    where=(--preset "$2")
    shift 2
else
    ./scripts/build.sh
fi

exec ./scripts/headless.sh ctest "${where[@]}" --output-on-failure "$@"
