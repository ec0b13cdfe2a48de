// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The window and the browser helper speak JSON lines (BrowserHelperProtocol.h): what the helper
// takes as a login request, and how either side cuts a stream into messages.
#include "BrowserHelperProtocol.h"
#include "TestCertificates.h"

#include <QJsonArray>
#include <QtTest>

using namespace MesheryAuth;
using namespace MesheryAuth::BrowserHelper;
using MesheryTest::TestCertificates;

class TestBrowserHelperProtocol : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates m_certs;

    static LoginRequest meshery()
    {
        LoginRequest request;
        request.serverUrl = QUrl(QStringLiteral("https://meshery.example:9081"));
        request.providerKey = QStringLiteral("Meshery");
        request.providerName = QStringLiteral("Meshery Cloud");
        request.providerUrl = QUrl(QStringLiteral("https://cloud.example"));
        request.timeLimit = std::chrono::seconds(90);
        request.trustedCertificates = {QStringLiteral("AB:").repeated(31) + QStringLiteral("CD")};
        request.parentWindow = 0x2a00007;
        request.parentGeometry = QRect(10, 20, 800, 600);
        return request;
    }

    static std::optional<LoginRequest> read(const QJsonObject &json, QString *why = nullptr)
    {
        QString error;
        auto request = LoginRequest::fromJson(json, &error);
        if (why)
            *why = error;
        return request;
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    static QByteArray pemOf(const QString &file)
    {
        QFile pem(file);
        return pem.open(QIODevice::ReadOnly) ? pem.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_certs.generate(m_dir.path(), &error), qPrintable(error));
    }

    void aRequestGoesAcrossWhole()
    {
        const LoginRequest sent = meshery();
        // Through the bytes, as the pipe carries them.
        LineBuffer lines;
        QVERIFY(lines.append(encode(sent.toJson())));
        bool bad = false;
        const std::optional<QJsonObject> message = lines.takeMessage(&bad);
        QVERIFY(message && !bad);
        const std::optional<LoginRequest> got = read(*message);
        QVERIFY(got);
        QCOMPARE(got->serverUrl, sent.serverUrl);
        QCOMPARE(got->providerKey, sent.providerKey);
        QCOMPARE(got->providerName, sent.providerName);
        QCOMPARE(got->providerUrl, sent.providerUrl);
        QVERIFY(got->startUrl.isEmpty());
        QCOMPARE(got->timeLimit, sent.timeLimit);
        QCOMPARE(got->trustedCertificates, sent.trustedCertificates);
        QVERIFY(got->caCertificates.isEmpty());
        QCOMPARE(got->parentWindow, sent.parentWindow);
        QCOMPARE(got->parentGeometry, sent.parentGeometry);
    }

    void whatIsUnsaidIsTheSafeChoice()
    {
        QJsonObject json = meshery().toJson();
        json.remove(QStringLiteral("caCertificates"));
        json.remove(QStringLiteral("trustedCertificates"));
        const std::optional<LoginRequest> got = read(json);
        QVERIFY(got);
        QVERIFY(got->trustedCertificates.isEmpty());
        QVERIFY(got->caCertificates.isEmpty());
    }

    void theProfilesTrustGoesAcross()
    {
        ServerTrust trust;
        trust.pinnedCertificates = {TestCertificates::sha256Hex(m_certs.selfSignedCert)}; // any spelling
        trust.caFile = m_certs.caCert;
        LoginRequest sent = meshery();
        QVERIFY(sent.setTrust(trust).isOk());
        QCOMPARE(sent.trustedCertificates,
                 QStringList{formatFingerprint(TestCertificates::sha256(m_certs.selfSignedCert))});
        QCOMPARE(sent.caCertificates, QList<QSslCertificate>{TestCertificates::certificate(m_certs.caCert)});
        // The helper gets the certificates, not the path.
        const QJsonObject json = sent.toJson();
        QVERIFY(!QJsonDocument(json).toJson().contains(m_dir.path().toUtf8()));
        const std::optional<LoginRequest> got = read(json);
        QVERIFY(got);
        QCOMPARE(got->trustedCertificates, sent.trustedCertificates);
        QCOMPARE(got->caCertificates, sent.caCertificates);
    }

    void aCaFileTheBrowserCannotTakeIsSaidByName_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("saying");
        QTest::newRow("no certificate") << QByteArray("not a certificate\n") << QStringLiteral("holds no certificate");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        // About 700 bytes a certificate: a hundred are past what a request line carries.
        QTest::newRow("too many") << pemOf(m_certs.caCert).repeated(100) << QStringLiteral("more certificates");
    }

    void aCaFileTheBrowserCannotTakeIsSaidByName()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, saying);
        const QString file = writeFile(QStringLiteral("bundle.pem"), content);
        QVERIFY(!file.isEmpty());
        ServerTrust trust;
        trust.caFile = file;
        LoginRequest request = meshery();
        const ApiError error = request.setTrust(trust);
        QCOMPARE(error.kind(), ApiError::Kind::TlsSettingsUnusable);
        QVERIFY2(error.detail().contains(saying) && error.detail().contains(file), qPrintable(error.detail()));
        QVERIFY(request.caCertificates.isEmpty());
        // A path that is no file at all.
        trust.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(!request.setTrust(trust).isOk());
    }

    void hostileCaCertificatesAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("value");
        const QByteArray ca = pemOf(m_certs.caCert);
        QTest::newRow("not text") << QJsonValue(QJsonArray{QString::fromLatin1(ca)});
        QTest::newRow("a number") << QJsonValue(42);
        QTest::newRow("no PEM") << QJsonValue(QStringLiteral("hello"));
        QTest::newRow("a key besides") << QJsonValue(QString::fromLatin1(ca + pemOf(m_certs.caKey)));
        QByteArray broken = ca;
        broken[broken.indexOf('\n') + 10] = '!';
        QTest::newRow("a broken certificate besides") << QJsonValue(QString::fromLatin1(ca + broken));
        QTest::newRow("oversize") << QJsonValue(
            QString::fromLatin1(ca.repeated(MaxCaCertificatesPemBytes / ca.size() + 1)));
        QTest::newRow("oversize padding")
            << QJsonValue(QString::fromLatin1(ca + QByteArray(MaxCaCertificatesPemBytes, '\n')));
    }

    void hostileCaCertificatesAreRefused()
    {
        QFETCH(QJsonValue, value);
        QJsonObject json = meshery().toJson();
        json.insert(QStringLiteral("caCertificates"), value);
        QString why;
        QVERIFY(!read(json, &why));
        QVERIFY(why.contains(QLatin1String("CA certificates")));
    }

    void theCaCertificatesFitARequestLine()
    {
        // As many certificates as the limit lets through still make a line the helper takes.
        LoginRequest request = meshery();
        const QSslCertificate ca = TestCertificates::certificate(m_certs.caCert);
        while ((request.caCertificates.size() + 1) * ca.toPem().size() <= MaxCaCertificatesPemBytes)
            request.caCertificates << ca;
        request.trustedCertificates = QStringList(MaxTrustedCertificates, meshery().trustedCertificates.first());
        LineBuffer lines;
        QVERIFY(lines.append(encode(request.toJson())));
        bool bad = false;
        const auto message = lines.takeMessage(&bad);
        QVERIFY(message);
        const auto got = read(*message);
        QVERIFY(got);
        QCOMPARE(got->caCertificates.size(), request.caCertificates.size());
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("not a login") << "type" << QJsonValue(QStringLiteral("caught"));
        QTest::newRow("file server") << "serverUrl" << QJsonValue(QStringLiteral("file:///etc/passwd"));
        QTest::newRow("no server") << "serverUrl" << QJsonValue(QString());
        QTest::newRow("javascript provider") << "providerUrl" << QJsonValue(QStringLiteral("javascript:alert(1)"));
        QTest::newRow("smb start") << "startUrl" << QJsonValue(QStringLiteral("smb://attacker.example/share"));
        QTest::newRow("no provider key") << "providerKey" << QJsonValue(QString());
        QTest::newRow("long provider key") << "providerKey" << QJsonValue(QString(300, QLatin1Char('k')));
        QTest::newRow("no time") << "timeLimitMs" << QJsonValue(0);
        QTest::newRow("a day") << "timeLimitMs" << QJsonValue(24.0 * 3600 * 1000);
        QTest::newRow("time not a number") << "timeLimitMs" << QJsonValue(QStringLiteral("soon"));
        QTest::newRow("short fingerprint") << "trustedCertificates" << QJsonValue(QJsonArray{QStringLiteral("AB:CD")});
        QTest::newRow("fingerprint not text") << "trustedCertificates" << QJsonValue(QJsonArray{42});
        QTest::newRow("lower-case fingerprint")
            << "trustedCertificates"
            << QJsonValue(QJsonArray{QStringLiteral("ab:").repeated(31) + QStringLiteral("cd")});
        QTest::newRow("fingerprint with more")
            << "trustedCertificates"
            << QJsonValue(QJsonArray{QStringLiteral("AB:").repeated(32) + QStringLiteral("CD")});
        QTest::newRow("fingerprints not a list")
            << "trustedCertificates" << QJsonValue(QStringLiteral("AB:").repeated(31) + QStringLiteral("CD"));
        QTest::newRow("too many fingerprints")
            << "trustedCertificates"
            << QJsonValue(QJsonArray::fromStringList(
                   QStringList(MaxTrustedCertificates + 1, QStringLiteral("AB:").repeated(31) + QStringLiteral("CD"))));
    }

    void badRequestsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = meshery().toJson();
        json.insert(field, value);
        QString why;
        QVERIFY(!read(json, &why));
        QVERIFY(!why.isEmpty());
    }

    void aWindowIdOutOfRangeIsNoParent()
    {
        for (const double id : {-1.0, 1e300, 4294967296.0}) {
            QJsonObject json = meshery().toJson();
            json.insert(QStringLiteral("parentWindow"), id);
            const std::optional<LoginRequest> got = read(json);
            QVERIFY(got);
            QCOMPARE(got->parentWindow, quint64(0));
        }
    }

    void linesArriveInAnyPieces()
    {
        const QByteArray stream = encode(message(Type::Hello)) + encode(message(Type::PageShown));
        LineBuffer lines;
        bool bad = false;
        // One byte at a time: nothing before a whole line.
        QList<QString> types;
        for (char byte : stream) {
            QVERIFY(lines.append(QByteArray(1, byte)));
            while (const auto next = lines.takeMessage(&bad))
                types << next->value(QLatin1String("type")).toString();
            QVERIFY(!bad);
        }
        QCOMPARE(types, (QList<QString>{QStringLiteral("hello"), QStringLiteral("pageShown")}));
    }

    void aLineOverTheLimitIsRefusedForGood_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        const QByteArray huge(MaxLineBytes + 1, 'x');
        QTest::newRow("still open") << huge;
        // A whole long line followed by a short one in the same chunk.
        QTest::newRow("whole, then another") << huge + "\n{}\n";
        QTest::newRow("a short line, then a long open one") << QByteArray("{}\n") + huge;
    }

    void aLineOverTheLimitIsRefusedForGood()
    {
        QFETCH(QByteArray, chunk);
        LineBuffer lines;
        QVERIFY(!lines.append(chunk));
        bool bad = false;
        QVERIFY(!lines.takeMessage(&bad)); // nothing of it is handed on
        QVERIFY(!lines.append(encode(message(Type::Hello)))); // and it stays refused
    }

    void aLineAtTheLimitIsTaken()
    {
        LineBuffer lines;
        QByteArray line = encode(message(Type::Hello));
        line.chop(2); // the closing brace and the newline
        line += QByteArray(MaxLineBytes - line.size() - 1, ' ') + "}\n";
        QCOMPARE(line.size(), MaxLineBytes + 1);
        QVERIFY(lines.append(line));
        bool bad = false;
        QVERIFY(lines.takeMessage(&bad));
    }

    void notJsonIsBad()
    {
        for (const QByteArray &line : {QByteArray("token=abc\n"), QByteArray("[1,2]\n"), QByteArray("\"x\"\n")}) {
            LineBuffer lines;
            QVERIFY(lines.append(line));
            bool bad = false;
            QVERIFY(!lines.takeMessage(&bad));
            QVERIFY2(bad, line.constData());
        }
    }

    void aCaughtLoginCarriesStringsOnly()
    {
        const LoginCallback sent{QByteArrayLiteral("eyJhbGciOi.abc.def"), QByteArrayLiteral("c2Vzc2lvbg")};
        const std::optional<LoginCallback> got = caughtFrom(caught(sent));
        QVERIFY(got);
        QCOMPARE(got->token, sent.token);
        QCOMPARE(got->sessionCookie, sent.sessionCookie);
        QVERIFY(!caughtFrom(message(Type::Caught, {{QStringLiteral("token"), 7}})));
        QVERIFY(!caughtFrom(message(Type::Caught)));
        QVERIFY(!caughtFrom(message(
            Type::Caught,
            {{QStringLiteral("token"), QStringLiteral("t")}, {QStringLiteral("sessionCookie"), QJsonArray()}})));
    }
};

QTEST_GUILESS_MAIN(TestBrowserHelperProtocol)
#include "TestBrowserHelperProtocol.moc"
