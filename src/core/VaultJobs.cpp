// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "VaultJobs.h"

#include "KeyIndex.h"
#include "SecretBackend.h"
#include "TokenValidator.h"

namespace MesheryAuth {

namespace {

// The main entry of a chunked token holds only this marker and the number of chunks.
const QByteArray ChunkMarker = QByteArrayLiteral("meshery-auth:chunks=");

QString chunkKey(const QString &mainKey, int number)
{
    return mainKey + QStringLiteral(" #%1").arg(number);
}

} // namespace

VaultStep::VaultStep(const VaultParts &parts)
    : VaultJob(parts.vault)
    , m_parts(parts)
{
}

// --- WriteEntries

WriteEntries::WriteEntries(const VaultParts &parts, QList<Entry> entries)
    : VaultStep(parts)
    , m_entries(std::move(entries))
{
}

void WriteEntries::start()
{
    if (m_entries.isEmpty()) {
        finish({});
        return;
    }
    const Entry entry = m_entries.takeFirst();
    connect(backend().write(entry.first, entry.second), &SecretJob::finished, this, &WriteEntries::onWritten);
}

void WriteEntries::onWritten(const KeychainOutcome &outcome)
{
    if (!outcome.isOk()) {
        finish(failure(outcome));
        return;
    }
    start();
}

// --- DeleteEntries

DeleteEntries::DeleteEntries(const VaultParts &parts, QStringList keys)
    : VaultStep(parts)
    , m_keys(std::move(keys))
{
}

void DeleteEntries::start()
{
    if (m_keys.isEmpty()) {
        finish({});
        return;
    }
    connect(backend().remove(m_keys.takeFirst()), &SecretJob::finished, this, &DeleteEntries::onDeleted);
}

void DeleteEntries::onDeleted(const KeychainOutcome &outcome)
{
    if (!outcome.isOk()) {
        finish(failure(outcome));
        return;
    }
    start();
}

// --- ReadEntry

ReadEntry::ReadEntry(const VaultParts &parts, const QString &key)
    : VaultStep(parts)
    , m_key(key)
{
}

void ReadEntry::start()
{
    connect(backend().read(m_key), &SecretJob::finished, this, &ReadEntry::onMainEntry);
}

void ReadEntry::onMainEntry(const KeychainOutcome &outcome)
{
    if (outcome.status == KeychainOutcome::Status::NotFound) {
        finish({});
        return;
    }
    if (!outcome.isOk()) {
        finish(failure(outcome));
        return;
    }
    if (!outcome.value.startsWith(ChunkMarker)) {
        finishChecked(VaultResult::loaded(outcome.value));
        return;
    }
    bool isNumber = false;
    m_count = outcome.value.mid(ChunkMarker.size()).toInt(&isNumber);
    if (!isNumber || m_count < 1 || m_count > TokenVault::MaxChunks) {
        finish(VaultResult::failed(
            ApiError(ApiError::Kind::KeychainDamaged,
                     TokenVault::tr("The entry \"%1\" has an unreadable chunk count.").arg(m_key))));
        return;
    }
    readChunk();
}

void ReadEntry::readChunk()
{
    connect(backend().read(chunkKey(m_key, m_next)), &SecretJob::finished, this, &ReadEntry::onChunk);
}

void ReadEntry::onChunk(const KeychainOutcome &outcome)
{
    if (outcome.status == KeychainOutcome::Status::NotFound) {
        finish(VaultResult::failed(
            ApiError(ApiError::Kind::KeychainDamaged,
                     TokenVault::tr("Part %1 of %2 of the entry \"%3\" is missing from the keychain.")
                         .arg(m_next)
                         .arg(m_count)
                         .arg(m_key))));
        return;
    }
    if (!outcome.isOk()) {
        finish(failure(outcome));
        return;
    }
    m_joined += outcome.value;
    if (m_next == m_count) {
        finishChecked(VaultResult::loaded(m_joined));
        return;
    }
    ++m_next;
    readChunk();
}

void ReadEntry::finishChecked(const VaultResult &result)
{
    // Whatever the keychain holds was written by someone: it is checked like any other token.
    const ApiError refused =
        TokenValidator::check(result.token, TokenVault::tr("the keychain entry \"%1\"").arg(m_key));
    finish(refused.isOk() ? result : VaultResult::failed(refused));
}

// --- StoreJob

StoreJob::StoreJob(const VaultParts &parts, const TokenSlot &slot, const QByteArray &token,
                   std::optional<QByteArray> sessionCookie)
    : VaultStep(parts)
    , m_slot(slot)
    , m_token(token)
    , m_sessionCookie(std::move(sessionCookie))
{
    const QString key = slot.keychainKey();
    if (token.size() <= TokenVault::ChunkSize) {
        m_entries.append({key, token});
    } else {
        int count = 0;
        for (qsizetype offset = 0; offset < token.size(); offset += TokenVault::ChunkSize)
            m_entries.append({chunkKey(key, ++count), token.mid(offset, TokenVault::ChunkSize)});
        // Written last, so a reader never finds a marker whose chunks are not all there yet.
        m_entries.append({key, ChunkMarker + QByteArray::number(count)});
    }
    for (const WriteEntries::Entry &entry : std::as_const(m_entries))
        m_written << entry.first;
    m_previous = index().chunkKeysOf(slot.profileId, key);
}

void StoreJob::start()
{
    // What load() would refuse is never stored.
    ApiError refused = TokenValidator::check(m_token, TokenVault::tr("the token to keep"));
    if (refused.isOk() && m_sessionCookie && !m_sessionCookie->isEmpty())
        refused = TokenValidator::check(*m_sessionCookie, TokenVault::tr("the session cookie to keep"));
    if (!refused.isOk()) {
        finish(VaultResult::failed(refused));
        return;
    }
    connect(new WriteEntries(m_parts, m_entries), &VaultJob::finished, this, &StoreJob::onTokenWritten);
}

void StoreJob::onTokenWritten(const VaultResult &result)
{
    const QString key = m_slot.keychainKey();
    if (!result.isOk()) {
        // Some chunks may be written: they go, so none lies about in the keychain unindexed.
        // Had the old token chunks of the same names, it is mixed now: its marker goes too,
        // so no reader takes the mix for a whole token.
        m_failure = result;
        m_partial = m_written;
        m_partial.removeAll(key);
        const bool oldTokenDamaged = std::any_of(m_partial.cbegin(), m_partial.cend(),
                                                 [this](const QString &name) { return m_previous.contains(name); });
        if (oldTokenDamaged)
            m_partial << key;
        connect(new DeleteEntries(m_parts, m_partial), &VaultJob::finished, this, &StoreJob::onPartialRemoved);
        return;
    }
    index().record(m_slot.profileId, m_written, {});
    // Chunks of an older, longer token: best effort, the new token is already complete.
    m_stale = m_previous;
    for (const QString &name : std::as_const(m_written))
        m_stale.removeAll(name);
    connect(new DeleteEntries(m_parts, m_stale), &VaultJob::finished, this, &StoreJob::onStaleRemoved);
}

void StoreJob::onPartialRemoved()
{
    index().record(m_slot.profileId, {}, m_partial);
    finish(m_failure);
}

void StoreJob::onStaleRemoved()
{
    index().record(m_slot.profileId, {}, m_stale);
    if (!m_sessionCookie) {
        finish({});
        return;
    }
    // The session cookie goes once the token is whole, so no reader finds it with an old token.
    const QString key = m_slot.sessionCookieKey();
    VaultJob *job = m_sessionCookie->isEmpty() ? static_cast<VaultJob *>(new DeleteEntries(m_parts, {key}))
                                               : new WriteEntries(m_parts, {{key, *m_sessionCookie}});
    connect(job, &VaultJob::finished, this, &StoreJob::onSessionCookieStored);
}

void StoreJob::onSessionCookieStored(const VaultResult &result)
{
    if (result.isOk()) {
        const QStringList key{m_slot.sessionCookieKey()};
        if (m_sessionCookie->isEmpty())
            index().record(m_slot.profileId, {}, key);
        else
            index().record(m_slot.profileId, key, {});
    }
    finish(result);
}

// --- LoadJob

LoadJob::LoadJob(const VaultParts &parts, const TokenSlot &slot)
    : VaultStep(parts)
    , m_slot(slot)
{
}

void LoadJob::start()
{
    // A keychain round trip costs as much as the rest of a CLI run: the session cookie is read
    // alongside the token, and only where the index says one was stored (a missing entry costs
    // QtKeychain two lookups, text then binary).
    connect(new ReadEntry(m_parts, m_slot.keychainKey()), &VaultJob::finished, this, &LoadJob::onToken);
    m_cookieRead = !index().keys(m_slot.profileId).contains(m_slot.sessionCookieKey());
    if (!m_cookieRead)
        connect(new ReadEntry(m_parts, m_slot.sessionCookieKey()), &VaultJob::finished, this,
                &LoadJob::onSessionCookie);
}

void LoadJob::onToken(const VaultResult &result)
{
    if (result.isOk() && !result.found && index().keys(m_slot.profileId).contains(m_slot.legacyKeychainKey())) {
        m_legacy = true; // the session cookie read alongside belongs to no token: it is not used
        connect(new ReadEntry(m_parts, m_slot.legacyKeychainKey()), &VaultJob::finished, this, &LoadJob::onLegacyToken);
        return;
    }
    m_result = result;
    m_tokenRead = true;
    finishOnceBothRead();
}

void LoadJob::onSessionCookie(const VaultResult &cookie)
{
    m_cookie = cookie;
    m_cookieRead = true;
    finishOnceBothRead();
}

void LoadJob::finishOnceBothRead()
{
    if (m_legacy || !m_tokenRead || !m_cookieRead)
        return;
    // An unreadable session cookie costs only the revocation at logout: the token still works.
    if (m_result.found && m_cookie.isOk() && m_cookie.found)
        m_result.sessionCookie = m_cookie.token;
    finish(m_result);
}

void LoadJob::onLegacyToken(const VaultResult &old)
{
    const QString legacy = m_slot.legacyKeychainKey();
    m_legacyKeys = QStringList{legacy} + index().chunkKeysOf(m_slot.profileId, legacy);
    if (!old.isOk()) {
        finish(old);
        return;
    }
    m_result = old;
    if (!old.found) {
        forgetLegacyEntries();
        return;
    }
    connect(new StoreJob(m_parts, m_slot, old.token, std::nullopt), &VaultJob::finished, this,
            &LoadJob::onLegacyTokenMoved);
}

void LoadJob::onLegacyTokenMoved(const VaultResult &stored)
{
    if (!stored.isOk()) {
        finish(stored);
        return;
    }
    forgetLegacyEntries();
}

void LoadJob::forgetLegacyEntries()
{
    // This profile no longer names the shared entry; the last profile to move deletes it.
    index().record(m_slot.profileId, {}, m_legacyKeys);
    const QStringList others = index().keysOwnedByOthers(m_slot.profileId);
    QStringList orphaned;
    for (const QString &name : std::as_const(m_legacyKeys)) {
        if (!others.contains(name))
            orphaned << name;
    }
    connect(new DeleteEntries(m_parts, orphaned), &VaultJob::finished, this, [this] { finish(m_result); });
}

// --- RemoveJob

RemoveJob::RemoveJob(const VaultParts &parts, const QString &profileId, Index index)
    : VaultStep(parts)
    , m_profileId(profileId)
    , m_index(index)
{
}

RemoveJob *RemoveJob::token(const VaultParts &parts, const TokenSlot &slot)
{
    auto *job = new RemoveJob(parts, slot.profileId, Index::DropKeys);
    job->m_keys = QStringList{slot.keychainKey(), slot.sessionCookieKey()}
        + job->index().chunkKeysOf(slot.profileId, slot.keychainKey());
    return job;
}

RemoveJob *RemoveJob::profile(const VaultParts &parts, const QString &profileId)
{
    auto *job = new RemoveJob(parts, profileId, Index::ForgetProfile);
    // An entry from before keys were per profile may still be another profile's too; it stays.
    const QStringList shared = job->index().keysOwnedByOthers(profileId);
    job->m_keys = job->index().keys(profileId);
    job->m_keys.erase(std::remove_if(job->m_keys.begin(), job->m_keys.end(),
                                     [&](const QString &key) { return shared.contains(key); }),
                      job->m_keys.end());
    return job;
}

void RemoveJob::start()
{
    connect(new DeleteEntries(m_parts, m_keys), &VaultJob::finished, this, &RemoveJob::onDeleted);
}

void RemoveJob::onDeleted(const VaultResult &result)
{
    if (result.isOk()) {
        if (m_index == Index::DropKeys)
            index().record(m_profileId, {}, m_keys);
        else
            index().forget(m_profileId);
    }
    finish(result);
}

// --- PassphraseJob

PassphraseJob::PassphraseJob(const VaultParts &parts, const QString &profileId, Operation operation,
                             QByteArray passphrase)
    : VaultStep(parts)
    , m_profileId(profileId)
    , m_key(TokenVault::keyPassphraseKey(profileId))
    , m_operation(operation)
    , m_passphrase(std::move(passphrase))
{
}

void PassphraseJob::start()
{
    SecretJob *job = nullptr;
    if (m_operation == Operation::Load)
        job = backend().read(m_key);
    else if (m_passphrase.isEmpty())
        job = backend().remove(m_key);
    else
        job = backend().write(m_key, m_passphrase);
    connect(job, &SecretJob::finished, this, &PassphraseJob::onAnswer);
}

void PassphraseJob::onAnswer(const KeychainOutcome &outcome)
{
    if (m_operation == Operation::Load) {
        if (outcome.status == KeychainOutcome::Status::NotFound)
            finish({});
        else
            finish(outcome.isOk() ? VaultResult::loaded(outcome.value) : failure(outcome));
        return;
    }
    if (!outcome.isOk()) {
        finish(failure(outcome));
        return;
    }
    if (m_passphrase.isEmpty())
        index().record(m_profileId, {}, {m_key});
    else
        index().record(m_profileId, {m_key}, {});
    finish({});
}

} // namespace MesheryAuth
