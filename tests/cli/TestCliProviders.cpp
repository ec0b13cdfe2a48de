// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli, `providers`, and the failure classes of a server: unreachable, too slow, an untrusted
// certificate, a hostile server that would make the CLI use much memory.
#include "CliTestCase.h"

class TestCliProviders : public CliTestCase
{
    Q_OBJECT

private slots:
    void providersTextAndJson()
    {
        const CliRun text = run({QStringLiteral("--server"), url(), QStringLiteral("providers")});
        QVERIFY2(text.exitCode == 0, text.describe());
        const QStringList lines = text.outText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).simplified(), QStringLiteral("KEY NAME TYPE URL"));
        QCOMPARE(lines.at(1).simplified(),
                 QStringLiteral("Meshery Meshery remote %1").arg(m_server->providerBaseUrl().toString()));
        QCOMPARE(lines.at(2).simplified(), QStringLiteral("None None local"));

        const CliRun json =
            run({QStringLiteral("--server"), url(), QStringLiteral("providers"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject document = parseObject(json.out);
        QCOMPARE(document.value(QLatin1String("server")).toString(), url());
        const QJsonArray providers = document.value(QLatin1String("providers")).toArray();
        QCOMPARE(providers.size(), 2);
        const QJsonObject remote = providers.at(0).toObject();
        QCOMPARE(remote.keys(),
                 (QStringList{QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("type"),
                              QStringLiteral("url")}));
        QCOMPARE(remote.value(QLatin1String("type")).toString(), QStringLiteral("remote"));
        QCOMPARE(remote.value(QLatin1String("url")).toString(), m_server->providerBaseUrl().toString());
        QCOMPARE(providers.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("local"));
        QVERIFY(providers.at(1).toObject().value(QLatin1String("url")).isNull());
        // A look at a server is not a login: nothing is saved.
        QVERIFY(Core().profiles.profiles().isEmpty());
    }

    void deadServerExits4()
    {
        const QByteArray token = logInWithCli();
        QVERIFY(!token.isEmpty());
        m_server->stop();

        const CliRun providers =
            run({QStringLiteral("--server"), url(), QStringLiteral("providers"), QStringLiteral("--json")});
        QVERIFY2(providers.exitCode == 4, providers.describe());
        QVERIFY(providers.errText().contains(ApiError(ApiError::Kind::Unreachable).message()));
        QCOMPARE(
            parseObject(providers.out).value(QLatin1String("error")).toObject().value(QLatin1String("id")).toString(),
            QStringLiteral("unreachable"));

        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 4, status.describe());
        const QJsonObject report = parseObject(status.out);
        QCOMPARE(report.value(QLatin1String("session")).toString(), QStringLiteral("unverified"));
        QCOMPARE(report.value(QLatin1String("token")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("valid"));

        const CliRun test = run({QStringLiteral("test")});
        QVERIFY2(test.exitCode == 4, test.describe());
    }

    void timeoutExits4()
    {
        m_server->setFault(QStringLiteral("/api/providers"), {FaultKind::Delay, 5000});
        QElapsedTimer clock;
        clock.start();
        const CliRun result = run({QStringLiteral("--server"), url(), QStringLiteral("--timeout"), QStringLiteral("1"),
                                   QStringLiteral("providers")});
        QVERIFY2(result.exitCode == 4, result.describe());
        QVERIFY(result.errText().contains(ApiError(ApiError::Kind::Timeout).message()));
        QVERIFY2(clock.elapsed() < 4500, "--timeout was not applied");
    }

    void untrustedCertificateExits4()
    {
        MesheryTest::ServerOptions options;
        options.tls = true;
        MesheryTestServer tlsServer(options);
        QVERIFY(tlsServer.start());
        const CliRun result =
            run({QStringLiteral("--server"), tlsServer.baseUrl().toString(), QStringLiteral("providers")});
        QVERIFY2(result.exitCode == 4, result.describe());
        QVERIFY(result.errText().contains(ApiError(ApiError::Kind::Tls).message()));
    }

    void aHostileServerCannotMakeTheCliUseMuchMemory_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("path");
        QTest::addColumn<FaultKind>("fault");
        QTest::newRow("orgs, pages of 200,000 items claiming a billion")
            << QStringLiteral("orgs") << QStringLiteral("/api/identity/orgs") << FaultKind::HugePages;
        QTest::newRow("status, an endless body")
            << QStringLiteral("status") << QStringLiteral("/api/user") << FaultKind::EndlessBody;
    }

    void aHostileServerCannotMakeTheCliUseMuchMemory()
    {
        QFETCH(QString, command);
        QFETCH(QString, path);
        QFETCH(FaultKind, fault);
        QVERIFY(!logInWithCli().isEmpty());
        // The reference, measured in the same run: the same command against a well-behaved server.
        const qint64 idle = peakMemoryKiB({command});
        QVERIFY(idle > 0);
        m_server->setFault(path, {fault});
        const qint64 hostile = peakMemoryKiB({command});
        QVERIFY(hostile > 0);
        qInfo("peak RSS: %lld KiB against a well-behaved server, %lld KiB against this one", idle, hostile);
        QVERIFY2(hostile - idle < 64 * 1024,
                 qPrintable(QStringLiteral("%1 KiB over the reference").arg(hostile - idle)));
    }
};

QTEST_GUILESS_MAIN(TestCliProviders)
#include "TestCliProviders.moc"
