// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace MesheryAuth {

void installTranslations()
{
    QCoreApplication *app = QCoreApplication::instance();
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/meshery-auth_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *ours = new QTranslator(app);
    if (ours->load(QLocale(), QStringLiteral("meshery-auth"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && ours->language() != english->language())
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace MesheryAuth
