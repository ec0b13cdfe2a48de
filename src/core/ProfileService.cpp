#include "ProfileService.h"

#include "ProfileStore.h"
#include "ServerAddress.h"
#include "TokenVault.h"

#include <QPointer>
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

void ProfileService::remove(const ServerProfile &profile, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const QString id = profile.id;
    m_vault->removeProfile(id, this, [this, id, guard, done = std::move(done)](const VaultResult &removed) {
        const ApiError error = removed.isOk() ? m_profiles->remove(id) : removed.error;
        if (guard && done)
            done(error);
    });
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
    // A token belongs to one server: a new address leaves the old one nothing to do.
    if (newAddress)
        m_vault->remove(before.tokenSlot(), this, {});
    return {};
}

ApiError ProfileService::saveDemoProfile(const QUrl &url, ServerProfile *demo)
{
    ServerProfile profile = m_profiles->profile(m_settings->value(DemoProfileKey).toString()).value_or(ProfileStore::draft(url));
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
