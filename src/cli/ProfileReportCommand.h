// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

namespace MesheryAuth::Cli {

// A command that reports on the chosen profile as it stands (status, test): "NAME [--json]",
// no arguments, no fallback to the default server, and the profile's token read whether or
// not one is stored, so that the report can say what is missing.
class ProfileReportCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    QStringList synopsis() const final;
    void addOptions(QCommandLineParser &parser) final;
    void run(const QCommandLineParser &parser) final;

protected:
    // token: empty when none is stored. The report ends in finish() or fail().
    virtual void report(const ServerProfile &profile, const QByteArray &token) = 0;
};

} // namespace MesheryAuth::Cli
