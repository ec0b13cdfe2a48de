// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The profile use cases of the window and the CLI, against the real keychain: removing a profile
// with all its tokens, an edit to a new address dropping the old token, and the demo profile.
#include "AppCore.h"
#include "Preferences.h"
#include "SecretTool.h"
#include "VaultFixture.h"

#include <QtTest>

using namespace MesheryAuth;

class TestProfileService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppCore> m_core;
    // Its own keychain service: nothing here meets the app's or another test's entries.
    const QString m_service = QStringLiteral("meshery-auth-test-profile-service");

    ProfileService *service() { return m_core->profileService(); }

    ServerProfile saved(const QString &url, const QString &provider = QStringLiteral("Meshery"))
    {
        ServerProfile profile = ProfileStore::draft(QUrl(url));
        profile.provider = provider;
        profile.organizationId = QStringLiteral("org-1");
        const ApiError error = m_core->profiles()->save(profile);
        if (!error.isOk())
            qFatal("could not save a profile: %s", qPrintable(error.toDisplayString()));
        return profile;
    }

    bool store(const TokenSlot &slot, const QByteArray &token, const QByteArray &sessionCookie = {})
    {
        const auto result = TestSupport::resultOf<VaultResult>(m_core->vault()->store(slot, token, sessionCookie));
        return result && result->isOk();
    }

    bool inKeychain(const TokenSlot &slot) { return SecretTool::lookup(m_service, slot.keychainKey()).found; }

    std::optional<ApiError> remove(const ServerProfile &profile)
    {
        const auto removed = TestSupport::resultOf<VaultResult>(service()->remove(profile));
        if (!removed)
            return std::nullopt;
        return removed->error;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_core = std::make_unique<AppCore>(m_settings.get(), m_service);
    }

    void cleanup()
    {
        m_core.reset();
        m_settings.reset();
    }

    void removingAProfileDeletesItAndAllItsTokens()
    {
        const ServerProfile profile = saved(QStringLiteral("http://meshery.example.com:9081"));
        ServerProfile otherProvider = profile;
        otherProvider.provider = QStringLiteral("Other");
        const ServerProfile neighbour = saved(QStringLiteral("http://meshery.example.com:9081"));
        QVERIFY(store(profile.tokenSlot(), "token-of-meshery", "session-of-meshery"));
        QVERIFY(store(otherProvider.tokenSlot(), "token-of-other"));
        QVERIFY(store(neighbour.tokenSlot(), "token-of-neighbour"));
        m_core->profiles()->setCurrentId(profile.id);

        const auto error = remove(profile);
        QVERIFY(error.has_value());
        QVERIFY2(error->isOk(), qPrintable(error->toDisplayString()));
        QVERIFY(!m_core->profiles()->profile(profile.id));
        QVERIFY(!m_core->profiles()->current());
        QVERIFY(!inKeychain(profile.tokenSlot()));
        QVERIFY(!SecretTool::lookup(m_service, profile.tokenSlot().sessionCookieKey()).found);
        QVERIFY(!inKeychain(otherProvider.tokenSlot()));
        QVERIFY(m_core->vault()->indexedKeys(profile.id).isEmpty());
        // Another profile of the same server keeps its own.
        QVERIFY(m_core->profiles()->profile(neighbour.id));
        QVERIFY(inKeychain(neighbour.tokenSlot()));
        QVERIFY(remove(neighbour).value_or(ApiError(ApiError::Kind::Timeout)).isOk());
    }

    void aNewAddressDropsTheTokenAndTheProviderChoice()
    {
        const ServerProfile before = saved(QStringLiteral("http://old.example.com:9081"));
        QVERIFY(store(before.tokenSlot(), "token-of-the-old-server", "its-session"));
        // A sign-in with another provider of the old server: its token goes too.
        ServerProfile otherProvider = before;
        otherProvider.provider = QStringLiteral("Layer5");
        QVERIFY(store(otherProvider.tokenSlot(), "another-provider-token"));

        ServerProfile edited = before;
        edited.serverUrl = QUrl(QStringLiteral("http://new.example.com:9081"));
        const ApiError error = service()->save(before, edited);
        QVERIFY2(error.isOk(), qPrintable(error.toDisplayString()));
        QVERIFY(edited.provider.isEmpty());
        QVERIFY(edited.organizationId.isEmpty());
        QCOMPARE(*m_core->profiles()->profile(before.id), edited);
        QTRY_VERIFY_WITH_TIMEOUT(!inKeychain(before.tokenSlot()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!inKeychain(otherProvider.tokenSlot()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!SecretTool::lookup(m_service, before.tokenSlot().sessionCookieKey()).found, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_core->vault()->indexedKeys(before.id).isEmpty(), 20000);
        QVERIFY(remove(edited).value_or(ApiError(ApiError::Kind::Timeout)).isOk());
    }

    void theSameAddressKeepsTheToken()
    {
        const ServerProfile before = saved(QStringLiteral("http://same.example.com:9081"));
        QVERIFY(store(before.tokenSlot(), "token-of-the-same-server"));

        ServerProfile edited = before;
        edited.name = QStringLiteral("Renamed");
        edited.serverUrl = QUrl(QStringLiteral("HTTP://Same.Example.com:9081/")); // the same server, written otherwise
        QVERIFY(service()->save(before, edited).isOk());
        QCOMPARE(edited.provider, before.provider);
        QCOMPARE(edited.organizationId, before.organizationId);
        QCOMPARE(m_core->profiles()->profile(before.id)->name, QStringLiteral("Renamed"));
        // A removal, had one started, would have been queued before this read: the read finds it.
        const auto loaded = TestSupport::resultOf<VaultResult>(m_core->vault()->load(before.tokenSlot()));
        QVERIFY(loaded.has_value());
        QVERIFY(loaded->found);
        QVERIFY(inKeychain(before.tokenSlot()));
        QVERIFY(remove(edited).value_or(ApiError(ApiError::Kind::Timeout)).isOk());
    }

    void aBadAddressChangesNothing()
    {
        const ServerProfile before = saved(QStringLiteral("http://kept.example.com:9081"));
        QVERIFY(store(before.tokenSlot(), "token-that-stays"));

        ServerProfile edited = before;
        edited.serverUrl = QUrl(QStringLiteral("ftp://kept.example.com"));
        const ApiError error = service()->save(before, edited);
        QCOMPARE(error.kind(), ApiError::Kind::InvalidAddress);
        QVERIFY(error.detail().contains(QLatin1String("ftp")));
        QCOMPARE(edited.provider, before.provider); // the caller's copy is left as it was
        QCOMPARE(*m_core->profiles()->profile(before.id), before);
        QVERIFY(inKeychain(before.tokenSlot()));
        QVERIFY(remove(before).value_or(ApiError(ApiError::Kind::Timeout)).isOk());
    }

    // Signing in ends in a saved profile: what stops that here is this computer's, never the
    // server's "bad request".
    void signingInReportsLocalFailuresAsSuch()
    {
        SignInResult confirmed;
        confirmed.provider = QStringLiteral("None"); // the Local provider: nothing for the keychain
        ServerProfile badAddress;
        badAddress.serverUrl = QUrl(QStringLiteral("ftp://example.com"));
        auto outcome = TestSupport::resultOf<SignInResult>(m_core->signIn()->keep(badAddress, confirmed));
        QVERIFY(outcome.has_value());
        QCOMPARE(outcome->error.kind(), ApiError::Kind::InvalidAddress);
        QVERIFY(m_core->profiles()->profiles().isEmpty());

        // Settings in a folder that cannot be made (its parent is a file).
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSettings unwritable(blocker.fileName() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        AppCore core(&unwritable, m_service);
        outcome = TestSupport::resultOf<SignInResult>(core.signIn()->keep(ProfileStore::draft(), confirmed));
        QVERIFY(outcome.has_value());
        QCOMPARE(outcome->error.kind(), ApiError::Kind::SettingsNotWritable);
    }

    void oneDemoProfileFollowsTheDemoServer()
    {
        ServerProfile first;
        QVERIFY(service()->saveDemoProfile(QUrl(QStringLiteral("http://127.0.0.1:40001")), &first).isOk());
        QVERIFY(!first.id.isEmpty());
        ServerProfile second;
        QVERIFY(service()->saveDemoProfile(QUrl(QStringLiteral("http://127.0.0.1:40002")), &second).isOk());
        QCOMPARE(second.id, first.id);
        QCOMPARE(second.serverUrl, QUrl(QStringLiteral("http://127.0.0.1:40002")));
        QCOMPARE(m_core->profiles()->profiles().size(), 1);

        // Found again by a new core over the same settings (the next start of the app).
        m_core = std::make_unique<AppCore>(m_settings.get(), m_service);
        ServerProfile third;
        QVERIFY(service()->saveDemoProfile(QUrl(QStringLiteral("http://127.0.0.1:40003")), &third).isOk());
        QCOMPARE(third.id, first.id);
    }

    void theDemoProfileStartsWithThePreferredTimeout()
    {
        Preferences preferences;
        preferences.requestTimeoutSeconds = 37;
        preferences.save(*m_settings);
        ServerProfile demo;
        QVERIFY(service()->saveDemoProfile(QUrl(QStringLiteral("http://127.0.0.1:40001")), &demo).isOk());
        QCOMPARE(demo.timeoutSeconds, 37);
        QCOMPARE(m_core->profiles()->profile(demo.id)->timeoutSeconds, 37);
    }
};

QTEST_GUILESS_MAIN(TestProfileService)
#include "TestProfileService.moc"
