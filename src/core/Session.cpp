// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Session.h"

namespace MesheryAuth {

Session::Session(ProfileStore *profiles, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_vault(vault)
    , m_refreshSaver(&m_client, vault)
{
    connect(&m_client, &ApiClient::sessionRejected, this, &Session::reportRejected);
    connect(&m_client, &ApiClient::tokenRefreshed, this, [this](const QByteArray &token) {
        m_token = token;
        emit accountChanged();
    });
}

std::optional<Provider> Session::provider(const QString &key) const
{
    return findProvider(m_providers, key);
}

void Session::open(const ServerProfile &profile)
{
    ++m_generation;
    m_client.cancelAll();
    m_profile = profile;
    m_token.clear();
    m_user = {};
    m_lastError = {};
    m_providers.clear();
    m_providersError = {};
    m_serverBuild.clear();
    m_client.setServerUrl(profile.serverUrl);
    m_client.setTrust(profile.trust, profile.id, m_vault);
    m_client.setProvider(profile.provider);
    m_client.setToken({});
    m_client.setTimeout(std::chrono::seconds(profile.timeoutSeconds));
    m_refreshSaver.setSlot(profile.tokenSlot());
    emit profileChanged(profile);
    emit accountChanged();
    refreshProviders();
    loadToken();
    // By server, not generation: choosing a provider (which starts a new generation) keeps the server.
    const QUrl server = profile.serverUrl;
    const QString id = profile.id;
    connect(m_client.serverVersion(), &ApiCall::finished, this, [this, server, id](const ApiResult &result) {
        if (m_profile.serverUrl == server && m_profile.id == id && result.isOk())
            m_serverBuild = result.valueAs<ServerVersion>().build;
    });
}

void Session::close()
{
    ++m_generation;
    m_client.cancelAll();
    m_providersCall = nullptr;
    m_userCall = nullptr;
    m_profile = {};
    m_token.clear();
    m_client.setToken({});
    m_user = {};
    m_lastError = {};
    m_providers.clear();
    m_providersError = {};
    m_serverBuild.clear();
    setState(State::NoProfile);
    emit profileChanged(m_profile);
    emit accountChanged();
    emit providersChanged();
}

void Session::refreshProviders()
{
    if (m_providersCall)
        m_providersCall->cancel();
    m_providersCall = m_client.providers();
    const int generation = m_generation;
    connect(m_providersCall, &ApiCall::finished, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation || result.error.kind() == ApiError::Kind::Cancelled)
            return;
        m_providersCall = nullptr; // done: no longer loading
        m_providers = result.valueAs<QList<Provider>>();
        m_providersError = result.error;
        if (m_profile.provider.isEmpty()) {
            if (const QString only = preselectedProvider(m_providers); !only.isEmpty())
                chooseProvider(only);
        }
        emit providersChanged();
    });
    emit providersChanged();
}

void Session::loadToken()
{
    setState(State::Loading);
    const int generation = m_generation;
    const int account = m_accountGeneration;
    connect(m_vault->load(m_profile.tokenSlot()), &VaultJob::finished, this,
            [this, generation, account](const VaultResult &result) {
                if (!isCurrent(generation, account))
                    return;
                if (!result.isOk()) {
                    m_lastError = result.error;
                    setState(State::SignedOut);
                    return;
                }
                m_token = result.token;
                m_client.setToken(m_token);
                emit accountChanged();
                if (m_token.isEmpty() && !isLocalProviderName(m_profile.provider)) {
                    setState(State::SignedOut);
                    return;
                }
                refreshUser();
            });
}

void Session::refreshUser()
{
    if (m_profile.provider.isEmpty()) {
        setState(State::SignedOut);
        return;
    }
    if (m_userCall)
        m_userCall->cancel();
    m_userCall = m_client.currentUser();
    const int generation = m_generation;
    const int account = m_accountGeneration;
    connect(m_userCall, &ApiCall::finished, this, [this, generation, account](const ApiResult &result) {
        if (!isCurrent(generation, account) || result.error.kind() == ApiError::Kind::Cancelled)
            return;
        m_lastError = result.error;
        if (result.isOk()) {
            m_user = result.valueAs<UserAccount>();
            setState(State::SignedIn);
        } else if (result.error.kind() != ApiError::Kind::Unauthenticated) {
            setState(State::Unverified); // Expired is set by sessionRejected
        }
        emit accountChanged();
    });
}

bool Session::isCurrent(int generation, int accountGeneration) const
{
    return generation == m_generation && accountGeneration == m_accountGeneration;
}

void Session::dropPendingAccountAnswers()
{
    ++m_accountGeneration;
    if (m_userCall)
        m_userCall->cancel();
}

void Session::reportRejected(const ApiError &error)
{
    if (m_token.isEmpty() && !isLocalProviderName(m_profile.provider))
        return; // not signed in at all: nothing expired
    m_lastError = error;
    setState(State::Expired);
}

void Session::chooseProvider(const QString &key)
{
    // "None" and "Local" are one provider to the server: no new sign-in between them.
    if (sameProvider(key, m_profile.provider))
        return;
    // Another provider is another account: its token (if any) lives in its own vault entry.
    // The server and its providers stay as they are.
    ++m_generation;
    if (m_userCall)
        m_userCall->cancel();
    m_profile.provider = key;
    saveProfile();
    m_client.setProvider(key);
    m_client.setToken({});
    m_refreshSaver.setSlot(m_profile.tokenSlot());
    m_token.clear();
    m_user = {};
    m_lastError = {};
    emit profileChanged(m_profile);
    emit accountChanged();
    loadToken();
}

void Session::renew()
{
    const QByteArray before = m_token;
    const int generation = m_generation;
    connect(m_client.sessionToken(), &ApiCall::finished, this, [this, before, generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        // The client has taken any Set-Cookie renewal already (tokenRefreshed updates m_token).
        if (result.isOk() && m_state != State::SignedIn)
            refreshUser();
        emit renewFinished(result.isOk() && m_token != before, result.error);
    });
}

void Session::setOrganization(const QString &organizationId)
{
    m_profile.organizationId = organizationId;
    saveProfile();
    emit profileChanged(m_profile);
}

ApiError Session::saveTrust(const ServerTrust &trust)
{
    ServerProfile edited = m_profile;
    edited.trust = trust;
    const ApiError error = m_profiles->save(edited);
    if (!error.isOk())
        return error;
    m_profile = edited;
    m_client.setTrust(m_profile.trust, m_profile.id, m_vault);
    emit profileChanged(m_profile);
    return {};
}

void Session::saveProfile()
{
    if (m_profile.id.isEmpty())
        return; // a draft is saved by its first sign-in
    const ApiError error = m_profiles->save(m_profile);
    if (!error.isOk())
        emit saveFailed(error);
}

void Session::signedIn(const SignInResult &result)
{
    if (!result.isOk())
        return;
    // A slow keychain may still be reading the token this sign-in replaces.
    dropPendingAccountAnswers();
    if (auto saved = m_profiles->profile(m_profile.id.isEmpty() ? m_profiles->currentId() : m_profile.id))
        m_profile = *saved;
    m_profile.provider = result.provider;
    m_client.setProvider(result.provider);
    m_refreshSaver.setSlot(m_profile.tokenSlot());
    m_token = result.token;
    m_client.setToken(m_token);
    m_user = result.user;
    m_lastError = {};
    emit profileChanged(m_profile);
    emit accountChanged();
    setState(State::SignedIn);
}

void Session::signedOut()
{
    // A load still under way would bring the token just removed back into memory.
    dropPendingAccountAnswers();
    m_token.clear();
    m_client.setToken({});
    m_user = {};
    m_lastError = {};
    emit accountChanged();
    setState(State::SignedOut);
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace MesheryAuth
