// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

namespace MesheryAuth::Cli {

// logout: tells the server (best effort) and removes the profile's tokens from the keychain.
// Logging out where nobody is signed in succeeds: the wanted state already holds.
class LogoutCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("logout"); }
    QString summary() const override;
    QStringList synopsis() const override;
    void run(const QCommandLineParser &parser) override;
};

} // namespace MesheryAuth::Cli
