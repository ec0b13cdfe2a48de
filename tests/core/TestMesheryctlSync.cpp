// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// mesheryctl's files in and out of the app, through the real keychain: import makes profiles
// and stores tokens; export writes auth.json and config.yaml as mesheryctl reads them.
#include "BillionLaughs.h"
#include "MesheryctlSync.h"
#include "SecretTool.h"
#include "VaultFixture.h"

#include <QtTest>

#include <sys/stat.h>

using namespace MesheryAuth;
using TestSupport::resultOf;

namespace {

int modeOf(const QString &path)
{
    struct stat info {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// Sets the process's umask while it lives. The tests pin the usual 022, under which a folder
// made without an explicit mode is 0755: a stricter umask would hide the fault they look for.
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~Umask() { ::umask(m_old); }
    Umask(const Umask &) = delete;
    Umask &operator=(const Umask &) = delete;

private:
    mode_t m_old;
};

} // namespace

class TestMesheryctlSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::VaultFixture> m_fixture;
    ProfileStore *m_profiles = nullptr;
    TokenVault *m_vault = nullptr;
    std::unique_ptr<MesheryctlSync> m_sync;

    // On settingsName, a new set of objects: as in another app, or after a restart.
    void open(const QString &settingsName)
    {
        m_sync.reset();
        if (!m_fixture)
            m_fixture = std::make_unique<TestSupport::VaultFixture>(settingsName);
        else
            m_fixture->reopen(settingsName);
        m_profiles = m_fixture->profiles();
        m_vault = m_fixture->vault();
        m_sync = std::make_unique<MesheryctlSync>(m_profiles, m_vault);
    }

    MesheryctlSync::ImportOutcome importFrom(const QString &config, const QString &folder = {})
    {
        MesheryctlSync::ImportOutcome noAnswer;
        noAnswer.error = ApiError(ApiError::Kind::NetworkError, QStringLiteral("test: no answer"));
        return resultOf<MesheryctlImportOutcome>(m_sync->importAll(config, folder)).value_or(noAnswer);
    }

    MesheryctlSync::ExportOutcome exportTo(const ServerProfile &profile, const QString &config,
                                           MesheryctlFiles::ExistingFile existing = MesheryctlFiles::ExistingFile::Keep,
                                           const QString &contextName = {})
    {
        MesheryctlSync::ExportOutcome noAnswer;
        noAnswer.error = ApiError(ApiError::Kind::NetworkError, QStringLiteral("test: no answer"));
        return resultOf<MesheryctlExportOutcome>(m_sync->exportProfile(profile, config, contextName, existing))
            .value_or(noAnswer);
    }

    void storeToken(const ServerProfile &profile, const QByteArray &token)
    {
        QVERIFY(m_fixture->store(profile.tokenSlot(), token).isOk());
    }

    void forget(const QString &profileId) { m_fixture->removeProfile(profileId); }

    QString copyIntoTemp(const QString &source, const QString &name)
    {
        const QString target = m_fixture->filePath(name);
        QFile::remove(target);
        QFile::copy(source, target);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

private slots:
    void init()
    {
        m_sync.reset();
        m_fixture.reset();
        open(QStringLiteral("settings-%1.ini").arg(QTest::currentTestFunction()));
        QVERIFY(m_fixture->isValid());
    }

    void importsMesheryctlsOwnFiles()
    {
        const QString fixtures = QStringLiteral(MESHERY_SHARED_FIXTURES_DIR);
        if (!QFileInfo::exists(fixtures + QStringLiteral("/config-nonloopback.yaml")))
            QSKIP(qPrintable(
                QStringLiteral("The Meshery project's fixtures are not at %1 (see ../shared)").arg(fixtures)));
        const auto outcome = importFrom(fixtures + QStringLiteral("/config-nonloopback.yaml"));
        QVERIFY2(outcome.isOk(), qPrintable(outcome.error.toDisplayString()));
        QCOMPARE(outcome.profiles.size(), 1);
        const auto &imported = outcome.profiles.first();
        QVERIFY2(imported.isOk(), qPrintable(imported.error.toDisplayString()));
        QVERIFY(imported.tokenStored);
        const ServerProfile profile = *m_profiles->profile(imported.profileId);
        QCOMPARE(profile.serverUrl, QUrl(QStringLiteral("http://203.0.113.10:9081")));
        QCOMPARE(profile.provider, QStringLiteral("Meshery"));
        QCOMPARE(profile.name, QStringLiteral("remote"));
        QCOMPARE(m_profiles->currentId(), profile.id);

        QFile auth(fixtures + QStringLiteral("/auth.json"));
        QVERIFY(auth.open(QIODevice::ReadOnly));
        const QByteArray expected =
            QJsonDocument::fromJson(auth.readAll()).object().value(QLatin1String("token")).toString().toLatin1();
        const SecretTool::Lookup stored =
            SecretTool::lookup(TokenVault::defaultService(), profile.tokenSlot().keychainKey());
        QVERIFY(stored.found);
        QVERIFY2(stored.value == expected, "the keychain holds something other than mesheryctl's token");
        forget(profile.id);
    }

    void brokenEntriesAreReportedAndTheRestImported()
    {
        const QString folder = QStringLiteral(MESHERY_TEST_DATA_DIR "/mesheryctl");
        const auto outcome = importFrom(folder + QStringLiteral("/config-mixed.yaml"));
        QVERIFY(outcome.isOk());
        QCOMPARE(outcome.profiles.size(), 6);
        QHash<QString, MesheryctlSync::ImportedProfile> byName;
        for (const auto &profile : outcome.profiles)
            byName.insert(profile.contextName, profile);
        QVERIFY(byName.value(QStringLiteral("good")).tokenStored);
        QVERIFY(byName.value(QStringLiteral("loggedout")).loggedOut);
        QVERIFY(byName.value(QStringLiteral("loggedout")).isOk());
        QVERIFY(!byName.value(QStringLiteral("loggedout")).profileId.isEmpty());
        for (const char *broken : {"unknownentry", "missingfile", "brokenjson"}) {
            QVERIFY2(!byName.value(QLatin1String(broken)).isOk(), broken);
            QVERIFY(byName.value(QLatin1String(broken)).profileId.isEmpty());
        }
        QVERIFY(!outcome.warnings.isEmpty()); // the unused "spare" entry
        QCOMPARE(m_profiles->profiles().size(), 3); // good, loggedout, notoken
        forget(byName.value(QStringLiteral("good")).profileId);

        const auto broken = importFrom(folder + QStringLiteral("/config-broken.yaml"));
        QCOMPARE(broken.error.kind(), ApiError::Kind::MesheryctlUnreadable);
        QVERIFY(broken.profiles.isEmpty());
    }

    void exportThenImportRoundTrip()
    {
        ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("http://roundtrip.example:9081")));
        profile.provider = QStringLiteral("Meshery");
        QVERIFY(m_profiles->save(profile).isOk());
        const QByteArray token = "round-trip-token-" + QByteArray::number(QCoreApplication::applicationPid());
        storeToken(profile, token);

        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral(".meshery/config.yaml"));
        const auto exported = exportTo(profile, config);
        QVERIFY2(exported.isOk(), qPrintable(exported.error.toDisplayString()));
        QCOMPARE(exported.authFilePath, home.filePath(QStringLiteral(".meshery/auth.json")));
        QFile auth(exported.authFilePath);
        QVERIFY(auth.open(QIODevice::ReadOnly));
        QCOMPARE(auth.readAll(), "{\"meshery-provider\":\"Meshery\",\"token\":\"" + token + "\"}\n");
        struct stat info {
        };
        QCOMPARE(::stat(QFile::encodeName(exported.authFilePath).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        forget(profile.id);

        // Into a fresh app: the same server, provider and token come back.
        open(QStringLiteral("fresh.ini"));
        const auto imported = importFrom(config);
        QCOMPARE(imported.profiles.size(), 1);
        const ServerProfile back = *m_profiles->profile(imported.profiles.first().profileId);
        QCOMPARE(back.serverUrl, profile.serverUrl);
        QCOMPARE(back.provider, profile.provider);
        QVERIFY(m_fixture->load(back.tokenSlot()).token == token);
        forget(back.id);
    }

    void exportIntoAnExistingConfigKeepsTheRest()
    {
        const QString config =
            copyIntoTemp(QStringLiteral(MESHERY_TEST_DATA_DIR "/mesheryctl/config-two-contexts.yaml"),
                         QStringLiteral("config.yaml"));
        QFile::remove(m_fixture->filePath(QStringLiteral("auth.json")));
        QFile original(config);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();

        ServerProfile profile = ProfileStore::draft(); // http://localhost:9081: the "local" context
        profile.provider = QStringLiteral("Meshery");
        QVERIFY(m_profiles->save(profile).isOk());
        storeToken(profile, "exported-into-existing");
        const auto exported = exportTo(profile, config);
        QVERIFY2(exported.isOk(), qPrintable(exported.error.toDisplayString()));
        QCOMPARE(exported.contextName, QStringLiteral("local"));
        QCOMPARE(exported.authFilePath, m_fixture->filePath(QStringLiteral("auth.json")));

        const auto reread = MesheryctlFiles::readConfig(config);
        QVERIFY(reread.ok());
        QCOMPARE(reread.value.currentContext, QStringLiteral("local"));
        QCOMPARE(reread.value.contexts.size(), 2);
        QCOMPARE(reread.value.context(QStringLiteral("staging"))->endpoint,
                 QStringLiteral("https://meshery.example.test"));
        QFile after(config);
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QByteArray text = after.readAll();
        for (const char *kept :
             {"meshery-istio", "meshery-linkerd", "channel: edge", "release: \"0.8\"", "auth-staging.json"})
            QVERIFY2(text.contains(kept), kept);
        QFile backup(config + QStringLiteral(".bak"));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), before);

        // A different token in the way is kept until the user says replace.
        storeToken(profile, "a-newer-token");
        auto again = exportTo(profile, config);
        QVERIFY(!again.isOk());
        QVERIFY(again.needsReplaceConfirmation());
        QCOMPARE(MesheryctlFiles::readAuthFile(exported.authFilePath).value.token,
                 QByteArray("exported-into-existing"));
        again = exportTo(profile, config, MesheryctlFiles::ExistingFile::Replace);
        QVERIFY2(again.isOk(), qPrintable(again.error.toDisplayString()));
        QCOMPARE(MesheryctlFiles::readAuthFile(exported.authFilePath).value.token, QByteArray("a-newer-token"));
        forget(profile.id);
    }

    // config.yaml is written first: when it fails, the token is not left behind in a new file
    // (it once was, mode 0600 but named by no context), nor does it replace an existing one.
    void aConfigThatCannotBeWrittenLeavesNoTokenFile()
    {
        ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("http://order.example:9081")));
        profile.provider = QStringLiteral("Meshery");
        QVERIFY(m_profiles->save(profile).isOk());
        storeToken(profile, "never-on-disk");
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral(".meshery/config.yaml"));
        // updateConfig refuses the name only after the token file's place is known.
        const auto exported =
            exportTo(profile, config, MesheryctlFiles::ExistingFile::Keep, QStringLiteral("Not.A.Name"));
        QVERIFY(!exported.isOk());
        QVERIFY2(exported.error.detail().contains(QLatin1String("\"Not.A.Name\"")),
                 qPrintable(exported.error.toDisplayString()));
        QVERIFY(!QFileInfo::exists(exported.authFilePath));
        QVERIFY(!QFileInfo::exists(config));
        forget(profile.id);
    }

    void aConfigThatCannotBeWrittenLeavesTheOldTokenFile()
    {
        QTemporaryDir folder;
        const QString config = folder.filePath(QStringLiteral("config.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(MESHERY_TEST_DATA_DIR "/mesheryctl/config-two-contexts.yaml"), config));
        QVERIFY(QFile::setPermissions(config, QFile::ReadOwner | QFile::WriteOwner));
        const QString authFile = folder.filePath(QStringLiteral("auth.json"));
        const QByteArray old("{\"meshery-provider\":\"Meshery\",\"token\":\"the-older-token\"}\n");
        QFile auth(authFile);
        QVERIFY(auth.open(QIODevice::WriteOnly) && auth.write(old) == old.size());
        auth.close();
        // The backup cannot be made, so config.yaml is not changed (and the export fails).
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("config.yaml.bak")));

        ServerProfile profile = ProfileStore::draft(); // http://localhost:9081: the "local" context
        profile.provider = QStringLiteral("Meshery");
        QVERIFY(m_profiles->save(profile).isOk());
        storeToken(profile, "a-newer-token");
        const auto exported = exportTo(profile, config, MesheryctlFiles::ExistingFile::Replace);
        QVERIFY(!exported.isOk());
        QVERIFY2(exported.error.detail().contains(QLatin1String("config.yaml.bak")),
                 qPrintable(exported.error.toDisplayString()));
        QCOMPARE(exported.authFilePath, authFile);
        QCOMPARE(contents(authFile), old);
        forget(profile.id);
    }

    // The Meshery folder the export creates holds tokens: 0700, whatever the umask. One that
    // exists is the user's and stays as it is.
    void exportCreatesAPrivateMesheryFolder()
    {
        const Umask usual(022);
        ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("http://private.example:9081")));
        profile.provider = QStringLiteral("Meshery");
        QVERIFY(m_profiles->save(profile).isOk());
        storeToken(profile, "private-folder-token");

        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral(".meshery"));
        auto exported = exportTo(profile, folder + QStringLiteral("/config.yaml"));
        QVERIFY2(exported.isOk(), qPrintable(exported.error.toDisplayString()));
        QCOMPARE(exported.authFilePath, folder + QStringLiteral("/auth.json"));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(exported.authFilePath), 0600);

        QTemporaryDir otherHome;
        const QString existing = otherHome.filePath(QStringLiteral(".meshery"));
        QVERIFY(QDir().mkdir(existing)); // 0755 under this umask
        QCOMPARE(modeOf(existing), 0755);
        exported = exportTo(profile, existing + QStringLiteral("/config.yaml"));
        QVERIFY2(exported.isOk(), qPrintable(exported.error.toDisplayString()));
        QCOMPARE(modeOf(existing), 0755);
        forget(profile.id);
    }

    // mesheryctl leaves its auth.json 0644. Exporting the same token changes none of its bytes,
    // but the file ends up 0600.
    void exportOfTheSameTokenMakesMesheryctlsFilePrivate()
    {
        QTemporaryDir folder;
        const QString config = folder.filePath(QStringLiteral("config.yaml"));
        const QString authFile = folder.filePath(QStringLiteral("auth.json"));
        const QByteArray mesheryctls("{\"meshery-provider\": \"Meshery\", \"token\": \"shared-token\"}\n");
        QFile auth(authFile);
        QVERIFY(auth.open(QIODevice::WriteOnly) && auth.write(mesheryctls) == mesheryctls.size());
        auth.close();
        QVERIFY(QFile::setPermissions(authFile,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));

        ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("http://shared.example:9081")));
        profile.provider = QStringLiteral("Meshery");
        QVERIFY(m_profiles->save(profile).isOk());
        storeToken(profile, "shared-token");
        const auto exported = exportTo(profile, config);
        QVERIFY2(exported.isOk(), qPrintable(exported.error.toDisplayString()));
        QCOMPARE(exported.authFilePath, authFile);
        QCOMPARE(contents(authFile), mesheryctls);
        QCOMPARE(modeOf(authFile), 0600);
        forget(profile.id);
    }

    // Reading a billion-laughs config.yaml is refused (it once imported without a word).
    // Exporting into one is checked in a child process by TestCli and TestMesheryctlFiles: in
    // this process a broken guard would hang the suite.
    void importRefusesABillionLaughs()
    {
        QTemporaryDir folder;
        const QString config = folder.filePath(QStringLiteral("config.yaml"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(billionLaughsConfig()) > 0);
        file.close();
        const auto outcome = importFrom(config);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::MesheryctlUnreadable);
        QVERIFY2(outcome.error.detail().contains(config), qPrintable(outcome.error.toDisplayString()));
        QVERIFY(outcome.profiles.isEmpty());
        QVERIFY(m_profiles->profiles().isEmpty());
    }

    void importRefusesATokenWithHeaderCharacters()
    {
        // auth.json is anyone's file: a token with ';' or a line break would add cookies or headers.
        QTemporaryDir folder;
        const QString config = folder.filePath(QStringLiteral("config.yaml"));
        QFile yaml(config);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write(
            "contexts:\n  local:\n    endpoint: http://hostile-import.example:9081\n    token: default\n"
            "    provider: Meshery\ncurrent-context: local\ntokens:\n  - name: default\n    location: auth.json\n");
        yaml.close();
        QFile auth(folder.filePath(QStringLiteral("auth.json")));
        QVERIFY(auth.open(QIODevice::WriteOnly));
        auth.write(
            "{\"meshery-provider\":\"Meshery\",\"token\":\"abc; meshery-provider=None\\r\\nX-Injected: yes\"}\n");
        auth.close();
        const auto outcome = importFrom(config);
        QCOMPARE(outcome.profiles.size(), 1);
        QCOMPARE(outcome.profiles.at(0).error.kind(), ApiError::Kind::InvalidToken);
        QVERIFY2(outcome.profiles.at(0).error.detail().contains(QLatin1String("\"local\"")),
                 qPrintable(outcome.profiles.at(0).error.toDisplayString()));
        QVERIFY(!outcome.profiles.at(0).tokenStored);
        QVERIFY(outcome.profiles.at(0).profileId.isEmpty());
        QVERIFY(m_profiles->profiles().isEmpty()); // neither a profile nor a keychain entry
    }

    // mesheryctl signs in with the Local provider as {"meshery-provider":"None","token":""}: a
    // sign-in like the app's own Local one (a profile with the provider, nothing in the keychain),
    // not a logout.
    void importsMesheryctlsLocalSignIn()
    {
        QTemporaryDir folder;
        const QString config = folder.filePath(QStringLiteral("config.yaml"));
        QVERIFY(writeText(config,
                          "contexts:\n  local:\n    endpoint: http://local-import.example:9081\n    token: default\n"
                          "    platform: docker\n    provider: None\ncurrent-context: local\n"
                          "tokens:\n  - name: default\n    location: auth.json\n"));
        QVERIFY(writeText(folder.filePath(QStringLiteral("auth.json")),
                          "{\"meshery-provider\":\"None\",\"token\":\"\"}\n"));
        const auto outcome = importFrom(config);
        QVERIFY2(outcome.isOk(), qPrintable(outcome.error.toDisplayString()));
        QCOMPARE(outcome.profiles.size(), 1);
        const auto &imported = outcome.profiles.first();
        QVERIFY2(imported.isOk(), qPrintable(imported.error.toDisplayString()));
        QVERIFY(imported.localSignIn);
        QVERIFY(!imported.loggedOut);
        QVERIFY(!imported.tokenStored);
        const ServerProfile profile = *m_profiles->profile(imported.profileId);
        QCOMPARE(profile.provider, QStringLiteral("None"));
        QCOMPARE(m_profiles->currentId(), profile.id);
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), profile.tokenSlot().keychainKey()).found);
    }

    // ...and the app's Local sign-in goes back the same way, with the context that names it.
    void exportsALocalSignInAsMesheryctlWritesIt()
    {
        ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("http://local-export.example:9081")));
        profile.provider = QStringLiteral("Local");
        QVERIFY(m_profiles->save(profile).isOk());
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral(".meshery/config.yaml"));
        const auto exported = exportTo(profile, config);
        QVERIFY2(exported.isOk(), qPrintable(exported.error.toDisplayString()));
        QCOMPARE(contents(exported.authFilePath), QByteArray("{\"meshery-provider\":\"Local\",\"token\":\"\"}\n"));
        QCOMPARE(modeOf(exported.authFilePath), 0600);
        const auto written = MesheryctlFiles::readConfig(config);
        QVERIFY2(written.ok(), qPrintable(written.error));
        QCOMPARE(written.value.currentContext, exported.contextName);
        QCOMPARE(written.value.context(exported.contextName)->provider, QStringLiteral("Local"));
        QCOMPARE(written.value.context(exported.contextName)->endpoint,
                 QStringLiteral("http://local-export.example:9081"));
    }

    void exportWithoutATokenSaysLogInFirst()
    {
        ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("http://never-signed-in.example")));
        profile.provider = QStringLiteral("Meshery");
        QVERIFY(m_profiles->save(profile).isOk());
        QTemporaryDir home;
        const auto exported = exportTo(profile, home.filePath(QStringLiteral("config.yaml")));
        QVERIFY(!exported.isOk());
        QCOMPARE(exported.error.kind(), ApiError::Kind::NotSignedIn);
        QVERIFY(exported.error.detail().contains(QLatin1String("log in")));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("config.yaml"))));
    }
};

QTEST_GUILESS_MAIN(TestMesheryctlSync)
#include "TestMesheryctlSync.moc"
