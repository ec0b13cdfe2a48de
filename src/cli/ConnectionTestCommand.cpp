// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ConnectionTestCommand.h"

#include <QJsonArray>

namespace MesheryAuth::Cli {

QString ConnectionTestCommand::summary() const
{
    return tr("Run the staged connection checks: name, ok/fail, HTTP status, time and message of each.");
}

void ConnectionTestCommand::report(const ServerProfile &profile, const QByteArray &token)
{
    ServerProfile limited = profile;
    limited.timeoutSeconds = int(context()->timeoutFor(profile).count());
    m_test = new ConnectionTest(this);
    connect(m_test, &ConnectionTest::finished, this, [this, limited](bool allPassed) { print(limited, allPassed); });
    m_test->start(limited, context()->client(limited, token)); // a renewed token is stored
}

ExitCode ConnectionTestCommand::exitCodeOf(const QList<ConnectionCheck> &checks)
{
    for (const ConnectionCheck &check : checks) {
        if (check.status != ConnectionCheck::Status::Failed)
            continue;
        const ExitCode code = CliError::exitCodeFor(check.error.kind());
        return code == ExitCode::Ok ? ExitCode::Failure : code;
    }
    return ExitCode::Failure;
}

void ConnectionTestCommand::print(const ServerProfile &profile, bool allPassed)
{
    const QList<ConnectionCheck> checks = m_test->checks();
    if (output().isJson()) {
        QJsonArray rows;
        for (const ConnectionCheck &check : checks) {
            rows.append(QJsonObject{
                {QStringLiteral("id"), ConnectionCheck::idName(check.id)},
                {QStringLiteral("title"), check.title},
                {QStringLiteral("status"), ConnectionCheck::statusName(check.status)},
                {QStringLiteral("httpStatus"), check.httpStatus > 0 ? QJsonValue(check.httpStatus) : QJsonValue()},
                {QStringLiteral("elapsedMs"), check.elapsedMs >= 0 ? QJsonValue(check.elapsedMs) : QJsonValue()},
                {QStringLiteral("message"), check.summary},
                {QStringLiteral("error"),
                 check.error.isOk() ? QJsonValue() : QJsonValue(CliError::fromApi(check.error).toJson())},
                {QStringLiteral("requestId"), Output::orNull(check.requestId)},
                // The token in these lines is $MESHERY_TOKEN, never the secret itself.
                {QStringLiteral("curl"), Output::orNull(QString::fromUtf8(check.curl))},
            });
        }
        output().document({{QStringLiteral("server"), profile.serverUrl.toString()},
                           {QStringLiteral("provider"), Output::orNull(profile.provider)},
                           {QStringLiteral("allPassed"), allPassed},
                           {QStringLiteral("checks"), rows}});
    } else {
        QList<QStringList> rows;
        for (const ConnectionCheck &check : checks) {
            QString message = check.summary;
            if (check.status == ConnectionCheck::Status::Failed && !check.error.hint().isEmpty())
                message += QLatin1Char(' ') + check.error.hint();
            rows << QStringList{check.title, ConnectionCheck::statusName(check.status),
                                check.httpStatus > 0 ? QString::number(check.httpStatus) : QStringLiteral("-"),
                                check.elapsedMs >= 0 ? tr("%1 ms").arg(check.elapsedMs) : QStringLiteral("-"), message};
        }
        output().table({tr("CHECK"), tr("RESULT"), tr("HTTP"), tr("TIME"), tr("MESSAGE")}, rows);
    }
    finish(allPassed ? ExitCode::Ok : exitCodeOf(checks));
}

} // namespace MesheryAuth::Cli
