// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli, `mesheryctl import` and `export`: both ways, the Local sign-in, a billion laughs, a private
// ~/.meshery.
#include "BillionLaughs.h"
#include "CliTestCase.h"

#include <sys/stat.h>

class TestCliMesheryctl : public CliTestCase
{
    Q_OBJECT

private slots:
    void mesheryctlExportThenImport()
    {
        QTemporaryDir mesheryFolder; // outlives the settings folder, which the test replaces
        const QString config = mesheryFolder.filePath(QStringLiteral("config.yaml"));
        const CliRun notSignedIn = run({QStringLiteral("--server"), url(), QStringLiteral("mesheryctl"),
                                        QStringLiteral("export"), QStringLiteral("--config"), config});
        QVERIFY2(notSignedIn.exitCode == 3, notSignedIn.describe());
        QVERIFY(!QFile::exists(config));

        const QByteArray token = logInWithCli();
        QVERIFY(!token.isEmpty());
        const CliRun exported = run({QStringLiteral("mesheryctl"), QStringLiteral("export"), QStringLiteral("--config"),
                                     config, QStringLiteral("--json")});
        QVERIFY2(exported.exitCode == 0, exported.describe());
        QVERIFY(noSecretIn(exported, token));
        const QJsonObject outcome = parseObject(exported.out);
        QCOMPARE(outcome.value(QLatin1String("config")).toString(), config);
        QFile authFile(outcome.value(QLatin1String("authFile")).toString());
        QVERIFY(authFile.open(QIODevice::ReadOnly));
        QCOMPARE(parseObject(authFile.readAll()).value(QLatin1String("token")).toString().toUtf8(), token);
        QFile configFile(config);
        QVERIFY(configFile.open(QIODevice::ReadOnly));
        QVERIFY(configFile.readAll().contains(outcome.value(QLatin1String("context")).toString().toUtf8()));

        // Another machine, as far as this app knows: no settings, no keychain entry.
        SecretTool::clear(TokenVault::defaultService(), currentProfile().tokenSlot().keychainKey());
        m_home = std::make_unique<QTemporaryDir>();
        Core::settingsFile = Core::settingsFileIn(*m_home);
        QVERIFY(Core().profiles.profiles().isEmpty());

        const CliRun imported = run({QStringLiteral("mesheryctl"), QStringLiteral("import"), QStringLiteral("--config"),
                                     config, QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const QJsonArray profiles = parseObject(imported.out).value(QLatin1String("profiles")).toArray();
        QCOMPARE(profiles.size(), 1);
        QVERIFY(profiles.at(0).toObject().value(QLatin1String("tokenStored")).toBool());
        QCOMPARE(profiles.at(0).toObject().value(QLatin1String("server")).toString(), url());

        const ServerProfile profile = currentProfile();
        QCOMPARE(profile.serverUrl, m_server->baseUrl());
        QVERIFY(Core().load(profile).token == token);
        const CliRun printed = run({QStringLiteral("token")});
        QVERIFY(printed.out == token + '\n');

        const CliRun missing = run({QStringLiteral("mesheryctl"), QStringLiteral("import"), QStringLiteral("--config"),
                                    m_home->filePath(QStringLiteral("none/config.yaml"))});
        QVERIFY2(missing.exitCode == 1, missing.describe());
    }

    // mesheryctl's Local sign-in, {"meshery-provider":"None","token":""}, against a newer server
    // that calls its local provider "Local": imported signed in, tested, and exported back as
    // mesheryctl writes it.
    void mesheryctlLocalSignInBothWays()
    {
        MesheryTest::ServerOptions options;
        options.localProviderName = QStringLiteral("Local");
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();
        QTemporaryDir mesheryFolder;
        const QString config = mesheryFolder.filePath(QStringLiteral("config.yaml"));
        QFile yaml(config);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("contexts:\n  local:\n    endpoint: " + m_server->baseUrl().toEncoded()
                   + "\n    token: default\n    platform: docker\n    provider: None\ncurrent-context: local\n"
                     "tokens:\n  - name: default\n    location: auth.json\n");
        yaml.close();
        const QByteArray localAuth("{\"meshery-provider\":\"None\",\"token\":\"\"}\n");
        QFile auth(mesheryFolder.filePath(QStringLiteral("auth.json")));
        QVERIFY(auth.open(QIODevice::WriteOnly) && auth.write(localAuth) == localAuth.size());
        auth.close();

        const CliRun imported = run({QStringLiteral("mesheryctl"), QStringLiteral("import"), QStringLiteral("--config"),
                                     config, QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const QJsonObject row = parseObject(imported.out).value(QLatin1String("profiles")).toArray().at(0).toObject();
        QVERIFY2(row.value(QLatin1String("localSignIn")).toBool(), imported.out.constData());
        QVERIFY(!row.value(QLatin1String("loggedOut")).toBool());
        QVERIFY(!row.value(QLatin1String("tokenStored")).toBool());
        QCOMPARE(currentProfile().provider, QStringLiteral("None"));

        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.describe());
        QVERIFY(parseObject(status.out).value(QLatin1String("signedIn")).toBool());
        const CliRun tested = run({QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(tested.exitCode == 0, tested.describe()); // "Provider selected": None is the server's Local

        const QString exportedConfig = mesheryFolder.filePath(QStringLiteral("again/config.yaml"));
        const CliRun exported = run({QStringLiteral("mesheryctl"), QStringLiteral("export"), QStringLiteral("--config"),
                                     exportedConfig, QStringLiteral("--json")});
        QVERIFY2(exported.exitCode == 0, exported.describe());
        QFile exportedAuth(parseObject(exported.out).value(QLatin1String("authFile")).toString());
        QVERIFY(exportedAuth.open(QIODevice::ReadOnly));
        QCOMPARE(exportedAuth.readAll(), localAuth);
        QFile exportedYaml(exportedConfig);
        QVERIFY(exportedYaml.open(QIODevice::ReadOnly));
        QVERIFY(exportedYaml.readAll().contains("provider: None"));
    }

    // A config.yaml of a few hundred bytes whose aliases expand to 387 million values. The
    // export once wrote auth.json and then spent minutes rewriting config.yaml; now it refuses
    // the file before writing anything. The import refuses it too. 10 s, not the usual 30: the
    // refusal takes milliseconds, and an export that hangs is killed.
    void mesheryctlRefusesABillionLaughs()
    {
        QTemporaryDir mesheryFolder;
        const QString config = mesheryFolder.filePath(QStringLiteral("config.yaml"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(billionLaughsConfig()) > 0);
        file.close();
        QVERIFY(!logInWithCli().isEmpty());

        const CliRun exported = CliProcess(environment(),
                                           {QStringLiteral("mesheryctl"), QStringLiteral("export"),
                                            QStringLiteral("--config"), config, QStringLiteral("--json")})
                                    .wait(10000);
        QVERIFY2(exported.finished, "mesheryctl export was still at work after 10 s");
        QVERIFY2(exported.exitCode == 1, exported.describe());
        QVERIFY2(exported.errText().contains(config), exported.describe());
        QCOMPARE(QDir(mesheryFolder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("config.yaml")});
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), billionLaughsConfig());
        file.close();

        const CliRun imported =
            CliProcess(environment(),
                       {QStringLiteral("mesheryctl"), QStringLiteral("import"), QStringLiteral("--config"), config})
                .wait(10000);
        QVERIFY2(imported.exitCode == 1, imported.describe());
        QVERIFY2(imported.errText().contains(config), imported.describe());
    }

    // mesheryctl's own place, ~/.meshery, made by the export: private to the user.
    void mesheryctlExportMakesAPrivateFolder()
    {
        const mode_t umask = ::umask(022); // the usual one, inherited by the CLI process
        const QByteArray token = logInWithCli();
        const CliRun exported = run({QStringLiteral("mesheryctl"), QStringLiteral("export"), QStringLiteral("--json")});
        ::umask(umask);
        QVERIFY(!token.isEmpty());
        QVERIFY2(exported.exitCode == 0, exported.describe());
        const QString folder = m_home->filePath(QStringLiteral(".meshery"));
        QCOMPARE(parseObject(exported.out).value(QLatin1String("authFile")).toString(),
                 folder + QStringLiteral("/auth.json"));
        struct stat info {
        };
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0700));
        QCOMPARE(::stat(QFile::encodeName(folder + QStringLiteral("/auth.json")).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
    }
};

QTEST_GUILESS_MAIN(TestCliMesheryctl)
#include "TestCliMesheryctl.moc"
