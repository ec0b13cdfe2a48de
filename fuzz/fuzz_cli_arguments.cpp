// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli's command line (CommandLine::parse): the input is the arguments, separated by
// NUL bytes as in /proc/PID/cmdline. Parsed only: no command runs. scripts/fuzz.sh gives the run a
// throw-away HOME, since the CLI opens its settings.
#include "CommandLine.h"
#include "FuzzInput.h"

#include <QStringList>

using namespace MesheryAuth;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setApplicationName(QStringLiteral("meshery-auth-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("meshery-auth-fuzz"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Cli::CommandLine commandLine;
    QStringList arguments{QStringLiteral("meshery-auth-cli")};
    for (const QByteArray &argument : Fuzz::bytes(data, size).split('\0'))
        arguments << QString::fromUtf8(argument);
    const Cli::CommandLine::Invocation invocation = commandLine.parse(arguments);
    Fuzz::require(invocation.exitCode.has_value() != (invocation.command != nullptr),
                  "either the run ends at once or a command runs");
    if (invocation.command)
        Fuzz::require(invocation.options != nullptr, "a command comes with its options");
    // A token is never accepted as an argument, whatever else the line holds.
    for (const QString &argument : std::as_const(arguments)) {
        if (argument == QLatin1String("--token") || argument.startsWith(QLatin1String("--token=")))
            Fuzz::require(invocation.exitCode == 2, "a token argument is a usage error");
    }
    return 0;
}
