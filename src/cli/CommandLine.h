// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace MesheryAuth::Cli {

class CliContext;
class Command;

// meshery-auth-cli [--server URL | --profile NAME] [--timeout SECONDS] COMMAND [options]:
// reads the global options, finds the command, parses its own options (the global ones are
// accepted after the command too) and runs it. Usage errors end the run with exit code 2.
class CommandLine : public QObject
{
    Q_OBJECT

public:
    explicit CommandLine(QObject *parent = nullptr);
    ~CommandLine() override;

    // The exit code when the run ends at once (help, version, usage errors); nullopt while a
    // command runs, and finished() follows.
    std::optional<int> start(const QStringList &arguments);

    // What start() runs, read from the arguments without running anything: an exit code when the
    // run ends at once, else the command and its parsed options. Public for the fuzz target.
    struct Invocation {
        std::optional<int> exitCode = {};
        Command *command = nullptr;
        std::unique_ptr<QCommandLineParser> options = {};
    };
    Invocation parse(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    struct GlobalOptions {
        QCommandLineOption server;
        QCommandLineOption profile;
        QCommandLineOption timeout;
    };

    void addGlobalOptions(QCommandLineParser &parser) const;
    Command *command(const QString &name) const;
    QString mainHelp(const QCommandLineParser &parser) const;
    QString commandHelp(const QCommandLineParser &parser, const Command &command) const;
    // Reads --server/--profile/--timeout (the command's own copy wins); a usage error otherwise.
    bool applyGlobalOptions(const QCommandLineParser &before, const QCommandLineParser &after);
    int usageError(const QString &message, const QString &hint = {}) const;

    CliContext *m_context;
    GlobalOptions m_global;
    QList<Command *> m_commands;
};

} // namespace MesheryAuth::Cli
