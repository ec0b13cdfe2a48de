// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MesheryTypes.h"
#include "ProfileReportCommand.h"
#include "TokenStatus.h"

namespace MesheryAuth::Cli {

// status [--json]: who is signed in where, how the token stands, and the active organization.
// The report is printed even when the answer is "not signed in" (exit 3) or "the server could
// not be asked" (exit 4), so scripts can both read it and branch on the exit code.
class StatusCommand : public ProfileReportCommand
{
    Q_OBJECT

public:
    using ProfileReportCommand::ProfileReportCommand;

    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;

protected:
    void report(const ServerProfile &profile, const QByteArray &token) override;

private:
    // What the server said about the session: the stable ids of the "session" field.
    enum class Verdict { None, Accepted, Rejected, Unverified };
    struct Report {
        ServerProfile profile;
        TokenStatus token;
        Verdict verdict = Verdict::None;
        UserAccount user;
        std::optional<CliError> error;
    };

    void print(const Report &report);
    static QString verdictId(Verdict verdict);
    QString verdictText(Verdict verdict) const;
    QString tokenText(const Report &report) const;
};

} // namespace MesheryAuth::Cli
