// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli, `token`: printed exactly in each format, renewed when the server renews it, never on a command
// line, and what happens without a sign-in or a keychain.
#include "CliTestCase.h"

class TestCliToken : public CliTestCase
{
    Q_OBJECT

private slots:
    void tokenStoredByTheCoreIsPrintedExactly()
    {
        // The window's side signs in; the CLI reads it.
        const QByteArray token = m_server->issueToken(QStringLiteral("linus"));
        ServerProfile profile;
        QVERIFY(signedInAsCurrent(token, &profile));

        const CliRun raw = run({QStringLiteral("token")});
        QVERIFY2(raw.exitCode == 0, raw.describe());
        QVERIFY(raw.out == token + '\n');
        QVERIFY(raw.err.isEmpty());

        const CliRun bearer = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("bearer")});
        QVERIFY(bearer.out == "Authorization: Bearer " + token + '\n');
        const CliRun cookie = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("cookie")});
        QVERIFY(cookie.out == "Cookie: token=" + token + "; meshery-provider=Meshery\n");
        const CliRun headers = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("headers")});
        QVERIFY(headers.out
                == "Cookie: token=" + token + "; meshery-provider=Meshery\nAuthorization: Bearer " + token + '\n');
        const CliRun curl = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("curl")});
        QVERIFY(curl.out.startsWith("meshery-auth-cli --profile "));
        QVERIFY(!curl.out.contains(token));
        QVERIFY(curl.out.contains(m_server->baseUrl().toEncoded() + "/api/user"));
        const CliRun mesheryctl =
            run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("mesheryctl")});
        const QJsonObject auth = parseObject(mesheryctl.out);
        QCOMPARE(auth.value(QLatin1String("token")).toString().toUtf8(), token);
        QCOMPARE(auth.value(QLatin1String("meshery-provider")).toString(), QStringLiteral("Meshery"));

        // By name, too, and no other command prints it.
        const CliRun byProfile = run({QStringLiteral("--profile"), profile.name, QStringLiteral("token")});
        QVERIFY(byProfile.out == token + '\n');
        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(noSecretIn(status, token));
        QCOMPARE(
            parseObject(status.out).value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString(),
            QStringLiteral("linus@example.com"));
    }

    void notSignedInExits3()
    {
        const CliRun nothing = run({QStringLiteral("token")});
        QVERIFY2(nothing.exitCode == 3, nothing.describe());
        QVERIFY(nothing.out.isEmpty());

        const CliRun unknownServer =
            run({QStringLiteral("--server"), url(), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(unknownServer.exitCode == 3, unknownServer.describe());
        const QJsonObject report = parseObject(unknownServer.out);
        QCOMPARE(report.value(QLatin1String("session")).toString(), QStringLiteral("none"));
        QCOMPARE(report.value(QLatin1String("profile")).toObject().value(QLatin1String("saved")).toBool(true), false);
        QCOMPARE(report.value(QLatin1String("error")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("not-signed-in"));

        // A saved profile without a token.
        ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
        profile.provider = QStringLiteral("Meshery");
        QVERIFY(Core().profiles.save(profile).isOk());
        for (const QString &command : {QStringLiteral("token"), QStringLiteral("status"), QStringLiteral("orgs")}) {
            const CliRun result = run({QStringLiteral("--profile"), profile.name, command});
            QVERIFY2(result.exitCode == 3, result.describe());
        }
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void anExpiredTokenTheServerRenewsIsPrintedRenewed()
    {
        // A past exp is "ask the server": it renews through the refresh token.
        const QByteArray expired = m_server->issueToken(QStringLiteral("ada"), -60);
        ServerProfile profile;
        QVERIFY(signedInAsCurrent(expired, &profile));
        const CliRun token = run({QStringLiteral("token")});
        QVERIFY2(token.exitCode == 0, token.describe());
        const QByteArray renewed = token.out.trimmed();
        QVERIFY(renewed != expired);
        QVERIFY(m_server->isTokenValid(renewed));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/token")), 1);
        QVERIFY(Core().load(profile).token == renewed); // kept for next time
        // Now valid by its own expiry: printed offline.
        const CliRun again = run({QStringLiteral("token")});
        QVERIFY(again.out.trimmed() == renewed);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/token")), 1);
    }

    void curlFormsKeepTheTokenOffCommandLines()
    {
        const QByteArray token = logInWithCli();
        QVERIFY(!token.isEmpty());
        // A curl that notes its arguments and what reaches its standard input, first on PATH,
        // then the CLI itself: the line runs as a user would paste it.
        QTemporaryDir bin(QCoreApplication::applicationDirPath() + QStringLiteral("/curl-XXXXXX"));
        QVERIFY(bin.isValid());
        const QProcessEnvironment environment =
            withFakeProgram(this->environment(), bin, QStringLiteral("curl"),
                            "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/argv\"\ncat > \"$(dirname \"$0\")/stdin\"\n");
        QVERIFY(QFile::link(QStringLiteral(MESHERY_AUTH_CLI_EXE), bin.filePath(QStringLiteral("meshery-auth-cli"))));

        const CliRun line = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("curl")});
        QVERIFY2(line.exitCode == 0, line.describe());
        QVERIFY(!line.out.contains(token));
        QProcess shell;
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), QString::fromUtf8(line.out)});
        QVERIFY(QTest::qWaitFor([&] { return shell.state() == QProcess::NotRunning; }, 30000));
        QFile argv(bin.filePath(QStringLiteral("argv")));
        QFile stdinSeen(bin.filePath(QStringLiteral("stdin")));
        QVERIFY2(argv.open(QIODevice::ReadOnly), shell.readAllStandardError().constData());
        QVERIFY(stdinSeen.open(QIODevice::ReadOnly));
        const QByteArray arguments = argv.readAll();
        QVERIFY(!arguments.contains(token));
        QVERIFY(arguments.contains("@-"));
        QVERIFY(arguments.contains(m_server->baseUrl().toEncoded() + "/api/user"));
        QVERIFY(stdinSeen.readAll()
                == "Cookie: token=" + token + "; meshery-provider=Meshery\nAuthorization: Bearer " + token + '\n');
    }

    void keychainUnavailableExits5()
    {
        ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
        profile.provider = QStringLiteral("Meshery");
        {
            Core core;
            QVERIFY(core.profiles.save(profile).isOk());
            core.profiles.setCurrentId(profile.id);
        }
        // A D-Bus session on which no Secret Service can start.
        const QStringList noKeychain{QStringLiteral("dbus-run-session"),
                                     QStringLiteral("--config-file=" MESHERY_DBUS_WITHOUT_SERVICES),
                                     QStringLiteral("--")};
        const CliRun token = CliProcess(environment(), {QStringLiteral("token")}, {}, noKeychain).wait();
        QVERIFY2(token.exitCode == 5, token.describe());
        QVERIFY(token.errText().contains(ApiError(ApiError::Kind::KeychainUnavailable).message()));
        QVERIFY(token.out.isEmpty());

        const QByteArray valid = m_server->issueToken(QStringLiteral("ada"));
        const CliRun login = CliProcess(environment(),
                                        {QStringLiteral("login"), QStringLiteral("--provider"),
                                         QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                                        valid, noKeychain)
                                 .wait();
        QVERIFY2(login.exitCode == 5, login.describe());
        QVERIFY(noSecretIn(login, valid));
    }
};

QTEST_GUILESS_MAIN(TestCliToken)
#include "TestCliToken.moc"
