#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Renders the window icon's PNG sizes from resources/icons/meshery-auth.svg. The window uses the
# PNGs, so it never loads Qt's SVG support at start (see the README's Performance section); the
# desktop file and the package keep the SVG. Run after changing the SVG; needs rsvg-convert
# (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "needs rsvg-convert: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" meshery-auth.svg --output "meshery-auth-$size.png"
done
