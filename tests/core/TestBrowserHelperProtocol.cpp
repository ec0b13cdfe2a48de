// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The window and the browser helper speak JSON lines (BrowserHelperProtocol.h): what the helper
// takes as a login request, and how either side cuts a stream into messages.
#include "BrowserHelperProtocol.h"

#include <QJsonArray>
#include <QtTest>

using namespace MesheryAuth;
using namespace MesheryAuth::BrowserHelper;

class TestBrowserHelperProtocol : public QObject
{
    Q_OBJECT

private:
    static LoginRequest meshery()
    {
        LoginRequest request;
        request.serverUrl = QUrl(QStringLiteral("https://meshery.example:9081"));
        request.providerKey = QStringLiteral("Meshery");
        request.providerName = QStringLiteral("Meshery Cloud");
        request.providerUrl = QUrl(QStringLiteral("https://cloud.example"));
        request.timeLimit = std::chrono::seconds(90);
        request.trustedCertificates = {QStringLiteral("AB:").repeated(31) + QStringLiteral("CD")};
        request.askAboutOtherCertificates = true;
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

private slots:
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
        QCOMPARE(got->askAboutOtherCertificates, true);
        QCOMPARE(got->parentWindow, sent.parentWindow);
        QCOMPARE(got->parentGeometry, sent.parentGeometry);
    }

    void whatIsUnsaidIsTheSafeChoice()
    {
        QJsonObject json = meshery().toJson();
        json.remove(QStringLiteral("askAboutOtherCertificates"));
        json.remove(QStringLiteral("trustedCertificates"));
        const std::optional<LoginRequest> got = read(json);
        QVERIFY(got);
        QVERIFY(!got->askAboutOtherCertificates); // refused, not put to the user
        QVERIFY(got->trustedCertificates.isEmpty());
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
