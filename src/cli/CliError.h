// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace MesheryAuth::Cli {

// The documented exit codes (docs/cli.md): scripts branch on them, so they never change meaning.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1, // anything not listed below
    Usage = 2, // the command line itself is wrong
    NotSignedIn = 3, // no token, an expired session, or credentials the server refused
    Unreachable = 4, // the server could not be asked: unreachable, timeout, TLS
    Keychain = 5, // the system keychain is unavailable or refused access
};

// Why a command failed, with the exit code that says so. Built from the shared ApiError
// vocabulary where there is one, so the CLI speaks the same sentences as the window.
class CliError
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::Cli::CliError)

public:
    CliError() = default; // a failure with nothing said yet; filled in by whoever reports it

    // The one place where ApiError kinds become exit codes.
    static ExitCode exitCodeFor(ApiError::Kind kind);

    static CliError fromApi(const ApiError &error);
    static CliError usage(const QString &message, const QString &hint = {});
    static CliError notSignedIn(const QString &message, const QString &hint);
    static CliError failure(const QString &id, const QString &message, const QString &hint = {});

    ExitCode exitCode() const { return m_exitCode; }
    QString id() const { return m_id; }
    QString message() const { return m_message; }
    QString hint() const { return m_hint; }

    // Sentence, details and hint as lines, for stderr.
    QString toDisplayString() const;
    // {"id", "message", "hint", "detail", "httpStatus", "requestId", "exitCode"}
    QJsonObject toJson() const;

private:
    CliError(ExitCode exitCode, QString id, QString message, QString hint);

    ExitCode m_exitCode = ExitCode::Failure;
    QString m_id;
    QString m_message;
    QString m_hint;
    std::optional<ApiError> m_apiError;
};

} // namespace MesheryAuth::Cli
