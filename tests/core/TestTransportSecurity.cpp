// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The API client's transport security against the test server over real TLS and real sockets:
// pinned certificates, a changed certificate, the profile's files, and no token in clear text
// to another computer without consent.
#include "ApiClient.h"
#include "ConnectionTest.h"
#include "JobResult.h"
#include "MesheryTestServer.h"
#include "MesheryTypes.h"
#include "ServerTrust.h"
#include "TestCertificates.h"
#include "TlsMaterial.h"
#include "VaultFixture.h"

#include <QNetworkInterface>

#include <QtTest>
#include <sys/stat.h>

using namespace MesheryAuth;
using MesheryTest::MesheryTestServer;
using MesheryTest::ServerOptions;
using MesheryTest::TestCertificates;
using Kind = ApiError::Kind;

namespace {

ApiResult await(ApiCall *call, int timeoutMs = 20000)
{
    ApiResult none;
    none.error = ApiError(Kind::NetworkError, QStringLiteral("test: the call never finished once"));
    return TestSupport::resultOf<ApiResult>(call, timeoutMs).value_or(none);
}

QString fingerprintOf(const QSslCertificate &certificate)
{
    return formatFingerprint(certificate.digest(QCryptographicHash::Sha256));
}

// An address of this computer that is not loopback: what a remote server looks like, without
// a network. None on a machine with loopback only.
QHostAddress nonLoopbackAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() && !address.isLinkLocal())
            return address;
    }
    return {};
}

} // namespace

class TestTransportSecurity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certificateDir;
    TestCertificates m_certs;
    std::unique_ptr<TestSupport::VaultFixture> m_vault;
    std::unique_ptr<MesheryTestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    int m_serial = 0;
    QString m_fifo; // a named pipe nobody writes to
    QString m_large; // a regular file over the cap

    // A server with a certificate of the test CA; with clientCa, it requires a client certificate.
    void startCompanyServer(const QString &certificate, const QString &key, const QString &clientCa = {})
    {
        ServerOptions options;
        options.tls = true;
        options.certificateFile = certificate;
        options.privateKeyFile = key;
        options.clientCaFile = clientCa;
        startServer(options);
    }

    ServerTrust companyTrust() const
    {
        ServerTrust trust;
        trust.caFile = m_certs.caCert;
        return trust;
    }

    // A profile id of its own per test: the keyring is shared.
    QString storePassphrase(const QByteArray &passphrase)
    {
        const QString profileId =
            QStringLiteral("transport-%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_serial);
        const auto stored =
            TestSupport::resultOf<VaultResult>(m_vault->vault()->storeKeyPassphrase(profileId, passphrase), 30000);
        return stored && stored->isOk() ? profileId : QString();
    }

    void startServer(ServerOptions options)
    {
        m_server = std::make_unique<MesheryTestServer>(options);
        QString error;
        if (!m_server->start(&error))
            qFatal("test server did not start: %s", qPrintable(error));
        m_client = std::make_unique<ApiClient>();
        m_client->setServerUrl(m_server->baseUrl());
    }

    void startTlsServer()
    {
        ServerOptions options;
        options.tls = true;
        startServer(options);
    }

    void signInAs(const QString &user)
    {
        m_client->setProvider(m_server->options().remoteProviderKey);
        m_client->setToken(m_server->issueToken(user));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_certificateDir.isValid());
        QString error;
        QVERIFY2(m_certs.generate(m_certificateDir.path(), &error), qPrintable(error));
        m_vault = std::make_unique<TestSupport::VaultFixture>();
        m_fifo = m_certificateDir.filePath(QStringLiteral("ca-pipe.pem"));
        QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
        m_large = m_certificateDir.filePath(QStringLiteral("ca-large.pem"));
        QFile large(m_large);
        QVERIFY(large.open(QIODevice::WriteOnly));
        large.resize(TlsMaterialJob::MaxFileBytes + 1);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void aPinnedCertificateIsAcceptedFromItsServer()
    {
        startTlsServer();
        ServerTrust trust;
        trust.pinnedCertificates = {fingerprintOf(m_server->certificate())};
        m_client->setTrust(trust);
        signInAs(QStringLiteral("ada"));
        const ApiResult result = await(m_client->currentUser());
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 1);
    }

    void withoutAPinTheCertificateIsRefused()
    {
        startTlsServer();
        signInAs(QStringLiteral("ada"));
        const ApiResult result = await(m_client->currentUser());
        QCOMPARE(result.error.kind(), Kind::Tls);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void anotherCertificateThanThePinnedOneIsAChange()
    {
        startTlsServer();
        ServerTrust trust;
        // What the user trusted before: the certificate of another server (a replaced one).
        trust.pinnedCertificates = {normaliseFingerprint(QString(64, QLatin1Char('a')))};
        m_client->setTrust(trust);
        signInAs(QStringLiteral("ada"));
        const ApiResult result = await(m_client->currentUser());
        QCOMPARE(result.error.kind(), Kind::CertificateChanged);
        QCOMPARE(result.error.certificate().sha256Fingerprint, fingerprintOf(m_server->certificate()));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void aRemovedPinRefusesAgainOnTheSameClient()
    {
        // A connection kept open under the old trust must not carry on under the new one.
        startTlsServer();
        ServerTrust trust;
        trust.pinnedCertificates = {fingerprintOf(m_server->certificate())};
        m_client->setTrust(trust);
        QVERIFY(await(m_client->serverVersion()).isOk());
        m_client->setTrust(ServerTrust());
        QCOMPARE(await(m_client->serverVersion()).error.kind(), Kind::Tls);
    }

    void aChangedCertificateOnTheSameServerIsDetected()
    {
        startCompanyServer(m_certs.selfSignedCert, m_certs.selfSignedKey);
        ServerTrust trust;
        trust.pinnedCertificates = {fingerprintOf(TestCertificates::certificate(m_certs.selfSignedCert))};
        m_client->setTrust(trust);
        signInAs(QStringLiteral("ada"));
        QVERIFY(await(m_client->currentUser()).isOk());

        // The server (or someone in between) now shows another certificate.
        QVERIFY(m_server->setCertificate(TestCertificates::certificate(m_certs.otherSelfSignedCert),
                                         TestCertificates::key(m_certs.otherSelfSignedKey)));
        // A new client, as after a restart of the app: no connection or TLS session to resume.
        m_client = std::make_unique<ApiClient>();
        m_client->setServerUrl(m_server->baseUrl());
        m_client->setTrust(trust);
        signInAs(QStringLiteral("ada"));
        const ApiResult changed = await(m_client->currentUser());
        QCOMPARE(changed.error.kind(), Kind::CertificateChanged);
        QCOMPARE(changed.error.certificate().sha256Fingerprint,
                 fingerprintOf(TestCertificates::certificate(m_certs.otherSelfSignedCert)));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 1);
    }

    void theProfilesCaIsTrustedForItsServer()
    {
        startCompanyServer(m_certs.serverCert, m_certs.serverKey);
        signInAs(QStringLiteral("ada"));
        QCOMPARE(await(m_client->currentUser()).error.kind(), Kind::Tls); // the system does not know the CA
        m_client->setTrust(companyTrust());
        const ApiResult result = await(m_client->currentUser());
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
    }

    void theCaVouchesOnlyForValidCertificatesOfThisHost_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::newRow("wrong host") << m_certs.wrongHostServerCert << m_certs.wrongHostServerKey;
        QTest::newRow("expired") << m_certs.expiredServerCert << m_certs.expiredServerKey;
        QTest::newRow("another CA") << m_certs.untrustedClientCert << m_certs.untrustedClientKey;
    }

    void theCaVouchesOnlyForValidCertificatesOfThisHost()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        startCompanyServer(certificate, key);
        m_client->setTrust(companyTrust());
        signInAs(QStringLiteral("ada"));
        QCOMPARE(await(m_client->currentUser()).error.kind(), Kind::Tls);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void mutualTlsWithTheRightClientCertificate_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("passphrase"); // stored in the keyring; empty: none
        QTest::newRow("PEM") << m_certs.clientCert << m_certs.clientKey << QByteArray();
        QTest::newRow("PEM, encrypted key")
            << m_certs.clientCert << m_certs.clientKeyEncrypted << QByteArray(TestCertificates::kPassphrase);
        QTest::newRow("PKCS#12") << m_certs.clientPkcs12 << QString() << QByteArray(TestCertificates::kPassphrase);
    }

    void mutualTlsWithTheRightClientCertificate()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QByteArray, passphrase);
        startCompanyServer(m_certs.serverCert, m_certs.serverKey, m_certs.caCert);
        ServerTrust trust = companyTrust();
        trust.clientCertificateFile = certificate;
        trust.clientKeyFile = key;
        const QString profileId = passphrase.isEmpty() ? QStringLiteral("no-passphrase") : storePassphrase(passphrase);
        QVERIFY(!profileId.isEmpty());
        m_client->setTrust(trust, profileId, m_vault->vault());
        signInAs(QStringLiteral("ada"));
        const ApiResult result = await(m_client->currentUser());
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
    }

    void aCompanyCaAndMutualTlsServerPassesEveryConnectionCheck()
    {
        // What the issue is done for: a company CA, a client certificate whose key has a
        // passphrase in the keychain, and the whole connection test through.
        startCompanyServer(m_certs.serverCert, m_certs.serverKey, m_certs.caCert);
        ServerProfile profile;
        profile.id = storePassphrase(TestCertificates::kPassphrase);
        profile.serverUrl = m_server->baseUrl();
        profile.provider = m_server->options().remoteProviderKey;
        profile.trust = companyTrust();
        profile.trust.clientCertificateFile = m_certs.clientCert;
        profile.trust.clientKeyFile = m_certs.clientKeyEncrypted;
        m_client->setTrust(profile.trust, profile.id, m_vault->vault());
        signInAs(QStringLiteral("ada"));
        const ApiResult organizations = await(m_client->organizations());
        QVERIFY2(organizations.isOk(), qPrintable(organizations.error.toDisplayString()));
        profile.organizationId = organizations.valueAs<OrganizationPage>().organizations.value(0).id;

        ConnectionTest test;
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.start(profile, m_client.get());
        QVERIFY(finished.wait(30000));
        const QList<ConnectionCheck> checks = test.checks();
        QVERIFY(!checks.isEmpty());
        for (const ConnectionCheck &check : checks)
            QVERIFY2(check.status == ConnectionCheck::Status::Passed,
                     qPrintable(check.title + QStringLiteral(": ") + check.summary));
    }

    void mutualTlsRefusals_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("passphrase"); // stored in the keyring; empty: none
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detailSays");
        QTest::newRow("no client certificate")
            << QString() << QString() << QByteArray() << int(Kind::ClientCertificateRejected) << QString();
        QTest::newRow("from another CA") << m_certs.untrustedClientCert << m_certs.untrustedClientKey << QByteArray()
                                         << int(Kind::ClientCertificateRejected) << QString();
        // Found before anything is sent.
        QTest::newRow("expired") << m_certs.expiredClientCert << m_certs.expiredClientKey << QByteArray()
                                 << int(Kind::TlsSettingsUnusable) << QStringLiteral("expired");
        QTest::newRow("no passphrase stored") << m_certs.clientCert << m_certs.clientKeyEncrypted << QByteArray()
                                              << int(Kind::TlsSettingsUnusable) << QStringLiteral("none is stored");
        QTest::newRow("wrong passphrase") << m_certs.clientCert << m_certs.clientKeyEncrypted << QByteArray("not it")
                                          << int(Kind::TlsSettingsUnusable) << QStringLiteral("passphrase is wrong");
        QTest::newRow("PKCS#12, wrong passphrase") << m_certs.clientPkcs12 << QString() << QByteArray("not it")
                                                   << int(Kind::TlsSettingsUnusable) << QStringLiteral("passphrase");
        QTest::newRow("key is not a key") << m_certs.clientCert << m_certs.caCert << QByteArray()
                                          << int(Kind::TlsSettingsUnusable) << QStringLiteral("no private key");
    }

    void mutualTlsRefusals()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QByteArray, passphrase);
        QFETCH(int, kind);
        QFETCH(QString, detailSays);
        startCompanyServer(m_certs.serverCert, m_certs.serverKey, m_certs.caCert);
        ServerTrust trust = companyTrust();
        trust.clientCertificateFile = certificate;
        trust.clientKeyFile = key;
        const QString profileId = storePassphrase(passphrase); // empty: removes none, stores none
        m_client->setTrust(trust, profileId, m_vault->vault());
        signInAs(QStringLiteral("ada"));
        const ApiResult result = await(m_client->currentUser());
        QCOMPARE(int(result.error.kind()), kind);
        QVERIFY2(result.error.detail().contains(detailSays), qPrintable(result.error.detail()));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void noTokenInClearTextToAnotherComputerWithoutConsent()
    {
        const QHostAddress address = nonLoopbackAddress();
        if (address.isNull())
            QSKIP("this machine has no address but loopback");
        ServerOptions options;
        options.address = address;
        startServer(options);
        QVERIFY(ServerTrust::isUnencryptedRemote(m_server->baseUrl()));
        signInAs(QStringLiteral("ada"));
        const ApiResult refused = await(m_client->currentUser());
        QCOMPARE(refused.error.kind(), Kind::UnencryptedConnection);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);

        // A call without a token still goes: the server's providers are no secret.
        m_client->setToken({});
        QVERIFY(await(m_client->providers()).isOk());

        ServerTrust consent;
        consent.plainHttpConfirmed = true;
        m_client->setTrust(consent);
        signInAs(QStringLiteral("ada"));
        const ApiResult sent = await(m_client->currentUser());
        QVERIFY2(sent.isOk(), qPrintable(sent.error.toDisplayString()));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 1);
    }

    void aRedirectNeverTakesTheTokenElsewhere_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("path");
        QTest::newRow("https to http") << true << QStringLiteral("/api/user");
        QTest::newRow("another origin") << false << QStringLiteral("/api/user");
        QTest::newRow("logout, which expects a redirect") << true << QStringLiteral("/user/logout");
    }

    void aRedirectNeverTakesTheTokenElsewhere()
    {
        QFETCH(bool, tls);
        QFETCH(QString, path);
        // Where the redirect points: plain http on another port, a "provider's" origin.
        MesheryTestServer elsewhere;
        QVERIFY(elsewhere.start());
        ServerOptions options;
        options.tls = tls;
        startServer(options);
        ServerTrust trust;
        if (tls)
            trust.pinnedCertificates = {fingerprintOf(m_server->certificate())};
        m_client->setTrust(trust);
        signInAs(QStringLiteral("ada"));
        MesheryTest::Fault redirect;
        redirect.kind = MesheryTest::FaultKind::RedirectElsewhere;
        redirect.location = elsewhere.baseUrl().toEncoded() + path.toLatin1();
        m_server->setFault(path, redirect);

        const ApiResult result =
            await(path == QLatin1String("/user/logout") ? m_client->logout({}) : m_client->currentUser());
        QCOMPARE(result.httpStatus, 307);
        QCOMPARE(m_server->requestCount(path), 1);
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void theSessionCookieIsASecretToo()
    {
        // Logout carries the provider's session cookie even when no token is usable.
        const QHostAddress address = nonLoopbackAddress();
        if (address.isNull())
            QSKIP("this machine has no address but loopback");
        ServerOptions options;
        options.address = address;
        startServer(options);
        const QByteArray sessionCookie = m_server->issueToken(QStringLiteral("ada"));
        const ApiResult result = await(m_client->logout(sessionCookie));
        QCOMPARE(result.error.kind(), Kind::UnencryptedConnection);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void aNewTrustLetsCallsInFlightFinish()
    {
        startTlsServer();
        ServerTrust trust;
        trust.pinnedCertificates = {fingerprintOf(m_server->certificate())};
        m_client->setTrust(trust);
        MesheryTest::Fault slow;
        slow.kind = MesheryTest::FaultKind::Delay;
        slow.delayMs = 600;
        m_server->setFault(QStringLiteral("/api/system/version"), slow);
        m_client->setTimeout(std::chrono::seconds(20));
        ApiCall *call = m_client->serverVersion();
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(QStringLiteral("/api/system/version")), 1, 10000);
        ServerTrust more = trust;
        more.plainHttpConfirmed = true; // any change of trust while the answer is on its way
        m_client->setTrust(more);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000); // its answer, not its time limit
        QVERIFY(finished.first().first().value<ApiResult>().isOk());
    }

    void aCallThatWaitedTakesTheTrustInForceWhenItLeaves()
    {
        startTlsServer();
        ServerTrust pinned;
        pinned.caFile = m_certs.caCert; // files to read: the call waits for them
        pinned.pinnedCertificates = {fingerprintOf(m_server->certificate())};
        m_client->setTrust(pinned);
        ApiCall *call = m_client->serverVersion();
        ServerTrust unpinned = pinned;
        unpinned.pinnedCertificates.clear(); // the user removed the pin meanwhile
        m_client->setTrust(unpinned);
        QCOMPARE(await(call).error.kind(), Kind::Tls);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void loopbackStaysPlainHttpFriendly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("remote");
        QTest::newRow("localhost") << "http://localhost:9081" << false;
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:9081" << false;
        QTest::newRow("127.8.9.10") << "http://127.8.9.10" << false;
        QTest::newRow("::1") << "http://[::1]:9081" << false;
        QTest::newRow("https remote") << "https://meshery.example.com" << false;
        QTest::newRow("http remote") << "http://meshery.example.com" << true;
        QTest::newRow("http remote ip") << "http://192.0.2.10:9081" << true;
        QTest::newRow("localhost lookalike") << "http://localhost.example.com" << true;
        QTest::newRow("loopback-ish name") << "http://127.0.0.1.nip.io" << true;
    }

    void loopbackStaysPlainHttpFriendly()
    {
        QFETCH(QString, url);
        QFETCH(bool, remote);
        QCOMPARE(ServerTrust::isUnencryptedRemote(QUrl(url)), remote);
    }

    void unusableTrustFilesFailTheCallBeforeSending_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/ca.pem");
        QTest::newRow("endless") << QStringLiteral("/dev/zero"); // no device, whatever it holds
        QTest::newRow("a pipe") << m_fifo; // opening it would wait for a writer
        QTest::newRow("too large") << m_large;
        QTest::newRow("not a certificate")
            << QStringLiteral(MESHERY_TEST_DATA_DIR "/../core/TestTransportSecurity.cpp");
    }

    void unusableTrustFilesFailTheCallBeforeSending()
    {
        QFETCH(QString, caFile);
        startTlsServer();
        ServerTrust trust;
        trust.caFile = caFile;
        m_client->setTrust(trust);
        const ApiResult result = await(m_client->serverVersion());
        QCOMPARE(result.error.kind(), Kind::TlsSettingsUnusable);
        QVERIFY2(result.error.detail().contains(QFileInfo(caFile).fileName()), qPrintable(result.error.detail()));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void aCallWaitingForTheTrustFilesCanBeCancelled()
    {
        startTlsServer();
        ServerTrust trust;
        trust.caFile = QStringLiteral("/nonexistent/ca.pem");
        m_client->setTrust(trust);
        ApiCall *call = m_client->serverVersion();
        QSignalSpy finished(call, &ApiCall::finished);
        m_client->cancelAll(); // before the files were read
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiResult>().error.kind(), Kind::Cancelled);
        QTest::qWait(50); // the files' job ends later and must not send or finish it again
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void fingerprintsAreReadInAnyCommonSpelling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString hex = QStringLiteral("0123456789abcdef").repeated(4);
        QTest::newRow("lower, bare") << hex << true;
        QTest::newRow("upper, colons") << formatFingerprint(QByteArray::fromHex(hex.toLatin1())) << true;
        QTest::newRow("openssl prefix") << QStringLiteral("SHA256 Fingerprint=") + hex << false;
        QTest::newRow("sha256: prefix") << QStringLiteral("sha256:") + hex << true;
        QTest::newRow("spaces") << QStringLiteral(" 01 23 ") + hex.mid(4) << true;
        QTest::newRow("short") << hex.left(62) << false;
        QTest::newRow("long") << hex + QStringLiteral("00") << false;
        QTest::newRow("not hex") << QString(hex).replace(0, 1, QLatin1Char('g')) << false;
        QTest::newRow("non-latin digit") << QString(hex).replace(0, 1, QChar(0x0661)) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void fingerprintsAreReadInAnyCommonSpelling()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QString normal = normaliseFingerprint(text);
        QCOMPARE(!normal.isEmpty(), valid);
        if (valid)
            QCOMPARE(normal.size(), 32 * 3 - 1);
    }
};

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "TestTransportSecurity.moc"
