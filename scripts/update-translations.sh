#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
# The one way to update the translations from the sources (docs/translations.md): run it after
# adding or changing a user-visible string, then translate what it marks unfinished.
#   translations/meshery-auth_de.ts, _es.ts: every string, for the translators.
#   translations/meshery-auth_en.ts: only the plural forms of %n strings ("%n provider(s)" ->
#     "1 provider" / "2 providers"), filled in here.
# Usage: update-translations.sh [--keep-vanished] [FOLDER]
#   FOLDER: update the .ts files in FOLDER instead of translations/ (the Translations test
#   updates copies); --keep-vanished: keep strings gone from the sources, marked vanished.
set -euo pipefail
cd "$(dirname "$0")/.."
obsolete=(-no-obsolete)
if [[ ${1:-} == --keep-vanished ]]; then
    obsolete=()
    shift
fi
folder=${1:-translations}
lupdate=/usr/lib/qt6/bin/lupdate

# The translators' own command, option for option, so that their files and these match.
for language in de es; do
    "$lupdate" -silent -locations none "${obsolete[@]}" -target-language "$language" src ui \
        -ts "$folder/meshery-auth_$language.ts"
done
"$lupdate" -silent -pluralonly -locations none "${obsolete[@]}" -target-language en src ui \
    -ts "$folder/meshery-auth_en.ts"
python3 - "$folder/meshery-auth_en.ts" <<'PY'
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
    comment = '        <comment>%s</comment>\n' % match.group(2) if match.group(2) is not None else ''
    return ('<message numerus="yes">\n        <source>%s</source>\n%s        <translation>\n'
            '            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n'
            '        </translation>\n    </message>') % (match.group(1), comment, esc(one), esc(many))

# Only unfinished entries: one gone from the sources stays marked vanished for the check to see.
text = re.sub(r'<message numerus="yes">\s*<source>([^<]*)</source>\s*(?:<comment>([^<]*)</comment>\s*)?<translation type="unfinished">.*?</translation>\s*</message>',
              fill, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
PY
