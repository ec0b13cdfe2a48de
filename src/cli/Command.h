// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CliContext.h"
#include "CliError.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>

namespace MesheryAuth::Cli {

// One command (or group of subcommands) of meshery-auth-cli. The command line parses its
// options; run() then starts the work, which ends in exactly one finish() or fail(), now or
// after the asynchronous calls it made have answered.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(CliContext *context, QObject *parent = nullptr);

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for the main --help
    virtual QStringList synopsis() const = 0; // usage lines, after "meshery-auth-cli "
    virtual void addOptions(QCommandLineParser &parser);
    virtual void run(const QCommandLineParser &parser) = 0;

signals:
    // Always queued: a command that finishes at once still ends inside the event loop.
    void finished(int exitCode);
    // loadToken() has what the command needs; token: empty when none is stored (Need::Nothing)
    // or none is needed (the Local provider).
    void tokenLoaded(const MesheryAuth::ServerProfile &profile, const QByteArray &token);

protected:
    CliContext *context() const { return m_context; }
    Output &output() const { return m_context->output(); }

    void finish(ExitCode code = ExitCode::Ok);
    void fail(const CliError &error);
    // The profile the command acts on; when there is none, the command has already failed.
    std::optional<ServerProfile> profileOrFail(CliContext::Fallback fallback);

    // A usage error unless the count of positional arguments is within [min, max]. Extra
    // arguments are never echoed: a token pasted by mistake must not reach the terminal log.
    bool expectArguments(const QStringList &arguments, int min, int max);

    enum class Need { Token, Nothing };
    // Reads the profile's token, then emits tokenLoaded() or fails the command. Keychain failures
    // end the command (exit 5). With Need::Token, so does having no session to use (exit 3): no
    // provider chosen, or a remote provider without a stored token. The Local provider needs none.
    void loadToken(const ServerProfile &profile, Need need);
    CliError notSignedIn(const ServerProfile &profile) const;

    static QCommandLineOption jsonOption();

private:
    CliContext *m_context;
    bool m_finished = false;
};

} // namespace MesheryAuth::Cli
