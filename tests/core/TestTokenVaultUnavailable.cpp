// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The vault on a D-Bus session where no keychain can answer (ctest runs this test under
// dbus-run-session with a bus that starts no services): a clear error with the backend's own
// message, a signal the app can offer session-only mode on, and nothing written to disk.
#include "FreshHome.h"
#include "KeychainStore.h"
#include "ProfileStore.h"
#include "SignInService.h"
#include "TokenVault.h"
#include "VaultFixture.h"

#include <QtTest>

using namespace MesheryAuth;
using TestSupport::resultOf;

class TestTokenVaultUnavailable : public QObject
{
    Q_OBJECT

private:
    // QtKeychain's own plain-text fallback would land in the app's settings under HOME: ctest
    // starts this test in a throw-away one (FRESH_HOME), where everything written can be read back.
    const QDir m_home{QDir::homePath()};

    // Every file under the throw-away folder, with its content.
    QByteArray everythingWritten() const
    {
        QByteArray all;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.fileName().toUtf8() + '\n' + file.readAll();
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!freshHome().isEmpty(), MESHERY_FRESH_HOME_REQUIRED);
        QCOMPARE(QDir(qEnvironmentVariable("XDG_CONFIG_HOME")), QDir(m_home.filePath(QStringLiteral(".config"))));
        QCOMPARE(QDir(qEnvironmentVariable("XDG_DATA_HOME")), QDir(m_home.filePath(QStringLiteral(".local/share"))));
    }

    void storeReportsUnavailableAndWritesNothing()
    {
        QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        TokenVault vault(&settings);
        vault.keychain()->setRetryDelay(std::chrono::milliseconds(200));
        QSignalSpy unavailable(&vault, &TokenVault::keychainUnavailable);
        const TokenSlot slot{QStringLiteral("p1"), QUrl(QStringLiteral("http://localhost:9081")),
                             QStringLiteral("Meshery")};
        const QByteArray token = "unavailable-keychain-token-value";

        const auto stored = resultOf<VaultResult>(vault.store(slot, token));
        QVERIFY(stored);
        const VaultResult result = *stored;
        QCOMPARE(result.error.kind(), ApiError::Kind::KeychainUnavailable);
        QVERIFY2(!result.error.detail().isEmpty(), "the backend's own message is missing");
        QVERIFY(!result.error.hint().isEmpty());
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(unavailable.at(0).at(0).toString(), result.error.detail());
        QVERIFY(vault.indexedKeys(slot.profileId).isEmpty());

        settings.sync();
        QVERIFY2(!everythingWritten().contains(token), "the token reached the disk");

        const auto loaded = resultOf<VaultResult>(vault.load(slot));
        QVERIFY(loaded);
        QCOMPARE(loaded->error.kind(), ApiError::Kind::KeychainUnavailable);
        QVERIFY(!loaded->found);

        // The app's way on: session-only, in memory, still nothing on disk.
        vault.setSessionOnly(true);
        const auto inMemory = resultOf<VaultResult>(vault.store(slot, token));
        QVERIFY(inMemory && inMemory->isOk());
        const auto remembered = resultOf<VaultResult>(vault.load(slot));
        QVERIFY(remembered && remembered->found);
        QVERIFY(remembered->token == token);
        settings.sync();
        QVERIFY2(!everythingWritten().contains(token), "the token reached the disk");
        QVERIFY(!everythingWritten().contains("p1"));
    }

    // The user chose session-only mode while a keychain call was still under way: its failure
    // must not ask them again.
    void aLateKeychainFailureInSessionOnlyModeIsNotReported()
    {
        QSettings settings(m_home.filePath(QStringLiteral("late.ini")), QSettings::IniFormat);
        TokenVault vault(&settings);
        vault.keychain()->setRetryDelay(std::chrono::milliseconds(200));
        QSignalSpy unavailable(&vault, &TokenVault::keychainUnavailable);
        const TokenSlot slot{QStringLiteral("p2"), QUrl(QStringLiteral("http://localhost:9081")),
                             QStringLiteral("Meshery")};
        VaultJob *load = vault.load(slot);
        vault.setSessionOnly(true);
        const auto loaded = resultOf<VaultResult>(load);
        QVERIFY(loaded);
        QCOMPARE(loaded->error.kind(), ApiError::Kind::KeychainUnavailable);
        QCOMPARE(unavailable.count(), 0);
    }

    void aSignInThatCannotBeKeptSavesNoProfile()
    {
        QSettings settings(m_home.filePath(QStringLiteral("signin.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        TokenVault vault(&settings);
        vault.keychain()->setRetryDelay(std::chrono::milliseconds(200));
        SignInService signIn(&profiles, &vault);
        SignInResult confirmed;
        confirmed.provider = QStringLiteral("Meshery");
        confirmed.token = "confirmed-but-unkeepable";
        const auto kept = resultOf<SignInResult>(
            signIn.keep(ProfileStore::draft(QUrl(QStringLiteral("http://transient.example:9081"))), confirmed));
        QVERIFY(kept);
        QCOMPARE(kept->error.kind(), ApiError::Kind::KeychainUnavailable);
        QVERIFY(profiles.profiles().isEmpty());
        QVERIFY(profiles.currentId().isEmpty());
        settings.sync();
        QVERIFY(!everythingWritten().contains("confirmed-but-unkeepable"));
    }
};

QTEST_GUILESS_MAIN(TestTokenVaultUnavailable)
#include "TestTokenVaultUnavailable.moc"
