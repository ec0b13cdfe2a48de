// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli, The command line itself: --version, --help, usage errors (exit 2, also as JSON), and tokens refused
// as arguments.
#include "CliTestCase.h"

class TestCliCommandLine : public CliTestCase
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        const CliRun version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.outText().trimmed(), QStringLiteral("meshery-auth-cli " MESHERY_AUTH_VERSION));

        const CliRun help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.outText().startsWith(QLatin1String("Usage: meshery-auth-cli [--server URL | --profile NAME]")));
        const QStringList commands{
            QStringLiteral("providers"), QStringLiteral("login"),    QStringLiteral("status"),
            QStringLiteral("token"),     QStringLiteral("orgs"),     QStringLiteral("test"),
            QStringLiteral("logout"),    QStringLiteral("profiles"), QStringLiteral("mesheryctl")};
        for (const QString &command : commands) {
            QVERIFY2(help.outText().contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')), qPrintable(command));
            const CliRun commandHelp = run({command, QStringLiteral("--help")});
            QCOMPARE(commandHelp.exitCode, 0);
            QVERIFY2(commandHelp.outText().startsWith(QStringLiteral("Usage: meshery-auth-cli ") + command),
                     commandHelp.describe());
        }
        QVERIFY(help.outText().contains(QLatin1String("5  keychain unavailable")));
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("inError");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("\"frobnicate\"");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("status"), QStringLiteral("--frob")}
                                        << QStringLiteral("frob");
        QTest::newRow("server and profile")
            << QStringList{QStringLiteral("--server"), QStringLiteral("http://localhost:9081"),
                           QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("status")}
            << QStringLiteral("--server or --profile");
        QTest::newRow("timeout zero") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"),
                                                     QStringLiteral("status")}
                                      << QStringLiteral("--timeout");
        QTest::newRow("timeout text") << QStringList{QStringLiteral("status"), QStringLiteral("--timeout"),
                                                     QStringLiteral("soon")}
                                      << QStringLiteral("--timeout");
        QTest::newRow("bad server address")
            << QStringList{QStringLiteral("--server"), QStringLiteral("ftp://example.com"), QStringLiteral("providers")}
            << QStringLiteral("--server");
        QTest::newRow("two login modes") << QStringList{QStringLiteral("login"), QStringLiteral("--provider"),
                                                        QStringLiteral("Meshery"), QStringLiteral("--web"),
                                                        QStringLiteral("--print-url")}
                                         << QStringLiteral("--print-url");
        QTest::newRow("unknown token format")
            << QStringList{QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("xml")}
            << QStringLiteral("Unknown token format; choose one of: raw,");
        QTest::newRow("unknown profiles subcommand")
            << QStringList{QStringLiteral("profiles"), QStringLiteral("rename")} << QStringLiteral("profiles");
        QTest::newRow("profiles add without url")
            << QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("x")}
            << QStringLiteral("profiles");
        QTest::newRow("mesheryctl without action")
            << QStringList{QStringLiteral("mesheryctl")} << QStringLiteral("mesheryctl");
    }

    void usageErrorsExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, inError);
        const CliRun result = run(arguments);
        QVERIFY2(result.exitCode == 2, result.describe());
        QVERIFY2(result.errText().contains(inError), result.describe());
        QVERIFY(result.out.isEmpty());
    }

    void usageErrorAsJson()
    {
        const CliRun result = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--frob")});
        QVERIFY2(result.exitCode == 2, result.describe());
        const QJsonObject error = parseObject(result.out).value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("id")).toString(), QStringLiteral("usage"));
        QCOMPARE(error.value(QLatin1String("exitCode")).toInt(), 2);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    }

    void tokensAreNeverArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString secret = QString::fromLatin1(ArgumentSecret);
        const QStringList login{QStringLiteral("login"), QStringLiteral("--provider"), QStringLiteral("Meshery")};
        QTest::newRow("--token VALUE") << login + QStringList{QStringLiteral("--token"), secret};
        QTest::newRow("--token=VALUE") << login + QStringList{QStringLiteral("--token=") + secret};
        QTest::newRow("login VALUE") << login + QStringList{secret};
        QTest::newRow("token VALUE") << QStringList{QStringLiteral("token"), secret};
        QTest::newRow("token --VALUE") << QStringList{QStringLiteral("token"), QStringLiteral("--") + secret};
        QTest::newRow("--VALUE before the command")
            << QStringList{QStringLiteral("--") + secret, QStringLiteral("token")};
        QTest::newRow("token -VALUE") << QStringList{QStringLiteral("token"), QStringLiteral("-") + secret};
        QTest::newRow("token --format VALUE")
            << QStringList{QStringLiteral("token"), QStringLiteral("--format"), secret};
        QTest::newRow("VALUE as the command") << QStringList{secret};
    }

    void tokensAreNeverArguments()
    {
        QFETCH(QStringList, arguments);
        const CliRun result = run(QStringList{QStringLiteral("--server"), url()} + arguments);
        QVERIFY2(result.exitCode == 2, result.describe());
        QVERIFY2(noSecretIn(result, ArgumentSecret), result.describe());
        QVERIFY(Core().profiles.profiles().isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "TestCliCommandLine.moc"
