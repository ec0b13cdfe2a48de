// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TlsCertificateInfo.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace MesheryAuth {

// The one vocabulary of outcomes shared by the GUI, the CLI and the tests. Every failure of a
// call to a Meshery server, of the keychain that holds its tokens, or of this computer's own
// checks and files, lands in exactly one Kind, which carries a sentence for the user and a hint
// that says what to do next.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::ApiError)

public:
    enum class Kind {
        None, // success
        Cancelled, // the caller cancelled the request
        Unreachable, // connection refused, network down: nothing listens there
        HostNotFound, // the name does not resolve
        ConnectionClosed, // the server dropped the connection without an answer
        Timeout, // no complete answer within the time limit
        Tls, // the certificate was not trusted or the handshake failed
        Unauthenticated, // 302 / 401 / HTML where JSON was expected: not signed in, or expired
        Forbidden, // 403: signed in, but not allowed
        OrganizationMissing, // 400 "WorkspaceID or OrgID cannot be empty"
        NotFound, // 404
        BadRequest, // any other 4xx
        ServiceUnavailable, // 503: the server or its remote provider is temporarily down
        ServerError, // other 5xx
        BadResponse, // malformed JSON or the wrong shape
        ResponseTooLarge, // the body exceeded the size cap
        NetworkError, // any other transport failure
        KeychainUnavailable, // no keychain backend answered, or it failed
        KeychainAccessDenied, // the keychain is locked or refused access
        KeychainDamaged, // a stored token is incomplete (a chunk is missing)
        InvalidToken, // a token with characters or a size no Meshery token has: never sent or kept
        // The provider gave no organizations (resp. workspaces): Meshery's handlers for them answer
        // every error of the provider (a missing capability, its 401/403) with 404 plain text
        // (older servers) or a MeshKit 5xx (newer). Never "wrong address".
        OrganizationsUnavailable,
        WorkspacesUnavailable,
        // Local failures: nothing was sent, so no server is to blame. Added last: ids and exit
        // codes of the kinds above keep their meaning. The detail says what exactly was wrong.
        InvalidAddress, // the server address is not one this app can use (see ServerAddress)
        InvalidSetting, // a profile value outside its range, e.g. the time limit
        SettingsNotWritable, // the settings file could not be written: the change lasts until quit
        NotSignedIn, // no token is stored for this server (and the provider needs one)
        // The mesheryctl import and export; the detail names the file or context.
        MesheryctlUnreadable, // config.yaml, a token file or a context could not be used
        MesheryctlUnwritable, // config.yaml or a token file could not be written
        MesheryctlTokenInTheWay, // the token file holds another token: replace only when asked to
        // Transport security (ServerTrust).
        CertificateChanged, // the server shows another certificate than the one pinned for it
        UnencryptedConnection, // a token would cross the network in clear text without the user's consent
        TlsSettingsUnusable, // the profile's CA file, client certificate or key cannot be used; nothing was sent
        ClientCertificateRejected, // the server ended the handshake over the client certificate (or its absence)
    };

    ApiError() = default;
    explicit ApiError(Kind kind, QString detail = {});

    Kind kind() const { return m_kind; }
    bool isOk() const { return m_kind == Kind::None; }

    // Stable lower-case identifier, e.g. "unauthenticated": for scripts, JSON output and tests.
    QString id() const { return kindId(m_kind); }
    static QString kindId(Kind kind);

    // Translated sentence that says what happened, and one that says what to do next.
    QString message() const;
    QString hint() const;
    // message, detail, the server's own cause and remediation, and the request id, as lines.
    QString toDisplayString() const;
    // message and, when there is one, the detail on one line: for a status bar or a form's
    // problem label, where a local failure's detail is the sentence that says what to change.
    QString brief() const;

    // Technical detail: the server's error text, the network stack's message, a parse error.
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }

    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }

    // The X-Request-Id sent with the failing request, to quote in a bug report or server log.
    QString requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }

    // MeshKit error fields, when the server sent them.
    QString serverCode() const { return m_serverCode; }
    QStringList probableCause() const { return m_probableCause; }
    QStringList suggestedRemediation() const { return m_suggestedRemediation; }
    void setServerExplanation(const QString &code, const QStringList &probableCause,
                              const QStringList &suggestedRemediation);

    // The certificate presented, and what was wrong with it, for Kind::Tls.
    TlsCertificateInfo certificate() const { return m_certificate; }
    QStringList tlsProblems() const { return m_tlsProblems; }
    void setTlsDetails(const TlsCertificateInfo &certificate, const QStringList &problems);

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    int m_httpStatus = 0;
    QString m_requestId;
    QString m_serverCode;
    QStringList m_probableCause;
    QStringList m_suggestedRemediation;
    TlsCertificateInfo m_certificate;
    QStringList m_tlsProblems;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::ApiError)
