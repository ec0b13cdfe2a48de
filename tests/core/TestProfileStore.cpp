// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Preferences.h"
#include "ProfileStore.h"
#include "Session.h"
#include "TokenVault.h"

#include <QtTest>

using namespace MesheryAuth;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;

    QByteArray settingsFile()
    {
        m_settings->sync();
        QFile file(m_settings->fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get());
    }

    void saveNormalisesAndNames()
    {
        ServerProfile profile;
        profile.serverUrl = QUrl(QStringLiteral("HTTP://Meshery.Example.com:9081/"));
        profile.provider = QStringLiteral("Meshery");
        QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
        const ApiError error = m_store->save(profile);
        QVERIFY2(error.isOk(), qPrintable(error.toDisplayString()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!profile.id.isEmpty());
        QCOMPARE(profile.serverUrl.toString(), QStringLiteral("http://meshery.example.com:9081"));
        QCOMPARE(profile.name, QStringLiteral("meshery.example.com:9081"));

        // Survives a restart: a new store over the same file.
        m_settings = std::make_unique<QSettings>(m_settings->fileName(), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get());
        const auto loaded = m_store->profile(profile.id);
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, profile);
    }

    void newProfilesStartWithThePreferredTimeout()
    {
        QCOMPARE(m_store->newProfile().timeoutSeconds, ServerProfile::DefaultTimeoutSeconds);
        Preferences preferences;
        preferences.requestTimeoutSeconds = 42;
        preferences.save(*m_settings);
        const ServerProfile fresh = m_store->newProfile(QUrl(QStringLiteral("https://meshery.example.com")));
        QCOMPARE(fresh.timeoutSeconds, 42);
        QCOMPARE(fresh.serverUrl, QUrl(QStringLiteral("https://meshery.example.com")));
        // The address-only draft stays what it was: a name to compare labels with.
        QCOMPARE(ProfileStore::draft().timeoutSeconds, ServerProfile::DefaultTimeoutSeconds);
    }

    void badAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com");
        QTest::newRow("empty") << QString();
        QTest::newRow("query") << QStringLiteral("http://localhost:9081/?a=b");
    }

    void badAddressesAreRefused()
    {
        QFETCH(QString, url);
        ServerProfile profile;
        profile.serverUrl = QUrl(url);
        const ApiError error = m_store->save(profile);
        // A local failure of its own, never the server's "bad request".
        QCOMPARE(error.kind(), ApiError::Kind::InvalidAddress);
        QCOMPARE(error.id(), QStringLiteral("invalid-address"));
        QVERIFY(!error.detail().isEmpty());
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!error.hint().isEmpty());
        QVERIFY(profile.id.isEmpty());
        QVERIFY(m_store->profiles().isEmpty());
    }

    void timeoutIsBounded()
    {
        ServerProfile profile = ProfileStore::draft();
        profile.timeoutSeconds = 0;
        const ApiError error = m_store->save(profile);
        QCOMPARE(error.kind(), ApiError::Kind::InvalidSetting);
        QVERIFY(error.detail().contains(QLatin1String("600")));
        profile.timeoutSeconds = 42;
        QVERIFY(m_store->save(profile).isOk());
        QCOMPARE(m_store->profile(profile.id)->timeoutSeconds, 42);
    }

    void trustIsKeptWithTheProfile()
    {
        ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("https://meshery.example.com")));
        const QString pin = normaliseFingerprint(QStringLiteral("ab").repeated(32));
        profile.trust.pinnedCertificates = {pin.toLower(), QStringLiteral("not a fingerprint"), pin};
        profile.trust.caFile = QStringLiteral("relative/ca.pem");
        profile.trust.clientCertificateFile = m_dir.filePath(QStringLiteral("client.p12"));
        profile.trust.plainHttpConfirmed = true;
        QVERIFY(m_store->save(profile).isOk());
        // One clean pin; files named absolutely, as the CLI and the window start in other folders.
        QCOMPARE(profile.trust.pinnedCertificates, QStringList{pin});
        QCOMPARE(profile.trust.caFile, QFileInfo(QStringLiteral("relative/ca.pem")).absoluteFilePath());

        m_settings = std::make_unique<QSettings>(m_settings->fileName(), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get());
        QCOMPARE(m_store->profile(profile.id)->trust, profile.trust);
    }

    void aPinOrConsentDoesNotFollowTheProfileToAnotherServer()
    {
        ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("https://meshery.example.com")));
        profile.trust.pinnedCertificates = {normaliseFingerprint(QStringLiteral("ab").repeated(32))};
        profile.trust.plainHttpConfirmed = true;
        profile.trust.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(m_store->save(profile).isOk());

        profile.name = QStringLiteral("renamed"); // same server: everything stays
        QVERIFY(m_store->save(profile).isOk());
        QCOMPARE(m_store->profile(profile.id)->trust.pinnedCertificates.size(), 1);

        profile.serverUrl = QUrl(QStringLiteral("https://evil.example.com"));
        QVERIFY(m_store->save(profile).isOk());
        const ServerTrust moved = m_store->profile(profile.id)->trust;
        QVERIFY(moved.pinnedCertificates.isEmpty());
        QVERIFY(!moved.plainHttpConfirmed);
        QCOMPARE(moved.caFile, profile.trust.caFile); // a CA names no server: the user chose it

        // Editing the pins in the same save as the move must not carry the old ones along.
        const QString old = normaliseFingerprint(QStringLiteral("cd").repeated(32));
        const QString added = normaliseFingerprint(QStringLiteral("ef").repeated(32));
        profile.trust.pinnedCertificates = {old};
        profile.trust.plainHttpConfirmed = true;
        QVERIFY(m_store->save(profile).isOk());
        profile.serverUrl = QUrl(QStringLiteral("http://elsewhere.example.com"));
        profile.trust.pinnedCertificates = {old, added};
        QVERIFY(m_store->save(profile).isOk());
        QCOMPARE(m_store->profile(profile.id)->trust.pinnedCertificates, QStringList{added});
        QVERIFY(!m_store->profile(profile.id)->trust.plainHttpConfirmed);
    }

    void severalProfilesOneCurrent()
    {
        ServerProfile a = ProfileStore::draft(QUrl(QStringLiteral("http://b-server:9081")));
        a.name = QStringLiteral("Staging");
        ServerProfile b = ProfileStore::draft();
        b.name = QStringLiteral("Local");
        b.provider = QStringLiteral("None");
        QVERIFY(m_store->save(a).isOk());
        QVERIFY(m_store->save(b).isOk());
        QCOMPARE(m_store->profiles().size(), 2);
        QCOMPARE(m_store->profiles().at(0).name, QStringLiteral("Local")); // by name

        QSignalSpy current(m_store.get(), &ProfileStore::currentChanged);
        m_store->setCurrentId(a.id);
        QCOMPARE(current.count(), 1);
        QCOMPARE(m_store->current()->name, QStringLiteral("Staging"));
        QCOMPARE(m_store->findByServer(QUrl(QStringLiteral("http://localhost:9081/")))->id, b.id);
        QCOMPARE(m_store->findByServer(QUrl(QStringLiteral("http://localhost:9081")), QStringLiteral("None"))->id,
                 b.id);
        // The server's other name of the local provider finds the same profile.
        QCOMPARE(m_store->findByServer(QUrl(QStringLiteral("http://localhost:9081")), QStringLiteral("Local"))->id,
                 b.id);
        QVERIFY(!m_store->findByServer(QUrl(QStringLiteral("http://localhost:9081")), QStringLiteral("Meshery")));

        m_store->remove(a.id);
        QVERIFY(!m_store->profile(a.id));
        QVERIFY(!m_store->current());
        QCOMPARE(current.count(), 2);
        QCOMPARE(m_store->profiles().size(), 1);
        QVERIFY(!settingsFile().contains(a.id.toUtf8()));
    }

    void settingsThatCannotBeWrittenAreReported_data()
    {
        QTest::addColumn<bool>("readOnlyFile");
        QTest::newRow("read-only file") << true;
        QTest::newRow("folder that cannot be made") << false;
    }

    void settingsThatCannotBeWrittenAreReported()
    {
        QFETCH(bool, readOnlyFile);
        QString path;
        if (readOnlyFile) {
            path = m_dir.filePath(QStringLiteral("read-only.ini"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
            if (file.open(QIODevice::ReadWrite)) // root writes whatever the permissions say
                QSKIP("this user can write a read-only file; the other row covers the failure");
        } else {
            // A folder that can never be made, whoever runs the test: its parent is a file.
            const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            path = blocker + QStringLiteral("/settings.ini");
        }
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        ServerProfile profile = ProfileStore::draft();
        const ApiError error = store.save(profile);
        QCOMPARE(error.kind(), ApiError::Kind::SettingsNotWritable);
        QCOMPARE(error.id(), QStringLiteral("settings-not-writable"));
        QVERIFY(error.detail().contains(path));
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!error.hint().isEmpty());
        QCOMPARE(store.remove(profile.id).kind(), ApiError::Kind::SettingsNotWritable);
    }

    // A choice made in the window (provider, organization) that cannot be saved is said, never
    // lost without a word.
    void aSessionSaysWhenItsChoiceCannotBeSaved()
    {
        // A folder that can never be made, whoever runs the test: its parent is a file.
        const QString blocker = m_dir.filePath(QStringLiteral("blocks-the-session"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QSettings settings(blocker + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        ProfileStore store(&settings);
        TokenVault vault(&settings);
        vault.setSessionOnly(true); // no keychain needed to open a profile
        Session session(&store, &vault);
        ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("http://127.0.0.1:9")));
        profile.id = QStringLiteral("saved-before");
        session.open(profile);

        QSignalSpy failed(&session, &Session::saveFailed);
        session.chooseProvider(QStringLiteral("Meshery"));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::SettingsNotWritable);
        session.setOrganization(QStringLiteral("org-1"));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(1).at(0).value<ApiError>().kind(), ApiError::Kind::SettingsNotWritable);
        // The session goes on with the choice; only the settings file lacks it.
        QCOMPARE(session.profile().organizationId, QStringLiteral("org-1"));
    }

    void handEditedGarbageIsNotTrusted()
    {
        m_settings->setValue(QStringLiteral("profiles/x/url"), QStringLiteral("javascript:alert(1)"));
        m_settings->setValue(QStringLiteral("profiles/x/timeoutSeconds"), QStringLiteral("lots"));
        const auto profile = m_store->profile(QStringLiteral("x"));
        QVERIFY(profile.has_value());
        QVERIFY(!profile->serverUrl.isValid());
        QVERIFY(profile->timeoutSeconds >= ServerProfile::MinTimeoutSeconds);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
