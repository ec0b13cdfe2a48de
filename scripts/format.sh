#!/usr/bin/env bash
# Formats the C++ sources with clang-format (.clang-format), or with --check fails, naming the
# files, when one is not formatted or lacks its SPDX licence header. CTest runs the check (CodeFormat).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is missing: run scripts/install-deps.sh"; exit 1; }

mapfile -t files < <(find src tests benchmarks fuzz -type f \( -name '*.cpp' -o -name '*.h' \) | sort)

if [[ ${1:-} != --check ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi

status=0
for file in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$file" 2>/dev/null; then
        echo "not formatted: $file (run scripts/format.sh)"
        status=1
    fi
    if ! head -n 3 "$file" | grep -q 'SPDX-License-Identifier: Apache-2.0'; then
        echo "no SPDX licence header: $file"
        status=1
    fi
done
exit $status
