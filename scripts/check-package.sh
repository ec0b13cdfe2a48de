#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb from a finished build (default ./build; CPack strips the programs) and checks it
# as a user would get it: lintian with no errors, valid .desktop and AppStream files, no debug
# information, every library found, and the installed programs start from an unpacked copy.
# CTest runs it (test Package, label "package"); it fails on the first broken check.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")

for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli readelf; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/install-deps.sh"; exit 1; }
done
[[ -f $build/CPackConfig.cmake ]] || { echo "no CPack configuration in $build: configure and build first"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "check-package: $*" >&2
    exit 1
}

echo "== cpack (DEB)"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$work"/out/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one .deb, found: ${debs[*]}"
deb=${debs[0]}
echo "built $(basename "$deb")"

echo "== lintian"
# Errors fail the check; warnings are shown for whoever reads the log.
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors (E: lines above)"

root=$work/root
dpkg-deb -x "$deb" "$root"

echo "== desktop-file-validate, appstreamcli validate"
desktop-file-validate "$root/usr/share/applications/io.meshery.MesheryAuth.desktop" ||
    fail "the .desktop file is invalid"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.meshery.MesheryAuth.metainfo.xml" ||
    fail "the AppStream metainfo is invalid"

echo "== the programs: stripped, libraries found, they start"
version=$(dpkg-deb -f "$deb" Version)
mapfile -t programs < <(find "$root/usr/bin" "$root/usr/libexec" -type f -perm -u+x | sort)
[[ ${#programs[@]} -ge 4 ]] || fail "expected four programs, found: ${programs[*]}"
for program in "${programs[@]}"; do
    name=${program#"$root"}
    [[ $(readelf -S "$program") != *.debug_* ]] || fail "$name carries debug information"
    missing=$(ldd "$program" | grep 'not found' || true)
    [[ -z $missing ]] || fail "$name needs libraries the system lacks: $missing"
    if [[ $name == /usr/bin/* ]]; then
        man=$root/usr/share/man/man1/$(basename "$name").1.gz
        [[ -f $man ]] || fail "$name has no manual page"
    fi
done

# A throw-away home, so nothing the programs might write lands in the user's.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"
for program in meshery-auth-cli meshery-auth; do
    output=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/$program" --version 2>&1) ||
        fail "$program --version failed: $output"
    echo "$program --version: $output"
    [[ $output == *"$version"* ]] || fail "$program --version does not name the package's version $version"
done
echo "check-package: $(basename "$deb") is fine"
