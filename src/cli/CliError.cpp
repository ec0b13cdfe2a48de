// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "CliError.h"

namespace MesheryAuth::Cli {

ExitCode CliError::exitCodeFor(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    switch (kind) {
    case Kind::None:
        return ExitCode::Ok;
    case Kind::Unauthenticated:
    case Kind::Forbidden:
    case Kind::InvalidToken:
    case Kind::NotSignedIn:
        return ExitCode::NotSignedIn;
    case Kind::Unreachable:
    case Kind::HostNotFound:
    case Kind::ConnectionClosed:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::CertificateChanged:
    case Kind::ClientCertificateRejected:
    case Kind::NetworkError:
        return ExitCode::Unreachable;
    case Kind::KeychainUnavailable:
    case Kind::KeychainAccessDenied:
    case Kind::KeychainDamaged:
        return ExitCode::Keychain;
    case Kind::Cancelled:
    case Kind::OrganizationMissing:
    case Kind::NotFound:
    case Kind::BadRequest:
    case Kind::ServiceUnavailable:
    case Kind::ServerError:
    case Kind::BadResponse:
    case Kind::ResponseTooLarge:
    // The provider's refusal may be a 401/403 it gave the server, but the server does not say so:
    // exit 3 would send scripts to a login that may not help.
    case Kind::OrganizationsUnavailable:
    case Kind::WorkspacesUnavailable:
    case Kind::MesheryctlUnreadable:
    case Kind::MesheryctlUnwritable:
    case Kind::MesheryctlTokenInTheWay:
    // A stored profile's bad value, or settings that cannot be written: not the command line's fault.
    case Kind::InvalidAddress:
    case Kind::InvalidSetting:
    case Kind::SettingsNotWritable:
    case Kind::UnencryptedConnection:
    case Kind::TlsSettingsUnusable:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

CliError::CliError(ExitCode exitCode, QString id, QString message, QString hint)
    : m_exitCode(exitCode)
    , m_id(std::move(id))
    , m_message(std::move(message))
    , m_hint(std::move(hint))
{
}

CliError CliError::fromApi(const ApiError &error)
{
    CliError result(exitCodeFor(error.kind()), error.id(), error.message(), error.hint());
    result.m_apiError = error;
    return result;
}

CliError CliError::usage(const QString &message, const QString &hint)
{
    return CliError(ExitCode::Usage, QStringLiteral("usage"), message,
                    hint.isEmpty() ? tr("See meshery-auth-cli --help.") : hint);
}

CliError CliError::notSignedIn(const QString &message, const QString &hint)
{
    return CliError(ExitCode::NotSignedIn, QStringLiteral("not-signed-in"), message, hint);
}

CliError CliError::failure(const QString &id, const QString &message, const QString &hint)
{
    return CliError(ExitCode::Failure, id, message, hint);
}

QString CliError::toDisplayString() const
{
    // The shared vocabulary already knows how to explain itself, details included.
    if (m_apiError)
        return m_apiError->toDisplayString();
    return m_hint.isEmpty() ? m_message : m_message + QLatin1Char('\n') + m_hint;
}

QJsonObject CliError::toJson() const
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonObject object{
        {QStringLiteral("id"), m_id},
        {QStringLiteral("message"), m_message},
        {QStringLiteral("hint"), orNull(m_hint)},
        {QStringLiteral("exitCode"), int(m_exitCode)},
        {QStringLiteral("detail"), QJsonValue()},
        {QStringLiteral("httpStatus"), QJsonValue()},
        {QStringLiteral("requestId"), QJsonValue()},
    };
    if (m_apiError) {
        object.insert(QStringLiteral("detail"), orNull(m_apiError->detail()));
        if (m_apiError->httpStatus() > 0)
            object.insert(QStringLiteral("httpStatus"), m_apiError->httpStatus());
        object.insert(QStringLiteral("requestId"), orNull(m_apiError->requestId()));
    }
    return object;
}

} // namespace MesheryAuth::Cli
