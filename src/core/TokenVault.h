#pragma once

#include "ApiError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QSettings;

namespace MesheryAuth {

class KeychainStore;
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
    bool found = false;  // load: a token is stored
    QByteArray token;    // load: the token
    QByteArray sessionCookie; // load: the provider's session kept with it; empty when none
    bool isOk() const { return error.isOk(); }

    static VaultResult failed(const ApiError &error) { return {error, false, {}, {}}; }
    static VaultResult loaded(const QByteArray &token) { return {ApiError(), true, token, {}}; }
};

// The tokens, in the OS keychain only (service "meshery-auth"). Values over 2 KiB are split into
// numbered chunks, because Windows Credential Manager refuses values over 2560 bytes and a
// JWT-based token passes that easily; splitting everywhere keeps one tested code path. An index
// of entry names (never values) in the settings lets logout and profile removal delete every
// entry a profile owns. When the keychain is unavailable the vault says so, with the backend's
// message; the app may then switch it to session-only mode, where tokens live in memory and
// nothing is written anywhere.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const VaultResult &)>;
    static constexpr int ChunkSize = 2048;
    static constexpr int MaxChunks = 32; // TokenValidator::MaxBytes / ChunkSize: the most a valid token needs
    static QString defaultService() { return QStringLiteral("meshery-auth"); }

    // settings holds the index of entry names; it must outlive the vault.
    explicit TokenVault(QSettings *settings, const QString &service = defaultService(), QObject *parent = nullptr);
    ~TokenVault() override;

    KeychainStore *keychain() const { return m_keychain; }

    bool isSessionOnly() const { return m_sessionOnly; }
    void setSessionOnly(bool sessionOnly);

    // Each calls done exactly once, later, on the caller's thread; not at all once context is gone.
    // sessionCookie: the provider's session to keep beside the token (an entry of its own), or
    // empty to forget an old one; nullopt leaves it as it is (a renewed token, same session).
    void store(const TokenSlot &slot, const QByteArray &token, QObject *context, Callback done,
               std::optional<QByteArray> sessionCookie = std::nullopt);
    void load(const TokenSlot &slot, QObject *context, Callback done);
    void remove(const TokenSlot &slot, QObject *context, Callback done);
    void removeProfile(const QString &profileId, QObject *context, Callback done);

    // The entry names recorded for a profile (for tests and diagnostics; never values).
    QStringList indexedKeys(const QString &profileId) const;

signals:
    void keychainUnavailable(const QString &backendMessage);

private:
    using Entry = QPair<QString, QByteArray>; // keychain key, value
    void writeEntries(QList<Entry> entries, Callback done);
    void readEntry(const QString &key, Callback done);
    void readChunks(const QString &key, int count, int next, QByteArray joined, Callback done);
    void migrateLegacyEntry(const TokenSlot &slot, Callback done);
    void storeSessionCookie(const TokenSlot &slot, const QByteArray &sessionCookie, Callback done);
    void loadSessionCookie(const TokenSlot &slot, VaultResult withToken, Callback done);
    void deleteKeys(QStringList keys, Callback done);
    void recordKeys(const QString &profileId, const QStringList &added, const QStringList &removed);
    QStringList chunkKeysOf(const QString &profileId, const QString &mainKey) const;
    QStringList keysOwnedByOthers(const QString &profileId) const;
    VaultResult failure(const KeychainOutcome &outcome);
    void later(Callback done, VaultResult result);
    static Callback guarded(QObject *context, Callback done);

    QSettings *m_settings;
    KeychainStore *m_keychain;
    bool m_sessionOnly = false;
    QHash<QString, QByteArray> m_sessionTokens;         // session-only mode: key -> token
    QHash<QString, QStringList> m_sessionIndex;         // session-only mode: profile -> keys
};

} // namespace MesheryAuth
