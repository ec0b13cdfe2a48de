#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Installs, with apt, whatever Debian 12 / Ubuntu packages the build, the app and the tests need
# and this machine lacks. Quick when nothing is missing: it asks dpkg first, apt only if needed.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    # the format check (scripts/format.sh --check, run by ctest)
    clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    qtkeychain-qt6-dev libyaml-cpp-dev libssl-dev qt6-webengine-dev
    # run: SVG icons, and the platform theme's keychain
    libqt6svg6
    # run: Qt's own texts (dialog buttons) in German and Spanish (qtbase_*.qm)
    qt6-translations-l10n
    # headless tests: X server, private D-Bus session, real Secret Service
    xvfb xauth x11-utils dbus dbus-x11 gnome-keyring libsecret-tools xclip
    # the start-up benchmark's probe (benchmarks/StartupProbe.cpp watches the X server)
    libxcb1-dev
    # TestAccessibility: the accessibility bus and a small AT-SPI client reading the window on it
    at-spi2-core python3-dbus
    # the CLI's peak memory under a hostile server (GNU time)
    time
    # TLS tests: certificates made at test time (tests/TestCertificates.h)
    openssl
    # run: opening the system browser for its login
    xdg-utils
    # the fuzz targets (scripts/fuzz.sh): clang 14 and its libFuzzer, libclang_rt.fuzzer, which
    # Debian ships in libclang-rt-14-dev
    clang-14 libclang-rt-14-dev
    # the package check (scripts/check-package.sh, run by ctest): lintian, desktop-file-validate,
    # appstreamcli
    lintian desktop-file-utils appstream
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
