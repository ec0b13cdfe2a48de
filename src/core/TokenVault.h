// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "Job.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace MesheryAuth {

class KeyIndex;
class KeychainStore;
class MemoryKeyIndex;
class MemorySecrets;
class SecretBackend;
class SettingsKeyIndex;
class StoredAtIndex;
struct KeychainOutcome;

// Where one token lives: the token of a provider on a server, owned by a profile.
struct TokenSlot {
    QString profileId;
    QUrl serverUrl;
    QString provider;

    // The keychain entry's name, readable in a keyring app and the profile's own:
    // "Meshery @ http://localhost:9081 (profile <id>)". Two profiles for one server and provider
    // are two accounts, and logging out of one must not leave or take the other's token.
    QString keychainKey() const;
    // The name before 0.2, shared by every profile of that server and provider; load() moves a
    // token found only there to keychainKey() once.
    QString legacyKeychainKey() const;
    QString sessionCookieKey() const { return keychainKey() + QStringLiteral(" session_cookie"); }
};

struct VaultResult {
    ApiError error;
    bool found = false; // load: a token is stored
    QByteArray token; // load: the token
    QByteArray sessionCookie; // load: the provider's session kept with it; empty when none
    bool isOk() const { return error.isOk(); }

    static VaultResult failed(const ApiError &error) { return {error, false, {}, {}}; }
    static VaultResult loaded(const QByteArray &token) { return {ApiError(), true, token, {}}; }
};

// One vault operation (see Job).
class VaultJob : public Job
{
    Q_OBJECT

signals:
    void finished(const MesheryAuth::VaultResult &result);

protected:
    using Job::Job;
    void finish(const VaultResult &result);
};

// The tokens, in the OS keychain only (service "meshery-auth"). Values over 2 KiB are split into
// numbered chunks, because Windows Credential Manager refuses values over 2560 bytes and a
// JWT-based token passes that easily; splitting everywhere keeps one tested code path. An index
// of entry names (never values) in the settings lets logout and profile removal delete every
// entry a profile owns. When the keychain is unavailable the vault says so, with the backend's
// message; the app may then switch it to session-only mode, which swaps in a memory backend and
// a memory index: tokens live in this process, and nothing is written anywhere.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    static constexpr int ChunkSize = 2048;
    static constexpr int MaxChunks = 32; // TokenValidator::MaxBytes / ChunkSize: the most a valid token needs
    static QString defaultService() { return QStringLiteral("meshery-auth"); }

    // settings holds the index of entry names; it must outlive the vault.
    explicit TokenVault(QSettings *settings, const QString &service = defaultService(), QObject *parent = nullptr);
    ~TokenVault() override;

    KeychainStore *keychain() const { return m_keychain; }

    bool isSessionOnly() const;
    // Leaving session-only mode forgets what was kept in memory.
    void setSessionOnly(bool sessionOnly);

    // sessionCookie: the provider's session to keep beside the token (an entry of its own), or
    // empty to forget an old one; nullopt leaves it as it is (a renewed token, same session).
    VaultJob *store(const TokenSlot &slot, const QByteArray &token,
                    std::optional<QByteArray> sessionCookie = std::nullopt);
    VaultJob *load(const TokenSlot &slot);
    VaultJob *remove(const TokenSlot &slot);
    VaultJob *removeProfile(const QString &profileId);

    // The passphrase of a profile's client key (ServerTrust), beside its tokens; an empty one
    // removes the entry. load: found and the passphrase in VaultResult::token.
    VaultJob *storeKeyPassphrase(const QString &profileId, const QByteArray &passphrase);
    VaultJob *loadKeyPassphrase(const QString &profileId);
    static QString keyPassphraseKey(const QString &profileId);

    // At start: drops from the index the names of entries a crash left missing (IndexRepairJob).
    // Fast when nothing was left unsettled: no keychain call.
    VaultJob *repairIndex();

    // The entry names recorded for a profile (for tests and diagnostics; never values).
    QStringList indexedKeys(const QString &profileId) const;
    // When the slot's token was stored by this app (UTC), for the rotation reminder; invalid when
    // unknown (stored before 0.3, or in session-only mode, where nothing is written).
    QDateTime storedAt(const TokenSlot &slot) const;

signals:
    // The keychain could not be reached (not emitted once session-only mode is on).
    void keychainUnavailable(const QString &backendMessage);

private:
    // Logs the operation and its outcome (entry names and error ids, never values).
    VaultJob *logged(VaultJob *job, const char *operation, const QString &what) const;
    friend class VaultStep; // the jobs' common base, in VaultJobs.h

    VaultResult failure(const KeychainOutcome &outcome);

    KeychainStore *m_keychain;
    MemorySecrets *m_memory;
    std::unique_ptr<SettingsKeyIndex> m_settingsIndex;
    std::unique_ptr<MemoryKeyIndex> m_memoryIndex;
    std::unique_ptr<StoredAtIndex> m_storedAt;
    SecretBackend *m_backend; // the keychain, or memory in session-only mode
    KeyIndex *m_index; // its index
    int m_jobsInFlight = 0;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::VaultResult)
