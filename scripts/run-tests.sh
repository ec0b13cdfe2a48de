#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds, and runs the whole test suite headless (scripts/headless.sh:
# Xvfb, a private D-Bus session and gnome-keyring in a throw-away HOME). Arguments go to ctest; a
# first "--preset NAME" builds and tests that preset of CMakePresets.json instead of ./build
# (asan: the suite under AddressSanitizer and UndefinedBehaviorSanitizer, in build-asan/).
# A first "--ci", or CI set and no arguments (as CI runs .ci/run), follows the suite with the
# asan preset's suite and a short run of every fuzz target (scripts/fuzz.sh --seconds
# "${MESHERY_AUTH_FUZZ_SECONDS:-30}"), each stage timed: docs/faults.md, "In CI".
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh

# One suite: [--preset NAME] [ctest arguments...]
suite() {
    local where=(--test-dir build)
    if [[ ${1-} == --preset ]]; then
        ./scripts/build.sh --preset "${2:?--preset needs a name: dev or asan}"
        where=(--preset "$2")
        shift 2
    else
        ./scripts/build.sh
    fi
    ./scripts/headless.sh ctest "${where[@]}" --output-on-failure "$@"
}

# Runs one stage and says how long it took (docs/faults.md records these).
timed() {
    local name=$1 started=$SECONDS
    shift
    "$@"
    echo "run-tests: stage '$name' passed in $((SECONDS - started)) s"
}

all_stages=false
if [[ ${1-} == --ci ]]; then
    shift
    all_stages=true
elif [[ -n ${CI-} && $# -eq 0 ]]; then
    all_stages=true # the same rule as CMake's -Werror default
fi

if ! $all_stages; then
    suite "$@"
    exit
fi
timed suite suite "$@"
timed asan suite --preset asan
timed fuzz ./scripts/fuzz.sh --seconds "${MESHERY_AUTH_FUZZ_SECONDS:-30}"
echo "run-tests: all stages passed in $SECONDS s"
