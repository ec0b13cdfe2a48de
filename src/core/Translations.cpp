// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

namespace MesheryAuth {

namespace {

const QString &resourceFolder()
{
    static const QString folder = QStringLiteral(":/i18n");
    return folder;
}

const QString &english()
{
    static const QString code = QStringLiteral("en");
    return code;
}

// "meshery-auth_de.qm" -> "de"
QString codeOf(const QString &qmFile)
{
    const QString base = QFileInfo(qmFile).completeBaseName();
    return base.mid(base.indexOf(u'_') + 1);
}

// The language's name as its translators wrote it in their file. Not QLocale's
// nativeLanguageName(): that names a country's variant ("español de España"), and the texts are
// no particular country's.
const char *const NameContext = "MesheryAuth::Translations";
struct Text {
    const char *source;
    const char *comment;
};
const Text OwnName = QT_TRANSLATE_NOOP3("MesheryAuth::Translations", "English",
                                        "The name of the language you translate into, in that language");

QString nativeName(const QString &qmFile)
{
    QTranslator translator;
    QString name;
    if (translator.load(qmFile))
        name = translator.translate(NameContext, OwnName.source, OwnName.comment);
    return name.isEmpty() ? QString::fromLatin1(OwnName.source) : name;
}

QString &installed()
{
    static QString code;
    return code;
}

} // namespace

QList<Language> availableLanguages()
{
    const QStringList files =
        QDir(resourceFolder()).entryList({QStringLiteral("meshery-auth_*.qm")}, QDir::Files, QDir::Name);
    QList<Language> languages;
    for (const QString &file : files)
        languages.append({codeOf(file), nativeName(QDir(resourceFolder()).filePath(file))});
    std::stable_partition(languages.begin(), languages.end(),
                          [](const Language &language) { return language.code == english(); });
    return languages;
}

QString installTranslations(const QString &preferred)
{
    QCoreApplication *app = QCoreApplication::instance();
    auto *plurals = new QTranslator(app);
    if (plurals->load(resourceFolder() + QStringLiteral("/meshery-auth_") + english() + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(plurals);

    // Only a language this executable has: the preference comes from a file the user may edit,
    // and the helper's from its command line.
    const QList<Language> languages = availableLanguages();
    const bool known = std::any_of(languages.begin(), languages.end(),
                                   [&](const Language &language) { return language.code == preferred; });
    QLocale locale;
    if (known) {
        locale = QLocale(preferred);
        // Dates and numbers in the same language as the sentences around them.
        QLocale::setDefault(locale);
    }

    QString spoken = english();
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("meshery-auth"), QStringLiteral("_"), resourceFolder())
        && codeOf(ours->filePath()) != english()) {
        QCoreApplication::installTranslator(ours);
        spoken = codeOf(ours->filePath());
    } else {
        delete ours;
    }
    // Qt's own texts (dialog buttons, the command line's "Usage:") in the same language, not in
    // the system's: no mix of two languages when the preference differs from the system.
    if (spoken != english()) {
        auto *qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + spoken, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    installed() = spoken;
    return spoken;
}

QString installedLanguage()
{
    return installed();
}

} // namespace MesheryAuth
