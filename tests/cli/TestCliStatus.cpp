// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli, `status`: text and JSON, an expired session, a session the server renews.
#include "CliTestCase.h"

class TestCliStatus : public CliTestCase
{
    Q_OBJECT

private slots:
    void expiredSessionExits3()
    {
        const QByteArray expired = m_server->issueToken(QStringLiteral("ada"), -60, MesheryTest::Refresh::Refused);
        QVERIFY(signedInAsCurrent(expired));
        const CliRun token = run({QStringLiteral("token")});
        QVERIFY2(token.exitCode == 3, token.describe());
        QVERIFY(token.out.isEmpty());
        QVERIFY(token.errText().contains(QLatin1String("expired")));

        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 3, status.describe());
        const QJsonObject report = parseObject(status.out);
        QCOMPARE(report.value(QLatin1String("token")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("expired"));
        QCOMPARE(report.value(QLatin1String("session")).toString(), QStringLiteral("rejected"));
        QVERIFY(!report.value(QLatin1String("signedIn")).toBool());
    }

    void statusTextAndJson()
    {
        const QByteArray token = logInWithCli(QStringLiteral("ada"));
        QVERIFY(!token.isEmpty());

        const CliRun text = run({QStringLiteral("status")});
        QVERIFY2(text.exitCode == 0, text.describe());
        const QString out = text.outText();
        for (const QString &expected :
             {QStringLiteral("Server:"), url(), QStringLiteral("Provider:"), QStringLiteral("Meshery"),
              QStringLiteral("ada@example.com"), QStringLiteral("Token:"), QStringLiteral("Valid"),
              QStringLiteral("Organization:")})
            QVERIFY2(out.contains(expected), qPrintable(out));

        const CliRun json = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject report = parseObject(json.out);
        QCOMPARE(report.keys(),
                 (QStringList{QStringLiteral("error"), QStringLiteral("organizationId"), QStringLiteral("profile"),
                              QStringLiteral("provider"), QStringLiteral("server"), QStringLiteral("session"),
                              QStringLiteral("signedIn"), QStringLiteral("token"), QStringLiteral("user")}));
        QCOMPARE(report.value(QLatin1String("server")).toString(), url());
        QCOMPARE(report.value(QLatin1String("session")).toString(), QStringLiteral("accepted"));
        QVERIFY(report.value(QLatin1String("signedIn")).toBool());
        QVERIFY(report.value(QLatin1String("error")).isNull());
        QVERIFY(report.value(QLatin1String("organizationId")).isNull());
        const QJsonObject tokenState = report.value(QLatin1String("token")).toObject();
        QCOMPARE(tokenState.value(QLatin1String("state")).toString(), QStringLiteral("valid"));
        const QDateTime expiry =
            QDateTime::fromString(tokenState.value(QLatin1String("expiry")).toString(), Qt::ISODate);
        QVERIFY(expiry.isValid());
        QCOMPARE(expiry.timeSpec(), Qt::UTC);
        QVERIFY(expiry > QDateTime::currentDateTimeUtc());
        QCOMPARE(report.value(QLatin1String("profile")).toObject().value(QLatin1String("id")).toString(),
                 currentProfile().id);

        // The server ends every session: the stored token is refused.
        m_server->revokeAllTokens();
        const CliRun refused = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(refused.exitCode == 3, refused.describe());
        QCOMPARE(parseObject(refused.out).value(QLatin1String("session")).toString(), QStringLiteral("rejected"));
    }

    void aRenewedSessionIsStored()
    {
        MesheryTest::ServerOptions options;
        options.refreshTokens = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();
        const QByteArray first = logInWithCli();
        QVERIFY(!first.isEmpty());
        const QByteArray before = Core().load(currentProfile()).token;

        const CliRun status = run({QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, status.describe());
        const QByteArray after = Core().load(currentProfile()).token;
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        QVERIFY(m_server->isTokenValid(after));
    }
};

QTEST_GUILESS_MAIN(TestCliStatus)
#include "TestCliStatus.moc"
