#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# What the window costs against a bare Qt Widgets window (benchmarks/BareWindow.cpp), both built
# here and measured in the same run, alternately, as separate processes from outside by
# meshery-auth-startup-probe: time from fork/exec to the X server mapping the top-level window,
# and peak RSS (VmHWM) one second later. Each start gets a fresh HOME (tests/with-fresh-home.sh:
# no profile, no caches).
# Runs headless as the tests do (scripts/headless.sh: Xvfb, private D-Bus, gnome-keyring).
# Reports the medians and the median of the per-pair ratios app/bare against the goal. Then the
# time from "Log in" to the provider page shown (meshery-auth-login-benchmark), against a bare
# Qt WebEngine window loading the same page as a process of its own.
# Usage: benchmarks/run-startup.sh [runs]   (default 21 of each; builds what it needs in ./build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [runs]" >&2; exit 2; }
goal_start=1.3 goal_rss=1.5

if [[ -z ${MESHERY_AUTH_BENCH_HEADLESS-} ]]; then
    if [[ ! -f build/CMakeCache.txt ]]; then
        generator=()
        command -v ninja >/dev/null && generator=(-G Ninja)
        cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build build --parallel "$(nproc)" \
        --target meshery-auth meshery-auth-bare-window meshery-auth-startup-probe meshery-auth-login-benchmark
    MESHERY_AUTH_BENCH_HEADLESS=1 exec ./scripts/headless.sh "$0" "$runs"
fi

bin=$PWD/build/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One start of a program in a fresh HOME (tests/with-fresh-home.sh, as the tests get theirs);
# prints "<ms to mapped> <peak RSS KiB>".
measure() {
    local result
    if ! result=$(sh tests/with-fresh-home.sh "$bin/meshery-auth-startup-probe" -- "$@" 2>>"$work/log"); then
        echo "measuring $* failed:" >&2
        cat "$work/log" >&2
        exit 1
    fi
    sed -n 's/^map_ms=\([0-9.]*\) hwm_kib=\([0-9]*\)$/\1 \2/p' <<<"$result"
}

# --- Start-up: window mapped and peak RSS, bare window and app alternately -------------------
load=$(cut -d ' ' -f 1-3 /proc/loadavg)
# One start of each first, not counted, so neither pays alone for a cold file cache.
measure "$bin/meshery-auth-bare-window" >/dev/null
measure "$bin/meshery-auth" >/dev/null
for ((i = 1; i <= runs; i++)); do
    bare=$(measure "$bin/meshery-auth-bare-window")
    app=$(measure "$bin/meshery-auth")
    pair="$bare $app"
    echo "$pair" >>"$work/startup"
    awk -v i="$i" '{ printf "run %2d   bare %6.1f ms %6.1f MiB   meshery-auth %6.1f ms %6.1f MiB\n", i, $1, $2 / 1024, $3, $4 / 1024 }' <<<"$pair"
done

awk -v runs="$runs" -v goal_start="$goal_start" -v goal_rss="$goal_rss" \
    -v when="$(date -u '+%Y-%m-%d %H:%M UTC')" -v cores="$(nproc)" \
    -v load="$load" '
    function median(values, n,    i, j, t, copy) {
        for (i = 1; i <= n; i++) copy[i] = values[i]
        for (i = 2; i <= n; i++)
            for (j = i; j > 1 && copy[j - 1] > copy[j]; j--) { t = copy[j]; copy[j] = copy[j - 1]; copy[j - 1] = t }
        return n % 2 ? copy[(n + 1) / 2] : (copy[n / 2] + copy[n / 2 + 1]) / 2
    }
    function line(name, unit, bare, app, ratio, goal) {
        printf "%-24s %10.1f %-3s %12.1f %-3s %7.2fx %8.2fx   <= %.1fx  %s\n", name, median(bare, NR), unit,
            median(app, NR), unit, median(ratio, NR), median(app, NR) / median(bare, NR), goal,
            median(ratio, NR) <= goal ? "met" : "NOT met"
    }
    { bms[NR] = $1; bmib[NR] = $2 / 1024; ams[NR] = $3; amib[NR] = $4 / 1024
      rms[NR] = $3 / $1; rmib[NR] = $4 / $2 }
    END {
        printf "\nStart-up of meshery-auth against a bare Qt window: medians of %d alternating runs each,\n", runs
        printf "Xvfb, %s cores, load average before %s, %s\n\n", cores, load, when
        printf "%-24s %14s %16s %8s %9s   %s\n", "", "bare Qt window", "meshery-auth", "ratio", "ratio of", "goal"
        printf "%-24s %14s %16s %8s %9s\n", "", "", "", "(pairs)", "medians"
        line("start to mapped window", "ms", bms, ams, rms, goal_start)
        line("peak RSS 1 s after", "MiB", bmib, amib, rmib, goal_rss)
    }' "$work/startup"

# --- Login: from "Log in" to the provider page shown ------------------------------------------
# In the window (benchmarks/LoginBenchmark.cpp), against a bare WebEngine window started as a
# process and loading the same page (benchmarks/BareBrowser.cpp), alternately.
echo
echo "From \"Log in\" to the provider page, against a bare WebEngine window loading it ($runs runs each):"
sh tests/with-fresh-home.sh "$bin/meshery-auth-login-benchmark" "$runs" 2>>"$work/log" || {
    echo "the login benchmark failed:" >&2
    cat "$work/log" >&2
    exit 1
}
