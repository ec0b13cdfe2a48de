// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiCall.h"
#include "ServerTrust.h"
#include "TlsMaterial.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace MesheryAuth {

class TokenVault;

struct OrganizationQuery {
    static constexpr int DefaultPageSize = 25;
    int page = 0;
    int pageSize = DefaultPageSize;
    QString search;
    QString order; // e.g. "name asc"; empty: the server's default
};

// Talks to one Meshery server as one provider's signed-in user, the way the server's own web UI
// and mesheryctl do: cookies token + meshery-provider, plus the documented Bearer header.
// Never follows redirects (a redirect means "not signed in"), so a token only ever goes to the
// server's own origin. Every call has a time limit and a body size cap, can be cancelled, and
// ends in an ApiResult with one ApiError::Kind.
// Transport security is the profile's ServerTrust: its CA and client certificate for this
// server only, its pinned certificates, and its consent to plain http, without which no token
// goes over http to another computer (UnencryptedConnection). Calls made while the trust's files
// and passphrase are being read wait for them, within their own time limit.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Another server drops the trust: set the new one's after (setTrust).
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    void setProvider(const QString &providerKey) { m_provider = providerKey; }
    QString provider() const { return m_provider; }
    // A token that TokenValidator refuses is never sent: the client then has no token.
    void setToken(const QByteArray &token);
    QByteArray token() const { return m_token; }
    void setTimeout(std::chrono::milliseconds timeout) { m_limits.timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_limits.timeout; }
    void setMaxBodyBytes(qint64 bytes) { m_limits.maxBodyBytes = bytes; }
    // profileId and vault find the client key's passphrase; without them an encrypted key fails
    // the calls with TlsSettingsUnusable. The files are read again on the next call.
    void setTrust(const ServerTrust &trust, const QString &profileId = {}, TokenVault *vault = nullptr);
    ServerTrust trust() const { return m_trust; }

    // Typed calls. The value of a successful ApiResult is noted beside each.
    ApiCall *serverVersion(); // ServerVersion
    enum class HealthProbe { Live, Ready };
    ApiCall *health(HealthProbe probe = HealthProbe::Live); // QString: the body, "ok"
    ApiCall *providers(); // QList<Provider>
    ApiCall *providerCapabilities(); // Provider
    ApiCall *currentUser(); // UserAccount
    ApiCall *sessionToken(); // TokenResponse (GET /api/token)
    ApiCall *organizations(const OrganizationQuery &query = {}); // OrganizationPage
    ApiCall *workspaces(const QString &organizationId, int page = 0,
                        int pageSize = OrganizationQuery::DefaultPageSize); // WorkspacePage
    ApiCall *graphql(const QString &query, const QJsonObject &variables = {}); // QJsonObject: "data"
    // GET /user/logout with the provider's session cookie, without which the server cannot revoke
    // anything. No value; see logoutRevoked() for what the answer means.
    ApiCall *logout(const QByteArray &sessionCookie);
    // Meshery answers a logout that reached the provider with 302 to /provider, and one that
    // failed (no session cookie, the provider refused) with its redirect to the login.
    static bool logoutRevoked(const ApiResult &result);

    // Untyped building blocks, for endpoints without a typed call.
    using QueryItems = QList<QPair<QString, QString>>;
    ApiCall *get(const QString &path, const QueryItems &query = {}, Expectation expectation = Expectation::Json,
                 BodyParser parser = {});
    ApiCall *postJson(const QString &path, const QJsonObject &body, BodyParser parser = {});

    QNetworkRequest buildRequest(const QString &path, const QueryItems &query, QString *requestId) const;
    QUrl endpointUrl(const QString &path, const QueryItems &query = {}) const;

public slots:
    void cancelAll();

signals:
    // The server renewed the session (Set-Cookie: token=...) on a successful answer to a call that
    // carried the current token. The client already uses the new token; whoever stores tokens
    // should keep it. A token set on any other answer (a redirect, an error, a call made without
    // a token, where a provider may hand out an anonymous session) is never taken.
    void tokenRefreshed(const QByteArray &token);
    // A call that carried the current token was answered "not signed in / expired" (302, 401 or
    // HTML where JSON was expected). The token is left as it is: it is kept until a new one
    // replaces it.
    void sessionRejected(const MesheryAuth::ApiError &error);

private:
    // A request not yet sent: a GET, or a POST of body.
    struct Outgoing {
        QPointer<ApiCall> call;
        QNetworkRequest request;
        std::optional<QByteArray> postBody;
    };
    ApiCall *dispatch(const QNetworkRequest &request, std::optional<QByteArray> postBody, Expectation expectation,
                      BodyParser parser, const QString &requestId, const QString &endpoint);
    void sendOrRefuse(Outgoing outgoing);
    void onMaterialLoaded(const TlsMaterial &material);

    // A fresh network manager, for a new server or trust: kept connections and TLS sessions were
    // accepted under the old one, which lives on (a child) until its calls have ended.
    void replaceNetwork();

    QNetworkAccessManager *m_network = nullptr;
    ServerTrust m_trust;
    QString m_profileId;
    TokenVault *m_vault = nullptr;
    std::optional<TlsMaterial> m_material; // the trust's files, once read
    QPointer<TlsMaterialJob> m_materialJob;
    QList<Outgoing> m_waiting; // for m_materialJob
    QUrl m_serverUrl;
    QString m_provider;
    QByteArray m_token;
    CallLimits m_limits;
};

} // namespace MesheryAuth
