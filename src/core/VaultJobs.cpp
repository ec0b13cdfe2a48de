// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "VaultJobs.h"

#include "KeyIndex.h"
#include "Logging.h"
#include "SecretBackend.h"
#include "TokenValidator.h"

#include <QCryptographicHash>

namespace MesheryAuth {

namespace {

// The main entry of a chunked token holds only this marker, the number of chunks, the set they
// were written as and the token's SHA-256: "meshery-auth:chunks=3;set=b;sha256=<hex>" (before
// 0.3 only the number, set "", no digest). A new token's chunks go to the set the marker does not
// name, and the marker is written last: until it is, the old token stays whole and readable.
const QByteArray MarkerPrefix = QByteArrayLiteral("meshery-auth:chunks=");
const QByteArray OtherSet = QByteArrayLiteral("b");

ChunkMarker parseMarker(const QByteArray &value)
{
    ChunkMarker marker;
    if (!value.startsWith(MarkerPrefix))
        return marker;
    marker.chunked = true;
    const QList<QByteArray> fields = value.mid(MarkerPrefix.size()).split(';');
    bool isNumber = false;
    marker.count = fields.first().toInt(&isNumber);
    if (!isNumber || marker.count < 1 || marker.count > TokenVault::MaxChunks)
        return marker;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        if (fields.at(i).startsWith("set="))
            marker.set = fields.at(i).mid(4);
        else if (fields.at(i).startsWith("sha256="))
            marker.digest = fields.at(i).mid(7);
        else
            return marker;
    }
    marker.valid =
        (marker.set.isEmpty() || marker.set == OtherSet) && (marker.digest.isEmpty() || marker.digest.size() == 64);
    return marker;
}

QByteArray digestOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QString chunkKey(const QString &mainKey, const QByteArray &set, int number)
{
    return mainKey + QStringLiteral(" #%1%2").arg(QString::fromLatin1(set)).arg(number);
}

} // namespace

VaultStep::VaultStep(const VaultParts &parts)
    : VaultJob(parts.vault)
    , m_parts(parts)
    , m_counted(parts.vault)
{
    ++m_counted->m_jobsInFlight;
}

VaultStep::~VaultStep()
{
    // A step still running when the vault goes is deleted as its child, after the vault itself is
    // gone (the sanitizer's "not a TokenVault"): the guarded pointer is null by then.
    if (m_counted)
        --m_counted->m_jobsInFlight;
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
    , m_expected(index().names(key))
{
}

void ReadEntry::start()
{
    connect(backend().read(m_key), &SecretJob::finished, this, &ReadEntry::onMainEntry);
}

void ReadEntry::onMainEntry(const KeychainOutcome &outcome)
{
    if (outcome.status == KeychainOutcome::Status::NotFound) {
        if (m_expected)
            confirmMissing([this] { finish({}); });
        else
            finish({});
        return;
    }
    if (!outcome.isOk()) {
        finish(failure(outcome));
        return;
    }
    m_marker = parseMarker(outcome.value);
    if (!m_marker.chunked) {
        finishChecked(VaultResult::loaded(outcome.value));
        return;
    }
    if (!m_marker.valid) {
        finish(VaultResult::failed(
            ApiError(ApiError::Kind::KeychainDamaged,
                     TokenVault::tr("The entry \"%1\" has an unreadable chunk count.").arg(m_key))));
        return;
    }
    m_count = m_marker.count;
    readChunk();
}

void ReadEntry::confirmMissing(std::function<void()> missing)
{
    connect(backend().checkUnlocked(), &SecretJob::finished, this,
            [this, missing = std::move(missing)](const KeychainOutcome &check) {
                if (check.isOk())
                    missing();
                else
                    finish(failure(check));
            });
}

void ReadEntry::readChunk()
{
    connect(backend().read(chunkKey(m_key, m_marker.set, m_next)), &SecretJob::finished, this, &ReadEntry::onChunk);
}

void ReadEntry::onChunk(const KeychainOutcome &outcome)
{
    if (outcome.status == KeychainOutcome::Status::NotFound) {
        confirmMissing([this] {
            finish(VaultResult::failed(
                ApiError(ApiError::Kind::KeychainDamaged,
                         TokenVault::tr("Part %1 of %2 of the entry \"%3\" is missing from the keychain.")
                             .arg(m_next)
                             .arg(m_count)
                             .arg(m_key))));
        });
        return;
    }
    if (!outcome.isOk()) {
        finish(failure(outcome));
        return;
    }
    m_joined += outcome.value;
    if (m_next == m_count) {
        // Chunks that are not the ones the marker was written with (a write interrupted, or
        // someone else's) never pass for a whole token.
        if (!m_marker.digest.isEmpty() && digestOf(m_joined) != m_marker.digest) {
            finish(VaultResult::failed(
                ApiError(ApiError::Kind::KeychainDamaged,
                         TokenVault::tr("The parts of the entry \"%1\" do not belong together.").arg(m_key))));
            return;
        }
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
    m_previous = index().chunkKeysOf(slot.profileId, slot.keychainKey());
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
    // The marker stored now names the chunk set the new chunks must not overwrite.
    connect(backend().read(m_slot.keychainKey()), &SecretJob::finished, this, &StoreJob::onCurrentEntry);
}

void StoreJob::onCurrentEntry(const KeychainOutcome &current)
{
    if (!current.isOk() && current.status != KeychainOutcome::Status::NotFound) {
        finish(failure(current));
        return;
    }
    // Not there though stored: a locked keyring hides it, and its chunk set must not be guessed.
    if (current.status == KeychainOutcome::Status::NotFound && index().names(m_slot.keychainKey())) {
        connect(backend().checkUnlocked(), &SecretJob::finished, this, [this](const KeychainOutcome &check) {
            if (check.isOk())
                writeToken({});
            else
                finish(failure(check));
        });
        return;
    }
    writeToken(current.value);
}

void StoreJob::writeToken(const QByteArray &current)
{
    const ChunkMarker marker = parseMarker(current);
    const QByteArray set = marker.chunked && marker.set.isEmpty() ? OtherSet : QByteArray();
    const QString key = m_slot.keychainKey();
    QList<WriteEntries::Entry> entries;
    if (m_token.size() <= TokenVault::ChunkSize) {
        entries.append({key, m_token});
    } else {
        int count = 0;
        for (qsizetype offset = 0; offset < m_token.size(); offset += TokenVault::ChunkSize)
            entries.append({chunkKey(key, set, ++count), m_token.mid(offset, TokenVault::ChunkSize)});
        // Written last, so a reader never finds a marker whose chunks are not all there yet.
        entries.append(
            {key, MarkerPrefix + QByteArray::number(count) + ";set=" + set + ";sha256=" + digestOf(m_token)});
    }
    for (const WriteEntries::Entry &entry : std::as_const(entries))
        m_written << entry.first;
    m_wasIndexed = index().keys(m_slot.profileId).contains(key);
    // Named before written: a crash leaves at worst a name without an entry, which start repairs.
    index().setUnsettled(m_slot.profileId, true);
    index().record(m_slot.profileId, m_written, {});
    connect(new WriteEntries(m_parts, entries), &VaultJob::finished, this, &StoreJob::onTokenWritten);
}

void StoreJob::onTokenWritten(const VaultResult &result)
{
    const QString key = m_slot.keychainKey();
    if (!result.isOk()) {
        // The new chunks go (the old token's are another set, and its marker is untouched); so
        // does the main entry if it is new, in case a keychain that did not answer in time
        // writes it still.
        m_failure = result;
        m_partial = m_written;
        if (m_wasIndexed)
            m_partial.removeAll(key);
        connect(new DeleteEntries(m_parts, m_partial), &VaultJob::finished, this, &StoreJob::onPartialRemoved);
        return;
    }
    // Chunks of the older token: best effort, the new token is already complete.
    m_stale = m_previous;
    for (const QString &name : std::as_const(m_written))
        m_stale.removeAll(name);
    connect(new DeleteEntries(m_parts, m_stale), &VaultJob::finished, this, &StoreJob::onStaleRemoved);
}

void StoreJob::onPartialRemoved(const VaultResult &result)
{
    // Entries that could not be deleted stay named (and the profile unsettled) for the repair.
    if (result.isOk()) {
        index().record(m_slot.profileId, {}, m_partial);
        index().setUnsettled(m_slot.profileId, false);
    }
    finish(m_failure);
}

void StoreJob::onStaleRemoved(const VaultResult &result)
{
    if (result.isOk())
        index().record(m_slot.profileId, {}, m_stale);
    if (!m_sessionCookie) {
        settle(result);
        finish({});
        return;
    }
    // The session cookie goes once the token is whole, so no reader finds it with an old token.
    const QString cookieKey = m_slot.sessionCookieKey();
    VaultJob *job = nullptr;
    if (m_sessionCookie->isEmpty()) {
        job = new DeleteEntries(m_parts, {cookieKey});
    } else {
        index().record(m_slot.profileId, {cookieKey}, {});
        job = new WriteEntries(m_parts, {{cookieKey, *m_sessionCookie}});
    }
    m_staleResult = result;
    connect(job, &VaultJob::finished, this, &StoreJob::onSessionCookieStored);
}

void StoreJob::onSessionCookieStored(const VaultResult &result)
{
    if (result.isOk() && m_sessionCookie->isEmpty())
        index().record(m_slot.profileId, {}, {m_slot.sessionCookieKey()});
    settle(result.isOk() ? m_staleResult : result);
    finish(result);
}

void StoreJob::settle(const VaultResult &lastStep)
{
    if (lastStep.isOk())
        index().setUnsettled(m_slot.profileId, false);
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
    // This profile no longer names the shared entry; the last profile to move deletes it, and
    // lets go of the names once the entries are gone.
    const QStringList others = index().keysOwnedByOthers(m_slot.profileId);
    QStringList orphaned;
    for (const QString &name : std::as_const(m_legacyKeys)) {
        if (!others.contains(name))
            orphaned << name;
    }
    connect(new DeleteEntries(m_parts, orphaned), &VaultJob::finished, this, [this](const VaultResult &deleted) {
        if (deleted.isOk())
            index().record(m_slot.profileId, {}, m_legacyKeys);
        finish(m_result);
    });
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
    index().setUnsettled(m_profileId, true);
    connect(new DeleteEntries(m_parts, m_keys), &VaultJob::finished, this, &RemoveJob::onDeleted);
}

void RemoveJob::onDeleted(const VaultResult &result)
{
    if (result.isOk()) {
        if (m_index == Index::DropKeys)
            index().record(m_profileId, {}, m_keys);
        else
            index().forget(m_profileId);
        index().setUnsettled(m_profileId, false);
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
    if (m_operation == Operation::Store) {
        // Named before written, as StoreJob does.
        index().setUnsettled(m_profileId, true);
        index().record(m_profileId, {m_key}, {});
    }
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
    index().setUnsettled(m_profileId, false);
    finish({});
}

// --- IndexRepairJob

IndexRepairJob::IndexRepairJob(const VaultParts &parts)
    : VaultStep(parts)
    , m_profiles(parts.index->unsettledProfiles())
{
}

void IndexRepairJob::start()
{
    nextProfile();
}

void IndexRepairJob::nextProfile()
{
    if (m_profiles.isEmpty()) {
        finish({});
        return;
    }
    m_profileId = m_profiles.takeFirst();
    m_keys = index().keys(m_profileId);
    m_missing.clear();
    nextKey();
}

void IndexRepairJob::nextKey()
{
    if (m_keys.isEmpty()) {
        profileChecked();
        return;
    }
    m_checking = m_keys.takeFirst();
    connect(backend().read(m_checking), &SecretJob::finished, this, &IndexRepairJob::onRead);
}

void IndexRepairJob::onRead(const KeychainOutcome &outcome)
{
    if (outcome.status == KeychainOutcome::Status::NotFound) {
        m_missing << m_checking;
    } else if (!outcome.isOk()) {
        // Checked again at the next start.
        qCInfo(lcVault).noquote() << "index check stopped:" << outcome.backendMessage;
        finish(failure(outcome));
        return;
    }
    nextKey();
}

void IndexRepairJob::profileChecked()
{
    // Another job of this run may be writing an entry just found missing: leave it for next time.
    if (jobsInFlight() > 1 || m_missing.isEmpty()) {
        if (m_missing.isEmpty())
            index().setUnsettled(m_profileId, false);
        nextProfile();
        return;
    }
    // A locked keyring answers "no such entry" for everything: nothing is dropped then.
    connect(backend().checkUnlocked(), &SecretJob::finished, this, [this](const KeychainOutcome &check) {
        if (!check.isOk()) {
            qCInfo(lcVault).noquote() << "index check stopped:" << check.backendMessage;
            finish(failure(check));
            return;
        }
        dropMissing();
    });
}

void IndexRepairJob::dropMissing()
{
    for (const QString &name : std::as_const(m_missing))
        qCInfo(lcVault).noquote() << "index repaired: dropped" << name << "(no such entry in the keychain)";
    index().record(m_profileId, {}, m_missing);
    index().setUnsettled(m_profileId, false);
    nextProfile();
}

} // namespace MesheryAuth
