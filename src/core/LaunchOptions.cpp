// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "LaunchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace MesheryAuth {

namespace {
const QString ServerName = QStringLiteral("server");
const QString DemoName = QStringLiteral("demo");
} // namespace

void LaunchOptions::addTo(QCommandLineParser &parser)
{
    // The "main" context: these strings were main()'s and keep their translations.
    parser.addOption(QCommandLineOption(ServerName,
                                        QCoreApplication::translate("main", "Meshery server address to open."),
                                        QCoreApplication::translate("main", "url")));
    parser.addOption(QCommandLineOption(
        DemoName, QCoreApplication::translate("main", "Start the built-in demo server and open it.")));
}

LaunchOptions LaunchOptions::from(const QCommandLineParser &parser)
{
    LaunchOptions options;
    if (parser.isSet(ServerName))
        options.server = parser.value(ServerName);
    options.demo = parser.isSet(DemoName);
    return options;
}

std::optional<LaunchOptions> LaunchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    addTo(parser);
    // No help or version here: from another process they mean nothing to the running window.
    if (arguments.isEmpty() || !parser.parse(arguments) || !parser.positionalArguments().isEmpty())
        return std::nullopt;
    return from(parser);
}

QStringList LaunchOptions::toArguments() const
{
    QStringList arguments{QCoreApplication::applicationName()};
    if (!server.isEmpty())
        arguments << QStringLiteral("--") + ServerName << server;
    if (demo)
        arguments << QStringLiteral("--") + DemoName;
    return arguments;
}

} // namespace MesheryAuth
