// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"
#include "CommandLine.h"
#include "Preferences.h"
#include "Translations.h"

#include <QCoreApplication>

// meshery-auth-cli: the window's sign-in, profiles and tokens from terminals and scripts.
// QtCore and QtNetwork only, so it runs where there is no display.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meshery-auth-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("meshery-auth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHERY_AUTH_VERSION));
    // The window's rule: the language chosen in its Settings, else the system's.
    MesheryAuth::installTranslations(MesheryAuth::Preferences::load(*MesheryAuth::AppSettings::open()).language);

    MesheryAuth::Cli::CommandLine commandLine;
    QObject::connect(&commandLine, &MesheryAuth::Cli::CommandLine::finished, &app, &QCoreApplication::exit);
    if (const auto exitCode = commandLine.start(QCoreApplication::arguments()))
        return *exitCode;
    return QCoreApplication::exec();
}
