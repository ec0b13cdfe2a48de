// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

namespace MesheryAuth::Cli {

// token [--format raw|bearer|cookie|headers|curl|mesheryctl]: the only command that prints a
// secret. It works offline while the token's own expiry says it is valid. A Meshery server renews
// an expired token through its refresh token, so an expired one with a refresh token is taken to
// the server (GET /api/token) first: only the server's "not signed in" means expired.
class TokenCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override;
    QStringList synopsis() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;

private:
    enum class Expiry { FromTheToken, ServerDecided };
    void print(const ServerProfile &profile, const QByteArray &token, const QString &format,
               Expiry expiry = Expiry::FromTheToken);
    void renewThenPrint(const ServerProfile &profile, const QByteArray &token, const QString &format);
    void failExpired(const ServerProfile &profile, const QDateTime &expiry, bool serverAsked);
};

} // namespace MesheryAuth::Cli
