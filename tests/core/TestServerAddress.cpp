// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ServerAddress.h"

#include <QtTest>

using MesheryAuth::ServerAddress;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << QStringLiteral("http://localhost:9081") << QStringLiteral("http://localhost:9081");
        QTest::newRow("trailing slash") << QStringLiteral("http://localhost:9081/")
                                        << QStringLiteral("http://localhost:9081");
        QTest::newRow("many slashes") << QStringLiteral("https://meshery.example.com/base//")
                                      << QStringLiteral("https://meshery.example.com/base");
        QTest::newRow("no scheme") << QStringLiteral("localhost:9081") << QStringLiteral("http://localhost:9081");
        QTest::newRow("bare host") << QStringLiteral("meshery.local") << QStringLiteral("http://meshery.local");
        QTest::newRow("spaces and case") << QStringLiteral("  HTTPS://Meshery.Example.COM  ")
                                         << QStringLiteral("https://meshery.example.com");
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:9081") << QStringLiteral("http://[::1]:9081");
    }

    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error = QStringLiteral("stale");
        const QUrl url = ServerAddress::normalise(input, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("empty") << QString() << QStringLiteral("localhost:9081");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QStringLiteral("ftp");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("file");
        QTest::newRow("no host") << QStringLiteral("http://") << QStringLiteral("host");
        QTest::newRow("query") << QStringLiteral("http://localhost:9081/?x=1") << QStringLiteral("?");
        QTest::newRow("credentials") << QStringLiteral("http://user:pw@localhost:9081") << QStringLiteral("password");
        QTest::newRow("bad port") << QStringLiteral("http://localhost:99999") << QStringLiteral("not a valid address");
        QTest::newRow("spaces inside") << QStringLiteral("http://local host") << QStringLiteral("not a valid address");
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonMentions);
        QString error;
        QVERIFY(!ServerAddress::normalise(input, &error).isValid());
        QVERIFY2(error.contains(reasonMentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "TestServerAddress.moc"
