// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Looks into the real Secret Service the way a person would, with secret-tool (libsecret-tools),
// to check what the vault stored without going through the code under test. QtKeychain files its
// entries under the attributes server=<service> and user=<key>.
#include <QProcess>
#include <QString>

namespace SecretTool {

struct Lookup {
    bool found = false;
    QByteArray value;
};

inline Lookup lookup(const QString &service, const QString &key)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    Lookup result;
    if (!process.waitForFinished(15000))
        return result;
    result.value = process.readAllStandardOutput();
    result.found = process.exitCode() == 0 && !result.value.isEmpty();
    return result;
}

inline bool clear(const QString &service, const QString &key)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("clear"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    return process.waitForFinished(15000) && process.exitCode() == 0;
}

} // namespace SecretTool
