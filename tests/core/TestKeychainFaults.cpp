// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The vault when the real Secret Service fails in the middle of its work: gnome-keyring killed
// between two chunk writes of a long token, frozen (SIGSTOP) so that the vault's own time limit
// fires, and a locked keyring whose unlock prompt is dismissed. Each must give a clear error,
// leave the old token whole (or give a clear error; never a mix or a part as a token), write
// nothing secret to disk, and leave an index that the next start repairs. ctest runs this test
// in a throw-away HOME on a D-Bus session of its own where no service starts by itself; the test
// runs the daemon (KeyringDaemon.h).
#include "AppSettings.h"
#include "FreshHome.h"
#include "JobResult.h"
#include "KeyIndex.h"
#include "KeychainStore.h"
#include "KeyringDaemon.h"
#include "ProfileStore.h"
#include "SecretTool.h"
#include "TokenVault.h"

#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QtTest>

#include <functional>

#include <signal.h>

using namespace MesheryAuth;
using TestSupport::resultOf;

namespace {

// A token no other text on disk could contain by chance: random letters.
QByteArray randomToken(int size)
{
    QByteArray token(size, 'A');
    for (char &c : token)
        c = char('A' + QRandomGenerator::global()->bounded(26));
    return token;
}

// Calls hook once, when the n-th keychain job of store finishes, before anyone else hears of it
// (the vault's next step included): the deterministic moment "after the first chunk is written".
class AfterKeychainJob : public QObject
{
public:
    AfterKeychainJob(KeychainStore *store, int n, std::function<void()> hook)
        : m_n(n)
        , m_hook(std::move(hook))
    {
        store->installEventFilter(this);
    }

    bool fired() const { return m_fired; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Sent from the job's QObject constructor: connected here, the hook is the first receiver.
        if (event->type() == QEvent::ChildAdded && ++m_seen == m_n) {
            // Still only a QObject under construction: its address alone is used, to connect to
            // SecretJob's own signal (a static_cast would be a downcast to what it is not yet).
            auto *job = reinterpret_cast<SecretJob *>(static_cast<QChildEvent *>(event)->child());
            connect(job, &SecretJob::finished, this, [this] {
                m_fired = true;
                m_hook();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    int m_n;
    int m_seen = 0;
    bool m_fired = false;
    std::function<void()> m_hook;
};

// The window's core objects on the settings file the CLI uses (HOME is a throw-away one), so a
// fresh CLI process can be the next start.
class Fixture
{
public:
    Fixture()
    {
        QDir().mkpath(QFileInfo(AppSettings::filePath()).path());
        QFile::remove(AppSettings::filePath());
        reopen();
    }

    void reopen()
    {
        m_vault.reset();
        m_profiles.reset();
        m_settings = AppSettings::open();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_vault = std::make_unique<TokenVault>(m_settings.get());
        m_vault->keychain()->setRetryDelay(std::chrono::milliseconds(100));
    }

    QSettings *settings() const { return m_settings.get(); }
    ProfileStore *profiles() const { return m_profiles.get(); }
    TokenVault *vault() const { return m_vault.get(); }

    VaultResult store(const TokenSlot &slot, const QByteArray &token) { return waited(m_vault->store(slot, token)); }
    VaultResult load(const TokenSlot &slot) { return waited(m_vault->load(slot)); }
    VaultResult remove(const TokenSlot &slot) { return waited(m_vault->remove(slot)); }

private:
    static VaultResult waited(VaultJob *job)
    {
        return resultOf<VaultResult>(job, 30000)
            .value_or(VaultResult::failed(
                ApiError(ApiError::Kind::Timeout, QStringLiteral("test: the vault never answered"))));
    }

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenVault> m_vault;
};

bool processGone(uint pid)
{
    return ::kill(pid_t(pid), 0) != 0;
}

} // namespace

class TestKeychainFaults : public QObject
{
    Q_OBJECT

private:
    KeyringDaemon m_daemon;
    std::unique_ptr<Fixture> m_fixture;
    int m_serial = 0;

    TokenSlot freshSlot()
    {
        ++m_serial;
        return {QStringLiteral("fault-%1").arg(m_serial), QUrl(QStringLiteral("http://faults.example:9081")),
                QStringLiteral("Meshery")};
    }

    TokenVault *vault() const { return m_fixture->vault(); }

    // Every file under HOME (the settings, the keyring's own files, anything QtKeychain might
    // fall back to) searched for any 32-byte piece of the token.
    QString tokenOnDisk(const QByteArray &token) const
    {
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (qsizetype at = 0; at + 32 <= token.size(); at += 32) {
                if (content.contains(token.mid(at, 32)))
                    return file.fileName();
            }
        }
        return {};
    }

    // What the index names must exist, once the next start's repair has run; nothing unsettled.
    void checkIndexAfterRestart(const QString &profileId)
    {
        m_fixture->reopen();
        const auto repaired = resultOf<VaultResult>(vault()->repairIndex(), 30000);
        QVERIFY(repaired);
        QVERIFY2(repaired->isOk(), qPrintable(repaired->error.toDisplayString()));
        const QStringList names = vault()->indexedKeys(profileId);
        for (const QString &name : names)
            QVERIFY2(SecretTool::lookup(TokenVault::defaultService(), name).found,
                     qPrintable(QStringLiteral("the index names a missing entry: %1").arg(name)));
        QVERIFY(SettingsKeyIndex(m_fixture->settings()).unsettledProfiles().isEmpty());
    }

    // As checkIndexAfterRestart, for when the next start was another process (which repaired).
    void checkIndexFromOutside(const QString &profileId)
    {
        m_fixture->reopen();
        const QStringList names = vault()->indexedKeys(profileId);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names)
            QVERIFY2(SecretTool::lookup(TokenVault::defaultService(), name).found,
                     qPrintable(QStringLiteral("the index names a missing entry: %1").arg(name)));
        QVERIFY(SettingsKeyIndex(m_fixture->settings()).unsettledProfiles().isEmpty());
    }

    static void checkClearError(const VaultResult &result, ApiError::Kind kind)
    {
        QCOMPARE(result.error.kind(), kind);
        QVERIFY2(!result.error.detail().isEmpty(), "no word from the keychain on what failed");
        QVERIFY2(!result.error.hint().isEmpty(), "no word on what to do");
        QVERIFY(result.token.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!freshHome().isEmpty(), MESHERY_FRESH_HOME_REQUIRED);
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QFAIL("secret-tool (libsecret-tools) is needed to check the keyring from outside");
        QVERIFY2(!m_daemon.pid(), "a Secret Service already runs on this bus: run the test through ctest");
        QVERIFY2(m_daemon.start(), "gnome-keyring-daemon did not start");
    }

    void init()
    {
        if (!m_daemon.pid())
            QVERIFY(m_daemon.start());
        m_fixture = std::make_unique<Fixture>();
    }

    void cleanup()
    {
        m_daemon.thaw();
        m_fixture.reset();
    }

    void serviceStopsAnsweringMidStore()
    {
        const TokenSlot slot = freshSlot();
        const QByteArray oldToken = randomToken(2 * TokenVault::ChunkSize + 10);
        const QByteArray newToken = randomToken(3 * TokenVault::ChunkSize + 10);
        QVERIFY(m_fixture->store(slot, oldToken).isOk());
        vault()->keychain()->setTimeout(std::chrono::milliseconds(1500));

        bool frozen = false;
        AfterKeychainJob fault(vault()->keychain(), 2, [&] { frozen = m_daemon.freeze(); });
        QElapsedTimer clock;
        clock.start();
        const VaultResult stored = m_fixture->store(slot, newToken);
        QVERIFY(frozen);
        checkClearError(stored, ApiError::Kind::KeychainUnavailable);
        QVERIFY2(stored.error.detail().contains(QLatin1String("did not answer")), qPrintable(stored.error.detail()));
        // The next chunk's write and the clean-up each wait out the limit once, no longer.
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));

        // Meanwhile reading fails the same clear way, and never hands out a part.
        const VaultResult whileFrozen = m_fixture->load(slot);
        checkClearError(whileFrozen, ApiError::Kind::KeychainUnavailable);

        // Thawed, the daemon works through what it was sent late: the old token stays whole.
        QVERIFY(m_daemon.thaw());
        QTest::qWait(500);
        const VaultResult loaded = m_fixture->load(slot);
        QVERIFY2(loaded.isOk(), qPrintable(loaded.error.toDisplayString()));
        QVERIFY2(loaded.token == oldToken, "after the timeout the vault gave something other than the old token");
        QVERIFY(tokenOnDisk(oldToken).isEmpty());
        QVERIFY(tokenOnDisk(newToken).isEmpty());
        checkIndexAfterRestart(slot.profileId);
        QVERIFY(m_fixture->remove(slot).isOk());
    }

    // The keyring locked; libsecret asks gnome-keyring to unlock it, which opens a prompt. With no
    // prompter on this bus the daemon completes the prompt as dismissed, as a user pressing
    // Cancel would. Store and load must both say "locked" (libsecret alone answers a read with
    // "no such entry"), and the token must be there, whole, once unlocked.
    void lockedKeyringWithDismissedPrompt()
    {
        const TokenSlot slot = freshSlot();
        const QByteArray oldToken = randomToken(2 * TokenVault::ChunkSize + 5);
        const QByteArray newToken = randomToken(3 * TokenVault::ChunkSize + 5);
        QVERIFY(m_fixture->store(slot, oldToken).isOk());
        QVERIFY(m_daemon.lock());

        QElapsedTimer clock;
        clock.start();
        const VaultResult stored = m_fixture->store(slot, newToken);
        checkClearError(stored, ApiError::Kind::KeychainAccessDenied);
        const VaultResult loaded = m_fixture->load(slot);
        checkClearError(loaded, ApiError::Kind::KeychainAccessDenied);
        QVERIFY(!loaded.found);
        QVERIFY2(clock.elapsed() < 10000, "a dismissed prompt must not wait for the time limit");
        // The next start finds the keyring locked: it drops nothing from the index.
        const QStringList namesBefore = vault()->indexedKeys(slot.profileId);
        SettingsKeyIndex(m_fixture->settings()).setUnsettled(slot.profileId, true);
        m_fixture->reopen();
        const auto repaired = resultOf<VaultResult>(vault()->repairIndex(), 30000);
        QVERIFY(repaired);
        QCOMPARE(repaired->error.kind(), ApiError::Kind::KeychainAccessDenied);
        QCOMPARE(vault()->indexedKeys(slot.profileId), namesBefore);
        QVERIFY(tokenOnDisk(newToken).isEmpty());

        QVERIFY(m_daemon.unlock());
        const VaultResult unlocked = m_fixture->load(slot);
        QVERIFY2(unlocked.token == oldToken, qPrintable(unlocked.error.toDisplayString()));
        checkIndexAfterRestart(slot.profileId);
        QVERIFY(m_fixture->remove(slot).isOk());
    }

    // A chunk set whose marker another writer replaced: the digest makes it a clear error.
    void mixedChunksAreAClearError()
    {
        const TokenSlot slot = freshSlot();
        QVERIFY(m_fixture->store(slot, randomToken(3 * TokenVault::ChunkSize)).isOk());
        const QString chunk = vault()->indexedKeys(slot.profileId).filter(QStringLiteral(" #")).value(0);
        QVERIFY(!chunk.isEmpty());
        const auto written =
            resultOf<KeychainOutcome>(vault()->keychain()->write(chunk, randomToken(TokenVault::ChunkSize)), 30000);
        QVERIFY(written && written->isOk());
        const VaultResult loaded = m_fixture->load(slot);
        checkClearError(loaded, ApiError::Kind::KeychainDamaged);
        QVERIFY(!loaded.found);
        QVERIFY(m_fixture->remove(slot).isOk());
    }

    // Last: after it, libsecret in this process no longer reaches the keyring (see below).
    void serviceVanishesBetweenChunkWrites()
    {
        const TokenSlot slot = freshSlot();
        // A profile the CLI can name, for the check after the restart.
        ServerProfile profile = ProfileStore::draft(slot.serverUrl);
        profile.id = slot.profileId;
        profile.name = slot.profileId;
        profile.provider = slot.provider;
        const ApiError saved = m_fixture->profiles()->save(profile);
        QVERIFY2(saved.isOk(), qPrintable(saved.toDisplayString()));
        const QByteArray oldToken = randomToken(3 * TokenVault::ChunkSize + 100);
        const QByteArray newToken = randomToken(4 * TokenVault::ChunkSize + 100);
        QVERIFY(m_fixture->store(slot, oldToken).isOk());

        // Job 1 reads the entry stored now, job 2 writes the first chunk: the daemon dies then.
        uint killed = 0;
        AfterKeychainJob fault(vault()->keychain(), 2, [&] {
            killed = m_daemon.pid();
            ::kill(pid_t(killed), SIGKILL);
            QDeadlineTimer deadline(10000);
            while (!processGone(killed) && !deadline.hasExpired())
                QThread::msleep(5);
        });
        const VaultResult stored = m_fixture->store(slot, newToken);
        QVERIFY(fault.fired());
        QVERIFY(processGone(killed));
        checkClearError(stored, ApiError::Kind::KeychainUnavailable);
        QVERIFY(tokenOnDisk(oldToken).isEmpty());
        QVERIFY2(tokenOnDisk(newToken).isEmpty(), qPrintable(tokenOnDisk(newToken)));

        // Back again. libsecret keeps its session with the old daemon for the life of this
        // process (a known limit: the app says "unavailable" until it restarts), so the next
        // start is what is checked: the real CLI, a fresh process on the same settings file.
        QVERIFY(m_daemon.start());
        const VaultResult sameProcess = m_fixture->load(slot);
        QVERIFY2(!sameProcess.isOk() || sameProcess.token == oldToken, "a part was handed out as a token");
        QProcess cli;
        cli.start(QStringLiteral(MESHERY_AUTH_CLI_EXE),
                  {QStringLiteral("--profile"), profile.name, QStringLiteral("token")});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY2(cli.readAllStandardOutput().trimmed() == oldToken,
                 "after the fault the next start read something other than the old token");
        checkIndexFromOutside(slot.profileId);
    }

    void cleanupTestCase()
    {
        m_daemon.thaw();
        m_daemon.kill();
    }
};

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "TestKeychainFaults.moc"
