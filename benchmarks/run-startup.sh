#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Median start-up time and peak memory of: the window alone, the window plus the in-process
# browser plugin, and the browser alone as a helper process would run it. Headless (Xvfb).
# Usage: benchmarks/run-startup.sh [runs]   (after ./scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
bench=$PWD/build/bin/meshery-auth-startup-benchmark
[[ -x $bench ]] || { echo "build first: ./scripts/build.sh" >&2; exit 1; }
xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
    bench=$1 runs=$2
    export HOME=$(mktemp -d)
    median() { sort -n | awk "{ v[NR] = \$1 } END { print v[int((NR + 1) / 2)] }"; }
    for mode in window plugin browser; do
        out=$(for ((i = 0; i < runs; i++)); do "$bench" "$mode" 2>/dev/null; done)
        ms=$(sed -n "s/.* ms=\([0-9]*\).*/\1/p" <<<"$out" | median)
        kib=$(sed -n "s/.* rss_kib=\([0-9]*\).*/\1/p" <<<"$out" | median)
        printf "%-8s median %5s ms   peak RSS %4s MiB   (%s runs)\n" "$mode" "$ms" "$((kib / 1024))" "$runs"
    done
' bash "$bench" "$runs"
