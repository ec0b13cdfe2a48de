// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ApiError.h"

#include "ServerAddress.h"

namespace MesheryAuth {

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{
}

QString ApiError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case Kind::ConnectionClosed:
        return QStringLiteral("connection-closed");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::OrganizationMissing:
        return QStringLiteral("organization-missing");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::ServiceUnavailable:
        return QStringLiteral("service-unavailable");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::ResponseTooLarge:
        return QStringLiteral("response-too-large");
    case Kind::NetworkError:
        return QStringLiteral("network-error");
    case Kind::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    case Kind::KeychainAccessDenied:
        return QStringLiteral("keychain-access-denied");
    case Kind::KeychainDamaged:
        return QStringLiteral("keychain-damaged");
    case Kind::InvalidToken:
        return QStringLiteral("invalid-token");
    case Kind::OrganizationsUnavailable:
        return QStringLiteral("organizations-unavailable");
    case Kind::WorkspacesUnavailable:
        return QStringLiteral("workspaces-unavailable");
    case Kind::InvalidAddress:
        return QStringLiteral("invalid-address");
    case Kind::InvalidSetting:
        return QStringLiteral("invalid-setting");
    case Kind::SettingsNotWritable:
        return QStringLiteral("settings-not-writable");
    case Kind::MesheryctlUnreadable:
        return QStringLiteral("mesheryctl-unreadable");
    case Kind::MesheryctlUnwritable:
        return QStringLiteral("mesheryctl-unwritable");
    case Kind::MesheryctlTokenInTheWay:
        return QStringLiteral("mesheryctl-token-in-the-way");
    case Kind::CertificateChanged:
        return QStringLiteral("certificate-changed");
    case Kind::UnencryptedConnection:
        return QStringLiteral("unencrypted-connection");
    case Kind::TlsSettingsUnusable:
        return QStringLiteral("tls-settings-unusable");
    case Kind::ClientCertificateRejected:
        return QStringLiteral("client-certificate-rejected");
    case Kind::NotSignedIn:
        return QStringLiteral("not-signed-in");
    }
    return QStringLiteral("unknown");
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("The request succeeded.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Unreachable:
        return tr("The Meshery server cannot be reached: nothing answered at that address.");
    case Kind::HostNotFound:
        return tr("The server's host name could not be found.");
    case Kind::ConnectionClosed:
        return tr("The server closed the connection without answering.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted, so the secure connection was refused.");
    case Kind::Unauthenticated:
        return tr("Your session has expired or the token is invalid.");
    case Kind::Forbidden:
        return tr("You are signed in, but not allowed to do this.");
    case Kind::OrganizationMissing:
        return tr("This request needs an organization, and none is selected.");
    case Kind::NotFound:
        return tr("The server does not know this address.");
    case Kind::BadRequest:
        return tr("The server rejected the request.");
    case Kind::ServiceUnavailable:
        return tr("The Meshery server or its provider is temporarily unavailable.");
    case Kind::ServerError:
        return tr("The Meshery server ran into an error.");
    case Kind::BadResponse:
        return tr("The server's answer could not be understood.");
    case Kind::ResponseTooLarge:
        return tr("The server's answer was too large and was not read.");
    case Kind::NetworkError:
        return tr("The connection to the server failed.");
    case Kind::KeychainUnavailable:
        return tr("The system keychain is not available, so the token cannot be kept safely.");
    case Kind::KeychainAccessDenied:
        return tr("The system keychain is locked or refused access.");
    case Kind::KeychainDamaged:
        return tr("The token stored in the keychain is incomplete.");
    case Kind::InvalidToken:
        return tr("This is not a valid Meshery token, so it was neither sent nor kept.");
    case Kind::OrganizationsUnavailable:
        return tr("The provider did not return your organizations.");
    case Kind::WorkspacesUnavailable:
        return tr("The provider did not return your workspaces.");
    case Kind::InvalidAddress:
        return tr("This is not a usable Meshery server address.");
    case Kind::InvalidSetting:
        return tr("A value of this server's settings is out of range.");
    case Kind::SettingsNotWritable:
        return tr("The settings file could not be written: the change lasts only until the app quits.");
    case Kind::NotSignedIn:
        return tr("You are not signed in to this server: no token is stored for it.");
    case Kind::MesheryctlUnreadable:
        return tr("mesheryctl's configuration could not be used.");
    case Kind::MesheryctlUnwritable:
        return tr("mesheryctl's files could not be written.");
    case Kind::MesheryctlTokenInTheWay:
        return tr("mesheryctl's token file holds another token.");
    case Kind::CertificateChanged:
        return tr("Warning: the server's certificate has changed since you trusted it. Someone may be intercepting "
                  "the connection, so nothing was sent.");
    case Kind::UnencryptedConnection:
        return tr("This server is reached over plain http: your token would travel unencrypted, so it was not sent.");
    case Kind::TlsSettingsUnusable:
        return tr("The certificate settings of this server cannot be used, so nothing was sent.");
    case Kind::ClientCertificateRejected:
        return tr("The server refused the secure connection: it did not accept a client certificate from this "
                  "computer.");
    }
    return {};
}

QString ApiError::hint() const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::Cancelled:
        return {};
    case Kind::Unreachable:
        return tr("Check that Meshery is running and that the server address and port are right (the default is "
                  "http://localhost:9081).");
    case Kind::HostNotFound:
        return tr("Check the spelling of the server address and your network or VPN connection.");
    case Kind::ConnectionClosed:
        return tr("Try again; if it keeps happening, check the server's logs or any proxy in between.");
    case Kind::Timeout:
        return tr("Try again, or raise the time limit in the server's settings if the server is slow.");
    case Kind::Tls:
        return tr("Compare the certificate's fingerprint with the one your administrator gave you; trust it only if "
                  "they match.");
    case Kind::Unauthenticated:
        return tr("Log in again.");
    case Kind::Forbidden:
        return tr("Ask an administrator of your organization for access, or pick another organization.");
    case Kind::OrganizationMissing:
        return tr("Choose an organization in the Organizations list and try again.");
    case Kind::NotFound:
        return tr("Check the server address; this Meshery version may not offer this feature.");
    case Kind::BadRequest:
        return tr("Check the values you entered; the server's message below says more.");
    case Kind::ServiceUnavailable:
        return tr("Wait a minute and try again; if it persists, check that the server can reach its remote provider.");
    case Kind::ServerError:
        return tr("Try again later; if it persists, quote the request id to your Meshery administrator.");
    case Kind::BadResponse:
        return tr("Check that the address points at a Meshery server and not at another web site or a proxy's page.");
    case Kind::ResponseTooLarge:
        return tr("Check that the address points at a Meshery server; narrow the request (for example with a search) "
                  "if it does.");
    case Kind::NetworkError:
        return tr("Check your network connection and try again.");
    case Kind::KeychainUnavailable:
        return tr("Start your desktop's keyring (for example GNOME Keyring or KWallet) and try again, or continue for "
                  "this session only: the token is then kept in memory and forgotten on quit.");
    case Kind::KeychainAccessDenied:
        return tr("Unlock your keyring and allow Meshery Auth to use it, then try again.");
    case Kind::KeychainDamaged:
        return tr("Log in again to store a complete token.");
    case Kind::InvalidToken:
        return tr(
            "Copy the token again from where it was made, without spaces, quotes or line breaks, or log in again.");
    case Kind::OrganizationsUnavailable:
        return tr("The server passed on the provider's refusal, with its reason when it gave one. Log in again, or ask "
                  "your provider's administrator whether your account may see organizations.");
    case Kind::WorkspacesUnavailable:
        return tr("The server passed on the provider's refusal, with its reason when it gave one. Log in again, or ask "
                  "your provider's administrator whether your account may see this organization's workspaces.");
    case Kind::InvalidAddress:
        return tr("Enter an address such as %1: http or https, a host name and, when needed, a port.")
            .arg(QLatin1String(ServerAddress::DefaultUrl));
    case Kind::InvalidSetting:
        return tr("Correct the value as the message above says and save again.");
    case Kind::SettingsNotWritable:
        return tr("Check that the settings file and its folder exist, are yours and are writable, and that the disk is "
                  "not full.");
    case Kind::NotSignedIn:
        return tr("Log in.");
    case Kind::MesheryctlUnreadable:
        return tr("Fix or remove the file named above (mesheryctl's own commands can help), then try again.");
    case Kind::MesheryctlUnwritable:
        return tr("Check that the file named above and its folder are yours and writable, then try again.");
    case Kind::MesheryctlTokenInTheWay:
        return tr("Replace it only if mesheryctl no longer needs that sign-in.");
    case Kind::CertificateChanged:
        return tr("Ask your administrator whether the certificate was replaced. Trust the new one only if its "
                  "fingerprint matches the one they give you.");
    case Kind::UnencryptedConnection:
        return tr("Use the server's https:// address. If this network is private and you accept the risk, confirm "
                  "plain http for this server (in the window, or: meshery-auth-cli profiles add NAME URL "
                  "--allow-http).");
    case Kind::TlsSettingsUnusable:
        return tr("Fix the file or passphrase named above in the server's settings, then try again.");
    case Kind::ClientCertificateRejected:
        return tr("Check that this server's settings name the client certificate your administrator issued, and "
                  "that it has not expired.");
    }
    return {};
}

QString ApiError::toDisplayString() const
{
    QStringList lines{message()};
    if (!m_detail.isEmpty())
        lines << m_detail;
    if (!m_probableCause.isEmpty())
        lines << tr("Probable cause: %1").arg(m_probableCause.join(QLatin1Char(' ')));
    if (!m_suggestedRemediation.isEmpty())
        lines << tr("Suggested remediation: %1").arg(m_suggestedRemediation.join(QLatin1Char(' ')));
    if (!m_certificate.isNull())
        lines << m_certificate.toDisplayString();
    const QString whatNext = hint();
    if (!whatNext.isEmpty())
        lines << whatNext;
    if (!m_requestId.isEmpty())
        lines << tr("Request id: %1").arg(m_requestId);
    return lines.join(QLatin1Char('\n'));
}

QString ApiError::brief() const
{
    return m_detail.isEmpty() ? message() : message() + QLatin1Char(' ') + m_detail;
}

void ApiError::setServerExplanation(const QString &code, const QStringList &probableCause,
                                    const QStringList &suggestedRemediation)
{
    m_serverCode = code;
    m_probableCause = probableCause;
    m_suggestedRemediation = suggestedRemediation;
}

void ApiError::setTlsDetails(const TlsCertificateInfo &certificate, const QStringList &problems)
{
    m_certificate = certificate;
    m_tlsProblems = problems;
}

} // namespace MesheryAuth
