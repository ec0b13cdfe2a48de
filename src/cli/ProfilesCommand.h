// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

namespace MesheryAuth::Cli {

// profiles [--json] | profiles add NAME URL [trust options] | profiles remove NAME |
// profiles use NAME | profiles trust NAME [--fingerprint SHA256] | profiles untrust NAME SHA256:
// the same server profiles the window shows. Removing one also removes its tokens (and its
// client key's passphrase). trust pins the certificate a server presents only once the user has
// typed (or passed) its fingerprint: there is no way to turn verification off.
class ProfilesCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("profiles"); }
    QString summary() const override;
    QStringList synopsis() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;

private:
    void list();
    void add(const QString &name, const QString &address, const QCommandLineParser &parser);
    void storePassphrase(const ServerProfile &profile, const QByteArray &passphrase, const QString &message);
    void trust(const QString &name, const QString &fingerprintOption);
    void offerToPin(const ServerProfile &profile, const ApiError &error, const QString &fingerprintOption);
    void untrust(const QString &name, const QString &fingerprint);
    void remove(const QString &name);
    void use(const QString &name);
    std::optional<ServerProfile> existing(const QString &name);
    void printProfile(const QString &key, const ServerProfile &profile, const QString &message);
};

} // namespace MesheryAuth::Cli
