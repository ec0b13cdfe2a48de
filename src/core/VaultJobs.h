// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// TokenVault's jobs: private to the vault, each one step of its work. The public ones (store,
// load, remove, removeProfile) are built from the three that touch the backend entry by entry.

#include "TokenVault.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace MesheryAuth {

class KeyIndex;
class SecretBackend;

// What every vault job works on, fixed when the vault makes it: switching the vault to
// session-only mode does not move a job in flight to the other backend.
struct VaultParts {
    TokenVault *vault;
    SecretBackend *backend;
    KeyIndex *index;
};

// The main entry of a chunked token, read (format in VaultJobs.cpp).
struct ChunkMarker {
    bool chunked = false; // the entry is a marker, not a token
    bool valid = false;
    int count = 0;
    QByteArray set; // "" or "b": which chunk names it points at
    QByteArray digest; // the token's SHA-256 in hex; empty before 0.3
};

class VaultStep : public VaultJob
{
public:
    static VaultParts partsOf(TokenVault *vault) { return {vault, vault->m_backend, vault->m_index}; }

protected:
    explicit VaultStep(const VaultParts &parts);
    ~VaultStep() override;
    SecretBackend &backend() const { return *m_parts.backend; }
    int jobsInFlight() const { return m_parts.vault->m_jobsInFlight; }
    KeyIndex &index() const { return *m_parts.index; }
    // A keychain failure as a result; an unavailable keychain is announced by the vault too.
    VaultResult failure(const KeychainOutcome &outcome) const { return m_parts.vault->failure(outcome); }

    VaultParts m_parts;
    QPointer<TokenVault> m_counted; // whose m_jobsInFlight this step counts in
};

// Writes entries one after the other; stops at the first failure.
class WriteEntries : public VaultStep
{
public:
    using Entry = QPair<QString, QByteArray>; // entry name, value
    WriteEntries(const VaultParts &parts, QList<Entry> entries);

protected:
    void start() override;

private:
    void onWritten(const KeychainOutcome &outcome);
    QList<Entry> m_entries;
};

// Deletes entries one after the other (an absent one counts as deleted); stops at the first failure.
class DeleteEntries : public VaultStep
{
public:
    DeleteEntries(const VaultParts &parts, QStringList keys);

protected:
    void start() override;

private:
    void onDeleted(const KeychainOutcome &outcome);
    QStringList m_keys;
};

// Reads one entry, joining its chunks; whatever it holds is checked like any other token.
class ReadEntry : public VaultStep
{
public:
    ReadEntry(const VaultParts &parts, const QString &key);

protected:
    void start() override;

private:
    void onMainEntry(const KeychainOutcome &outcome);
    // An entry the vault stored is not there: a locked keyring says so, otherwise missing().
    void confirmMissing(std::function<void()> missing);
    void readChunk();
    void onChunk(const KeychainOutcome &outcome);
    void finishChecked(const VaultResult &result);

    QString m_key;
    bool m_expected = false; // the index names the entry
    ChunkMarker m_marker;
    int m_count = 0;
    int m_next = 1;
    QByteArray m_joined;
};

class StoreJob : public VaultStep
{
public:
    StoreJob(const VaultParts &parts, const TokenSlot &slot, const QByteArray &token,
             std::optional<QByteArray> sessionCookie);

protected:
    void start() override;

private:
    void onCurrentEntry(const KeychainOutcome &current);
    void writeToken(const QByteArray &current); // current: the main entry as stored, or empty
    void onTokenWritten(const VaultResult &result);
    void onPartialRemoved(const VaultResult &result);
    void onStaleRemoved(const VaultResult &result);
    void onSessionCookieStored(const VaultResult &result);
    void settle(const VaultResult &lastStep); // the profile is settled once every step went well

    TokenSlot m_slot;
    QByteArray m_token;
    std::optional<QByteArray> m_sessionCookie;
    bool m_wasIndexed = false; // the main entry was named before this store
    VaultResult m_staleResult;
    QStringList m_written; // the names of the entries written
    QStringList m_previous; // the chunks of the token stored before
    QStringList m_stale; // those of them the new token does not overwrite
    QStringList m_partial; // after a failed write: what goes
    VaultResult m_failure;
};

class LoadJob : public VaultStep
{
public:
    LoadJob(const VaultParts &parts, const TokenSlot &slot);

protected:
    void start() override;

private:
    void onToken(const VaultResult &result);
    void onSessionCookie(const VaultResult &result);
    void finishOnceBothRead();
    void onLegacyToken(const VaultResult &result);
    void onLegacyTokenMoved(const VaultResult &stored);
    void forgetLegacyEntries();

    TokenSlot m_slot;
    VaultResult m_result;
    VaultResult m_cookie;
    bool m_tokenRead = false;
    bool m_cookieRead = false;
    bool m_legacy = false; // the token is read from its entry of before keys were per profile
    QStringList m_legacyKeys;
};

// Deletes a profile's entries, then takes them out of the index.
class RemoveJob : public VaultStep
{
public:
    // One token: its entry, its chunks and its session cookie.
    static RemoveJob *token(const VaultParts &parts, const TokenSlot &slot);
    // Every entry of the profile, but one from before keys were per profile that another still names.
    static RemoveJob *profile(const VaultParts &parts, const QString &profileId);

protected:
    void start() override;

private:
    enum class Index { DropKeys, ForgetProfile }; // what leaves the index once the entries are gone
    RemoveJob(const VaultParts &parts, const QString &profileId, Index index);
    void onDeleted(const VaultResult &result);

    QString m_profileId;
    Index m_index;
    QStringList m_keys;
};

// A profile's client key passphrase: one plain entry, no chunks and no token check (a passphrase
// may hold any byte). Stored with an empty value, it is removed. Recorded in the profile's index,
// so removing the profile removes it too.
class PassphraseJob : public VaultStep
{
public:
    enum class Operation { Store, Load };
    PassphraseJob(const VaultParts &parts, const QString &profileId, Operation operation, QByteArray passphrase = {});

protected:
    void start() override;

private:
    void onAnswer(const KeychainOutcome &outcome);

    QString m_profileId;
    QString m_key;
    Operation m_operation;
    QByteArray m_passphrase;
};

// At start: checks each profile a crash may have left unsettled, dropping from the index every
// name whose entry is gone (with a log line). Entries of ours without a name cannot arise, as
// names are recorded first, so the keychain is not searched for them.
class IndexRepairJob : public VaultStep
{
public:
    explicit IndexRepairJob(const VaultParts &parts);

protected:
    void start() override;

private:
    void nextProfile();
    void nextKey();
    void onRead(const KeychainOutcome &outcome);
    void profileChecked();
    void dropMissing();

    QStringList m_profiles;
    QString m_profileId;
    QStringList m_keys;
    QString m_checking;
    QStringList m_missing;
};

} // namespace MesheryAuth
