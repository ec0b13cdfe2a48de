// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileService.h"

#include "ProfileStore.h"
#include "ServerAddress.h"
#include "TokenVault.h"

#include <QSettings>

namespace MesheryAuth {

namespace {
const QString DemoProfileKey = QStringLiteral("demo/profileId");

bool sameAddress(const QUrl &a, const QUrl &b)
{
    return ServerAddress::normalise(a.toString()) == ServerAddress::normalise(b.toString());
}
} // namespace

ProfileService::ProfileService(QSettings *settings, ProfileStore *profiles, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_vault(vault)
{
}

namespace {

// Tokens first, then the profile: a profile whose tokens could not be deleted is kept.
class RemoveProfileJob : public VaultJob
{
public:
    RemoveProfileJob(ProfileStore *profiles, TokenVault *vault, const QString &profileId, QObject *parent)
        : VaultJob(parent)
        , m_profiles(profiles)
        , m_vault(vault)
        , m_profileId(profileId)
    {
    }

protected:
    void start() override
    {
        connect(m_vault->removeProfile(m_profileId), &VaultJob::finished, this, &RemoveProfileJob::onTokensRemoved);
    }

private:
    void onTokensRemoved(const VaultResult &removed)
    {
        VaultResult result = removed;
        if (result.isOk())
            result.error = m_profiles->remove(m_profileId);
        finish(result);
    }

    ProfileStore *m_profiles;
    TokenVault *m_vault;
    QString m_profileId;
};

} // namespace

VaultJob *ProfileService::remove(const ServerProfile &profile)
{
    return new RemoveProfileJob(m_profiles, m_vault, profile.id, this);
}

ApiError ProfileService::save(const ServerProfile &before, ServerProfile &edited)
{
    const bool newAddress = !before.id.isEmpty() && !sameAddress(edited.serverUrl, before.serverUrl);
    ServerProfile candidate = edited;
    if (newAddress) {
        candidate.provider.clear();
        candidate.organizationId.clear();
    }
    const ApiError error = m_profiles->save(candidate);
    if (!error.isOk())
        return error;
    edited = candidate;
    // A token belongs to one server: a new address leaves the old ones (every provider's) nothing
    // to do. A failure is the vault's to log; the profile's next sign-in replaces the entries anyway.
    if (newAddress)
        m_vault->removeProfile(before.id);
    return {};
}

ApiError ProfileService::saveDemoProfile(const QUrl &url, ServerProfile *demo)
{
    ServerProfile profile =
        m_profiles->profile(m_settings->value(DemoProfileKey).toString()).value_or(m_profiles->newProfile(url));
    profile.serverUrl = url;
    profile.name = tr("Demo (built-in test server)");
    const ApiError error = m_profiles->save(profile);
    if (!error.isOk())
        return error;
    m_settings->setValue(DemoProfileKey, profile.id);
    *demo = profile;
    return {};
}

} // namespace MesheryAuth
