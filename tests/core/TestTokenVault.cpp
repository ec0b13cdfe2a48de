// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The vault against the real Secret Service (gnome-keyring on the private D-Bus session that the
// test command starts), checked from outside with secret-tool.
#include "ApiClient.h"
#include "KeychainStore.h"
#include "MesheryTestServer.h"
#include "RefreshedTokenSaver.h"
#include "SecretTool.h"
#include "TokenVault.h"
#include "VaultFixture.h"

#include <QtTest>

using namespace MesheryAuth;
using TestSupport::resultOf;

namespace {

QByteArray tokenOfSize(int size, char seed)
{
    QByteArray token;
    token.reserve(size);
    for (int i = 0; i < size; ++i)
        token.append(char('A' + (seed + i) % 26));
    return token;
}

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::VaultFixture> m_fixture;
    TokenVault *m_vault = nullptr;
    int m_serial = 0;
    const QString m_service = TokenVault::defaultService();

    // A slot no earlier test has used: tests share one keyring.
    TokenSlot freshSlot(const QString &profileId = {})
    {
        ++m_serial;
        return {profileId.isEmpty() ? QStringLiteral("profile-%1").arg(m_serial) : profileId,
                QUrl(QStringLiteral("http://vault-test-%1.example:9081").arg(QCoreApplication::applicationPid())),
                QStringLiteral("Provider%1").arg(m_serial)};
    }

    VaultResult store(const TokenSlot &slot, const QByteArray &token) { return m_fixture->store(slot, token); }
    VaultResult load(const TokenSlot &slot) { return m_fixture->load(slot); }
    VaultResult remove(const TokenSlot &slot) { return m_fixture->remove(slot); }
    VaultResult removeProfile(const QString &profileId) { return m_fixture->removeProfile(profileId); }
    QByteArray settingsFileContent() { return m_fixture->settingsFileContent(); }

    // Straight into the keyring, past the vault: what someone else may have put there.
    bool writeEntry(const QString &key, const QByteArray &value)
    {
        const auto written = resultOf<KeychainOutcome>(m_vault->keychain()->write(key, value), 30000);
        return written && written->isOk();
    }

    // As after a restart: a new vault on the same settings file.
    void restart()
    {
        m_fixture->reopen();
        m_vault = m_fixture->vault();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QFAIL("secret-tool (libsecret-tools) is needed to check the keyring from outside");
    }

    void init()
    {
        m_fixture = std::make_unique<TestSupport::VaultFixture>();
        QVERIFY(m_fixture->isValid());
        m_vault = m_fixture->vault();
    }

    void cleanup()
    {
        m_vault = nullptr;
        m_fixture.reset();
    }

    void storeLoadRemove()
    {
        const TokenSlot slot = freshSlot();
        const QByteArray token = "eyJhY2Nlc3NfdG9rZW4iOiJzaG9ydCJ9-" + QByteArray::number(m_serial);
        VaultResult result = store(slot, token);
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));

        // From outside: the entry exists under the service, named so a person recognises it.
        QVERIFY(slot.keychainKey().contains(slot.serverUrl.toString()));
        QVERIFY(slot.keychainKey().contains(slot.provider));
        const SecretTool::Lookup seen = SecretTool::lookup(m_service, slot.keychainKey());
        QVERIFY(seen.found);
        QVERIFY2(seen.value == token, "the keyring holds something other than the token");

        // The settings hold the entry's name for the index, never the value.
        const QByteArray settings = settingsFileContent();
        QVERIFY(!settings.isEmpty());
        QVERIFY(!settings.contains(token));
        QCOMPARE(m_vault->indexedKeys(slot.profileId), QStringList{slot.keychainKey()});

        result = load(slot);
        QVERIFY(result.isOk());
        QVERIFY(result.found);
        QVERIFY(result.token == token);

        QVERIFY(remove(slot).isOk());
        QVERIFY(!SecretTool::lookup(m_service, slot.keychainKey()).found);
        result = load(slot);
        QVERIFY(result.isOk());
        QVERIFY(!result.found);
        QVERIFY(m_vault->indexedKeys(slot.profileId).isEmpty());
    }

    void aNewVaultFindsTheToken()
    {
        const TokenSlot slot = freshSlot();
        QVERIFY(store(slot, "persisted-token").isOk());
        restart();
        const VaultResult result = load(slot);
        QVERIFY(result.found);
        QCOMPARE(result.token, QByteArray("persisted-token"));
        QVERIFY(remove(slot).isOk());
    }

    void longTokensAreChunked()
    {
        const TokenSlot slot = freshSlot();
        const QByteArray token = tokenOfSize(8 * 1024, 3);
        QVERIFY(store(slot, token).isOk());

        const QString key = slot.keychainKey();
        for (int part = 1; part <= 4; ++part) {
            const SecretTool::Lookup chunk = SecretTool::lookup(m_service, key + QStringLiteral(" #%1").arg(part));
            QVERIFY2(chunk.found, qPrintable(QStringLiteral("chunk %1").arg(part)));
            QVERIFY(chunk.value.size() <= TokenVault::ChunkSize);
        }
        QVERIFY(!SecretTool::lookup(m_service, key + QStringLiteral(" #5")).found);
        QVERIFY(SecretTool::lookup(m_service, key).value.size() < 100);
        QCOMPARE(m_vault->indexedKeys(slot.profileId).size(), 5);

        VaultResult result = load(slot);
        QVERIFY(result.found);
        QVERIFY2(result.token == token, "the chunks did not join into the original token");

        // A shorter token replaces it, and the old chunks go.
        QVERIFY(store(slot, "short").isOk());
        QVERIFY(!SecretTool::lookup(m_service, key + QStringLiteral(" #1")).found);
        QCOMPARE(m_vault->indexedKeys(slot.profileId), QStringList{key});
        QCOMPARE(load(slot).token, QByteArray("short"));
        QVERIFY(remove(slot).isOk());
    }

    void tokenOfExactlyOneChunkIsNotSplit()
    {
        const TokenSlot slot = freshSlot();
        const QByteArray token = tokenOfSize(TokenVault::ChunkSize, 7);
        QVERIFY(store(slot, token).isOk());
        QCOMPARE(SecretTool::lookup(m_service, slot.keychainKey()).value, token);
        QVERIFY(store(slot, tokenOfSize(TokenVault::ChunkSize + 1, 7)).isOk());
        QCOMPARE(m_vault->indexedKeys(slot.profileId).size(), 3);
        QCOMPARE(load(slot).token, tokenOfSize(TokenVault::ChunkSize + 1, 7));
        QVERIFY(remove(slot).isOk());
        QVERIFY(!SecretTool::lookup(m_service, slot.keychainKey() + QStringLiteral(" #2")).found);
    }

    void missingChunkIsAClearError()
    {
        const TokenSlot slot = freshSlot();
        QVERIFY(store(slot, tokenOfSize(8 * 1024, 1)).isOk());
        QVERIFY(SecretTool::clear(m_service, slot.keychainKey() + QStringLiteral(" #2")));
        const VaultResult result = load(slot);
        QCOMPARE(result.error.kind(), ApiError::Kind::KeychainDamaged);
        QVERIFY(!result.found);
        QVERIFY(result.token.isEmpty());
        QVERIFY2(result.error.detail().contains(QLatin1String("Part 2 of 4")), qPrintable(result.error.detail()));
        QVERIFY(remove(slot).isOk());
    }

    void removeProfileDeletesEverythingItOwns()
    {
        const QString profileId = QStringLiteral("owner-%1").arg(++m_serial);
        const TokenSlot remote = freshSlot(profileId);
        TokenSlot other = freshSlot(profileId);
        QVERIFY(store(remote, tokenOfSize(5000, 2)).isOk());
        QVERIFY(store(other, "second-provider-token").isOk());
        // A second profile for the same server and provider has an entry of its own, which stays.
        const TokenSlot shared = freshSlot();
        TokenSlot sharedByOwner = shared;
        sharedByOwner.profileId = profileId;
        QVERIFY(store(shared, "shared").isOk());
        QVERIFY(store(sharedByOwner, "shared").isOk());
        QCOMPARE(m_vault->indexedKeys(profileId).size(), (3 + 1) + 1 + 1); // 5000 bytes: 3 chunks and their marker

        const VaultResult result = removeProfile(profileId);
        QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
        QVERIFY(!SecretTool::lookup(m_service, remote.keychainKey()).found);
        QVERIFY(!SecretTool::lookup(m_service, remote.keychainKey() + QStringLiteral(" #1")).found);
        QVERIFY(!SecretTool::lookup(m_service, other.keychainKey()).found);
        QVERIFY(m_vault->indexedKeys(profileId).isEmpty());
        QVERIFY(SecretTool::lookup(m_service, shared.keychainKey()).found);
        QVERIFY(!settingsFileContent().contains(profileId.toUtf8()));
        QVERIFY(remove(shared).isOk());
    }

    void eachProfileHasItsOwnEntry()
    {
        // Two profiles, one server and provider: two accounts (say "work" and "home").
        const TokenSlot work = freshSlot();
        TokenSlot home = work;
        home.profileId = QStringLiteral("home-%1").arg(++m_serial);
        QVERIFY(work.keychainKey() != home.keychainKey());
        QVERIFY(work.keychainKey().contains(work.profileId));
        QVERIFY(store(work, "work-token").isOk());
        QVERIFY(store(home, "home-token").isOk());
        QCOMPARE(load(work).token, QByteArray("work-token"));
        QCOMPARE(load(home).token, QByteArray("home-token"));

        // Logging out of one removes exactly its token.
        QVERIFY(removeProfile(work.profileId).isOk());
        QVERIFY(!load(work).found);
        QVERIFY(!SecretTool::lookup(m_service, work.keychainKey()).found);
        QCOMPARE(load(home).token, QByteArray("home-token"));
        QVERIFY(removeProfile(home.profileId).isOk());
    }

    void sharedEntriesOfEarlierVersionsMoveToEachProfileOnce()
    {
        const TokenSlot work = freshSlot();
        TokenSlot home = work;
        home.profileId = QStringLiteral("home-%1").arg(++m_serial);
        // As 0.1 left them: one entry named by server and provider, in both profiles' index.
        const QString legacy = work.legacyKeychainKey();
        const QByteArray token = tokenOfSize(3000, 5); // chunked, so the chunks move too
        QVERIFY(store(TokenSlot{QStringLiteral("seed-%1").arg(m_serial), work.serverUrl, work.provider}, token).isOk());
        const QString seedKey =
            TokenSlot{QStringLiteral("seed-%1").arg(m_serial), work.serverUrl, work.provider}.keychainKey();
        // Rename the seed's entries to the legacy names, by hand, as they were.
        for (const QString &suffix : {QString(), QStringLiteral(" #1"), QStringLiteral(" #2")}) {
            const SecretTool::Lookup part = SecretTool::lookup(m_service, seedKey + suffix);
            QVERIFY(part.found);
            QVERIFY(writeEntry(legacy + suffix, part.value));
        }
        QVERIFY(removeProfile(QStringLiteral("seed-%1").arg(m_serial)).isOk());
        const QStringList legacyKeys{legacy, legacy + QStringLiteral(" #1"), legacy + QStringLiteral(" #2")};
        m_fixture->settings()->setValue(QStringLiteral("keychainIndex/") + work.profileId, legacyKeys);
        m_fixture->settings()->setValue(QStringLiteral("keychainIndex/") + home.profileId, legacyKeys);

        VaultResult result = load(work);
        QVERIFY2(result.found, qPrintable(result.error.toDisplayString()));
        QVERIFY(result.token == token);
        QVERIFY(SecretTool::lookup(m_service, work.keychainKey()).found);
        QVERIFY(!m_vault->indexedKeys(work.profileId).contains(legacy));
        QVERIFY(SecretTool::lookup(m_service, legacy).found); // still home's

        result = load(home);
        QVERIFY(result.token == token);
        QVERIFY(!SecretTool::lookup(m_service, legacy).found); // nobody's now: gone
        QVERIFY(!SecretTool::lookup(m_service, legacy + QStringLiteral(" #1")).found);

        // Logging out of work leaves home signed in, and work really signed out.
        QVERIFY(removeProfile(work.profileId).isOk());
        QVERIFY(!load(work).found);
        QVERIFY(load(home).token == token);
        QVERIFY(removeProfile(home.profileId).isOk());
    }

    void whatLoadRefusesIsNeverStored_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("semicolon") << QByteArray("abc;def=1");
        QTest::newRow("CR LF") << QByteArray("abc\r\nX-Injected: 1");
        QTest::newRow("space") << QByteArray("abc def");
        QTest::newRow("quote") << QByteArray("\"abc\"");
        QTest::newRow("over 64 KiB") << tokenOfSize(64 * 1024 + 1, 1);
    }

    void whatLoadRefusesIsNeverStored()
    {
        QFETCH(QByteArray, token);
        const TokenSlot slot = freshSlot();
        const VaultResult stored = store(slot, token);
        QCOMPARE(stored.error.kind(), ApiError::Kind::InvalidToken);
        QVERIFY(!SecretTool::lookup(m_service, slot.keychainKey()).found);
        QVERIFY(!SecretTool::lookup(m_service, slot.keychainKey() + QStringLiteral(" #1")).found);
        QVERIFY(m_vault->indexedKeys(slot.profileId).isEmpty());

        // Put there by someone else: refused on load, never handed out.
        QVERIFY(writeEntry(slot.keychainKey(), token.left(2000)));
        const VaultResult loaded = load(slot);
        if (token.size() <= 2000) {
            QCOMPARE(loaded.error.kind(), ApiError::Kind::InvalidToken);
            QVERIFY(loaded.token.isEmpty());
        }
        QVERIFY(SecretTool::clear(m_service, slot.keychainKey()));
    }

    void aChunkCountNoValidTokenNeedsIsRefused()
    {
        const TokenSlot slot = freshSlot();
        QVERIFY(writeEntry(slot.keychainKey(), "meshery-auth:chunks=" + QByteArray::number(TokenVault::MaxChunks + 1)));
        QCOMPARE(load(slot).error.kind(), ApiError::Kind::KeychainDamaged);
        QVERIFY(SecretTool::clear(m_service, slot.keychainKey()));
    }

    void refreshedTokenIsStored()
    {
        MesheryTest::ServerOptions options;
        options.refreshTokens = true;
        MesheryTest::MesheryTestServer server(options);
        QVERIFY(server.start());
        ApiClient client;
        client.setServerUrl(server.baseUrl());
        client.setProvider(QStringLiteral("Meshery"));
        const QByteArray original = server.issueToken(QStringLiteral("ada"));
        client.setToken(original);

        const TokenSlot slot{QStringLiteral("refresh-%1").arg(++m_serial), server.baseUrl(), QStringLiteral("Meshery")};
        QVERIFY(store(slot, original).isOk());
        RefreshedTokenSaver saver(&client, m_vault);
        saver.setSlot(slot);
        QSignalSpy saved(&saver, &RefreshedTokenSaver::saved);

        ApiCall *call = client.currentUser();
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(saved.wait(30000));

        // A restarted app (a new vault) finds the renewed session.
        restart();
        const VaultResult result = load(slot);
        QVERIFY(result.found);
        QVERIFY(result.token != original);
        QVERIFY(result.token == client.token());
        QVERIFY(server.isTokenValid(result.token));
        QVERIFY(removeProfile(slot.profileId).isOk());
    }

    void aClientKeyPassphraseLivesInTheKeyringAndGoesWithItsProfile()
    {
        const TokenSlot slot = freshSlot();
        // Any byte may be in a passphrase: it is not checked like a token.
        const QByteArray passphrase = QByteArrayLiteral("p\xc3\xa4ss phrase; \"quoted\" = 1");
        QVERIFY(resultOf<VaultResult>(m_vault->storeKeyPassphrase(slot.profileId, passphrase), 30000)->isOk());
        QCOMPARE(SecretTool::lookup(m_service, TokenVault::keyPassphraseKey(slot.profileId)).value, passphrase);
        QVERIFY(!settingsFileContent().contains("ss phrase"));

        restart();
        const auto loaded = resultOf<VaultResult>(m_vault->loadKeyPassphrase(slot.profileId), 30000);
        QVERIFY(loaded && loaded->isOk() && loaded->found);
        QCOMPARE(loaded->token, passphrase);

        QVERIFY(removeProfile(slot.profileId).isOk());
        QVERIFY(!SecretTool::lookup(m_service, TokenVault::keyPassphraseKey(slot.profileId)).found);
        const auto gone = resultOf<VaultResult>(m_vault->loadKeyPassphrase(slot.profileId), 30000);
        QVERIFY(gone && gone->isOk() && !gone->found);
    }

    void anEmptyPassphraseRemovesTheStoredOne()
    {
        const TokenSlot slot = freshSlot();
        QVERIFY(resultOf<VaultResult>(m_vault->storeKeyPassphrase(slot.profileId, "secret"), 30000)->isOk());
        QVERIFY(resultOf<VaultResult>(m_vault->storeKeyPassphrase(slot.profileId, {}), 30000)->isOk());
        QVERIFY(!SecretTool::lookup(m_service, TokenVault::keyPassphraseKey(slot.profileId)).found);
        QVERIFY(!m_vault->indexedKeys(slot.profileId).contains(TokenVault::keyPassphraseKey(slot.profileId)));
    }

    void sessionOnlyModeKeepsTokensInMemory()
    {
        const TokenSlot slot = freshSlot();
        m_vault->setSessionOnly(true);
        QVERIFY(store(slot, "memory-only-token").isOk());
        QCOMPARE(load(slot).token, QByteArray("memory-only-token"));
        QVERIFY(!SecretTool::lookup(m_service, slot.keychainKey()).found);
        QVERIFY(!settingsFileContent().contains(slot.profileId.toUtf8()));
        QVERIFY(removeProfile(slot.profileId).isOk());
        QVERIFY(!load(slot).found);
    }

    void answersNeverArriveAfterTheContextIsGone()
    {
        const TokenSlot slot = freshSlot();
        bool called = false;
        VaultJob *job = m_vault->store(slot, "x");
        QSignalSpy finished(job, &VaultJob::finished);
        {
            QObject context;
            connect(job, &VaultJob::finished, &context, [&called](const VaultResult &) { called = true; });
        }
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.constFirst().constFirst().value<VaultResult>().isOk());
        QVERIFY(!called);
        QVERIFY(remove(slot).isOk());
    }

    void everyJobFinishesOnceAndLater()
    {
        const TokenSlot slot = freshSlot();
        const std::function<VaultJob *()> operations[] = {
            [&] { return m_vault->store(slot, "once-token"); },
            [&] { return m_vault->load(slot); },
            [&] { return m_vault->remove(slot); },
            [&] { return m_vault->removeProfile(slot.profileId); },
        };
        for (const auto &start : operations) {
            VaultJob *job = start();
            QSignalSpy finished(job, &VaultJob::finished);
            QSignalSpy destroyed(job, &QObject::destroyed);
            QCOMPARE(finished.count(), 0); // never inside the call that made it
            QVERIFY(finished.wait(60000));
            QVERIFY(destroyed.wait(5000) || !destroyed.isEmpty());
            QCOMPARE(finished.count(), 1);
        }
    }

    void keychainJobsFinishOnceAndLater()
    {
        const QString key = freshSlot().keychainKey();
        KeychainStore *keychain = m_vault->keychain();
        const std::function<SecretJob *()> operations[] = {
            [&] { return keychain->write(key, "keychain-job-value"); },
            [&] { return keychain->read(key); },
            [&] { return keychain->remove(key); },
            [&] { return keychain->remove(key); }, // an absent entry counts as removed
            [&] { return keychain->read(key); },
        };
        QList<KeychainOutcome> outcomes;
        for (const auto &start : operations) {
            SecretJob *job = start();
            QSignalSpy finished(job, &SecretJob::finished);
            QSignalSpy destroyed(job, &QObject::destroyed);
            QCOMPARE(finished.count(), 0);
            QVERIFY(finished.wait(30000));
            QVERIFY(destroyed.wait(5000) || !destroyed.isEmpty());
            QCOMPARE(finished.count(), 1);
            outcomes << finished.constFirst().constFirst().value<KeychainOutcome>();
        }
        QVERIFY(outcomes.at(0).isOk());
        QCOMPARE(outcomes.at(1).value, QByteArray("keychain-job-value"));
        QVERIFY(outcomes.at(2).isOk());
        QVERIFY(outcomes.at(3).isOk());
        QCOMPARE(outcomes.at(4).status, KeychainOutcome::Status::NotFound);
    }

    void sessionOnlyModeSwapsTheBackendAndForgetsOnLeaving()
    {
        const TokenSlot slot = freshSlot();
        m_vault->setSessionOnly(true);
        QVERIFY(m_vault->isSessionOnly());
        const QByteArray token = tokenOfSize(5000, 4); // chunked in memory too
        QVERIFY(store(slot, token).isOk());
        QCOMPARE(load(slot).token, token);
        QVERIFY(!SecretTool::lookup(m_service, slot.keychainKey()).found);
        QVERIFY(!settingsFileContent().contains(slot.profileId.toUtf8()));
        m_vault->setSessionOnly(false);
        QVERIFY(!load(slot).found);
        QVERIFY(m_vault->indexedKeys(slot.profileId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "TestTokenVault.moc"
