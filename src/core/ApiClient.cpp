// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ApiClient.h"

#include "ApiPaths.h"
#include "Logging.h"
#include "MesheryTypes.h"
#include "ServerAddress.h"
#include "TokenValidator.h"
#include "WebAddress.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

#include <memory>
#include <utility>

namespace MesheryAuth {

namespace {

template<typename T> BodyParser parserFor(Parsed<T> (*parse)(const QByteArray &))
{
    return [parse](const QByteArray &body) {
        Parsed<T> parsed = parse(body);
        if (!parsed.ok())
            return ParsedBody::failed(parsed.error);
        return ParsedBody{QVariant::fromValue(std::move(parsed.value)), {}};
    };
}

BodyParser textParser()
{
    return [](const QByteArray &body) { return ParsedBody{QString::fromUtf8(body).trimmed(), {}}; };
}

// QUrlQuery leaves '+' and '&' ambiguous; encode every key and value ourselves.
QString encodeQuery(const ApiClient::QueryItems &items)
{
    QStringList pairs;
    for (const auto &[key, value] : items) {
        pairs << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    return pairs.join(QLatin1Char('&'));
}

QByteArray userAgent()
{
    return QByteArrayLiteral("meshery-auth/" MESHERY_AUTH_VERSION);
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_serverUrl(QLatin1String(ServerAddress::DefaultUrl))
{
    qRegisterMetaType<MesheryAuth::ApiResult>();
    replaceNetwork();
}

void ApiClient::replaceNetwork()
{
    QNetworkAccessManager *previous = m_network;
    m_network = new QNetworkAccessManager(this);
    // Credentials are sent explicitly per request; a shared jar would leak one profile's
    // session into another's calls.
    m_network->setCookieJar(nullptr);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Calls still running on the previous one finish there (clearing its connections would
    // leave them hanging until their time limit); it goes once they have.
    if (!previous)
        return;
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    auto running = std::make_shared<int>(0);
    for (ApiCall *call : calls) {
        if (!call->isSent() || call->isFinished())
            continue;
        ++*running;
        connect(call, &QObject::destroyed, previous, [previous, running] {
            if (--*running == 0)
                previous->deleteLater();
        });
    }
    if (*running == 0)
        previous->deleteLater();
}

void ApiClient::setServerUrl(const QUrl &url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    setTrust(ServerTrust());
}

ApiClient::~ApiClient()
{
    // Calls abort their replies as they go, which reaches the network manager: it must still exist.
    qDeleteAll(findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly));
}

void ApiClient::setToken(const QByteArray &token)
{
    if (!token.isEmpty() && !TokenValidator::isValid(token)) {
        qCWarning(lcApi).noquote() << "refused to use an invalid token:" << TokenValidator::problem(token);
        m_token.clear();
        return;
    }
    m_token = token;
}

void ApiClient::setTrust(const ServerTrust &trust, const QString &profileId, TokenVault *vault)
{
    if (trust == m_trust && profileId == m_profileId && vault == m_vault)
        return; // nothing to drop: calls in flight go on
    m_trust = trust;
    m_profileId = profileId;
    m_vault = vault;
    m_material.reset();
    if (m_materialJob)
        m_materialJob->disconnect(this); // its files may be the old ones
    m_materialJob = nullptr;
    replaceNetwork();
    if (!m_waiting.isEmpty()) {
        const QList<Outgoing> waiting = std::exchange(m_waiting, {});
        for (const Outgoing &outgoing : waiting)
            sendOrRefuse(outgoing);
    }
}

QUrl ApiClient::endpointUrl(const QString &path, const QueryItems &query) const
{
    QUrl url = m_serverUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query.isEmpty() ? QString() : encodeQuery(query), QUrl::TolerantMode);
    url.setFragment(QString());
    return url;
}

QNetworkRequest ApiClient::buildRequest(const QString &path, const QueryItems &query, QString *requestId) const
{
    QNetworkRequest request(endpointUrl(path, query));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (requestId)
        *requestId = id;

    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Request-Id", id.toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());

    // Today's servers read only the cookies; the Bearer header is the documented contract.
    QList<QByteArray> cookies;
    if (!m_provider.isEmpty())
        cookies << "meshery-provider=" + QUrl::toPercentEncoding(m_provider);
    if (!m_token.isEmpty()) {
        cookies << "token=" + m_token;
        request.setRawHeader("Authorization", "Bearer " + m_token);
    }
    if (!cookies.isEmpty())
        request.setRawHeader("Cookie", cookies.join("; "));
    qCDebug(lcApi).noquote() << "request" << id << request.url().toString(QUrl::RemoveQuery) << "provider" << m_provider
                             << "token" << (m_token.isEmpty() ? QStringLiteral("none") : QStringLiteral("sent"));
    return request;
}

ApiCall *ApiClient::dispatch(const QNetworkRequest &request, std::optional<QByteArray> postBody,
                             Expectation expectation, BodyParser parser, const QString &requestId,
                             const QString &endpoint)
{
    auto *call = new ApiCall(expectation, std::move(parser), m_limits, requestId, this);
    call->setEndpoint(endpoint);
    const QByteArray sentToken = m_token;
    connect(call, &ApiCall::finished, this, [this, sentToken](const ApiResult &result) {
        qCDebug(lcApi).noquote() << "answer" << result.requestId << result.httpStatus << result.error.id();
        // Only the renewal of the session this call carried, and only while it is still ours.
        if (!result.refreshedToken.isEmpty() && !sentToken.isEmpty() && sentToken == m_token
            && result.refreshedToken != m_token) {
            m_token = result.refreshedToken;
            emit tokenRefreshed(m_token);
        }
        // A refusal of a token replaced since says nothing about the session now.
        if (result.error.kind() == ApiError::Kind::Unauthenticated && sentToken == m_token)
            emit sessionRejected(result.error);
    });
    sendOrRefuse({call, request, std::move(postBody)});
    return call;
}

void ApiClient::sendOrRefuse(Outgoing outgoing)
{
    ApiCall *call = outgoing.call;
    if (!call || call->isFinished())
        return; // cancelled or timed out while waiting
    QNetworkRequest &request = outgoing.request;
    const QUrl url = request.url();
    // Credentials go to the profile's own origin only, and over http to another computer only
    // with the user's consent.
    const QByteArray cookies = request.rawHeader("Cookie");
    const bool carriesSecret =
        request.hasRawHeader("Authorization") || cookies.contains("token=") || cookies.contains("session_cookie=");
    if (carriesSecret && !isSameOrigin(url, m_serverUrl)) {
        call->refuse(ApiError(ApiError::Kind::BadRequest, tr("refused to send the token to %1").arg(url.host())));
        return;
    }
    if (carriesSecret && !m_trust.allowsTokenTo(url)) {
        call->refuse(ApiError(ApiError::Kind::UnencryptedConnection, url.toString(QUrl::RemovePath)));
        return;
    }
    // Plain http needs no TLS material; asking for it would load OpenSSL for nothing.
    if (url.scheme() == QLatin1String("https") && m_trust.needsFiles()) {
        if (!m_material) {
            m_waiting.append(outgoing);
            if (!m_materialJob) {
                m_materialJob = new TlsMaterialJob(m_trust, m_profileId, m_vault, this);
                connect(m_materialJob, &TlsMaterialJob::finished, this, &ApiClient::onMaterialLoaded);
            }
            return;
        }
        if (!m_material->isOk()) {
            call->refuse(m_material->error);
            return;
        }
        request.setSslConfiguration(m_material->configuration());
    }
    // The pins of the trust in force when it leaves, not when it was made: it may have waited.
    call->setPinnedCertificates(m_trust.pinnedCertificates);
    call->send(outgoing.postBody ? m_network->post(request, *outgoing.postBody) : m_network->get(request));
}

void ApiClient::onMaterialLoaded(const TlsMaterial &material)
{
    m_materialJob = nullptr;
    m_material = material;
    if (!material.isOk())
        qCInfo(lcApi).noquote() << "certificate settings unusable:" << material.error.id() << material.error.detail();
    const QList<Outgoing> waiting = std::exchange(m_waiting, {});
    for (const Outgoing &outgoing : waiting)
        sendOrRefuse(outgoing);
}

ApiCall *ApiClient::get(const QString &path, const QueryItems &query, Expectation expectation, BodyParser parser)
{
    QString requestId;
    const QNetworkRequest request = buildRequest(path, query, &requestId);
    const QString endpoint = query.isEmpty() ? path : path + QLatin1Char('?') + encodeQuery(query);
    return dispatch(request, std::nullopt, expectation, std::move(parser), requestId, endpoint);
}

ApiCall *ApiClient::postJson(const QString &path, const QJsonObject &body, BodyParser parser)
{
    QString requestId;
    QNetworkRequest request = buildRequest(path, {}, &requestId);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return dispatch(request, payload, Expectation::Json, std::move(parser), requestId, path);
}

ApiCall *ApiClient::serverVersion()
{
    return get(ApiPaths::serverVersion(), {}, Expectation::Json, parserFor(&parseServerVersion));
}

ApiCall *ApiClient::health(HealthProbe probe)
{
    const QString path = probe == HealthProbe::Live ? ApiPaths::healthLive() : ApiPaths::healthReady();
    return get(path, {}, Expectation::Text, textParser());
}

ApiCall *ApiClient::providers()
{
    return get(ApiPaths::providers(), {}, Expectation::Json, parserFor(&parseProviders));
}

ApiCall *ApiClient::providerCapabilities()
{
    return get(ApiPaths::providerCapabilities(), {}, Expectation::Json, parserFor(&parseProvider));
}

ApiCall *ApiClient::currentUser()
{
    return get(ApiPaths::user(), {}, Expectation::Json, parserFor(&parseUser));
}

ApiCall *ApiClient::sessionToken()
{
    return get(ApiPaths::sessionToken(), {}, Expectation::Json, parserFor(&parseTokenResponse));
}

ApiCall *ApiClient::organizations(const OrganizationQuery &query)
{
    QueryItems items{{QStringLiteral("page"), QString::number(query.page)},
                     {QStringLiteral("pagesize"), QString::number(query.pageSize)}};
    if (!query.search.isEmpty())
        items.append({QStringLiteral("search"), query.search});
    if (!query.order.isEmpty())
        items.append({QStringLiteral("order"), query.order});
    ApiCall *call = get(ApiPaths::organizations(), items, Expectation::Json, parserFor(&parseOrganizations));
    // server/handlers/organization_handler.go answers any error of the provider with 404 (older)
    // or a MeshKit 5xx (newer).
    call->setProviderRefusal(ApiError::Kind::OrganizationsUnavailable);
    return call;
}

ApiCall *ApiClient::workspaces(const QString &organizationId, int page, int pageSize)
{
    // Servers differ in the spelling they read; sending both costs nothing.
    const QueryItems items{{QStringLiteral("orgId"), organizationId},
                           {QStringLiteral("orgID"), organizationId},
                           {QStringLiteral("page"), QString::number(page)},
                           {QStringLiteral("pagesize"), QString::number(pageSize)}};
    ApiCall *call = get(ApiPaths::workspaces(), items, Expectation::Json, parserFor(&parseWorkspaces));
    call->setProviderRefusal(ApiError::Kind::WorkspacesUnavailable); // as organizations
    return call;
}

ApiCall *ApiClient::graphql(const QString &query, const QJsonObject &variables)
{
    QJsonObject body{{QStringLiteral("query"), query}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    return postJson(ApiPaths::graphql(), body, parserFor(&parseGraphqlResponse));
}

ApiCall *ApiClient::logout(const QByteArray &sessionCookie)
{
    QString requestId;
    QNetworkRequest request = buildRequest(ApiPaths::logout(), {}, &requestId);
    // Only here: the server reads session_cookie on logout alone, so no other call carries it.
    if (!sessionCookie.isEmpty() && TokenValidator::isValid(sessionCookie)) {
        const QByteArray cookies = request.rawHeader("Cookie");
        request.setRawHeader("Cookie",
                             (cookies.isEmpty() ? cookies : cookies + "; ") + "session_cookie=" + sessionCookie);
    }
    return dispatch(request, std::nullopt, Expectation::RedirectOrSuccess, {}, requestId, ApiPaths::logout());
}

bool ApiClient::logoutRevoked(const ApiResult &result)
{
    return result.httpStatus == 302 && QUrl::fromEncoded(result.location).path() == QLatin1String("/provider");
}

void ApiClient::cancelAll()
{
    m_waiting.clear(); // their calls end below, as children
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
}

} // namespace MesheryAuth
