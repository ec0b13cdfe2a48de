// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "StoredTokenWatch.h"

#include "MesheryTypes.h"
#include "ProfileStore.h"
#include "TokenNotices.h"
#include "TokenVault.h"

namespace MesheryAuth {

StoredTokenWatch::StoredTokenWatch(ProfileStore *profiles, TokenVault *vault, TokenNotices *notices, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_vault(vault)
    , m_notices(notices)
{
}

void StoredTokenWatch::refresh(const QString &openId)
{
    ++m_generation;
    m_openId = openId;
    m_queue.clear();
    const QList<ServerProfile> profiles = m_profiles->profiles();
    QStringList known;
    for (const ServerProfile &profile : profiles) {
        known << profile.id;
        if (profile.id != openId && !isLocalProviderName(profile.provider))
            m_queue << profile;
    }
    // Removed profiles say nothing more.
    const QStringList watched = m_notices->watchedProfiles();
    for (const QString &id : watched) {
        if (!known.contains(id))
            m_notices->unwatch(id);
    }
    if (!m_loading)
        loadNext();
}

void StoredTokenWatch::loadNext()
{
    if (m_queue.isEmpty()) {
        emit finished();
        return;
    }
    const ServerProfile profile = m_queue.takeFirst();
    const int generation = m_generation;
    m_loading = m_vault->load(profile.tokenSlot());
    connect(m_loading, &VaultJob::finished, this, [this, profile, generation](const VaultResult &result) {
        m_loading = nullptr;
        // Opened in the meantime: the session reports it now.
        if (generation == m_generation && profile.id != m_openId) {
            if (result.isOk() && result.found && !result.token.isEmpty())
                m_notices->watch(profile.id, profile.name, profile.serverUrl, result.token,
                                 m_vault->storedAt(profile.tokenSlot()));
            else if (result.isOk())
                m_notices->unwatch(profile.id);
        }
        loadNext();
    });
}

} // namespace MesheryAuth
