#pragma once

#include "Command.h"
#include "MesheryTypes.h"
#include "TokenStatus.h"

namespace MesheryAuth::Cli {

// status [--json]: who is signed in where, how the token stands, and the active organization.
// The report is printed even when the answer is "not signed in" (exit 3) or "the server could
// not be asked" (exit 4), so scripts can both read it and branch on the exit code.
class StatusCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    QStringList synopsis() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;

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

    void ask(const ServerProfile &profile, const QByteArray &token);
    void print(const Report &report);
    static QString verdictId(Verdict verdict);
    QString verdictText(Verdict verdict) const;
    QString tokenText(const Report &report) const;
};

} // namespace MesheryAuth::Cli
