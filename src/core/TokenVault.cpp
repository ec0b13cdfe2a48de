// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenVault.h"

#include "KeyIndex.h"
#include "KeychainStore.h"
#include "Logging.h"
#include "MemorySecrets.h"
#include "StoredAtIndex.h"
#include "VaultJobs.h"

namespace MesheryAuth {

QString TokenSlot::keychainKey() const
{
    return QStringLiteral("%1 (profile %2)").arg(legacyKeychainKey(), profileId);
}

QString TokenSlot::legacyKeychainKey() const
{
    return QStringLiteral("%1 @ %2").arg(provider, serverUrl.toString(QUrl::RemoveUserInfo));
}

void VaultJob::finish(const VaultResult &result)
{
    if (settle())
        emit finished(result);
}

TokenVault::TokenVault(QSettings *settings, const QString &service, QObject *parent)
    : QObject(parent)
    , m_keychain(new KeychainStore(service, this))
    , m_memory(new MemorySecrets(this))
    , m_settingsIndex(std::make_unique<SettingsKeyIndex>(settings))
    , m_memoryIndex(std::make_unique<MemoryKeyIndex>())
    , m_storedAt(std::make_unique<StoredAtIndex>(settings))
    , m_backend(m_keychain)
    , m_index(m_settingsIndex.get())
{
    qRegisterMetaType<MesheryAuth::VaultResult>();
    qRegisterMetaType<MesheryAuth::KeychainOutcome>();
}

TokenVault::~TokenVault() = default;

bool TokenVault::isSessionOnly() const
{
    return m_backend == m_memory;
}

void TokenVault::setSessionOnly(bool sessionOnly)
{
    if (sessionOnly) {
        m_backend = m_memory;
        m_index = m_memoryIndex.get();
        return;
    }
    m_backend = m_keychain;
    m_index = m_settingsIndex.get();
    m_memory->clear();
    m_memoryIndex->clear();
}

VaultResult TokenVault::failure(const KeychainOutcome &outcome)
{
    VaultResult result;
    if (outcome.status == KeychainOutcome::Status::AccessDenied) {
        result.error = ApiError(ApiError::Kind::KeychainAccessDenied, outcome.backendMessage);
    } else {
        result.error = ApiError(ApiError::Kind::KeychainUnavailable, outcome.backendMessage);
        // A keychain call from before session-only mode was chosen: the user knows already.
        if (!isSessionOnly())
            emit keychainUnavailable(outcome.backendMessage);
    }
    return result;
}

VaultJob *TokenVault::logged(VaultJob *job, const char *operation, const QString &what) const
{
    qCDebug(lcVault).noquote() << operation << what << (isSessionOnly() ? "(session only)" : "");
    connect(job, &VaultJob::finished, job, [operation, what](const VaultResult &result) {
        if (result.isOk())
            qCDebug(lcVault).noquote() << operation << what << "done";
        else
            qCInfo(lcVault).noquote() << operation << what << "failed:" << result.error.id() << result.error.detail();
    });
    return job;
}

VaultJob *TokenVault::store(const TokenSlot &slot, const QByteArray &token, std::optional<QByteArray> sessionCookie)
{
    VaultJob *job = logged(new StoreJob(VaultStep::partsOf(this), slot, token, std::move(sessionCookie)), "store",
                           slot.keychainKey());
    // Session-only mode writes nothing to disk, the time included.
    if (!isSessionOnly()) {
        connect(job, &VaultJob::finished, this, [this, slot](const VaultResult &result) {
            if (result.isOk())
                m_storedAt->record(slot, QDateTime::currentDateTimeUtc());
        });
    }
    return job;
}

VaultJob *TokenVault::load(const TokenSlot &slot)
{
    return logged(new LoadJob(VaultStep::partsOf(this), slot), "load", slot.keychainKey());
}

VaultJob *TokenVault::remove(const TokenSlot &slot)
{
    m_storedAt->forget(slot);
    return logged(RemoveJob::token(VaultStep::partsOf(this), slot), "remove", slot.keychainKey());
}

VaultJob *TokenVault::removeProfile(const QString &profileId)
{
    m_storedAt->forgetProfile(profileId);
    return logged(RemoveJob::profile(VaultStep::partsOf(this), profileId), "remove profile", profileId);
}

QDateTime TokenVault::storedAt(const TokenSlot &slot) const
{
    return m_storedAt->storedAt(slot);
}

VaultJob *TokenVault::storeKeyPassphrase(const QString &profileId, const QByteArray &passphrase)
{
    using Op = PassphraseJob::Operation;
    return logged(new PassphraseJob(VaultStep::partsOf(this), profileId, Op::Store, passphrase),
                  passphrase.isEmpty() ? "remove" : "store", keyPassphraseKey(profileId));
}

VaultJob *TokenVault::loadKeyPassphrase(const QString &profileId)
{
    return logged(new PassphraseJob(VaultStep::partsOf(this), profileId, PassphraseJob::Operation::Load), "load",
                  keyPassphraseKey(profileId));
}

QString TokenVault::keyPassphraseKey(const QString &profileId)
{
    return QStringLiteral("Client key passphrase (profile %1)").arg(profileId);
}

VaultJob *TokenVault::repairIndex()
{
    return logged(new IndexRepairJob(VaultStep::partsOf(this)), "repair index",
                  m_index->unsettledProfiles().join(u' '));
}

QStringList TokenVault::indexedKeys(const QString &profileId) const
{
    return m_index->keys(profileId);
}

} // namespace MesheryAuth
