// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli, `logout`: the keychain entry goes, one profile at a time.
#include "CliTestCase.h"

class TestCliLogout : public CliTestCase
{
    Q_OBJECT

private slots:
    void logoutRemovesTheKeychainEntry()
    {
        const QByteArray token = logInWithCli();
        QVERIFY(!token.isEmpty());
        const QString key = currentProfile().tokenSlot().keychainKey();
        QVERIFY(SecretTool::lookup(TokenVault::defaultService(), key).found);

        const CliRun logout = run({QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.describe());
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), key).found);
        // A token from --token-stdin has no provider session: it is not revoked, and the CLI says so.
        QVERIFY(m_server->isTokenValid(token));
        QVERIFY2(logout.errText().contains(QLatin1String("may still accept")), logout.describe());
        QVERIFY(
            Core().settings->value(QStringLiteral("keychainIndex/") + currentProfile().id).toStringList().isEmpty());

        const CliRun token2 = run({QStringLiteral("token")});
        QVERIFY2(token2.exitCode == 3, token2.describe());
        const CliRun again = run({QStringLiteral("logout")});
        QVERIFY2(again.exitCode == 0, again.describe());
    }

    void logoutOfOneProfileLeavesTheOtherAndRemovesItsOwn()
    {
        // "work" and "home": two accounts on one server and provider.
        const QByteArray workToken = m_server->issueToken(QStringLiteral("ada"));
        const QByteArray homeToken = m_server->issueToken(QStringLiteral("grace"));
        for (const auto &[name, token] :
             {std::pair{QStringLiteral("work"), workToken}, std::pair{QStringLiteral("home"), homeToken}}) {
            ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
            profile.name = name;
            profile.provider = QStringLiteral("Meshery");
            Core core;
            QVERIFY(core.profiles.save(profile).isOk());
            QVERIFY(core.store(profile, token).isOk());
        }
        const CliRun logout = run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.describe());
        const CliRun work = run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("token")});
        QVERIFY2(work.exitCode == 3, work.describe());
        QVERIFY(noSecretIn(work, workToken));
        const CliRun home = run({QStringLiteral("--profile"), QStringLiteral("home"), QStringLiteral("token")});
        QVERIFY2(home.exitCode == 0, home.describe());
        QVERIFY(home.out == homeToken + '\n');
        QVERIFY(run({QStringLiteral("--profile"), QStringLiteral("home"), QStringLiteral("logout")}).exitCode == 0);
    }
};

QTEST_GUILESS_MAIN(TestCliLogout)
#include "TestCliLogout.moc"
