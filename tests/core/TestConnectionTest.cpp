// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The staged connection test against the Meshery test server: a healthy server, each fault,
// and the rows' details (status, time, request id, curl line without the secret).
#include "ConnectionTest.h"
#include "MesheryTestServer.h"
#include "MesheryTypes.h"

#include <QtTest>

using namespace MesheryAuth;
using MesheryTest::FaultKind;
using MesheryTest::MesheryTestServer;
using Id = ConnectionCheck::Id;
using Status = ConnectionCheck::Status;

class TestConnectionTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MesheryTestServer> m_server;

    ServerProfile profile(const QString &provider = QStringLiteral("Meshery"))
    {
        ServerProfile profile;
        profile.id = QStringLiteral("test");
        profile.serverUrl = m_server->baseUrl();
        profile.provider = provider;
        return profile;
    }

    std::unique_ptr<ApiClient> m_client;

    ApiClient *clientFor(const ServerProfile &profile, const QByteArray &token)
    {
        m_client = std::make_unique<ApiClient>();
        m_client->setServerUrl(profile.serverUrl);
        m_client->setProvider(profile.provider);
        m_client->setToken(token);
        return m_client.get();
    }

    QList<ConnectionCheck> run(ConnectionTest &test, const ServerProfile &profile, const QByteArray &token,
                               bool *allPassed = nullptr)
    {
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.start(profile, clientFor(profile, token));
        if (finished.isEmpty() && !finished.wait(30000))
            return {};
        if (allPassed)
            *allPassed = finished.at(0).at(0).toBool();
        return test.checks();
    }

    QString organizationId(const QByteArray &token)
    {
        ApiClient client;
        client.setServerUrl(m_server->baseUrl());
        client.setProvider(QStringLiteral("Meshery"));
        client.setToken(token);
        QSignalSpy spy(client.organizations({}), &ApiCall::finished);
        spy.wait(20000);
        return spy.at(0).at(0).value<ApiResult>().valueAs<OrganizationPage>().organizations.value(0).id;
    }

    void startServerWithDefaults()
    {
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
    }

private slots:
    void init() { startServerWithDefaults(); }

    void healthyServerPassesEveryCheck()
    {
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        ServerProfile signedIn = profile();
        signedIn.organizationId = organizationId(token);
        ConnectionTest test;
        QSignalSpy changes(&test, &ConnectionTest::checkChanged);
        bool allPassed = false;
        const auto checks = run(test, signedIn, token, &allPassed);
        QCOMPARE(checks.size(), 8);
        for (const ConnectionCheck &check : checks)
            QVERIFY2(check.status == Status::Passed, qPrintable(check.title + QStringLiteral(": ") + check.summary));
        QVERIFY(allPassed);
        QVERIFY(test.allPassed());
        QVERIFY(changes.count() >= 8);

        const ConnectionCheck &user = checks.at(int(Id::SignedIn));
        QCOMPARE(user.httpStatus, 200);
        QVERIFY(user.elapsedMs >= 0);
        QVERIFY(!QUuid::fromString(user.requestId).isNull());
        QCOMPARE(m_server->lastRequest(QStringLiteral("/api/user")).headers.value("x-request-id"),
                 user.requestId.toLatin1());
        QVERIFY(user.summary.contains(QLatin1String("ada@example.com")));
        QVERIFY(checks.at(int(Id::ServerReachable)).summary.contains(QLatin1String("v0.8.0-test")));
        QVERIFY(checks.at(int(Id::TokenNotExpired)).summary.contains(QLatin1String("Valid until")));
        QVERIFY(checks.at(int(Id::WorkspacesReadable)).summary.startsWith(QLatin1String("2 workspace")));
        // Each curl line asks what the check asked, the page parameters included.
        QVERIFY(checks.at(int(Id::OrganizationsReadable)).curl.contains("/api/identity/orgs?page=0&pagesize=1'"));
        const QByteArray workspaces = checks.at(int(Id::WorkspacesReadable)).curl;
        QVERIFY2(workspaces.contains("/api/workspaces?orgId=") && workspaces.contains("&page=0&pagesize=25'"),
                 workspaces.constData());

        // Neither the rows nor the report carry the secret.
        for (const ConnectionCheck &check : checks) {
            QVERIFY(!check.curl.contains(token));
            QVERIFY(!check.summary.contains(QString::fromLatin1(token)));
        }
        QVERIFY(user.curl.contains("token --format headers | curl -sS -H @-"));
        QVERIFY(!test.report().contains(QString::fromLatin1(token)));
        QVERIFY(test.report().contains(user.requestId));
    }

    void localProvider()
    {
        ConnectionTest test;
        bool allPassed = false;
        const auto checks = run(test, profile(QStringLiteral("None")), {}, &allPassed);
        QCOMPARE(checks.at(int(Id::TokenNotExpired)).status, Status::Skipped);
        QCOMPARE(checks.at(int(Id::SignedIn)).status, Status::Passed);
        QCOMPARE(checks.at(int(Id::ProviderSelected)).summary, QStringLiteral("None (local)"));
        // The Local provider has neither organizations nor workspaces (its server refuses both):
        // said plainly, never asked, and not a failure.
        const ConnectionCheck &organizations = checks.at(int(Id::OrganizationsReadable));
        QCOMPARE(organizations.status, Status::Skipped);
        QCOMPARE(organizations.summary,
                 QStringLiteral(
                     "Organizations come with remote providers such as Meshery Cloud; the Local provider has none."));
        const ConnectionCheck &workspaces = checks.at(int(Id::WorkspacesReadable));
        QCOMPARE(workspaces.status, Status::Skipped);
        QVERIFY(workspaces.summary.contains(QLatin1String("the Local provider has none")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/identity/orgs")), 0);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/workspaces")), 0);
        QVERIFY(allPassed);
    }

    void whatTheProviderDoesNotOfferIsNotAsked()
    {
        MesheryTest::ServerOptions options;
        options.remoteCapabilities = {QStringLiteral("sync-prefs"), QStringLiteral("users-profile")};
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        ServerProfile withOrg = profile();
        withOrg.organizationId = QStringLiteral("an-organization-chosen-earlier");
        ConnectionTest test;
        bool allPassed = false;
        const auto checks = run(test, withOrg, m_server->issueToken(QStringLiteral("ada")), &allPassed);
        const ConnectionCheck &organizations = checks.at(int(Id::OrganizationsReadable));
        QCOMPARE(organizations.status, Status::Skipped);
        QCOMPARE(organizations.summary, QStringLiteral("The provider Meshery does not offer organizations."));
        const ConnectionCheck &workspaces = checks.at(int(Id::WorkspacesReadable));
        QCOMPARE(workspaces.status, Status::Skipped);
        QCOMPARE(workspaces.summary, QStringLiteral("The provider Meshery does not offer workspaces."));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/provider/capabilities")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/identity/orgs")), 0);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/workspaces")), 0);
        QVERIFY(allPassed);
        QVERIFY(test.report().contains(QLatin1String("[skipped] Organizations readable")));
    }

    void providerRefusalsAreNotWrongAddresses()
    {
        // Capabilities the provider does not list: the calls are made, and their refusal read.
        MesheryTest::ServerOptions options;
        options.remoteCapabilities.clear();
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        ServerProfile withOrg = profile();
        withOrg.organizationId = QStringLiteral("an-organization");
        ConnectionTest test;
        auto checks = run(test, withOrg, m_server->issueToken(QStringLiteral("ada")));
        const ConnectionCheck &organizations = checks.at(int(Id::OrganizationsReadable));
        QCOMPARE(organizations.status, Status::Failed);
        QCOMPARE(organizations.httpStatus, 404);
        QCOMPARE(organizations.error.kind(), ApiError::Kind::OrganizationsUnavailable);
        QVERIFY2(organizations.summary.startsWith(
                     QLatin1String("The provider did not return your organizations. The server says: ")),
                 qPrintable(organizations.summary));
        QVERIFY(organizations.summary.contains(QLatin1String("Capablity is not supported by your Provider")));
        QCOMPARE(checks.at(int(Id::WorkspacesReadable)).error.kind(), ApiError::Kind::WorkspacesUnavailable);
        for (const Id id : {Id::OrganizationsReadable, Id::WorkspacesReadable}) {
            QVERIFY(!checks.at(int(id)).summary.contains(QLatin1String("does not know this address")));
            QVERIFY(!checks.at(int(id)).error.hint().contains(QLatin1String("server address")));
        }

        // The provider's own refusal, passed on by the server.
        startServerWithDefaults();
        m_server->setFault(QStringLiteral("/api/workspaces"), {FaultKind::ProviderRefusal});
        withOrg.serverUrl = m_server->baseUrl();
        checks = run(test, withOrg, m_server->issueToken(QStringLiteral("ada")));
        QCOMPARE(checks.at(int(Id::OrganizationsReadable)).status, Status::Passed);
        const ConnectionCheck &workspaces = checks.at(int(Id::WorkspacesReadable));
        QCOMPARE(workspaces.status, Status::Failed);
        QCOMPARE(workspaces.error.kind(), ApiError::Kind::WorkspacesUnavailable);
        QVERIFY(workspaces.summary.contains(QLatin1String("failed to get workspaces")));
        QVERIFY(test.report().contains(workspaces.error.hint()));
    }

    // The server treats "None" and "Local" (any case) as one provider, so the test does too:
    // a profile saved against an older server still passes against a newer one.
    void localProviderUnderEitherName_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<QString>("profileName");
        QTest::newRow("server None, profile Local") << QStringLiteral("None") << QStringLiteral("Local");
        QTest::newRow("server Local, profile None") << QStringLiteral("Local") << QStringLiteral("None");
        QTest::newRow("server None, profile local") << QStringLiteral("None") << QStringLiteral("local");
        QTest::newRow("server Local, profile NONE") << QStringLiteral("Local") << QStringLiteral("NONE");
    }

    void localProviderUnderEitherName()
    {
        QFETCH(QString, serverName);
        QFETCH(QString, profileName);
        MesheryTest::ServerOptions options;
        options.localProviderName = serverName;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        ConnectionTest test;
        bool allPassed = false;
        const auto checks = run(test, profile(profileName), {}, &allPassed);
        const ConnectionCheck &selected = checks.at(int(Id::ProviderSelected));
        QVERIFY2(selected.status == Status::Passed, qPrintable(selected.summary));
        QCOMPARE(selected.summary, QStringLiteral("%1 (local)").arg(serverName));
        QCOMPARE(checks.at(int(Id::SignedIn)).status, Status::Passed);
        QVERIFY(allPassed);
    }

    void anExpiredTokenTheServerRenewsPasses()
    {
        const QByteArray expired = m_server->issueToken(QStringLiteral("ada"), -60);
        ConnectionTest test;
        bool allPassed = false;
        const auto checks = run(test, profile(), expired, &allPassed);
        const ConnectionCheck &token = checks.at(int(Id::TokenNotExpired));
        QCOMPARE(token.status, Status::Passed);
        QVERIFY(token.summary.contains(QLatin1String("refresh token")));
        QCOMPARE(checks.at(int(Id::SignedIn)).status, Status::Passed);
        QVERIFY(allPassed);
    }

    void organizationTheServerDoesNotKnowFails()
    {
        ServerProfile withOrg = profile();
        withOrg.organizationId = QStringLiteral("no-such-org");
        m_server->setFault(QStringLiteral("/api/workspaces"), {FaultKind::Forbidden403});
        ConnectionTest test;
        const auto checks = run(test, withOrg, m_server->issueToken(QStringLiteral("ada")));
        QCOMPARE(checks.at(int(Id::WorkspacesReadable)).status, Status::Failed);
        QCOMPARE(checks.at(int(Id::WorkspacesReadable)).httpStatus, 403);
        QVERIFY(m_server->lastRequest(QStringLiteral("/api/workspaces")).query.hasQueryItem(QStringLiteral("orgId")));
    }

    void faultsShowInTheirRows_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<Id>("row");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("not ready") << QStringLiteral("/healthz/ready") << FaultKind::ServiceUnavailable503
                                   << Id::ServerReachable << ApiError::Kind::ServiceUnavailable << 503;
        QTest::newRow("providers malformed") << QStringLiteral("/api/providers") << FaultKind::MalformedJson
                                             << Id::ProvidersListed << ApiError::Kind::BadResponse << 200;
        QTest::newRow("user 401") << QStringLiteral("/api/user") << FaultKind::Unauthorized401 << Id::SignedIn
                                  << ApiError::Kind::Unauthenticated << 401;
        QTest::newRow("orgs 403") << QStringLiteral("/api/identity/orgs") << FaultKind::Forbidden403
                                  << Id::OrganizationsReadable << ApiError::Kind::Forbidden << 403;
        QTest::newRow("graphql 503") << QStringLiteral("/api/system/graphql/query") << FaultKind::ServiceUnavailable503
                                     << Id::GraphqlAnswers << ApiError::Kind::ServiceUnavailable << 503;
        QTest::newRow("user html") << QStringLiteral("/api/user") << FaultKind::HtmlInsteadOfJson << Id::SignedIn
                                   << ApiError::Kind::Unauthenticated << 200;
        QTest::newRow("ready dropped") << QStringLiteral("/healthz/ready") << FaultKind::DropConnection
                                       << Id::ServerReachable << ApiError::Kind::ConnectionClosed << 0;
    }

    void faultsShowInTheirRows()
    {
        QFETCH(QString, path);
        QFETCH(FaultKind, fault);
        QFETCH(Id, row);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, httpStatus);
        m_server->setFault(path, {fault});
        ConnectionTest test;
        bool allPassed = true;
        const auto checks = run(test, profile(), m_server->issueToken(QStringLiteral("ada")), &allPassed);
        const ConnectionCheck &failed = checks.at(int(row));
        QCOMPARE(failed.status, Status::Failed);
        QCOMPARE(failed.error.kind(), kind);
        QCOMPARE(failed.httpStatus, httpStatus);
        QCOMPARE(failed.summary, failed.error.message());
        QVERIFY(!failed.error.hint().isEmpty());
        QVERIFY(!allPassed);
        // The others are unaffected.
        QCOMPARE(checks.at(int(Id::TokenNotExpired)).status, Status::Passed);
    }

    // An offline release answers /api/system/version with 500: the server is up all the same,
    // and every check passes; the version is said to be unknown.
    void anOfflineServerIsReachableWithItsVersionUnknown()
    {
        MesheryTest::ServerOptions options;
        options.offline = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        ConnectionTest test;
        QSignalSpy changes(&test, &ConnectionTest::checkChanged);
        bool allPassed = false;
        const auto checks = run(test, profile(QStringLiteral("None")), {}, &allPassed);
        const ConnectionCheck &reachable = checks.at(int(Id::ServerReachable));
        QVERIFY2(reachable.status == Status::Passed, qPrintable(reachable.summary));
        QCOMPARE(reachable.httpStatus, 200);
        QVERIFY2(reachable.summary.startsWith(QLatin1String("Version unknown")), qPrintable(reachable.summary));
        QVERIFY(reachable.summary.contains(QLatin1String("500")));
        QVERIFY(reachable.error.isOk());
        QVERIFY(reachable.curl.contains("/healthz/ready"));
        QCOMPARE(m_server->requestCount(QStringLiteral("/healthz/ready")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/system/version")), 1);
        QVERIFY(allPassed);
        QVERIFY(test.report().contains(QLatin1String("Version unknown")));
        // What the window shows last for the row is what the run ended with.
        QString shown;
        for (const QList<QVariant> &change : std::as_const(changes)) {
            if (change.at(0).toInt() == int(Id::ServerReachable))
                shown = change.at(1).value<ConnectionCheck>().summary;
        }
        QCOMPARE(shown, reachable.summary);
    }

    // A version that comes later than the readiness answer still reaches the row.
    void aSlowVersionStillReachesTheRow()
    {
        m_server->setFault(QStringLiteral("/api/system/version"), {FaultKind::Delay, 300});
        ConnectionTest test;
        bool allPassed = false;
        const auto checks = run(test, profile(QStringLiteral("None")), {}, &allPassed);
        QCOMPARE(checks.at(int(Id::ServerReachable)).status, Status::Passed);
        QVERIFY2(checks.at(int(Id::ServerReachable)).summary.contains(QLatin1String("v0.8.0-test")),
                 qPrintable(checks.at(int(Id::ServerReachable)).summary));
        QVERIFY(allPassed);
    }

    void expiredAndMissingTokens()
    {
        ConnectionTest test;
        test.setClock([] { return QDateTime::currentDateTimeUtc().addDays(2); }); // past the token's hour
        // Meshery's tokens carry a refresh token: past their expiry the server decides.
        auto checks = run(test, profile(), m_server->issueToken(QStringLiteral("ada")));
        QCOMPARE(checks.at(int(Id::TokenNotExpired)).status, Status::Passed);
        QVERIFY(checks.at(int(Id::TokenNotExpired)).summary.contains(QLatin1String("refresh token")));
        // A bare JWT has none: past its exp it is expired.
        const auto part = [](const QByteArray &json) {
            return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray bareJwt =
            part(R"({"alg":"RS256"})") + '.' + part(R"({"exp":1700000000,"sub":"ada"})") + ".c2ln";
        checks = run(test, profile(), bareJwt);
        QCOMPARE(checks.at(int(Id::TokenNotExpired)).status, Status::Failed);
        QVERIFY(checks.at(int(Id::TokenNotExpired)).summary.startsWith(QLatin1String("Expired at")));

        checks = run(test, profile(), {});
        QCOMPARE(checks.at(int(Id::TokenNotExpired)).status, Status::Failed);
        // No token is "not signed in", never "your session has expired".
        const ApiError missing = checks.at(int(Id::TokenNotExpired)).error;
        QCOMPARE(missing.kind(), ApiError::Kind::NotSignedIn);
        QCOMPARE(missing.id(), QStringLiteral("not-signed-in"));
        QVERIFY2(!missing.message().contains(QLatin1String("expired")), qPrintable(missing.message()));
        QCOMPARE(missing.hint(), QStringLiteral("Log in."));
        QCOMPARE(checks.at(int(Id::SignedIn)).error.kind(), ApiError::Kind::Unauthenticated);

        checks = run(test, profile(), "opaque-api-token");
        QCOMPARE(checks.at(int(Id::TokenNotExpired)).status, Status::Passed);
        QVERIFY(checks.at(int(Id::TokenNotExpired)).summary.contains(QLatin1String("unknown")));

        checks = run(test, profile(QStringLiteral("NoSuchProvider")), {});
        QCOMPARE(checks.at(int(Id::ProviderSelected)).status, Status::Failed);
    }

    void theCallersClientSeesRefusalsAndRenewals()
    {
        MesheryTest::ServerOptions options;
        options.refreshTokens = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        ConnectionTest test;
        QSignalSpy finished(&test, &ConnectionTest::finished);
        ApiClient *client = clientFor(profile(), m_server->issueToken(QStringLiteral("ada")));
        QSignalSpy renewed(client, &ApiClient::tokenRefreshed);
        test.start(profile(), client);
        QVERIFY(finished.wait(30000));
        QVERIFY(renewed.count() >= 1);
        QVERIFY(m_server->isTokenValid(client->token()));

        client = clientFor(profile(), "refused-token");
        QSignalSpy rejected(client, &ApiClient::sessionRejected);
        test.start(profile(), client);
        QVERIFY(finished.wait(30000));
        QVERIFY(rejected.count() >= 1);
    }

    void deadServerAndCancel()
    {
        m_server->setFault(QStringLiteral("*"), {FaultKind::Delay, 10000});
        ConnectionTest test;
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.start(profile(), clientFor(profile(), m_server->issueToken(QStringLiteral("ada"))));
        QVERIFY(test.isRunning());
        test.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!test.isRunning());

        // The session's client cancels every call when the window opens another profile or asks
        // again: the run still ends, every row with it, long before the server would answer.
        ConnectionTest cancelledFromOutside;
        QSignalSpy ended(&cancelledFromOutside, &ConnectionTest::finished);
        cancelledFromOutside.start(profile(), clientFor(profile(), m_server->issueToken(QStringLiteral("ada"))));
        m_client->cancelAll();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
        for (const ConnectionCheck &check : cancelledFromOutside.checks())
            QVERIFY2(check.status != Status::Running && check.status != Status::Pending, qPrintable(check.title));
        QCOMPARE(cancelledFromOutside.checks().at(int(Id::OrganizationsReadable)).error.kind(),
                 ApiError::Kind::Cancelled);

        m_server->stop();
        const auto checks = run(test, profile(), "x");
        QCOMPARE(checks.at(int(Id::ServerReachable)).error.kind(), ApiError::Kind::Unreachable);
        QCOMPARE(checks.at(int(Id::ProviderSelected)).status, Status::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "TestConnectionTest.moc"
