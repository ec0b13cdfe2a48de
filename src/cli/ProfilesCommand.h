// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

namespace MesheryAuth::Cli {

// profiles [--json] | profiles add NAME URL | profiles remove NAME | profiles use NAME:
// the same server profiles the window shows. Removing one also removes its tokens.
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
    void add(const QString &name, const QString &address);
    void remove(const QString &name);
    void use(const QString &name);
    std::optional<ServerProfile> existing(const QString &name);
    void printProfile(const QString &key, const ServerProfile &profile, const QString &message);
};

} // namespace MesheryAuth::Cli
