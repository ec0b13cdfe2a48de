#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Meshery Auth contributors
# SPDX-License-Identifier: Apache-2.0
"""The Translations test (CTest): updates copies of translations/*.ts from the sources with
scripts/update-translations.sh and fails, naming each entry, when a file
  - is not up to date with the sources (a string added or gone: run the script),
  - has an unfinished entry, or one gone from the sources (vanished or obsolete),
  - has a plural (%n) entry without all of its language's forms, or an empty form,
  - has a translation whose placeholders (%1 .. %99, %n) differ from its source's.
--self-test: checks this checker on entries made with each fault, and on a sound one."""
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Qt's plural rules for each language (what lupdate writes as empty numerusforms).
PLURAL_FORMS = {'en': 2, 'de': 2, 'es': 2}
PLACEHOLDER = re.compile(r'%L?(\d{1,2}|n)')


def placeholders(text):
    # %L1 is %1 in the locale's digits: the same argument.
    return collections.Counter(match.group(1) for match in PLACEHOLDER.finditer(text or ''))


def entries(path):
    """(context, source, comment) -> the <message> element, and the file's language."""
    root = ElementTree.parse(path).getroot()
    found = {}
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            key = (name, message.findtext('source'), message.findtext('comment') or '')
            found[key] = message
    return found, (root.get('language') or '').split('_')[0]


def problems_in(path, original=None):
    found, language = entries(path)
    problems = []

    def say(key, what):
        problems.append(('%s: [%s] "%s": %s' % (os.path.basename(path), key[0], key[1], what)).replace('\n', '\\n'))

    if original is not None:
        before, _ = entries(original)
        for key in sorted(set(found) - set(before), key=str):
            say(key, 'new in the sources, missing from the file: run scripts/update-translations.sh')
    for key, message in found.items():
        translation = message.find('translation')
        kind = translation.get('type') if translation is not None else 'unfinished'
        if kind in ('vanished', 'obsolete'):
            say(key, 'gone from the sources (%s)' % kind)
            continue
        if kind == 'unfinished':
            say(key, 'unfinished')
            continue
        source = key[1]
        if message.get('numerus') == 'yes':
            forms = [form.text or '' for form in translation.findall('numerusform')]
            wanted = PLURAL_FORMS.get(language)
            if wanted is None:
                say(key, 'no plural rule known for language "%s"' % language)
            elif len(forms) != wanted or not all(forms):
                say(key, 'needs %d plural forms, has %d filled' % (wanted, sum(1 for f in forms if f)))
            texts = forms
        else:
            texts = [translation.text or '']
            if not texts[0]:
                say(key, 'empty translation')
        for text in texts:
            if text and placeholders(text) != placeholders(source):
                say(key, 'placeholders differ from the source\'s: "%s"' % text)
    return problems


def check_project():
    with tempfile.TemporaryDirectory() as scratch:
        names = sorted(name for name in os.listdir(os.path.join(ROOT, 'translations')) if name.endswith('.ts'))
        for name in names:
            shutil.copy(os.path.join(ROOT, 'translations', name), scratch)
        subprocess.run([os.path.join(ROOT, 'scripts', 'update-translations.sh'), '--keep-vanished', scratch],
                       check=True)
        problems = []
        for name in names:
            problems += problems_in(os.path.join(scratch, name), os.path.join(ROOT, 'translations', name))
    for problem in problems:
        print(problem)
    counts = collections.Counter(problem.split(':')[0] for problem in problems)
    for name in names:
        print('%s: %d problem(s)' % (name, counts.get(name, 0)))
    return 1 if problems else 0


SELF_TEST = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Sample</name>
    <message><source>Sound %1</source><translation>Gut %1</translation></message>
    <message><source>Local %L1</source><translation>Lokal %1</translation></message>
    <message><source>Unfinished</source><translation type="unfinished"></translation></message>
    <message><source>Vanished</source><translation type="vanished">Weg</translation></message>
    <message><source>Obsolete</source><translation type="obsolete">Alt</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>Lost %1</source><translation>Verloren</translation></message>
    <message><source>Swapped %1 %2</source><translation>Vertauscht %1 %3</translation></message>
    <message numerus="yes"><source>%n day(s)</source><translation>
        <numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation></message>
    <message numerus="yes"><source>%n hour(s)</source><translation>
        <numerusform>%n Stunde</numerusform></translation></message>
    <message numerus="yes"><source>%n week(s)</source><translation>
        <numerusform>%n Woche</numerusform><numerusform></numerusform></translation></message>
    <message numerus="yes"><source>%n year(s)</source><translation>
        <numerusform>ein Jahr</numerusform><numerusform>%n Jahre</numerusform></translation></message>
</context>
</TS>
'''


def self_test():
    with tempfile.TemporaryDirectory() as scratch:
        path = os.path.join(scratch, 'sample_de.ts')
        with open(path, 'w', encoding='utf-8') as out:
            out.write(SELF_TEST)
        original = os.path.join(scratch, 'original_de.ts')
        with open(original, 'w', encoding='utf-8') as out:
            out.write(SELF_TEST.replace('<message><source>Sound %1</source><translation>Gut %1</translation></message>',
                                        ''))
        problems = problems_in(path, original)
    expected = {'"Sound %1": new in the sources', '"Unfinished": unfinished', '"Empty": empty translation', '"Vanished": gone from the sources',
                '"Obsolete": gone from the sources', '"Lost %1": placeholders differ', '"Swapped %1 %2": placeholders',
                '"%n hour(s)": needs 2 plural forms, has 1', '"%n week(s)": needs 2 plural forms, has 1',
                '"%n year(s)": placeholders differ'}
    missed = [want for want in expected if not any(want in problem for problem in problems)]
    extra = [problem for problem in problems if not any(want in problem for want in expected)]
    for problem in problems:
        print('found:', problem)
    for want in missed:
        print('MISSED:', want)
    for problem in extra:
        print('WRONGLY REPORTED:', problem)
    return 1 if missed or extra else 0


if __name__ == '__main__':
    sys.exit(self_test() if sys.argv[1:] == ['--self-test'] else check_project())
