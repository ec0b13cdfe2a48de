#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Speed against references measured in the same run (benchmarks/SpeedBenchmarks.cpp), headless as
# the tests run (scripts/headless.sh: Xvfb, private D-Bus, gnome-keyring), with the demo server
# as a process of its own:
#   1. meshery-auth-cli token against secret-tool lookup of the same item    (goal <= 1.5x)
#   2. the connection test, 50 ms on every answer, against its slowest check  (goal <= 1.5x)
#   3. the window's provider list, against one round trip + 50 ms            (goal <= 1.0x)
# Usage: benchmarks/run-benchmarks.sh [runs]   (default 21; builds what it needs in ./build)
# Record what it prints in docs/performance.md with the machine's load.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [runs]" >&2; exit 2; }

if [[ -z ${MESHERY_AUTH_BENCH_HEADLESS-} ]]; then
    if [[ ! -f build/CMakeCache.txt ]]; then
        generator=()
        command -v ninja >/dev/null && generator=(-G Ninja)
        cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build build --parallel "$(nproc)" --target meshery-auth-speed-benchmarks
    MESHERY_AUTH_BENCH_HEADLESS=1 exec ./scripts/headless.sh "$0" "$runs"
fi

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo
exec sh tests/with-fresh-home.sh build/bin/meshery-auth-speed-benchmarks "$runs"
