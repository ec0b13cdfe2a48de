#pragma once

#include "Command.h"
#include "ConnectionTest.h"

namespace MesheryAuth::Cli {

// test [--json]: the staged connection checks of the window's test panel, one line per check.
// Exits 0 only when every check passed; otherwise with the exit code of the first failure.
class ConnectionTestCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("test"); }
    QString summary() const override;
    QStringList synopsis() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;

private:
    void print(const ServerProfile &profile, bool allPassed);
    static ExitCode exitCodeOf(const QList<ConnectionCheck> &checks);

    ConnectionTest *m_test = nullptr; // made when the command runs, not for every run of the CLI
};

} // namespace MesheryAuth::Cli
