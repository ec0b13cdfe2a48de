#include "TokenVault.h"

#include "KeychainStore.h"
#include "TokenValidator.h"

#include <QSettings>
#include <QTimer>

namespace MesheryAuth {

namespace {

// The main entry of a chunked token holds only this marker and the number of chunks.
const QByteArray ChunkMarker = QByteArrayLiteral("meshery-auth:chunks=");
const QString IndexGroup = QStringLiteral("keychainIndex");

QString chunkKey(const QString &mainKey, int number)
{
    return mainKey + QStringLiteral(" #%1").arg(number);
}

QString indexKey(const QString &profileId)
{
    return IndexGroup + QLatin1Char('/') + profileId;
}

} // namespace

QString TokenSlot::keychainKey() const
{
    return QStringLiteral("%1 (profile %2)").arg(legacyKeychainKey(), profileId);
}

QString TokenSlot::legacyKeychainKey() const
{
    return QStringLiteral("%1 @ %2").arg(provider, serverUrl.toString(QUrl::RemoveUserInfo));
}

TokenVault::TokenVault(QSettings *settings, const QString &service, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(new KeychainStore(service, this))
{
}

TokenVault::~TokenVault() = default;

void TokenVault::setSessionOnly(bool sessionOnly)
{
    m_sessionOnly = sessionOnly;
    if (!sessionOnly) {
        m_sessionTokens.clear();
        m_sessionIndex.clear();
    }
}

TokenVault::Callback TokenVault::guarded(QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    return [guard, hadContext, done = std::move(done)](const VaultResult &result) {
        if (hadContext && !guard)
            return;
        if (done)
            done(result);
    };
}

void TokenVault::later(Callback done, VaultResult result)
{
    // Same contract in every mode: the answer never arrives inside the call that asked.
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

VaultResult TokenVault::failure(const KeychainOutcome &outcome)
{
    VaultResult result;
    if (outcome.status == KeychainOutcome::Status::AccessDenied) {
        result.error = ApiError(ApiError::Kind::KeychainAccessDenied, outcome.backendMessage);
    } else {
        result.error = ApiError(ApiError::Kind::KeychainUnavailable, outcome.backendMessage);
        emit keychainUnavailable(outcome.backendMessage);
    }
    return result;
}

void TokenVault::store(const TokenSlot &slot, const QByteArray &token, QObject *context, Callback done,
                       std::optional<QByteArray> sessionCookie)
{
    done = guarded(context, std::move(done));
    const QString key = slot.keychainKey();
    // What load() would refuse is never stored.
    ApiError refused = TokenValidator::check(token, tr("the token to keep"));
    if (refused.isOk() && sessionCookie && !sessionCookie->isEmpty())
        refused = TokenValidator::check(*sessionCookie, tr("the session cookie to keep"));
    if (!refused.isOk()) {
        later(std::move(done), VaultResult::failed(refused));
        return;
    }
    if (sessionCookie) {
        // The session cookie goes once the token is whole, so no reader finds it with an old token.
        done = [this, slot, cookie = *sessionCookie, done](const VaultResult &stored) {
            if (!stored.isOk()) {
                done(stored);
                return;
            }
            storeSessionCookie(slot, cookie, done);
        };
    }
    if (m_sessionOnly) {
        m_sessionTokens.insert(key, token);
        recordKeys(slot.profileId, {key}, {});
        later(std::move(done), {});
        return;
    }

    QList<Entry> entries;
    if (token.size() <= ChunkSize) {
        entries.append({key, token});
    } else {
        int count = 0;
        for (qsizetype offset = 0; offset < token.size(); offset += ChunkSize)
            entries.append({chunkKey(key, ++count), token.mid(offset, ChunkSize)});
        // Written last, so a reader never finds a marker whose chunks are not all there yet.
        entries.append({key, ChunkMarker + QByteArray::number(count)});
    }
    QStringList written;
    for (const Entry &entry : entries)
        written << entry.first;
    const QStringList previous = chunkKeysOf(slot.profileId, key);
    QStringList stale = previous;
    for (const QString &name : std::as_const(written))
        stale.removeAll(name);

    writeEntries(entries, [this, slot, key, written, previous, stale, done](const VaultResult &result) {
        if (!result.isOk()) {
            // Some chunks may be written: they go, so none lies about in the keychain unindexed.
            // Had the old token chunks of the same names, it is mixed now: its marker goes too,
            // so no reader takes the mix for a whole token.
            QStringList partial = written;
            partial.removeAll(key);
            const bool oldTokenDamaged = std::any_of(partial.cbegin(), partial.cend(),
                                                     [&](const QString &name) { return previous.contains(name); });
            if (oldTokenDamaged)
                partial << key;
            deleteKeys(partial, [this, slot, partial, result, done](const VaultResult &) {
                recordKeys(slot.profileId, {}, partial);
                done(result);
            });
            return;
        }
        recordKeys(slot.profileId, written, {});
        // Chunks of an older, longer token: best effort, the new token is already complete.
        deleteKeys(stale, [this, slot, stale, done](const VaultResult &) {
            recordKeys(slot.profileId, {}, stale);
            done({});
        });
    });
}

void TokenVault::storeSessionCookie(const TokenSlot &slot, const QByteArray &sessionCookie, Callback done)
{
    const QString key = slot.sessionCookieKey();
    if (m_sessionOnly) {
        if (sessionCookie.isEmpty())
            m_sessionTokens.remove(key);
        else
            m_sessionTokens.insert(key, sessionCookie);
        recordKeys(slot.profileId, sessionCookie.isEmpty() ? QStringList() : QStringList{key},
                   sessionCookie.isEmpty() ? QStringList{key} : QStringList());
        done({});
        return;
    }
    if (sessionCookie.isEmpty()) {
        deleteKeys({key}, [this, slot, key, done](const VaultResult &result) {
            if (result.isOk())
                recordKeys(slot.profileId, {}, {key});
            done(result);
        });
        return;
    }
    writeEntries({{key, sessionCookie}}, [this, slot, key, done](const VaultResult &result) {
        if (result.isOk())
            recordKeys(slot.profileId, {key}, {});
        done(result);
    });
}

void TokenVault::loadSessionCookie(const TokenSlot &slot, VaultResult withToken, Callback done)
{
    if (m_sessionOnly) {
        withToken.sessionCookie = m_sessionTokens.value(slot.sessionCookieKey());
        done(withToken);
        return;
    }
    readEntry(slot.sessionCookieKey(), [withToken, done](const VaultResult &cookie) mutable {
        // An unreadable session cookie costs only the revocation at logout: the token still works.
        if (cookie.isOk() && cookie.found)
            withToken.sessionCookie = cookie.token;
        done(withToken);
    });
}

void TokenVault::writeEntries(QList<Entry> entries, Callback done)
{
    if (entries.isEmpty()) {
        done({});
        return;
    }
    const Entry entry = entries.takeFirst();
    m_keychain->write(entry.first, entry.second, [this, entries, done](const KeychainOutcome &outcome) {
        if (!outcome.isOk()) {
            done(failure(outcome));
            return;
        }
        writeEntries(entries, done);
    });
}

void TokenVault::load(const TokenSlot &slot, QObject *context, Callback done)
{
    done = guarded(context, std::move(done));
    const QString key = slot.keychainKey();
    if (m_sessionOnly) {
        VaultResult result;
        result.found = m_sessionTokens.contains(key);
        result.token = m_sessionTokens.value(key);
        result.sessionCookie = m_sessionTokens.value(slot.sessionCookieKey());
        later(std::move(done), result);
        return;
    }
    readEntry(key, [this, slot, done](const VaultResult &result) {
        if (result.isOk() && !result.found && indexedKeys(slot.profileId).contains(slot.legacyKeychainKey())) {
            migrateLegacyEntry(slot, done);
            return;
        }
        if (!result.found) {
            done(result);
            return;
        }
        loadSessionCookie(slot, result, done);
    });
}

void TokenVault::readEntry(const QString &key, Callback done)
{
    // Whatever the keychain holds was written by someone: it is checked like any other token.
    const auto checked = [key, done](const VaultResult &result) {
        if (!result.found) {
            done(result);
            return;
        }
        const ApiError refused = TokenValidator::check(result.token, tr("the keychain entry \"%1\"").arg(key));
        done(refused.isOk() ? result : VaultResult::failed(refused));
    };
    m_keychain->read(key, [this, key, checked](const KeychainOutcome &outcome) {
        if (outcome.status == KeychainOutcome::Status::NotFound) {
            checked({});
            return;
        }
        if (!outcome.isOk()) {
            checked(failure(outcome));
            return;
        }
        if (!outcome.value.startsWith(ChunkMarker)) {
            checked(VaultResult::loaded(outcome.value));
            return;
        }
        bool isNumber = false;
        const int count = outcome.value.mid(ChunkMarker.size()).toInt(&isNumber);
        if (!isNumber || count < 1 || count > MaxChunks) {
            checked(VaultResult::failed(ApiError(ApiError::Kind::KeychainDamaged, tr("The entry \"%1\" has an unreadable chunk count.").arg(key))));
            return;
        }
        readChunks(key, count, 1, {}, checked);
    });
}

void TokenVault::migrateLegacyEntry(const TokenSlot &slot, Callback done)
{
    const QString legacy = slot.legacyKeychainKey();
    readEntry(legacy, [this, slot, legacy, done](const VaultResult &old) {
        const QStringList legacyKeys = QStringList{legacy} + chunkKeysOf(slot.profileId, legacy);
        const auto forgetLegacy = [this, slot, legacyKeys](Callback then) {
            // This profile no longer names the shared entry; the last profile to move deletes it.
            recordKeys(slot.profileId, {}, legacyKeys);
            const QStringList others = keysOwnedByOthers(slot.profileId);
            QStringList orphaned;
            for (const QString &name : legacyKeys) {
                if (!others.contains(name))
                    orphaned << name;
            }
            deleteKeys(orphaned, [then](const VaultResult &) { then({}); });
        };
        if (!old.isOk()) {
            done(old);
            return;
        }
        if (!old.found) {
            forgetLegacy([done](const VaultResult &) { done({}); });
            return;
        }
        store(slot, old.token, this, [old, forgetLegacy, done](const VaultResult &stored) {
            if (!stored.isOk()) {
                done(stored);
                return;
            }
            forgetLegacy([old, done](const VaultResult &) { done(old); });
        });
    });
}

void TokenVault::readChunks(const QString &key, int count, int next, QByteArray joined, Callback done)
{
    if (next > count) {
        done(VaultResult::loaded(joined));
        return;
    }
    m_keychain->read(chunkKey(key, next), [this, key, count, next, joined, done](const KeychainOutcome &outcome) {
        if (outcome.status == KeychainOutcome::Status::NotFound) {
            done(VaultResult::failed(ApiError(ApiError::Kind::KeychainDamaged, tr("Part %1 of %2 of the entry \"%3\" is missing from the keychain.").arg(next).arg(count).arg(key))));
            return;
        }
        if (!outcome.isOk()) {
            done(failure(outcome));
            return;
        }
        readChunks(key, count, next + 1, joined + outcome.value, done);
    });
}

void TokenVault::remove(const TokenSlot &slot, QObject *context, Callback done)
{
    done = guarded(context, std::move(done));
    const QStringList keys = QStringList{slot.keychainKey(), slot.sessionCookieKey()} + chunkKeysOf(slot.profileId, slot.keychainKey());
    if (m_sessionOnly) {
        for (const QString &key : keys)
            m_sessionTokens.remove(key);
        recordKeys(slot.profileId, {}, keys);
        later(std::move(done), {});
        return;
    }
    deleteKeys(keys, [this, slot, keys, done](const VaultResult &result) {
        if (result.isOk())
            recordKeys(slot.profileId, {}, keys);
        done(result);
    });
}

void TokenVault::removeProfile(const QString &profileId, QObject *context, Callback done)
{
    done = guarded(context, std::move(done));
    QStringList keys = indexedKeys(profileId);
    // An entry from before keys were per profile may still be another profile's too; it stays.
    const QStringList shared = keysOwnedByOthers(profileId);
    keys.erase(std::remove_if(keys.begin(), keys.end(), [&](const QString &key) { return shared.contains(key); }),
               keys.end());
    if (m_sessionOnly) {
        for (const QString &key : std::as_const(keys))
            m_sessionTokens.remove(key);
        m_sessionIndex.remove(profileId);
        later(std::move(done), {});
        return;
    }
    deleteKeys(keys, [this, profileId, done](const VaultResult &result) {
        if (result.isOk())
            m_settings->remove(indexKey(profileId));
        done(result);
    });
}

void TokenVault::deleteKeys(QStringList keys, Callback done)
{
    if (keys.isEmpty()) {
        done({});
        return;
    }
    const QString key = keys.takeFirst();
    m_keychain->remove(key, [this, keys, done](const KeychainOutcome &outcome) {
        if (!outcome.isOk()) {
            done(failure(outcome));
            return;
        }
        deleteKeys(keys, done);
    });
}

QStringList TokenVault::indexedKeys(const QString &profileId) const
{
    if (m_sessionOnly)
        return m_sessionIndex.value(profileId);
    return m_settings->value(indexKey(profileId)).toStringList();
}

QStringList TokenVault::chunkKeysOf(const QString &profileId, const QString &mainKey) const
{
    const QString prefix = mainKey + QStringLiteral(" #");
    QStringList chunks;
    const QStringList keys = indexedKeys(profileId);
    for (const QString &key : keys) {
        if (key.startsWith(prefix))
            chunks << key;
    }
    return chunks;
}

void TokenVault::recordKeys(const QString &profileId, const QStringList &added, const QStringList &removed)
{
    QStringList keys = indexedKeys(profileId);
    for (const QString &key : added) {
        if (!keys.contains(key))
            keys << key;
    }
    for (const QString &key : removed)
        keys.removeAll(key);
    if (m_sessionOnly) {
        m_sessionIndex.insert(profileId, keys);
        return;
    }
    if (keys.isEmpty())
        m_settings->remove(indexKey(profileId));
    else
        m_settings->setValue(indexKey(profileId), keys);
    m_settings->sync();
}

QStringList TokenVault::keysOwnedByOthers(const QString &profileId) const
{
    QStringList keys;
    if (m_sessionOnly) {
        for (auto it = m_sessionIndex.cbegin(); it != m_sessionIndex.cend(); ++it) {
            if (it.key() != profileId)
                keys << it.value();
        }
        return keys;
    }
    m_settings->beginGroup(IndexGroup);
    const QStringList profiles = m_settings->childKeys();
    m_settings->endGroup();
    for (const QString &other : profiles) {
        if (other != profileId)
            keys << m_settings->value(indexKey(other)).toStringList();
    }
    return keys;
}

} // namespace MesheryAuth
