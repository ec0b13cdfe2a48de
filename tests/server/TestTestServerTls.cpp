// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The test server's TLS options and the certificates of tests/TestCertificates.h, checked with
// plain Qt clients over loopback: a CA-signed server certificate, a swapped certificate, mutual
// TLS that refuses every client certificate but the right one, the certificate variants really
// being what they claim, and the program's --tls-certificate, --tls-key and --client-ca.
#include "MesheryTestServer.h"
#include "TestCertificates.h"

#include <QtNetwork>
#include <QtTest>

using namespace MesheryTest;

namespace {

constexpr int kWaitMs = 20000;

struct Outcome {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QList<QSslError::SslError> sslErrors;
    QSslCertificate peerCertificate;
};

// One GET with a QNetworkAccessManager of its own (no connection shared between cases) and the
// given TLS configuration; SSL errors are recorded, never ignored.
Outcome get(const QUrl &url, const QSslConfiguration &configuration)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setSslConfiguration(configuration);
    QNetworkReply *reply = manager.get(request);
    Outcome outcome;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&outcome](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            outcome.sslErrors.append(error.error());
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kWaitMs)) {
        reply->abort();
        outcome.error = QNetworkReply::TimeoutError;
    } else {
        outcome.error = reply->error();
        outcome.errorString = reply->errorString();
        outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        outcome.peerCertificate = reply->sslConfiguration().peerCertificate();
    }
    delete reply;
    return outcome;
}

// A client that trusts only the given CA file (none: the system's CAs).
QSslConfiguration trusting(const QString &caFile = {})
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty())
        configuration.setCaCertificates(QSslCertificate::fromPath(caFile, QSsl::Pem));
    return configuration;
}

QSslConfiguration withClientCertificate(QSslConfiguration configuration, const QString &certFile,
                                        const QString &keyFile)
{
    configuration.setLocalCertificate(TestCertificates::certificate(certFile));
    configuration.setPrivateKey(TestCertificates::key(keyFile));
    return configuration;
}

QString listeningUrl(QProcess &process)
{
    if (!QTest::qWaitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, kWaitMs))
        return QString();
    const QString line = QString::fromLatin1(process.readLine()).trimmed();
    const QString prefix = QStringLiteral("listening on ");
    return line.startsWith(prefix) ? line.mid(prefix.size()) : QString();
}

} // namespace

class TestTestServerTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    std::unique_ptr<MesheryTestServer> m_server;

    MesheryTestServer &startServer(ServerOptions options)
    {
        options.tls = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QString error;
        if (!m_server->start(&error))
            qFatal("cannot start the test server: %s", qPrintable(error));
        return *m_server;
    }

    QUrl url(const QString &path = QStringLiteral("/api/system/version")) const
    {
        QUrl result = m_server->baseUrl();
        result.setPath(path);
        return result;
    }

    ServerOptions withCertificate(const QString &certFile, const QString &keyFile) const
    {
        ServerOptions options;
        options.certificateFile = certFile;
        options.privateKeyFile = keyFile;
        return options;
    }

    ServerOptions mutualTls() const
    {
        ServerOptions options = withCertificate(m_certs.serverCert, m_certs.serverKey);
        options.clientCaFile = m_certs.caCert;
        return options;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(m_certs.generate(m_dir.path(), &error), qPrintable(error));
        qInfo("TestCertificates::generate took %lld ms", timer.elapsed());
    }

    void cleanup() { m_server.reset(); }

    // -- the certificates --------------------------------------------------------------------

    void generateFailsLoudly()
    {
        TestCertificates certs;
        QString error;
        QVERIFY(!certs.generate(m_dir.filePath(QStringLiteral("no-such-folder")), &error));
        QVERIFY2(error.contains(QLatin1String("no-such-folder")), qPrintable(error));
        QVERIFY(certs.caCert.isEmpty());

        // openssl's own complaint comes through: here it cannot write the CA's file.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("ca.pem")));
        QVERIFY(!certs.generate(dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("openssl req")) && error.contains(QLatin1String("ca.pem")),
                 qPrintable(error));
        QVERIFY(certs.caCert.isEmpty());
    }

    void certificatesAreWhatTheyClaim()
    {
        const QSslCertificate ca = TestCertificates::certificate(m_certs.caCert);
        QVERIFY(ca.isSelfSigned());
        const QSslCertificate server = TestCertificates::certificate(m_certs.serverCert);
        QCOMPARE(server.issuerDisplayName(), ca.subjectDisplayName());
        const auto names = server.subjectAlternativeNames();
        QCOMPARE(names.values(QSsl::DnsEntry), QStringList{QStringLiteral("localhost")});
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1"))
                || names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &file : {m_certs.expiredServerCert, m_certs.expiredClientCert}) {
            const QSslCertificate expired = TestCertificates::certificate(file);
            QVERIFY(!expired.isNull());
            QVERIFY2(expired.expiryDate() < now, qPrintable(file));
            QVERIFY(expired.effectiveDate() < expired.expiryDate());
            QCOMPARE(expired.issuerDisplayName(), ca.subjectDisplayName());
        }
        QCOMPARE(TestCertificates::certificate(m_certs.wrongHostServerCert).subjectAlternativeNames().values(),
                 QStringList{QStringLiteral("wrong.example")});
        QVERIFY(TestCertificates::certificate(m_certs.selfSignedCert).isSelfSigned());
        QVERIFY(TestCertificates::certificate(m_certs.otherSelfSignedCert).isSelfSigned());
        QVERIFY(TestCertificates::sha256(m_certs.selfSignedCert)
                != TestCertificates::sha256(m_certs.otherSelfSignedCert));
        QCOMPARE(TestCertificates::sha256(m_certs.serverCert).size(), 32);
        QCOMPARE(TestCertificates::sha256Hex(m_certs.serverCert),
                 QString::fromLatin1(server.digest(QCryptographicHash::Sha256).toHex()));
        QVERIFY(TestCertificates::certificate(m_certs.untrustedClientCert).issuerDisplayName()
                != ca.subjectDisplayName());
        for (const QString &key : {m_certs.caKey, m_certs.serverKey, m_certs.expiredServerKey,
                                   m_certs.wrongHostServerKey, m_certs.selfSignedKey, m_certs.otherSelfSignedKey,
                                   m_certs.clientKey, m_certs.untrustedClientKey, m_certs.expiredClientKey})
            QVERIFY2(!TestCertificates::key(key).isNull(), qPrintable(key));
    }

    void encryptedClientKeyNeedsThePassphrase()
    {
        const QSslKey plain = TestCertificates::key(m_certs.clientKey);
        QVERIFY(!plain.isNull());
        QVERIFY(TestCertificates::key(m_certs.clientKeyEncrypted).isNull());
        QVERIFY(TestCertificates::key(m_certs.clientKeyEncrypted, "wrong passphrase").isNull());
        const QSslKey decrypted = TestCertificates::key(m_certs.clientKeyEncrypted, TestCertificates::kPassphrase);
        QVERIFY(!decrypted.isNull());
        QCOMPARE(decrypted, plain);
    }

    void pkcs12BundleNeedsThePassphrase()
    {
        const auto import = [this](const QByteArray &passphrase, QSslKey *key, QSslCertificate *certificate) {
            QFile file(m_certs.clientPkcs12);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            return QSslCertificate::importPkcs12(&file, key, certificate, nullptr, passphrase);
        };
        QSslKey key;
        QSslCertificate certificate;
        QVERIFY(import(TestCertificates::kPassphrase, &key, &certificate));
        QCOMPARE(certificate, TestCertificates::certificate(m_certs.clientCert));
        QCOMPARE(key, TestCertificates::key(m_certs.clientKey));
        QSslKey wrongKey;
        QSslCertificate wrongCertificate;
        QVERIFY(!import("wrong passphrase", &wrongKey, &wrongCertificate));
        QVERIFY(wrongKey.isNull());
    }

    // -- a CA-signed server certificate ------------------------------------------------------

    void caSignedServerIsTrustedThroughTheTestCa()
    {
        MesheryTestServer &server = startServer(withCertificate(m_certs.serverCert, m_certs.serverKey));
        QCOMPARE(server.certificate(), TestCertificates::certificate(m_certs.serverCert));

        const Outcome trusted = get(url(), trusting(m_certs.caCert));
        QCOMPARE(trusted.error, QNetworkReply::NoError);
        QCOMPARE(trusted.status, 200);
        QCOMPARE(trusted.peerCertificate, server.certificate());

        // Without the test CA the same server is a stranger; no request gets through.
        const Outcome stranger = get(url(), trusting());
        QCOMPARE(stranger.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(stranger.sslErrors.contains(QSslError::UnableToGetLocalIssuerCertificate));
        QCOMPARE(server.requestCount(QStringLiteral("/api/system/version")), 1);
    }

    void caSignedServerAnswersOnIpv6Loopback()
    {
        ServerOptions options = withCertificate(m_certs.serverCert, m_certs.serverKey);
        options.address = QHostAddress::LocalHostIPv6;
        startServer(options);
        QCOMPARE(get(url(), trusting(m_certs.caCert)).status, 200);
    }

    void expiredServerCertificateIsRefused()
    {
        startServer(withCertificate(m_certs.expiredServerCert, m_certs.expiredServerKey));
        const Outcome outcome = get(url(), trusting(m_certs.caCert));
        QCOMPARE(outcome.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(outcome.sslErrors.contains(QSslError::CertificateExpired));
        QVERIFY(!outcome.sslErrors.contains(QSslError::HostNameMismatch));
    }

    void wrongHostCertificateFailsOnlyTheHostCheck()
    {
        startServer(withCertificate(m_certs.wrongHostServerCert, m_certs.wrongHostServerKey));
        const Outcome outcome = get(url(), trusting(m_certs.caCert));
        QCOMPARE(outcome.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(outcome.sslErrors, QList<QSslError::SslError>{QSslError::HostNameMismatch});
    }

    void selfSignedServerIsRefusedAndCanChangeItsCertificate()
    {
        MesheryTestServer &server = startServer(withCertificate(m_certs.selfSignedCert, m_certs.selfSignedKey));
        const quint16 port = server.port();
        const Outcome first = get(url(), trusting());
        QCOMPARE(first.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(first.sslErrors.contains(QSslError::SelfSignedCertificate));
        QCOMPARE(first.peerCertificate, TestCertificates::certificate(m_certs.selfSignedCert));

        QVERIFY(server.setCertificate(TestCertificates::certificate(m_certs.otherSelfSignedCert),
                                      TestCertificates::key(m_certs.otherSelfSignedKey)));
        QCOMPARE(server.port(), port);
        QCOMPARE(server.certificate(), TestCertificates::certificate(m_certs.otherSelfSignedCert));
        // A client that trusts exactly the new certificate reaches it on the same port.
        const Outcome changed = get(url(), trusting(m_certs.otherSelfSignedCert));
        QCOMPARE(changed.error, QNetworkReply::NoError);
        QCOMPARE(changed.peerCertificate, TestCertificates::certificate(m_certs.otherSelfSignedCert));
        QVERIFY(get(url(), trusting(m_certs.selfSignedCert)).sslErrors.contains(QSslError::SelfSignedCertificate));
    }

    void setCertificateEndsOpenConnections()
    {
        MesheryTestServer &server = startServer(withCertificate(m_certs.serverCert, m_certs.serverKey));
        QSslSocket socket;
        socket.setSslConfiguration(trusting(m_certs.caCert));
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
        QVERIFY(encrypted.wait(kWaitMs));
        QSignalSpy disconnected(&socket, &QSslSocket::disconnected);
        // The connection is handed to the server only after its handshake; wait until it has it.
        QSignalSpy answered(&socket, &QSslSocket::readyRead);
        socket.write("GET /healthz/ready HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QVERIFY(answered.wait(kWaitMs));
        QVERIFY(server.setCertificate(TestCertificates::certificate(m_certs.selfSignedCert),
                                      TestCertificates::key(m_certs.selfSignedKey)));
        QVERIFY(disconnected.wait(kWaitMs));
    }

    void setCertificateNeedsARunningTlsServer()
    {
        const QSslCertificate certificate = TestCertificates::certificate(m_certs.serverCert);
        const QSslKey key = TestCertificates::key(m_certs.serverKey);
        MesheryTestServer plain;
        QVERIFY(plain.start());
        QVERIFY(!plain.setCertificate(certificate, key));
        MesheryTestServer &tls = startServer({});
        QVERIFY(!tls.setCertificate(certificate, QSslKey()));
        QVERIFY(tls.setCertificate(certificate, key));
    }

    void unusableFilesStopTheStart_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("clientCa");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("missing certificate") << QStringLiteral("MISSING") << QStringLiteral("SERVER_KEY") << QString()
                                             << QStringLiteral("cannot read the TLS certificate");
        QTest::newRow("missing key") << QStringLiteral("SERVER_CERT") << QStringLiteral("MISSING") << QString()
                                     << QStringLiteral("cannot read the TLS private key");
        QTest::newRow("key as certificate") << QStringLiteral("SERVER_KEY") << QStringLiteral("SERVER_KEY") << QString()
                                            << QStringLiteral("holds no PEM certificate");
        QTest::newRow("certificate as key") << QStringLiteral("SERVER_CERT") << QStringLiteral("SERVER_CERT")
                                            << QString() << QStringLiteral("holds no unencrypted PEM private key");
        QTest::newRow("encrypted key") << QStringLiteral("SERVER_CERT") << QStringLiteral("ENCRYPTED_KEY") << QString()
                                       << QStringLiteral("holds no unencrypted PEM private key");
        QTest::newRow("certificate without key")
            << QStringLiteral("SERVER_CERT") << QString() << QString() << QStringLiteral("needs its private key");
        QTest::newRow("missing client CA")
            << QString() << QString() << QStringLiteral("MISSING") << QStringLiteral("cannot read the client CA file");
        QTest::newRow("client CA not PEM")
            << QString() << QString() << QStringLiteral("SERVER_KEY") << QStringLiteral("client CA file");
    }

    void unusableFilesStopTheStart()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, clientCa);
        QFETCH(QString, complaint);
        const auto path = [this](QString name) {
            name.replace(QLatin1String("MISSING"), m_dir.filePath(QStringLiteral("missing.pem")));
            name.replace(QLatin1String("SERVER_CERT"), m_certs.serverCert);
            name.replace(QLatin1String("SERVER_KEY"), m_certs.serverKey);
            name.replace(QLatin1String("ENCRYPTED_KEY"), m_certs.clientKeyEncrypted);
            return name;
        };
        ServerOptions options;
        options.tls = true;
        options.certificateFile = path(certificate);
        options.privateKeyFile = path(key);
        options.clientCaFile = path(clientCa);
        MesheryTestServer server(options);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(!server.isListening());
        QVERIFY2(error.contains(complaint), qPrintable(error));
    }

    // -- mutual TLS --------------------------------------------------------------------------

    void mutualTlsAcceptsTheRightClientCertificate()
    {
        MesheryTestServer &server = startServer(mutualTls());
        const Outcome outcome =
            get(url(), withClientCertificate(trusting(m_certs.caCert), m_certs.clientCert, m_certs.clientKey));
        QCOMPARE(outcome.error, QNetworkReply::NoError);
        QCOMPARE(outcome.status, 200);
        QCOMPARE(server.requestCount(QStringLiteral("/api/system/version")), 1);

        // The same certificate from the PKCS#12 bundle, as a user might hand it over.
        QFile bundle(m_certs.clientPkcs12);
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        QSslKey key;
        QSslCertificate certificate;
        QVERIFY(QSslCertificate::importPkcs12(&bundle, &key, &certificate, nullptr, TestCertificates::kPassphrase));
        QSslConfiguration fromBundle = trusting(m_certs.caCert);
        fromBundle.setLocalCertificate(certificate);
        fromBundle.setPrivateKey(key);
        QCOMPARE(get(url(), fromBundle).status, 200);
    }

    // Attack tests: each fails if the server stops requiring (or checking) client certificates.
    // The server says why with a TLS alert, as Go's TLS stack or Envoy do, so a client can tell
    // the user; the alert's name comes through in the client's error text (OpenSSL's words).
    void mutualTlsRefusesOtherClients_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("alert");
        QTest::newRow("no client certificate") << QString() << QStringLiteral("alert certificate required");
        QTest::newRow("certificate of another CA") << QStringLiteral("UNTRUSTED") << QStringLiteral("alert unknown ca");
        QTest::newRow("expired certificate")
            << QStringLiteral("EXPIRED") << QStringLiteral("alert certificate expired");
        QTest::newRow("self-signed certificate") << QStringLiteral("SELF_SIGNED") << QStringLiteral("alert unknown ca");
    }

    void mutualTlsRefusesOtherClients()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, alert);
        MesheryTestServer &server = startServer(mutualTls());
        QSslConfiguration configuration = trusting(m_certs.caCert);
        if (certificate == QLatin1String("UNTRUSTED"))
            configuration =
                withClientCertificate(configuration, m_certs.untrustedClientCert, m_certs.untrustedClientKey);
        else if (certificate == QLatin1String("EXPIRED"))
            configuration = withClientCertificate(configuration, m_certs.expiredClientCert, m_certs.expiredClientKey);
        else if (certificate == QLatin1String("SELF_SIGNED"))
            configuration = withClientCertificate(configuration, m_certs.selfSignedCert, m_certs.selfSignedKey);
        const Outcome outcome = get(url(), configuration);
        QVERIFY2(outcome.error != QNetworkReply::NoError && outcome.error != QNetworkReply::TimeoutError,
                 qPrintable(outcome.errorString));
        QVERIFY2(outcome.errorString.contains(alert), qPrintable(outcome.errorString));
        QCOMPARE(outcome.status, 0);
        QCOMPARE(server.requests().size(), 0);
    }

    // -- the program -------------------------------------------------------------------------

    void executableServesTheGivenCertificate()
    {
        QProcess process;
        process.start(QStringLiteral(MESHERY_TEST_SERVER_EXE),
                      {QStringLiteral("--tls-certificate"), m_certs.serverCert, QStringLiteral("--tls-key"),
                       m_certs.serverKey, QStringLiteral("--client-ca"), m_certs.caCert});
        const QString base = listeningUrl(process);
        QVERIFY2(base.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(process.readAllStandardError()));
        const QUrl ready(base + QStringLiteral("/healthz/ready"));
        const Outcome served =
            get(ready, withClientCertificate(trusting(m_certs.caCert), m_certs.clientCert, m_certs.clientKey));
        QCOMPARE(served.status, 200);
        QCOMPARE(served.peerCertificate, TestCertificates::certificate(m_certs.serverCert));
        QVERIFY(get(ready, trusting(m_certs.caCert)).error != QNetworkReply::NoError);
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(process.exitCode(), 0);
    }

    void executableExplainsUnusableFiles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("unreadable certificate")
            << QStringList{QStringLiteral("--tls-certificate"), QStringLiteral("MISSING"), QStringLiteral("--tls-key"),
                           QStringLiteral("SERVER_KEY")}
            << QStringLiteral("cannot read the TLS certificate MISSING: ");
        QTest::newRow("unreadable key") << QStringList{
            QStringLiteral("--tls-certificate"), QStringLiteral("SERVER_CERT"), QStringLiteral("--tls-key"),
            QStringLiteral("MISSING")} << QStringLiteral("cannot read the TLS private key MISSING: ");
        QTest::newRow("unreadable client CA") << QStringList{QStringLiteral("--client-ca"), QStringLiteral("MISSING")}
                                              << QStringLiteral("cannot read the client CA file MISSING: ");
        QTest::newRow("certificate without key")
            << QStringList{QStringLiteral("--tls-certificate"), QStringLiteral("SERVER_CERT")}
            << QStringLiteral("--tls-certificate and --tls-key go together");
        QTest::newRow("empty file name") << QStringList{QStringLiteral("--client-ca"), QString()}
                                         << QStringLiteral("--client-ca needs a file name");
    }

    void executableExplainsUnusableFiles()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, complaint);
        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        complaint.replace(QLatin1String("MISSING"), missing);
        arguments.replaceInStrings(QStringLiteral("MISSING"), missing);
        arguments.replaceInStrings(QStringLiteral("SERVER_CERT"), m_certs.serverCert);
        arguments.replaceInStrings(QStringLiteral("SERVER_KEY"), m_certs.serverKey);
        QProcess process;
        process.start(QStringLiteral(MESHERY_TEST_SERVER_EXE), arguments);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
        const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(errors.contains(complaint), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestTestServerTls)
#include "TestTestServerTls.moc"
