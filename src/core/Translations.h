// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace MesheryAuth {

// A language the app speaks: its code ("de") and its name in itself ("Deutsch").
struct Language {
    QString code = {};
    QString nativeName = {};
};

// The languages this executable embeds translations for (the compiled .qm files under :/i18n),
// English first, then by code: the choices for Settings' language. Empty when none is embedded.
QList<Language> availableLanguages();

// Installs the app's translations from :/i18n and Qt's own from the system (Debian's
// qt6-translations-l10n), for `preferred` when it is one of availableLanguages(), else for the
// system's UI languages (LANGUAGE, then LC_ALL/LC_MESSAGES/LANG). English is always installed
// first, for its plural forms ("1 day" / "2 days"). Call once, before any window or message is
// made: a changed preference applies at the next start. Returns the code of the language now
// spoken, "en" when no other matched.
QString installTranslations(const QString &preferred = {});

// What the last installTranslations() returned; empty before it ran. The window passes it to
// the browser helper, so that both speak the same language.
QString installedLanguage();

} // namespace MesheryAuth
