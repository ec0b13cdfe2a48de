// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// What the embedded browser may look past when the system does not trust a certificate: only the
// profile's own decisions (a pin, its CA file), only on its own server. Certificates made by
// openssl at test time (TestCertificates.h).
#include "BrowserCertificatePolicy.h"
#include "TestCertificates.h"
#include "TlsCertificateInfo.h"

#include <QtNetwork>
#include <QtTest>

using namespace MesheryAuth;
using MesheryTest::TestCertificates;
using Problem = BrowserCertificatePolicy::Problem;

class TestBrowserCertificatePolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    const QUrl m_server{QStringLiteral("https://127.0.0.1:9443")};

    static QList<QSslCertificate> chainOf(const QString &pemFile) { return QSslCertificate::fromPath(pemFile); }
    static QString pinOf(const QString &pemFile) { return formatFingerprint(TestCertificates::sha256(pemFile)); }
    QList<QSslCertificate> ca() const { return chainOf(m_certs.caCert); }
    BrowserCertificatePolicy pinning(const QString &pemFile) const { return {m_server, {pinOf(pemFile)}, {}}; }
    BrowserCertificatePolicy trustingCa() const { return {m_server, {}, ca()}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_certs.generate(m_dir.path(), &error), qPrintable(error));
    }

    void aPinnedCertificateIsTrustedOnTheServerItself()
    {
        const auto chain = chainOf(m_certs.selfSignedCert);
        for (const Problem problem : {Problem::UnknownAuthority, Problem::WrongName, Problem::OutOfDate})
            QVERIFY(pinning(m_certs.selfSignedCert)
                        .accepts(QUrl(QStringLiteral("https://127.0.0.1:9443/x")), problem, chain));
        // Another certificate, or one the browser finds wrong beyond what a pin covers: no.
        QVERIFY(!pinning(m_certs.otherSelfSignedCert).accepts(m_server, Problem::UnknownAuthority, chain));
        QVERIFY(!pinning(m_certs.selfSignedCert).accepts(m_server, Problem::Other, chain));
        QVERIFY(!pinning(m_certs.selfSignedCert).accepts(m_server, Problem::UnknownAuthority, {}));
    }

    void nothingIsTrustedBeyondTheServersOwnOrigin_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("the provider's host") << QUrl(QStringLiteral("https://localhost:9443/provider-site/login"));
        QTest::newRow("another host") << QUrl(QStringLiteral("https://127.0.0.2:9443/"));
        QTest::newRow("another port") << QUrl(QStringLiteral("https://127.0.0.1:9444/"));
        QTest::newRow("the default port") << QUrl(QStringLiteral("https://127.0.0.1/"));
        QTest::newRow("another scheme") << QUrl(QStringLiteral("wss://127.0.0.1:9443/"));
        QTest::newRow("no host") << QUrl(QStringLiteral("https:///x"));
    }

    void nothingIsTrustedBeyondTheServersOwnOrigin()
    {
        QFETCH(QUrl, url);
        QVERIFY(!pinning(m_certs.serverCert).accepts(url, Problem::UnknownAuthority, chainOf(m_certs.serverCert)));
        QVERIFY(!trustingCa().accepts(url, Problem::UnknownAuthority, chainOf(m_certs.serverCert)));
    }

    void aPlainHttpProfileTrustsNothing()
    {
        const QUrl server(QStringLiteral("http://127.0.0.1:9443"));
        const BrowserCertificatePolicy policy(server, {pinOf(m_certs.serverCert)}, ca());
        QVERIFY(!policy.accepts(QUrl(QStringLiteral("https://127.0.0.1:9443/")), Problem::UnknownAuthority,
                                chainOf(m_certs.serverCert)));
    }

    void theDefaultPortIsTheServersWhenItNamesNone()
    {
        const BrowserCertificatePolicy policy(QUrl(QStringLiteral("https://127.0.0.1")), {pinOf(m_certs.serverCert)},
                                              {});
        QVERIFY(policy.accepts(QUrl(QStringLiteral("https://127.0.0.1:443/")), Problem::UnknownAuthority,
                               chainOf(m_certs.serverCert)));
    }

    void theProfilesCaVouchesForItsServerOnly()
    {
        const auto chain = chainOf(m_certs.serverCert);
        QVERIFY(trustingCa().accepts(m_server, Problem::UnknownAuthority, chain));
        // Without the CA, or with another one: the system does not know the test CA.
        QVERIFY(!BrowserCertificatePolicy(m_server, {}, {}).accepts(m_server, Problem::UnknownAuthority, chain));
        QVERIFY(!BrowserCertificatePolicy(m_server, {}, chainOf(m_certs.otherCaCert))
                     .accepts(m_server, Problem::UnknownAuthority, chain));
        // The CA was added for that one check: the process's own trust is as it was.
        QVERIFY(!QSslCertificate::verify(chain, QStringLiteral("127.0.0.1")).isEmpty());
    }

    void aCaDoesNotExcuseAWrongNameOrAnOldCertificate()
    {
        QVERIFY(!trustingCa().accepts(m_server, Problem::UnknownAuthority, chainOf(m_certs.wrongHostServerCert)));
        QVERIFY(!trustingCa().accepts(m_server, Problem::UnknownAuthority, chainOf(m_certs.expiredServerCert)));
        QVERIFY(!trustingCa().accepts(m_server, Problem::WrongName, chainOf(m_certs.serverCert)));
        QVERIFY(!trustingCa().accepts(m_server, Problem::Other, chainOf(m_certs.serverCert)));
        // A self-signed certificate is no CA's.
        QVERIFY(!trustingCa().accepts(m_server, Problem::UnknownAuthority, chainOf(m_certs.selfSignedCert)));
    }
};

QTEST_GUILESS_MAIN(TestBrowserCertificatePolicy)
#include "TestBrowserCertificatePolicy.moc"
