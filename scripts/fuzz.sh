#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (the fuzz preset: clang, ASan, UBSan, in build-fuzz/) and runs each
# for a bounded time: first the inputs of fuzz/regressions/TARGET (every crash found so far, which
# must pass), then fuzzing from build-fuzz/corpus/TARGET, seeded from fuzz/seeds/TARGET, tests/data
# and ../shared/fixtures/mesheryctl (read in place, never copied into the project).
#   scripts/fuzz.sh [--seconds N] [TARGET...]     (default: 60 seconds each, every target)
# A crash stops the script with its input in build-fuzz/artifacts/TARGET/: fix the bug, then move
# the input to fuzz/regressions/TARGET/ so that every later run replays it.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
if [[ ${1-} == --seconds ]]; then
    seconds=${2:?--seconds needs a number}
    shift 2
fi
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] ||
    targets=(token_info meshery_json mesheryctl_config mesheryctl_auth callback_request set_cookie cli_arguments)

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
[[ -f build-fuzz/CMakeCache.txt ]] || cmake --preset fuzz "${launcher[@]}"
cmake --build --preset fuzz --parallel "$(nproc)"

shared=../shared/fixtures/mesheryctl
work=build-fuzz/work
rm -rf "$work"
mkdir -p "$work"

# Seeds that are not files of their own: the token inside each auth.json-shaped fixture.
token_seeds() {
    mkdir -p "$work/token-seeds"
    python3 - "$work/token-seeds" tests/data/*.json tests/data/mesheryctl/*.json "$shared"/*.json <<'PY'
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
for index, name in enumerate(sys.argv[2:]):
    try:
        token = json.loads(pathlib.Path(name).read_text()).get("token")
    except (OSError, ValueError, AttributeError):
        continue
    if isinstance(token, str) and token:
        (out / f"token-{index}").write_text(token)
PY
    echo "$work/token-seeds"
}

# Fixture files of one kind, copied under names that say where each came from.
fixtures() {
    local into=$1 file
    shift
    mkdir -p "$into"
    for file in "$@"; do
        local name=${file#../}
        if [[ -f $file ]]; then cp "$file" "$into/${name//\//_}"; fi
    done
    echo "$into"
}

# The seed folders of a target: its own, then the fixtures in the format it reads.
seeds_of() {
    local target=$1 folder
    local folders=("fuzz/seeds/$target")
    case $target in
        token_info | callback_request | set_cookie) folders+=("$(token_seeds)") ;;
        meshery_json | mesheryctl_auth)
            folders+=("$(fixtures "$work/json" tests/data/*.json tests/data/mesheryctl/*.json "$shared"/*.json)")
            ;;
        mesheryctl_config)
            folders+=("$(fixtures "$work/yaml" tests/data/mesheryctl/*.yaml "$shared"/*.yaml)")
            ;;
    esac
    for folder in "${folders[@]}"; do
        if [[ -d $folder ]]; then echo "$folder"; fi
    done
}

# The CLI opens its settings: a throw-away HOME keeps the user's own out of reach.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

summary=()
for target in "${targets[@]}"; do
    program=build-fuzz/bin/fuzz_$target
    [[ -x $program ]] || { echo "No fuzz target $target" >&2; exit 2; }
    mkdir -p "build-fuzz/corpus/$target" "build-fuzz/artifacts/$target"
    options=(-timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="build-fuzz/artifacts/$target/")
    # The CLI prints its help and errors for every input: keep them out of the log.
    [[ $target == cli_arguments ]] && options+=(-close_fd_mask=1)

    regressions=(fuzz/regressions/"$target"/*)
    if [[ -e ${regressions[0]} ]]; then
        echo "== $target: replaying ${#regressions[@]} regression inputs"
        HOME=$home XDG_CONFIG_HOME=$home/.config "$program" "${options[@]}" "${regressions[@]}"
    fi

    echo "== $target: fuzzing for $seconds s"
    mapfile -t seeds < <(seeds_of "$target")
    log=build-fuzz/work/$target.log
    if ! HOME=$home XDG_CONFIG_HOME=$home/.config nice "$program" "${options[@]}" \
        -max_total_time="$seconds" -print_final_stats=1 "build-fuzz/corpus/$target" "${seeds[@]}" 2>"$log"; then
        tail -n 60 "$log" >&2
        echo "fuzz_$target found a crash: its input is in build-fuzz/artifacts/$target/" >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    corpus=$(find "build-fuzz/corpus/$target" -type f | wc -l)
    summary+=("$(printf '%-20s %8s s %12s runs %8s edges %7s corpus files' "$target" "$seconds" "$runs" "$coverage" "$corpus")")
done

echo "== fuzzing done, no crashes"
printf '%s\n' "${summary[@]}"
