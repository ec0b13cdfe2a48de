#pragma once

#include "Command.h"

namespace MesheryAuth::Cli {

// token [--format raw|bearer|cookie|curl|mesheryctl]: the only command that prints a secret.
// It works offline: the keychain and the token's own expiry decide, not the server.
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
    void print(const ServerProfile &profile, const QByteArray &token, const QString &format);
};

} // namespace MesheryAuth::Cli
