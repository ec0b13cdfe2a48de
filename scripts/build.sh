#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Configures (once) and builds the project: into ./build, or with --preset NAME as that preset of
# CMakePresets.json says (asan: build-asan/, release: build-release/). Incremental on a second run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ${1-} == --preset ]]; then
    preset=${2:?--preset needs a name: dev, asan or release}
    binary_dir=build-$preset
    [[ $preset == dev ]] && binary_dir=build
    [[ -f $binary_dir/CMakeCache.txt ]] || cmake --preset "$preset"
    exec cmake --build --preset "$preset" --parallel "$(nproc)"
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [[ ! -f build/CMakeCache.txt ]]; then
    cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build --parallel "$(nproc)"
