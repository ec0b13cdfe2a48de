#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# Refreshes translations/meshery-auth_en.ts: English needs a "translation" only for the plural
# forms of %n strings ("%n provider(s)" -> "1 provider" / "2 providers"). Run after adding or
# changing a tr() string that uses %n; other languages' .ts files are updated by the
# meshery-auth_lupdate build target.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -pluralonly -locations none -no-obsolete -target-language en src ui \
    -ts translations/meshery-auth_en.ts
python3 - translations/meshery-auth_en.ts <<'PY'
import re, sys, html
path = sys.argv[1]
text = open(path, encoding='utf-8').read()

def forms(source):
    # "(s)" marks the plural ending; "(es)"/"(ies)" would need their own rule: none are used yet.
    if '(ies)' in source or '(es)' in source:
        raise SystemExit('add a rule for: ' + source)
    return source.replace('(s)', ''), source.replace('(s)', 's')

def fill(match):
    source = html.unescape(match.group(1))
    one, many = forms(source)
    esc = lambda s: html.escape(s, quote=False)
    return ('<message numerus="yes">\n        <source>%s</source>\n        <translation>\n'
            '            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n'
            '        </translation>\n    </message>') % (match.group(1), esc(one), esc(many))

text = re.sub(r'<message numerus="yes">\s*<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>\s*</message>',
              fill, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
PY
