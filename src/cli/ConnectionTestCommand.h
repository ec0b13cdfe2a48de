// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ConnectionTest.h"
#include "ProfileReportCommand.h"

namespace MesheryAuth::Cli {

// test [--json]: the staged connection checks of the window's test panel, one line per check.
// Exits 0 only when every check passed; otherwise with the exit code of the first failure.
class ConnectionTestCommand : public ProfileReportCommand
{
    Q_OBJECT

public:
    using ProfileReportCommand::ProfileReportCommand;

    QString name() const override { return QStringLiteral("test"); }
    QString summary() const override;

protected:
    // Without a token the checks still run: they then show what is missing.
    void report(const ServerProfile &profile, const QByteArray &token) override;

private:
    void print(const ServerProfile &profile, bool allPassed);
    static ExitCode exitCodeOf(const QList<ConnectionCheck> &checks);

    ConnectionTest *m_test = nullptr; // made when the command runs, not for every run of the CLI
};

} // namespace MesheryAuth::Cli
