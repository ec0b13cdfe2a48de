// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "CliContext.h"

#include "ApiClient.h"
#include "AppSettings.h"
#include "RefreshedTokenSaver.h"
#include "ServerAddress.h"
#include "SignInService.h"
#include "TokenVault.h"

#include <QSettings>

namespace MesheryAuth::Cli {

CliContext::CliContext(QObject *parent)
    : QObject(parent)
    , m_settings(AppSettings::open())
    , m_core(std::make_unique<AppCore>(m_settings.get()))
{
    // The run ends after the index check too, so a repair is never cut short.
    if (VaultJob *repair = m_core->indexRepair()) {
        ++m_pendingWrites;
        connect(repair, &VaultJob::finished, this, &CliContext::writeFinished);
    }
}

CliContext::~CliContext() = default;

std::optional<ServerProfile> CliContext::resolveProfile(Fallback fallback, CliError *error) const
{
    if (!m_selection.profile.isEmpty()) {
        if (auto found = findProfile(m_selection.profile))
            return found;
        *error = CliError::failure(QStringLiteral("profile-not-found"),
                                   tr("There is no profile named \"%1\".").arg(m_selection.profile),
                                   tr("List the profiles with: meshery-auth-cli profiles"));
        return std::nullopt;
    }
    if (!m_selection.server.isEmpty()) {
        QString problem;
        const QUrl url = ServerAddress::normalise(m_selection.server, &problem);
        if (!url.isValid()) {
            *error = CliError::usage(tr("--server: %1").arg(problem));
            return std::nullopt;
        }
        const auto current = profiles()->current();
        if (current && current->serverUrl == url)
            return current;
        return profiles()->findByServer(url).value_or(profiles()->newProfile(url));
    }
    if (auto current = profiles()->current())
        return current;
    if (fallback == Fallback::DefaultServer)
        return profiles()->newProfile();
    *error = CliError::notSignedIn(tr("No server is chosen and no profile is current."),
                                   tr("Log in with: meshery-auth-cli --server URL login --provider KEY"));
    return std::nullopt;
}

std::optional<ServerProfile> CliContext::findProfile(const QString &nameOrId) const
{
    const QList<ServerProfile> all = profiles()->profiles();
    for (const ServerProfile &profile : all) {
        if (profile.name == nameOrId)
            return profile;
    }
    if (auto byId = profiles()->profile(nameOrId))
        return byId;
    std::optional<ServerProfile> match;
    for (const ServerProfile &profile : all) {
        if (profile.name.compare(nameOrId, Qt::CaseInsensitive) == 0) {
            if (match)
                return std::nullopt; // ambiguous: make the user say exactly which
            match = profile;
        }
    }
    return match;
}

std::chrono::seconds CliContext::timeoutFor(const ServerProfile &profile) const
{
    return std::chrono::seconds(m_selection.timeoutSeconds > 0 ? m_selection.timeoutSeconds : profile.timeoutSeconds);
}

ApiClient *CliContext::client(const ServerProfile &profile, const QByteArray &token)
{
    m_clients.push_back(std::make_unique<ApiClient>());
    ApiClient *client = m_clients.back().get();
    client->setServerUrl(profile.serverUrl);
    client->setTrust(profile.trust, profile.id, vault());
    client->setProvider(profile.provider);
    client->setToken(token);
    client->setTimeout(timeoutFor(profile));
    if (!profile.id.isEmpty()) {
        // Only a saved profile owns a stored session worth renewing (the saver skips others).
        auto *saver = new RefreshedTokenSaver(client, vault(), client);
        saver->setSlot(profile.tokenSlot());
        connect(client, &ApiClient::tokenRefreshed, this, [this] { ++m_pendingWrites; });
        connect(saver, &RefreshedTokenSaver::saved, this, &CliContext::writeFinished);
        connect(saver, &RefreshedTokenSaver::failed, this, [this](const ApiError &error) {
            m_output.note(
                tr("The server renewed the session, but the new token could not be stored: %1").arg(error.message()));
            writeFinished();
        });
    }
    return client;
}

void CliContext::writeFinished()
{
    if (--m_pendingWrites == 0)
        emit idle();
}

} // namespace MesheryAuth::Cli
