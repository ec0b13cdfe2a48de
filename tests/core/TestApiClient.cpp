// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The API client against the Meshery test server, over real loopback HTTP: every endpoint, the
// credentials it sends, and every fault the server can be told to make.
#include "ApiClient.h"
#include "JobResult.h"
#include "MesheryTestServer.h"
#include "MesheryTypes.h"
#include "ProviderFeatures.h"
#include "Redaction.h"

#include <QtTest>

using namespace MesheryAuth;
using MesheryTest::Fault;
using MesheryTest::FaultKind;
using MesheryTest::MesheryTestServer;
using MesheryTest::ServerOptions;
using Kind = ApiError::Kind;

namespace {

// Waits for a call's one result. A call that never finishes shows up as a failed comparison.
ApiResult await(ApiCall *call, int timeoutMs = 20000)
{
    ApiResult none;
    none.error = ApiError(Kind::NetworkError, QStringLiteral("test: the call never finished once"));
    return TestSupport::resultOf<ApiResult>(call, timeoutMs).value_or(none);
}

// A job's result once it has finished, and that it finished exactly once.
std::optional<ProviderFeaturesResult> await(ProviderFeaturesJob *job)
{
    return TestSupport::resultOf<ProviderFeaturesResult>(job, 20000);
}

bool isUuid(const QByteArray &text)
{
    return !QUuid::fromString(QString::fromLatin1(text)).isNull();
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MesheryTestServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    MesheryTestServer *startServer(ServerOptions options = {})
    {
        m_server = std::make_unique<MesheryTestServer>(options);
        QString error;
        if (!m_server->start(&error))
            qFatal("test server did not start: %s", qPrintable(error));
        m_client = std::make_unique<ApiClient>();
        m_client->setServerUrl(m_server->baseUrl());
        return m_server.get();
    }

    void signInAs(const QString &user)
    {
        m_client->setProvider(m_server->options().remoteProviderKey);
        m_client->setToken(m_server->issueToken(user));
    }

private slots:
    void init() { startServer(); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void sendsCookiesBearerAndAFreshRequestId()
    {
        signInAs(QStringLiteral("ada"));
        const QByteArray token = m_client->token();
        const ApiResult first = await(m_client->currentUser());
        QVERIFY2(first.isOk(), qPrintable(first.error.toDisplayString()));
        const auto request = m_server->lastRequest(QStringLiteral("/api/user"));
        QCOMPARE(request.cookies.value(QStringLiteral("token")).toLatin1(), token);
        QCOMPARE(request.cookies.value(QStringLiteral("meshery-provider")), QStringLiteral("Meshery"));
        QCOMPARE(request.headers.value("authorization"), "Bearer " + token);
        QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
        const QByteArray firstId = request.headers.value("x-request-id");
        QVERIFY(isUuid(firstId));
        QCOMPARE(first.requestId.toLatin1(), firstId);

        const ApiResult second = await(m_client->currentUser());
        QVERIFY(second.isOk());
        const QByteArray secondId = m_server->lastRequest(QStringLiteral("/api/user")).headers.value("x-request-id");
        QVERIFY(isUuid(secondId));
        QVERIFY(firstId != secondId);
    }

    void noTokenMeansNoAuthorizationHeader()
    {
        m_client->setProvider(QStringLiteral("None"));
        const ApiResult result = await(m_client->currentUser());
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        const auto request = m_server->lastRequest(QStringLiteral("/api/user"));
        QVERIFY(!request.headers.contains("authorization"));
        QVERIFY(!request.cookies.contains(QStringLiteral("token")));
        const UserAccount user = result.valueAs<UserAccount>();
        QCOMPARE(user.email, QStringLiteral("meshery@meshery.local"));
    }

    void serverVersion()
    {
        const ApiResult result = await(m_client->serverVersion());
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        const auto version = result.valueAs<ServerVersion>();
        QCOMPARE(version.build, QStringLiteral("v0.8.0-test"));
        QCOMPARE(version.latest, QStringLiteral("v0.8.1"));
        QVERIFY(version.outdated);
        QCOMPARE(version.releaseChannel, QStringLiteral("stable"));
    }

    void health()
    {
        for (auto probe : {ApiClient::HealthProbe::Live, ApiClient::HealthProbe::Ready}) {
            const ApiResult result = await(m_client->health(probe));
            QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
            QCOMPARE(result.valueAs<QString>(), QStringLiteral("ok"));
        }
        m_server->setFault(QStringLiteral("/healthz/ready"), {FaultKind::ServiceUnavailable503});
        QCOMPARE(await(m_client->health(ApiClient::HealthProbe::Ready)).error.kind(), Kind::ServiceUnavailable);
    }

    void providersInBothSpellings_data()
    {
        QTest::addColumn<bool>("snakeCase");
        QTest::addColumn<QString>("localName");
        QTest::newRow("camelCase, None") << false << QStringLiteral("None");
        QTest::newRow("snake_case, None") << true << QStringLiteral("None");
        QTest::newRow("camelCase, Local") << false << QStringLiteral("Local");
    }

    void providersInBothSpellings()
    {
        QFETCH(bool, snakeCase);
        QFETCH(QString, localName);
        ServerOptions options;
        options.spelling = snakeCase ? MesheryTest::FieldSpelling::SnakeCase : MesheryTest::FieldSpelling::CamelCase;
        options.localProviderName = localName;
        startServer(options);

        const ApiResult result = await(m_client->providers());
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        const auto providers = result.valueAs<QList<Provider>>();
        QCOMPARE(providers.size(), 2);
        const Provider &remote = providers.at(0);
        QCOMPARE(remote.key, QStringLiteral("Meshery"));
        QCOMPARE(remote.type, Provider::Type::Remote);
        QCOMPARE(remote.url, m_server->providerBaseUrl());
        QCOMPARE(remote.packageVersion, QStringLiteral("v0.8.1"));
        QVERIFY(!remote.capabilities.isEmpty());
        const Provider &local = providers.at(1);
        QCOMPARE(local.key, localName);
        QVERIFY(local.isLocal());
        QVERIFY(!local.description.isEmpty());
    }

    void providerCapabilities()
    {
        signInAs(QStringLiteral("ada"));
        const ApiResult result = await(m_client->providerCapabilities());
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        const auto provider = result.valueAs<Provider>();
        QCOMPARE(provider.name, QStringLiteral("Meshery"));
        QVERIFY(!provider.isLocal());
    }

    void currentUserInBothSpellings_data()
    {
        QTest::addColumn<bool>("snakeCase");
        QTest::newRow("camelCase") << false;
        QTest::newRow("snake_case") << true;
    }

    void currentUserInBothSpellings()
    {
        QFETCH(bool, snakeCase);
        ServerOptions options;
        options.spelling = snakeCase ? MesheryTest::FieldSpelling::SnakeCase : MesheryTest::FieldSpelling::CamelCase;
        startServer(options);
        signInAs(QStringLiteral("grace"));
        const ApiResult result = await(m_client->currentUser());
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        const auto user = result.valueAs<UserAccount>();
        QCOMPARE(user.email, QStringLiteral("grace@example.com"));
        QCOMPARE(user.firstName, QStringLiteral("grace"));
        QCOMPARE(user.lastName, QStringLiteral("Tester"));
        QCOMPARE(user.provider, QStringLiteral("Meshery"));
        QVERIFY(!QUuid::fromString(user.id).isNull());
    }

    void sessionTokenEchoesTheToken()
    {
        signInAs(QStringLiteral("ada"));
        const ApiResult result = await(m_client->sessionToken());
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        const auto response = result.valueAs<TokenResponse>();
        QCOMPARE(response.provider, QStringLiteral("Meshery"));
        QCOMPARE(response.token, m_client->token());
    }

    void organizationsPagedAndSearched()
    {
        signInAs(QStringLiteral("ada"));
        OrganizationQuery query;
        query.pageSize = 10;
        ApiResult result = await(m_client->organizations(query));
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        auto page = result.valueAs<OrganizationPage>();
        QCOMPARE(page.totalCount, 23);
        QCOMPARE(page.organizations.size(), 10);
        QCOMPARE(page.pageSize, 10);

        query.page = 2;
        page = await(m_client->organizations(query)).valueAs<OrganizationPage>();
        QCOMPARE(page.page, 2);
        QCOMPARE(page.organizations.size(), 3);

        // Characters that a naive query string would mangle reach the server intact.
        query = {};
        query.search = QStringLiteral("a+b & c=d");
        result = await(m_client->organizations(query));
        QVERIFY(result.isOk());
        QCOMPARE(m_server->lastRequest(QStringLiteral("/api/identity/orgs"))
                     .query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded),
                 query.search);
        QCOMPARE(result.valueAs<OrganizationPage>().totalCount, 0);

        const Organization first =
            await(m_client->organizations({})).valueAs<OrganizationPage>().organizations.value(0);
        query.search = first.name.left(3).toUpper();
        page = await(m_client->organizations(query)).valueAs<OrganizationPage>();
        QVERIFY(page.totalCount > 0);
        for (const Organization &org : page.organizations)
            QVERIFY(org.name.contains(query.search, Qt::CaseInsensitive));
    }

    void workspacesSendBothSpellingsOfTheOrganization()
    {
        signInAs(QStringLiteral("ada"));
        const Organization org = await(m_client->organizations({})).valueAs<OrganizationPage>().organizations.value(0);
        QVERIFY(!org.id.isEmpty());
        const ApiResult result = await(m_client->workspaces(org.id));
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        const auto page = result.valueAs<WorkspacePage>();
        QCOMPARE(page.workspaces.size(), 2);
        QCOMPARE(page.workspaces.at(0).organizationId, org.id);
        const auto request = m_server->lastRequest(QStringLiteral("/api/workspaces"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("orgId")), org.id);
        QCOMPARE(request.query.queryItemValue(QStringLiteral("orgID")), org.id);
    }

    void missingOrganizationIsNamed()
    {
        signInAs(QStringLiteral("ada"));
        const ApiResult result = await(m_client->get(QStringLiteral("/api/workspaces")));
        QCOMPARE(result.error.kind(), Kind::OrganizationMissing);
        QCOMPARE(result.httpStatus, 400);
    }

    void graphql()
    {
        signInAs(QStringLiteral("ada"));
        ApiResult result =
            await(m_client->graphql(QStringLiteral("{ getAvailableNamespaces(k8sClusterIDs: []) { namespace } }")));
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        const QJsonArray namespaces =
            result.valueAs<QJsonObject>().value(QLatin1String("getAvailableNamespaces")).toArray();
        QVERIFY(namespaces.contains(QJsonObject{{QStringLiteral("namespace"), QStringLiteral("default")}}));
        const auto request = m_server->lastRequest(QStringLiteral("/api/system/graphql/query"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));

        result = await(m_client->graphql(QStringLiteral("{ noSuchField }")));
        QCOMPARE(result.error.kind(), Kind::BadResponse);
        QVERIFY(result.error.detail().contains(QLatin1String("GraphQL")));
    }

    void logoutRevokesOnlyWithTheSessionCookie()
    {
        const MesheryTestServer::BrowserSession browser = m_server->issueBrowserSession(QStringLiteral("ada"));
        m_client->setProvider(QStringLiteral("Meshery"));
        m_client->setToken(browser.token);
        // Without the session cookie the server cannot reach the provider: nothing is revoked.
        ApiResult result = await(m_client->logout({}));
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        QVERIFY(!ApiClient::logoutRevoked(result));
        QVERIFY(m_server->isTokenValid(browser.token));

        result = await(m_client->logout(browser.sessionCookie));
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        QCOMPARE(result.httpStatus, 302);
        QVERIFY(ApiClient::logoutRevoked(result));
        const auto request = m_server->lastRequest(QStringLiteral("/user/logout"));
        QCOMPARE(request.cookies.value(QStringLiteral("token")).toLatin1(), browser.token);
        QCOMPARE(request.cookies.value(QStringLiteral("session_cookie")).toLatin1(), browser.sessionCookie);
        QVERIFY(!m_server->isTokenValid(browser.token));
        // The emptied cookie in the answer is not mistaken for a new token.
        QVERIFY(result.refreshedToken.isEmpty());
        QCOMPARE(await(m_client->currentUser()).error.kind(), Kind::Unauthenticated);
    }

    void unauthenticatedAnswers_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("no token: 302") << QStringLiteral("none");
        QTest::newRow("expired token: 302") << QStringLiteral("expired");
        QTest::newRow("garbage token: 302") << QStringLiteral("garbage");
        QTest::newRow("401 after retries") << QStringLiteral("401");
        QTest::newRow("HTML login page") << QStringLiteral("html");
    }

    void unauthenticatedAnswers()
    {
        QFETCH(QString, how);
        m_client->setProvider(QStringLiteral("Meshery"));
        if (how == QLatin1String("expired"))
            m_client->setToken(m_server->issueToken(QStringLiteral("ada"), -60, MesheryTest::Refresh::Refused));
        else if (how == QLatin1String("garbage"))
            m_client->setToken("not-a-token");
        else if (how != QLatin1String("none"))
            m_client->setToken(m_server->issueToken(QStringLiteral("ada")));
        if (how == QLatin1String("401"))
            m_server->setFault(QStringLiteral("/api/user"), {FaultKind::Unauthorized401});
        if (how == QLatin1String("html"))
            m_server->setFault(QStringLiteral("/api/user"), {FaultKind::HtmlInsteadOfJson});

        QSignalSpy rejected(m_client.get(), &ApiClient::sessionRejected);
        const ApiResult result = await(m_client->currentUser());
        QCOMPARE(result.error.kind(), Kind::Unauthenticated);
        QCOMPARE(result.error.hint(), QStringLiteral("Log in again."));
        QCOMPARE(rejected.count(), 1);
        // The client never follows the redirect to the login page.
        QCOMPARE(m_server->requestCount(QStringLiteral("/user/login")), 0);
    }

    // A sign-in replaced the token while a call with the old one was under way: that call's
    // refusal is about the old token, not the session now (which would show as expired).
    void aRefusalOfAReplacedTokenIsNotTheSessions()
    {
        signInAs(QStringLiteral("old"));
        m_server->setFault(QStringLiteral("/api/user"), {FaultKind::Unauthorized401});
        QSignalSpy rejected(m_client.get(), &ApiClient::sessionRejected);
        ApiCall *call = m_client->currentUser();
        m_client->setToken(m_server->issueToken(QStringLiteral("ada")));
        QCOMPARE(await(call).error.kind(), Kind::Unauthenticated);
        QCOMPARE(rejected.count(), 0);
    }

    void faults_data()
    {
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("500 MeshKit") << FaultKind::MeshKitError500 << Kind::ServerError;
        QTest::newRow("500 text") << FaultKind::PlainTextError500 << Kind::ServerError;
        QTest::newRow("503") << FaultKind::ServiceUnavailable503 << Kind::ServiceUnavailable;
        QTest::newRow("403") << FaultKind::Forbidden403 << Kind::Forbidden;
        QTest::newRow("malformed JSON") << FaultKind::MalformedJson << Kind::BadResponse;
        QTest::newRow("oversized body") << FaultKind::OversizedBody << Kind::ResponseTooLarge;
        QTest::newRow("dropped connection") << FaultKind::DropConnection << Kind::ConnectionClosed;
    }

    void faults()
    {
        QFETCH(FaultKind, fault);
        QFETCH(Kind, kind);
        signInAs(QStringLiteral("ada"));
        m_server->setFault(QStringLiteral("/api/user"), {fault});
        const ApiResult result = await(m_client->currentUser());
        QCOMPARE(result.error.kind(), kind);
        QVERIFY(!result.error.message().isEmpty());
        QCOMPARE(result.error.requestId(), result.requestId);
        QVERIFY(result.value.isNull());
    }

    void meshKitDetailsReachTheError()
    {
        signInAs(QStringLiteral("ada"));
        m_server->setFault(QStringLiteral("/api/identity/orgs"), {FaultKind::MeshKitError500});
        const ApiError error = await(m_client->organizations({})).error;
        QCOMPARE(error.httpStatus(), 500);
        QVERIFY(!error.detail().isEmpty());
        QVERIFY(error.serverCode().startsWith(QLatin1String("meshery-server")));
        QVERIFY(!error.suggestedRemediation().isEmpty());
        m_server->setFault(QStringLiteral("/api/identity/orgs"), {FaultKind::PlainTextError500});
        QCOMPARE(await(m_client->organizations({})).error.detail(), QStringLiteral("failed to get token"));
    }

    // Meshery answers every provider error of its organization and workspace handlers with 404 plain
    // text (older) or a MeshKit 5xx (newer): the provider's refusal, not a wrong address.
    void providerRefusalsAreNamedWithTheServersReason()
    {
        ServerOptions withoutOrganizations;
        withoutOrganizations.remoteCapabilities = {QStringLiteral("sync-prefs"), QStringLiteral("users-profile")};
        startServer(withoutOrganizations);
        signInAs(QStringLiteral("ada"));
        ApiError error = await(m_client->organizations({})).error;
        QCOMPARE(error.kind(), Kind::OrganizationsUnavailable);
        QCOMPARE(error.httpStatus(), 404);
        QCOMPARE(error.message(), QStringLiteral("The provider did not return your organizations."));
        QVERIFY2(error.detail().contains(QLatin1String("Capablity is not supported by your Provider")),
                 qPrintable(error.detail()));
        QVERIFY(!error.hint().contains(QLatin1String("server address")));
        QVERIFY(error.toDisplayString().contains(error.detail()));
        error = await(m_client->workspaces(QStringLiteral("any-org"))).error;
        QCOMPARE(error.kind(), Kind::WorkspacesUnavailable);
        QCOMPARE(error.message(), QStringLiteral("The provider did not return your workspaces."));
        QVERIFY(error.detail().contains(QLatin1String("Workspace")));
        // Elsewhere a 404 still means an address the server does not know.
        QCOMPARE(await(m_client->get(QStringLiteral("/api/no-such-thing"))).error.kind(), Kind::NotFound);

        // The provider's own refusal, and a newer server's MeshKit answer, read the same.
        startServer();
        signInAs(QStringLiteral("ada"));
        m_server->setFault(QStringLiteral("/api/identity/orgs"), {FaultKind::ProviderRefusal});
        error = await(m_client->organizations({})).error;
        QCOMPARE(error.kind(), Kind::OrganizationsUnavailable);
        QVERIFY(error.detail().contains(QLatin1String("failed to get organizations")));
        m_server->setFault(QStringLiteral("/api/identity/orgs"), {FaultKind::MeshKitError500});
        error = await(m_client->organizations({})).error;
        QCOMPARE(error.kind(), Kind::OrganizationsUnavailable);
        QCOMPARE(error.httpStatus(), 500);
        QVERIFY(error.serverCode().startsWith(QLatin1String("meshery-server")));
        QVERIFY(!error.probableCause().isEmpty());
        // What keeps its own meaning: a provider out of reach, a refused session, no permission.
        m_server->setFault(QStringLiteral("/api/workspaces"), {FaultKind::ServiceUnavailable503});
        QCOMPARE(await(m_client->workspaces(QStringLiteral("any-org"))).error.kind(), Kind::ServiceUnavailable);
        m_server->setFault(QStringLiteral("/api/workspaces"), {FaultKind::Forbidden403});
        QCOMPARE(await(m_client->workspaces(QStringLiteral("any-org"))).error.kind(), Kind::Forbidden);
        m_server->setFault(QStringLiteral("/api/workspaces"), {FaultKind::Unauthorized401});
        QCOMPARE(await(m_client->workspaces(QStringLiteral("any-org"))).error.kind(), Kind::Unauthenticated);
    }

    void capabilitiesSayWhatTheProviderOffers()
    {
        ServerOptions options;
        options.remoteCapabilities = {QStringLiteral("sync-prefs"), QStringLiteral("workspaces")};
        startServer(options);
        signInAs(QStringLiteral("ada"));
        std::optional<ProviderFeaturesResult> fetched = await(ProviderFeatures::fetch(m_client.get()));
        QVERIFY(fetched && fetched->isOk());
        ProviderFeatures features = fetched->features;
        QVERIFY(features.isKnown());
        QVERIFY(!features.offers(ProviderFeature::Organizations));
        QVERIFY(features.offers(ProviderFeature::Workspaces));
        QCOMPARE(features.notOffered(ProviderFeature::Organizations),
                 QStringLiteral("The provider Meshery does not offer organizations."));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/provider/capabilities")), 1);

        // The Local provider is known to have neither, without asking.
        m_client->setProvider(QStringLiteral("None"));
        m_client->setToken({});
        fetched = await(ProviderFeatures::fetch(m_client.get()));
        QVERIFY(fetched && fetched->isOk());
        features = fetched->features;
        QVERIFY(!features.offers(ProviderFeature::Organizations));
        QVERIFY(!features.offers(ProviderFeature::Workspaces));
        QVERIFY(features.notOffered(ProviderFeature::Organizations).contains(QLatin1String("Local provider has none")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/provider/capabilities")), 1);

        // Unreadable capabilities, or none listed at all: the feature's own call decides.
        signInAs(QStringLiteral("ada"));
        m_server->setFault(QStringLiteral("/api/provider/capabilities"), {FaultKind::MeshKitError500});
        fetched = await(ProviderFeatures::fetch(m_client.get()));
        QVERIFY(fetched);
        QVERIFY(!fetched->isOk());
        QVERIFY(!fetched->features.isKnown());
        QVERIFY(fetched->features.offers(ProviderFeature::Organizations));

        // A cancelled job finishes once, as cancelled, asked or not.
        for (const QString &provider : {QStringLiteral("Meshery"), QStringLiteral("None")}) {
            m_client->setProvider(provider);
            ProviderFeaturesJob *job = ProviderFeatures::fetch(m_client.get());
            QSignalSpy spy(job, &ProviderFeaturesJob::finished);
            job->cancel();
            QTRY_COMPARE(spy.count(), 1);
            QCOMPARE(spy.at(0).at(0).value<ProviderFeaturesResult>().error.kind(), Kind::Cancelled);
            QTest::qWait(0);
            QCOMPARE(spy.count(), 1);
        }
        Provider silent;
        silent.key = QStringLiteral("Meshery");
        QVERIFY(ProviderFeatures::of(QStringLiteral("Meshery"), silent).offers(ProviderFeature::Organizations));
    }

    void sizeCapIsConfigurable()
    {
        m_client->setMaxBodyBytes(64);
        QCOMPARE(await(m_client->providers()).error.kind(), Kind::ResponseTooLarge);
        m_client->setMaxBodyBytes(CallLimits::DefaultMaxBodyBytes);
        QVERIFY(await(m_client->providers()).isOk());
    }

    void timeoutEndsASlowCall()
    {
        m_client->setTimeout(std::chrono::milliseconds(300));
        m_server->setFault(QStringLiteral("/api/system/version"), {FaultKind::Delay, 5000});
        QElapsedTimer clock;
        clock.start();
        const ApiResult result = await(m_client->serverVersion());
        QCOMPARE(result.error.kind(), Kind::Timeout);
        QVERIFY2(clock.elapsed() < 4000, "the time limit was not enforced");
    }

    void delayWithinTheLimitIsFine()
    {
        m_server->setFault(QStringLiteral("/api/system/version"), {FaultKind::Delay, 200});
        QVERIFY(await(m_client->serverVersion()).isOk());
    }

    void cancelEndsTheCallAtOnce()
    {
        m_server->setFault(QStringLiteral("*"), {FaultKind::Delay, 10000});
        ApiCall *call = m_client->serverVersion();
        QSignalSpy spy(call, &ApiCall::finished);
        QTimer::singleShot(50, call, &ApiCall::cancel);
        QVERIFY(spy.wait(3000));
        QCOMPARE(spy.at(0).at(0).value<ApiResult>().error.kind(), Kind::Cancelled);

        ApiCall *a = m_client->providers();
        ApiCall *b = m_client->serverVersion();
        QSignalSpy spyA(a, &ApiCall::finished), spyB(b, &ApiCall::finished);
        m_client->cancelAll();
        QTRY_COMPARE_WITH_TIMEOUT(spyA.count() + spyB.count(), 2, 3000);
        QCOMPARE(spyA.at(0).at(0).value<ApiResult>().error.kind(), Kind::Cancelled);
        QCOMPARE(spyB.at(0).at(0).value<ApiResult>().error.kind(), Kind::Cancelled);
    }

    void refreshedTokenIsSurfacedAndUsed()
    {
        ServerOptions options;
        options.refreshTokens = true;
        startServer(options);
        signInAs(QStringLiteral("ada"));
        const QByteArray original = m_client->token();
        QSignalSpy refreshed(m_client.get(), &ApiClient::tokenRefreshed);
        const ApiResult result = await(m_client->currentUser());
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        QCOMPARE(refreshed.count(), 1);
        const QByteArray fresh = refreshed.at(0).at(0).toByteArray();
        QVERIFY(fresh != original);
        QCOMPARE(result.refreshedToken, fresh);
        QVERIFY(m_server->isTokenValid(fresh));
        QCOMPARE(m_client->token(), fresh);
        QVERIFY(await(m_client->sessionToken()).isOk());
        QCOMPARE(m_server->lastRequest(QStringLiteral("/api/token")).cookies.value(QStringLiteral("token")).toLatin1(),
                 fresh);
    }

    void onlyARefreshOfTheSessionSentIsAdopted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<bool>("withToken");
        // A provider with persist-anonymous-user sets its anonymous token on the redirect to login.
        QTest::newRow("anonymous token on a 302") << QStringLiteral("/api/user") << FaultKind::AnonymousSession << true;
        QTest::newRow("token on a call that carried none")
            << QStringLiteral("/api/providers") << FaultKind::ForeignTokenCookie << false;
        QTest::newRow("token with a space and quotes")
            << QStringLiteral("/api/user") << FaultKind::HostileTokenCookie << true;
    }

    void onlyARefreshOfTheSessionSentIsAdopted()
    {
        QFETCH(QString, path);
        QFETCH(FaultKind, fault);
        QFETCH(bool, withToken);
        if (withToken)
            signInAs(QStringLiteral("ada"));
        const QByteArray before = m_client->token();
        m_server->setFault(path, {fault});
        QSignalSpy refreshed(m_client.get(), &ApiClient::tokenRefreshed);
        const ApiResult result =
            await(path == QLatin1String("/api/providers") ? m_client->providers() : m_client->currentUser());
        QVERIFY(result.refreshedToken.isEmpty());
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(m_client->token(), before);
    }

    void tokensWithHeaderCharactersAreNeverSent_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::newRow("CR LF") << QByteArray("\r\nX-Injected: yes");
        QTest::newRow("LF") << QByteArray("\nX-Injected: yes");
        QTest::newRow("semicolon") << QByteArray("; meshery-provider=None");
        QTest::newRow("space") << QByteArray(" x");
        QTest::newRow("quote") << QByteArray("\"");
    }

    void tokensWithHeaderCharactersAreNeverSent()
    {
        QFETCH(QByteArray, tail);
        m_client->setProvider(QStringLiteral("Meshery"));
        m_client->setToken(m_server->issueToken(QStringLiteral("ada")) + tail);
        QVERIFY(m_client->token().isEmpty());
        await(m_client->currentUser());
        const auto request = m_server->lastRequest(QStringLiteral("/api/user"));
        QVERIFY(!request.headers.contains("x-injected"));
        QVERIFY(!request.headers.contains("authorization"));
        QCOMPARE(request.cookies.keys(), QStringList{QStringLiteral("meshery-provider")});
        QCOMPARE(request.cookies.value(QStringLiteral("meshery-provider")), QStringLiteral("Meshery"));
    }

    void pagesOfMoreItemsThanAnyAnswerHasAreRefusedUnparsed()
    {
        // 200,000 tiny organizations fit in the size cap; parsed, they would take ~50 MB.
        signInAs(QStringLiteral("ada"));
        m_server->setFault(QStringLiteral("/api/identity/orgs"), {FaultKind::HugePages});
        const ApiResult result = await(m_client->organizations());
        QCOMPARE(result.error.kind(), Kind::BadResponse);
        QVERIFY2(result.error.detail().contains(QLatin1String("more than 20000 objects and arrays")),
                 qPrintable(result.error.detail()));
    }

    void anEndlessBodyIsCutOffAtTheCap()
    {
        signInAs(QStringLiteral("ada"));
        m_server->setFault(QStringLiteral("/api/user"), {FaultKind::EndlessBody});
        const ApiResult result = await(m_client->currentUser());
        QCOMPARE(result.error.kind(), Kind::ResponseTooLarge);
    }

    void deadServerIsUnreachable()
    {
        const QUrl url = m_server->baseUrl();
        m_server->stop();
        const ApiResult result = await(m_client->serverVersion());
        QCOMPARE(result.error.kind(), Kind::Unreachable);
        QVERIFY(!result.error.detail().isEmpty());
        Q_UNUSED(url);
    }

    void untrustedCertificateIsRefusedWithItsDetails()
    {
        ServerOptions options;
        options.tls = true;
        startServer(options);
        QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
        const ApiResult result = await(m_client->serverVersion());
        QCOMPARE(result.error.kind(), Kind::Tls);
        const TlsCertificateInfo info = result.error.certificate();
        QCOMPARE(info.sha256Fingerprint, formatFingerprint(m_server->certificate().digest(QCryptographicHash::Sha256)));
        QVERIFY(info.isSelfSigned());
        QVERIFY(info.validFrom < QDateTime::currentDateTimeUtc());
        QVERIFY(info.validUntil > QDateTime::currentDateTimeUtc());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/system/version")), 0);
    }

    void wrongShapeIsABadResponse()
    {
        // /api/system/version answers an object, but not a list of providers.
        const ApiResult result = await(
            m_client->get(QStringLiteral("/api/system/version"), {}, Expectation::Json, [](const QByteArray &body) {
                const auto parsed = parseProviders(body);
                return ParsedBody::failed(parsed.ok() ? QStringLiteral("unexpected") : parsed.error);
            }));
        QCOMPARE(result.error.kind(), Kind::BadResponse);
        QVERIFY(!result.error.detail().isEmpty());
    }

    void debugOutputShowsNoToken()
    {
        static QStringList messages;
        messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("meshery.auth.api.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &text) { messages << text; });
        signInAs(QStringLiteral("ada"));
        const ApiResult result = await(m_client->currentUser());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(result.isOk());
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(result.requestId), "the request was not logged");
        QVERIFY2(all.contains(QLatin1String("token sent")), qPrintable(all));
        // Not even the redacted form's first characters: a log line says only that a token went.
        QVERIFY2(!all.contains(redactSecret(m_client->token())), qPrintable(all));
        QVERIFY2(!all.contains(QString::fromLatin1(m_client->token().left(4))), "the log holds the token's start");
    }

    void endpointUrlKeepsABasePath()
    {
        ApiClient client;
        client.setServerUrl(QUrl(QStringLiteral("https://example.org/meshery/")));
        QCOMPARE(client.endpointUrl(QStringLiteral("/api/user")).toString(),
                 QStringLiteral("https://example.org/meshery/api/user"));
        QCOMPARE(client
                     .endpointUrl(QStringLiteral("/api/identity/orgs"),
                                  {{QStringLiteral("search"), QStringLiteral("a+b&c")}})
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral("https://example.org/meshery/api/identity/orgs?search=a%2Bb%26c"));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
