// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli, `test`, the connection test: every check, an offline server, a failing endpoint.
#include "CliTestCase.h"

class TestCliConnectionTest : public CliTestCase
{
    Q_OBJECT

private slots:
    // An offline release answers /api/system/version with 500: the run still passes, and says
    // the version is unknown where it used to fail the server as unreachable.
    void connectionTestOfAnOfflineServer()
    {
        MesheryTest::ServerOptions options;
        options.offline = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();
        const CliRun login = run({QStringLiteral("--server"), url(), QStringLiteral("login"),
                                  QStringLiteral("--provider"), QStringLiteral("None")});
        QVERIFY2(login.exitCode == 0, login.describe());
        const CliRun json = run({QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject reachable = parseObject(json.out).value(QLatin1String("checks")).toArray().at(0).toObject();
        QCOMPARE(reachable.value(QLatin1String("id")).toString(), QStringLiteral("server-reachable"));
        QCOMPARE(reachable.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reachable.value(QLatin1String("httpStatus")).toInt(), 200);
        QVERIFY2(reachable.value(QLatin1String("message")).toString().startsWith(QLatin1String("Version unknown")),
                 json.out.constData());
        QVERIFY(reachable.value(QLatin1String("curl")).toString().contains(QLatin1String("/healthz/ready")));

        const CliRun text = run({QStringLiteral("test")});
        QVERIFY2(text.exitCode == 0, text.describe());
        QVERIFY2(text.outText().contains(QRegularExpression(
                     QStringLiteral("\\nServer reachable\\s+ok\\s+200\\s+\\d+ ms\\s+Version unknown"))),
                 text.describe());
    }

    void connectionTest()
    {
        QVERIFY(!logInWithCli().isEmpty());
        // The workspaces check needs an active organization (without one it shows the server's
        // "OrgID cannot be empty"), so a healthy setup has one.
        const CliRun orgs = run({QStringLiteral("orgs"), QStringLiteral("--json")});
        const QJsonArray organizations = parseObject(orgs.out).value(QLatin1String("organizations")).toArray();
        QVERIFY2(!organizations.isEmpty(), orgs.describe());
        const QString orgId = organizations.at(0).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(run({QStringLiteral("orgs"), QStringLiteral("use"), orgId}).exitCode, 0);
        const CliRun json = run({QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject document = parseObject(json.out);
        QVERIFY(document.value(QLatin1String("allPassed")).toBool());
        const QJsonArray checks = document.value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), 8);
        QCOMPARE(checks.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("server-reachable"));
        for (const QJsonValue &value : checks) {
            const QJsonObject check = value.toObject();
            QCOMPARE(check.keys(),
                     (QStringList{QStringLiteral("curl"), QStringLiteral("elapsedMs"), QStringLiteral("error"),
                                  QStringLiteral("httpStatus"), QStringLiteral("id"), QStringLiteral("message"),
                                  QStringLiteral("requestId"), QStringLiteral("status"), QStringLiteral("title")}));
            QVERIFY2(check.value(QLatin1String("status")).toString() == QLatin1String("ok")
                         || check.value(QLatin1String("status")).toString() == QLatin1String("skipped"),
                     json.out.constData());
        }
        QVERIFY(noSecretIn(json, Core().load(currentProfile()).token));

        const CliRun text = run({QStringLiteral("test")});
        QVERIFY2(text.exitCode == 0, text.describe());
        const QStringList lines = text.outText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 9);
        QVERIFY(lines.at(1).contains(
            QRegularExpression(QStringLiteral("^Server reachable\\s+ok\\s+200\\s+\\d+ ms\\s+Meshery"))));

        // One failing endpoint fails the run, and says which check failed.
        m_server->setFault(QStringLiteral("/api/user"), {FaultKind::MeshKitError500, 0});
        const CliRun faulty = run({QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(faulty.exitCode == 1, faulty.describe());
        const QJsonObject failed = parseObject(faulty.out);
        QVERIFY(!failed.value(QLatin1String("allPassed")).toBool());
        const QJsonObject signedIn = failed.value(QLatin1String("checks")).toArray().at(3).toObject();
        QCOMPARE(signedIn.value(QLatin1String("id")).toString(), QStringLiteral("signed-in"));
        QCOMPARE(signedIn.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(signedIn.value(QLatin1String("httpStatus")).toInt(), 500);
        QCOMPARE(signedIn.value(QLatin1String("error")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("server-error"));

        m_server->setFault(QStringLiteral("/api/user"), {FaultKind::Unauthorized401, 0});
        const CliRun refused = run({QStringLiteral("test")});
        QVERIFY2(refused.exitCode == 3, refused.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliConnectionTest)
#include "TestCliConnectionTest.moc"
