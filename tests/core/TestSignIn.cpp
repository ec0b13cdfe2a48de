// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Signing in and out against the Meshery test server and the real keychain: the system-browser
// flow (the test plays the browser), a pasted token, the Local provider, expiry, and logout.
#include "ApiClient.h"
#include "KeychainStore.h"
#include "MesheryTestServer.h"
#include "ProfileStore.h"
#include "SecretTool.h"
#include "SignInService.h"
#include "SystemBrowserLogin.h"
#include "TokenVault.h"
#include "VaultFixture.h"

#include <QtNetwork>
#include <QtTest>

using namespace MesheryAuth;
using MesheryTest::FaultKind;
using MesheryTest::MesheryTestServer;
using TestSupport::resultOf;

namespace {

// A browser, as far as the login needs one: follows the provider's page, posts its form, and
// goes where the provider redirects it. Returns the last page's status.
class PlayedBrowser
{
public:
    explicit PlayedBrowser(bool acceptAnyCertificate = false)
        : m_acceptAnyCertificate(acceptAnyCertificate)
    {
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    // Opens the login URL, signs in with the form, follows the redirect back to the callback.
    int signIn(const QUrl &loginUrl, const QString &user, const QString &password, QUrl *callback = nullptr)
    {
        QNetworkReply *page = send(QNetworkRequest(loginUrl));
        if (!page || page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return -1;
        const QByteArray form = page->readAll();
        if (!form.contains("id=\"username\""))
            return -2;

        QUrl action = loginUrl;
        action.setQuery(QString());
        QUrlQuery fields(loginUrl);
        fields.addQueryItem(QStringLiteral("username"), user);
        fields.addQueryItem(QStringLiteral("password"), password);
        QNetworkRequest post(action);
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *answer = send(post, fields.toString(QUrl::FullyEncoded).toUtf8());
        if (!answer || answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
            return -3;
        const QUrl target = loginUrl.resolved(QUrl::fromEncoded(answer->rawHeader("Location")));
        if (callback)
            *callback = target;
        QNetworkReply *back = send(QNetworkRequest(target));
        return back ? back->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -4;
    }

    QNetworkReply *send(QNetworkRequest request, const QByteArray &body = {})
    {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = body.isNull() ? m_network.get(request) : m_network.post(request, body);
        reply->setParent(&m_network);
        if (m_acceptAnyCertificate)
            reply->ignoreSslErrors();
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(20000))
            return nullptr;
        return reply;
    }

private:
    QNetworkAccessManager m_network;
    bool m_acceptAnyCertificate;
};

// How a sign-in or logout ended; nullopt when it did not within a minute.
std::optional<SignInResult> ended(SignInJob *job)
{
    return resultOf<SignInResult>(job);
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::VaultFixture> m_fixture;
    ProfileStore *m_profiles = nullptr;
    TokenVault *m_vault = nullptr;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<MesheryTestServer> m_server;

    ServerProfile profileFor(const MesheryTestServer &server)
    {
        ServerProfile profile = ProfileStore::draft(server.baseUrl());
        if (!m_profiles->save(profile).isOk())
            qFatal("could not save a profile");
        return profile;
    }

    Provider remoteProvider()
    {
        ApiClient client;
        client.setServerUrl(m_server->baseUrl());
        QSignalSpy spy(client.providers(), &ApiCall::finished);
        if (!spy.wait(20000))
            return {};
        for (const Provider &provider : spy.at(0).at(0).value<ApiResult>().valueAs<QList<Provider>>()) {
            if (!provider.isLocal())
                return provider;
        }
        return {};
    }

    std::optional<SignInResult> browserLogin(SystemBrowserLogin &login, PlayedBrowser &browser, const QString &password,
                                             int *callbackStatus = nullptr)
    {
        QSignalSpy finished(&login, &SystemBrowserLogin::finished);
        const int status = browser.signIn(login.loginUrl(), QStringLiteral("ada"), password);
        if (callbackStatus)
            *callbackStatus = status;
        if (finished.isEmpty() && !finished.wait(20000))
            return std::nullopt;
        return finished.at(0).at(0).value<SignInResult>();
    }

    VaultResult stored(const ServerProfile &profile) { return m_fixture->load(profile.tokenSlot()); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<TestSupport::VaultFixture>();
        QVERIFY(m_fixture->isValid());
        m_profiles = m_fixture->profiles();
        m_vault = m_fixture->vault();
        m_signIn = std::make_unique<SignInService>(m_profiles, m_vault);
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_signIn.reset();
        m_fixture.reset();
        m_server.reset();
    }

    void loginUrlIsWhatMesheryctlBuilds()
    {
        const QUrl url = SystemBrowserLogin::providerLoginUrl(QUrl(QStringLiteral("https://cloud.meshery.io")),
                                                              QStringLiteral("http://localhost:41234"),
                                                              QStringLiteral("v0.8.1"), QStringLiteral("v0.8.0"));
        QCOMPARE(url.path(), QStringLiteral("/login"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("source")), QStringLiteral("aHR0cDovL2xvY2FsaG9zdDo0MTIzNA"));
        QCOMPARE(query.queryItemValue(QStringLiteral("provider_version")), QStringLiteral("v0.8.1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("meshery_version")), QStringLiteral("v0.8.0"));
    }

    void systemBrowserLoginEndToEnd()
    {
        const ServerProfile profile = profileFor(*m_server);
        SystemBrowserLogin login;
        QString error;
        QVERIFY2(login.start({profile.serverUrl, remoteProvider(), QStringLiteral("v0.8.0-test")}, &error),
                 qPrintable(error));
        QVERIFY(login.loginUrl().toString().startsWith(m_server->providerBaseUrl().toString()
                                                       + QStringLiteral("/login?source=")));

        PlayedBrowser browser;
        QSignalSpy arrived(&login, &SystemBrowserLogin::tokenArrived);
        int callbackStatus = 0;
        const auto result = browserLogin(login, browser, QStringLiteral("meshery"), &callbackStatus);
        QCOMPARE(callbackStatus, 200); // the "you can close this window" page
        QCOMPARE(arrived.count(), 1);
        QVERIFY(result.has_value());
        QVERIFY2(result->isOk(), qPrintable(result->error.toDisplayString()));
        QCOMPARE(result->user.email, QStringLiteral("ada@example.com"));
        QVERIFY(m_server->isTokenValid(result->token));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/token")), 1); // confirmed as mesheryctl does
        QVERIFY(!login.isRunning());

        const auto kept = ended(m_signIn->keep(profile, *result));
        QVERIFY(kept->isOk());
        const ServerProfile saved = *m_profiles->profile(profile.id);
        QCOMPARE(saved.provider, QStringLiteral("Meshery"));
        QCOMPARE(m_profiles->currentId(), profile.id);
        const SecretTool::Lookup inKeyring =
            SecretTool::lookup(TokenVault::defaultService(), saved.tokenSlot().keychainKey());
        QVERIFY(inKeyring.found);
        QVERIFY(inKeyring.value == result->token);
        QVERIFY(ended(m_signIn->logout(saved))->isOk());
    }

    void wrongPasswordStoresNothingAndTheFlowWaits()
    {
        SystemBrowserLogin login;
        QVERIFY(login.start({m_server->baseUrl(), remoteProvider(), {}}));
        PlayedBrowser browser;
        QCOMPARE(browser.signIn(login.loginUrl(), QStringLiteral("ada"), QStringLiteral("wrong")), -3);
        QVERIFY(login.isRunning());
        login.cancel();
        QVERIFY(!login.isRunning());
    }

    void aTokenTheServerRefusesIsNotKept()
    {
        SystemBrowserLogin login;
        QVERIFY(login.start({m_server->baseUrl(), remoteProvider(), {}}));
        QSignalSpy finished(&login, &SystemBrowserLogin::finished);
        QUrl callback(login.callbackUrl());
        callback.setQuery(QStringLiteral("token=forged"));
        PlayedBrowser browser;
        QVERIFY(browser.send(QNetworkRequest(callback)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto result = finished.at(0).at(0).value<SignInResult>();
        QCOMPARE(result.error.kind(), ApiError::Kind::Unauthenticated);
        QVERIFY(result.token.isEmpty());
    }

    void timeLimitAndCancel()
    {
        SystemBrowserLogin login;
        SystemBrowserLogin::Options options{m_server->baseUrl(), remoteProvider(), {}};
        options.timeLimit = std::chrono::milliseconds(200);
        QVERIFY(login.start(options));
        QSignalSpy finished(&login, &SystemBrowserLogin::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<SignInResult>().error.kind(), ApiError::Kind::Timeout);

        options.timeLimit = std::chrono::minutes(5);
        QVERIFY(login.start(options));
        const auto port = quint16(QUrl(login.callbackUrl()).port());
        QVERIFY(port > 0);
        login.cancel();
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).value<SignInResult>().error.kind(), ApiError::Kind::Cancelled);
        // The listener is gone.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(2000));
    }

    void localProviderNeedsNoToken()
    {
        const ServerProfile profile = profileFor(*m_server);
        const auto result = ended(m_signIn->signInLocal(profile, QStringLiteral("None")));
        QVERIFY2(result->isOk(), qPrintable(result->error.toDisplayString()));
        QCOMPARE(result->user.email, QStringLiteral("meshery@meshery.local"));
        QCOMPARE(m_profiles->profile(profile.id)->provider, QStringLiteral("None"));
        QCOMPARE(m_profiles->currentId(), profile.id);
        QVERIFY(!stored(*m_profiles->profile(profile.id)).found);
    }

    void pastedTokenIsValidatedFirst()
    {
        const ServerProfile profile = profileFor(*m_server);
        const QByteArray token = m_server->issueToken(QStringLiteral("grace"));
        auto result = ended(m_signIn->signInWithToken(profile, QStringLiteral("Meshery"), "  " + token + "\n"));
        QVERIFY2(result->isOk(), qPrintable(result->error.toDisplayString()));
        QCOMPARE(result->user.email, QStringLiteral("grace@example.com"));
        const ServerProfile saved = *m_profiles->profile(profile.id);
        QCOMPARE(stored(saved).token, token); // trimmed

        // An invalid one replaces nothing.
        result = ended(m_signIn->signInWithToken(saved, QStringLiteral("Meshery"), "garbage-token"));
        QCOMPARE(result->error.kind(), ApiError::Kind::Unauthenticated);
        QCOMPARE(stored(saved).token, token);
        result = ended(m_signIn->signInWithToken(saved, QStringLiteral("Meshery"), ""));
        QCOMPARE(result->error.kind(), ApiError::Kind::InvalidToken);
        QVERIFY(ended(m_signIn->logout(saved))->isOk());
    }

    void confirmThenKeepTakesTheTimeLimitItIsGiven()
    {
        // The CLI's --timeout is for one run: the time limit comes with the call, not the profile.
        const ServerProfile profile = profileFor(*m_server); // 15 s or more, as saved
        m_server->setFault(QStringLiteral("/api/user"), {FaultKind::Delay, 3000});
        const QByteArray token = m_server->issueToken(QStringLiteral("grace"));
        QElapsedTimer clock;
        clock.start();
        const auto result =
            ended(m_signIn->confirmThenKeep(profile, QStringLiteral("Meshery"), {token, {}},
                                            TokenConfirmation::Steps::UserOnly, std::chrono::milliseconds(300)));
        QVERIFY(result.has_value());
        QCOMPARE(result->error.kind(), ApiError::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 2500, "the profile's time limit was used");
        QVERIFY(result->token.isEmpty());
        QVERIFY(!stored(*m_profiles->profile(profile.id)).found); // nothing kept
        QCOMPARE(m_profiles->profile(profile.id)->provider, profile.provider); // not chosen either
    }

    void pastedTokensWithHeaderCharactersAreNeverSent_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::newRow("semicolon") << QByteArray("; meshery-provider=None");
        QTest::newRow("CR LF") << QByteArray("\r\nX-Injected: yes");
        QTest::newRow("space") << QByteArray(" extra");
        QTest::newRow("double quote") << QByteArray("\"");
        QTest::newRow("single quote") << QByteArray("'");
        QTest::newRow("comma") << QByteArray(",x");
    }

    void pastedTokensWithHeaderCharactersAreNeverSent()
    {
        QFETCH(QByteArray, tail);
        const ServerProfile profile = profileFor(*m_server);
        const QByteArray token = m_server->issueToken(QStringLiteral("grace")) + tail + "abc";
        m_server->clearRequests();
        const auto result = ended(m_signIn->signInWithToken(profile, QStringLiteral("Meshery"), token));
        QCOMPARE(result->error.kind(), ApiError::Kind::InvalidToken);
        QVERIFY(!result->error.toDisplayString().contains(QString::fromLatin1(token.left(20)))); // never quoted
        QCOMPARE(m_server->requests().size(), 0); // nothing sent
        QVERIFY(!stored(*m_profiles->profile(profile.id)).found);
    }

    void aProviderPageThatIsNoWebAddressIsNeverOpened_data()
    {
        QTest::addColumn<QString>("providerUrl");
        for (const char *url : {"file:///etc/passwd", "smb://attacker.example/share", "ssh://attacker.example",
                                "javascript:alert(1)", "x-scheme-handler://run", "http:///no-host"})
            QTest::newRow(url) << QString::fromLatin1(url);
    }

    void aProviderPageThatIsNoWebAddressIsNeverOpened()
    {
        QFETCH(QString, providerUrl);
        Provider provider = remoteProvider();
        provider.url = QUrl(providerUrl);
        SystemBrowserLogin login;
        QString error;
        QVERIFY(!login.start({m_server->baseUrl(), provider, {}}, &error));
        QVERIFY(error.contains(QLatin1String("not a web address")));
        QVERIFY(!login.isRunning());
        QVERIFY(login.loginUrl().isEmpty()); // nothing for a caller to hand to a browser
    }

    void aServerEchoWithHeaderCharactersIsRefused()
    {
        // The browser flows take the server's /api/token copy of the token: it is checked too.
        const ServerProfile profile = profileFor(*m_server);
        m_server->setFault(QStringLiteral("/api/token"), {FaultKind::HostileTokenEcho});
        SystemBrowserLogin login;
        QVERIFY(login.start({profile.serverUrl, remoteProvider(), {}}));
        PlayedBrowser browser;
        const auto result = browserLogin(login, browser, QStringLiteral("meshery"));
        QVERIFY(result.has_value());
        QCOMPARE(result->error.kind(), ApiError::Kind::InvalidToken);
        QVERIFY(result->token.isEmpty());
        QVERIFY(result->error.detail().contains(QLatin1String("/api/token")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0); // the echo was never sent on
    }

    void theCallbackAddressReachesOnlyThisProcess()
    {
        // Another local user holds [::1] at the port the listener will try first.
        QTcpServer squatter;
        if (!squatter.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("this machine has no IPv6 loopback, so nobody can squat on it");
        SystemBrowserLogin login;
        login.listener()->setFirstPortToTry(squatter.serverPort());
        QVERIFY(login.start({m_server->baseUrl(), remoteProvider(), {}}));
        const QUrl callback(login.callbackUrl());
        QCOMPARE(callback.host(), QStringLiteral("localhost"));

        // A browser may reach "localhost" on either address: both must be this listener.
        for (const QHostAddress &address :
             {QHostAddress(QHostAddress::LocalHostIPv6), QHostAddress(QHostAddress::LocalHost)}) {
            QTcpSocket socket;
            socket.connectToHost(address, quint16(callback.port()));
            QVERIFY2(socket.waitForConnected(5000), qPrintable(address.toString()));
            socket.write("GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\n\r\n");
            QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState,
                                     5000);
            QVERIFY2(socket.readAll().startsWith("HTTP/1.1 404"), qPrintable(address.toString()));
        }
        QVERIFY(!squatter.hasPendingConnections());
        QVERIFY(login.isRunning());
    }

    void forgedCallbacksDoNotEndTheWait()
    {
        SystemBrowserLogin login;
        QVERIFY(login.start({m_server->baseUrl(), remoteProvider(), {}}));
        QSignalSpy finished(&login, &SystemBrowserLogin::finished);
        const QUrl callback(login.callbackUrl());
        // 128 random bits in the path, new for every login.
        QVERIFY(callback.path().size() >= 1 + 22);
        SystemBrowserLogin another;
        QVERIFY(another.start({m_server->baseUrl(), remoteProvider(), {}}));
        QVERIFY(QUrl(another.callbackUrl()).path() != callback.path());

        const QByteArray attackersToken = m_server->issueToken(QStringLiteral("mallory"));
        const auto send = [&](const QByteArray &method, const QByteArray &target) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(callback.port()));
            if (!socket.waitForConnected(5000))
                return QByteArray("no connection");
            socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            (void)QTest::qWaitFor(
                [&] { return socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState; }, 5000);
            return socket.readAll();
        };
        const QByteArray secretPath = callback.path(QUrl::FullyEncoded).toLatin1();
        QVERIFY(send("GET", "/?token=" + attackersToken).startsWith("HTTP/1.1 404")); // mesheryctl's "any path"
        QVERIFY(send("GET", "/callback?token=" + attackersToken).startsWith("HTTP/1.1 404"));
        QVERIFY(send("GET", secretPath.chopped(1) + "?token=" + attackersToken).startsWith("HTTP/1.1 404")); // a guess
        QVERIFY(send("POST", secretPath + "?token=" + attackersToken).startsWith("HTTP/1.1 404"));
        QVERIFY(send("GET", secretPath + "/x?token=" + attackersToken).startsWith("HTTP/1.1 404"));
        // A negative: each forged request has had its 404, and nothing may follow it. A short
        // wait lets a wrongly queued finished() show.
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        QVERIFY(login.isRunning());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/token")), 0);

        // The real browser, coming back on the secret path, still signs in.
        PlayedBrowser browser;
        const auto result = browserLogin(login, browser, QStringLiteral("meshery"));
        QVERIFY(result.has_value());
        QVERIFY2(result->isOk(), qPrintable(result->error.toDisplayString()));
        QCOMPARE(result->user.email, QStringLiteral("ada@example.com"));
    }

    void aCallbackTokenWithHeaderCharactersIsRefused()
    {
        SystemBrowserLogin login;
        QVERIFY(login.start({m_server->baseUrl(), remoteProvider(), {}}));
        QSignalSpy finished(&login, &SystemBrowserLogin::finished);
        QUrl callback(login.callbackUrl());
        callback.setQuery(QStringLiteral("token=")
                          + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(
                              m_server->issueToken(QStringLiteral("ada")) + "\r\nX-Injected: yes"))));
        m_server->clearRequests();
        PlayedBrowser browser;
        QNetworkReply *page = browser.send(QNetworkRequest(callback));
        QVERIFY(page);
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const auto result = finished.at(0).at(0).value<SignInResult>();
        QCOMPARE(result.error.kind(), ApiError::Kind::InvalidToken);
        QVERIFY(result.token.isEmpty());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void expiryIsDetected_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("302") << QStringLiteral("302");
        QTest::newRow("401") << QStringLiteral("401");
        QTest::newRow("HTML") << QStringLiteral("html");
    }

    void expiryIsDetected()
    {
        QFETCH(QString, how);
        ApiClient client;
        client.setServerUrl(m_server->baseUrl());
        client.setProvider(QStringLiteral("Meshery"));
        QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        if (how == QLatin1String("302"))
            token = m_server->issueToken(QStringLiteral("ada"), -1, MesheryTest::Refresh::Refused);
        else if (how == QLatin1String("401"))
            m_server->setFault(QStringLiteral("/api/user"), {FaultKind::Unauthorized401});
        else
            m_server->setFault(QStringLiteral("/api/user"), {FaultKind::HtmlInsteadOfJson});
        client.setToken(token);
        QSignalSpy rejected(&client, &ApiClient::sessionRejected);
        QSignalSpy finished(client.currentUser(), &ApiCall::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(client.token(), token); // kept until a new one is stored
    }

    void logoutOfABrowserLoginRevokesWithTheSessionCookie()
    {
        // The browser login brings the provider's session cookie; it is kept in the keychain
        // beside the token and presented at logout, so the server can really revoke the token.
        const ServerProfile profile = profileFor(*m_server);
        SystemBrowserLogin login;
        QVERIFY(login.start({profile.serverUrl, remoteProvider(), {}}));
        PlayedBrowser browser;
        QUrl callback;
        QSignalSpy finished(&login, &SystemBrowserLogin::finished);
        QCOMPARE(browser.signIn(login.loginUrl(), QStringLiteral("ada"), QStringLiteral("meshery"), &callback), 200);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto result = finished.at(0).at(0).value<SignInResult>();
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        const QByteArray sessionCookie =
            QUrlQuery(callback).queryItemValue(QStringLiteral("session_cookie"), QUrl::FullyDecoded).toLatin1();
        QVERIFY(!sessionCookie.isEmpty());
        QCOMPARE(result.sessionCookie, sessionCookie);
        QVERIFY(ended(m_signIn->keep(profile, result))->isOk());
        const ServerProfile saved = *m_profiles->profile(profile.id);
        const SecretTool::Lookup kept =
            SecretTool::lookup(TokenVault::defaultService(), saved.tokenSlot().sessionCookieKey());
        QVERIFY(kept.found);
        QVERIFY(kept.value == sessionCookie);

        const auto out = ended(m_signIn->logout(saved));
        QVERIFY2(out->isOk(), qPrintable(out->error.toDisplayString()));
        QVERIFY(out->revokedAtProvider);
        QVERIFY(!m_server->isTokenValid(result.token));
        QCOMPARE(m_server->lastRequest(QStringLiteral("/user/logout"))
                     .cookies.value(QStringLiteral("session_cookie"))
                     .toLatin1(),
                 sessionCookie);
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), saved.tokenSlot().keychainKey()).found);
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), saved.tokenSlot().sessionCookieKey()).found);
        QVERIFY(m_vault->indexedKeys(saved.id).isEmpty());
    }

    void logoutWithAnUnreadableTokenDoesNotClaimARevocation()
    {
        const ServerProfile profile = profileFor(*m_server);
        QVERIFY(ended(m_signIn->signInWithToken(profile, QStringLiteral("Meshery"),
                                                m_server->issueToken(QStringLiteral("ada"))))
                    ->isOk());
        const ServerProfile saved = *m_profiles->profile(profile.id);
        const auto written =
            resultOf<KeychainOutcome>(m_vault->keychain()->write(saved.tokenSlot().keychainKey(), "damaged entry"));
        QVERIFY(written && written->isOk());
        const auto result = ended(m_signIn->logout(saved));
        QVERIFY2(result->isOk(), qPrintable(result->error.toDisplayString()));
        QVERIFY(!result->revokedAtProvider);
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), saved.tokenSlot().keychainKey()).found);
    }

    void logoutOfAPastedTokenSaysTheProviderMayStillAcceptIt()
    {
        const ServerProfile profile = profileFor(*m_server);
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        QVERIFY(ended(m_signIn->signInWithToken(profile, QStringLiteral("Meshery"), token))->isOk());
        const ServerProfile saved = *m_profiles->profile(profile.id);
        QVERIFY(SecretTool::lookup(TokenVault::defaultService(), saved.tokenSlot().keychainKey()).found);

        const auto result = ended(m_signIn->logout(saved));
        QVERIFY2(result->isOk(), qPrintable(result->error.toDisplayString()));
        // No session cookie: the server told the truth, and so does the result.
        QVERIFY(!result->revokedAtProvider);
        QVERIFY(m_server->isTokenValid(token));
        QCOMPARE(
            m_server->lastRequest(QStringLiteral("/user/logout")).cookies.value(QStringLiteral("token")).toLatin1(),
            token);
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), saved.tokenSlot().keychainKey()).found);
        QVERIFY(m_vault->indexedKeys(saved.id).isEmpty());
    }

    void logoutOfADeadServerStillForgets()
    {
        const ServerProfile profile = profileFor(*m_server);
        QVERIFY(ended(m_signIn->signInWithToken(profile, QStringLiteral("Meshery"),
                                                m_server->issueToken(QStringLiteral("ada"))))
                    ->isOk());
        m_server->stop();
        const ServerProfile saved = *m_profiles->profile(profile.id);
        QVERIFY(ended(m_signIn->logout(saved))->isOk());
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), saved.tokenSlot().keychainKey()).found);
    }

    void selfSignedServerIsRefused()
    {
        MesheryTest::ServerOptions options;
        options.tls = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        // The user's own browser may accept the certificate; the app's confirmation does not.
        Provider provider;
        provider.key = QStringLiteral("Meshery");
        provider.name = provider.key;
        provider.url = m_server->providerBaseUrl();
        SystemBrowserLogin login;
        QVERIFY(login.start({m_server->baseUrl(), provider, {}}));
        PlayedBrowser browser(true);
        const auto result = browserLogin(login, browser, QStringLiteral("meshery"));
        QVERIFY(result.has_value());
        QCOMPARE(result->error.kind(), ApiError::Kind::Tls);
        QVERIFY(result->token.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "TestSignIn.moc"
