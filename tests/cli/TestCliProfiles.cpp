// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli, `profiles`: add, use, remove (with its token).
#include "CliTestCase.h"
#include "Preferences.h"

class TestCliProfiles : public CliTestCase
{
    Q_OBJECT

private slots:
    // A run killed while taking the settings file's write lock leaves the lock file empty; Qt alone
    // would make the next run wait until it is 30 seconds old (TestCliCrashSafety once met that).
    void anAbandonedSettingsLockDoesNotStallTheNextRun()
    {
        QDir().mkpath(QFileInfo(Core::settingsFile).path());
        const QString lock = Core::settingsFile + QStringLiteral(".lock");
        QFile empty(lock);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        CliProcess process(environment(),
                           {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("work"), url()});
        const CliRun added = process.wait(15000);
        QVERIFY2(added.finished, "the run waited on the abandoned lock");
        QVERIFY2(added.exitCode == 0, added.describe());
        QCOMPARE(currentProfile().name, QStringLiteral("work"));
        QVERIFY(!QFileInfo::exists(lock));
    }

    void aProfileAddedHereStartsWithTheWindowsPreferredTimeout()
    {
        {
            Core core;
            Preferences preferences;
            preferences.requestTimeoutSeconds = 47;
            preferences.save(*core.settings);
        }
        const CliRun added = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("work"), url()});
        QVERIFY2(added.exitCode == 0, added.describe());
        QCOMPARE(currentProfile().timeoutSeconds, 47);
    }

    void profilesAddUseRemove()
    {
        const CliRun first = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("work"), url()});
        QVERIFY2(first.exitCode == 0, first.describe());
        ServerProfile work = currentProfile();
        QCOMPARE(work.name, QStringLiteral("work")); // the first one becomes current
        const CliRun second = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("lab"),
                                   QStringLiteral("lab.example.com:9081"), QStringLiteral("--json")});
        QVERIFY2(second.exitCode == 0, second.describe());
        const QJsonObject added = parseObject(second.out).value(QLatin1String("profile")).toObject();
        QCOMPARE(added.value(QLatin1String("server")).toString(), QStringLiteral("http://lab.example.com:9081"));
        QVERIFY(!added.value(QLatin1String("current")).toBool());

        const CliRun duplicate =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("WORK"), url()});
        QVERIFY2(duplicate.exitCode == 1, duplicate.describe());
        const CliRun badUrl =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("bad"), QStringLiteral("ftp://x")});
        QVERIFY2(badUrl.exitCode == 2, badUrl.describe());

        const CliRun list = run({QStringLiteral("profiles"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.describe());
        const QJsonObject document = parseObject(list.out);
        const QJsonArray profiles = document.value(QLatin1String("profiles")).toArray();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).toObject().keys(),
                 (QStringList{QStringLiteral("current"), QStringLiteral("id"), QStringLiteral("name"),
                              QStringLiteral("organizationId"), QStringLiteral("provider"), QStringLiteral("saved"),
                              QStringLiteral("server"), QStringLiteral("timeoutSeconds"), QStringLiteral("trust")}));
        QCOMPARE(document.value(QLatin1String("currentProfileId")).toString(), currentProfile().id);

        const CliRun use = run({QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("lab")});
        QVERIFY2(use.exitCode == 0, use.describe());
        QCOMPARE(currentProfile().name, QStringLiteral("lab"));
        const CliRun text = run({QStringLiteral("profiles")});
        QVERIFY(text.outText().contains(
            QRegularExpression(QStringLiteral("\\n\\*\\s+lab\\s+http://lab.example.com:9081"))));

        // Removing a profile removes its token too.
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        work.provider = QStringLiteral("Meshery");
        {
            Core core;
            QVERIFY(core.profiles.save(work).isOk());
            QVERIFY(core.store(work, token).isOk());
        }
        QVERIFY(SecretTool::lookup(TokenVault::defaultService(), work.tokenSlot().keychainKey()).found);
        const CliRun remove = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("work")});
        QVERIFY2(remove.exitCode == 0, remove.describe());
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), work.tokenSlot().keychainKey()).found);
        QCOMPARE(Core().profiles.profiles().size(), 1);

        const CliRun missing = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("work")});
        QVERIFY2(missing.exitCode == 1, missing.describe());
        const CliRun unknownProfile =
            run({QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("status")});
        QVERIFY2(unknownProfile.exitCode == 1, unknownProfile.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "TestCliProfiles.moc"
