// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiClient.h"
#include "MesheryTypes.h"
#include "ProfileStore.h"
#include "RefreshedTokenSaver.h"
#include "TokenConfirmation.h"
#include "TokenVault.h"

#include <QObject>
#include <QPointer>

namespace MesheryAuth {

// The app's view of one profile at a time: its providers, its token (in memory only, loaded
// from the vault), who is signed in, and whether the server still accepts the session. Widgets
// render it; the sign-in flows feed it. When any call is answered "not signed in", the state
// turns to Expired and the old token stays until a new one replaces it.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NoProfile, // nothing opened yet
        Loading, // reading the token / asking who is signed in
        SignedOut, // no token (or a provider not yet signed in)
        SignedIn, // the server accepted the token (or the Local provider answered)
        Expired, // the server refused the stored token
        Unverified, // a token is stored but the server could not be asked (offline, error)
    };

    Session(ProfileStore *profiles, TokenVault *vault, QObject *parent = nullptr);

    ApiClient *client() { return &m_client; }
    TokenVault *vault() const { return m_vault; }
    const ServerProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    QByteArray token() const { return m_token; }
    UserAccount user() const { return m_user; }
    ApiError lastError() const { return m_lastError; }

    QList<Provider> providers() const { return m_providers; }
    bool providersLoading() const { return !m_providersCall.isNull(); }
    ApiError providersError() const { return m_providersError; }
    // The server's provider of that key; "None" and "Local" find each other (see sameProvider).
    std::optional<Provider> provider(const QString &key) const;
    // The server's build (e.g. "v0.8.0"), once known; providers' login pages are told it.
    QString serverBuild() const { return m_serverBuild; }

public slots:
    void open(const MesheryAuth::ServerProfile &profile);
    // Back to NoProfile, e.g. when the last profile was removed: pending answers are dropped.
    void close();
    void refreshProviders();
    void refreshUser();
    // The user picked another provider: a new sign-in is needed unless it is the current one.
    // A profile without one gets the server's only remote provider once the list is in.
    void chooseProvider(const QString &key);
    void setOrganization(const QString &organizationId);
    // Saves what the open profile trusts (a pinned certificate, the plain-http consent) and
    // uses it for the calls from now on; nothing else of the session changes. Calls that
    // failed under the old trust are not repeated: open() the profile again for that.
    MesheryAuth::ApiError saveTrust(const MesheryAuth::ServerTrust &trust);
    // Asks the server for the session's token (GET /api/token), which renews an expired one
    // through its refresh token; a renewal replaces the token here and in the vault.
    void renew();

    // Results of the sign-in flows and logout (see SignInService).
    void signedIn(const MesheryAuth::SignInResult &result);
    void signedOut();

signals:
    void profileChanged(const MesheryAuth::ServerProfile &profile);
    void providersChanged();
    void stateChanged(MesheryAuth::Session::State state);
    void accountChanged();
    // renew() is done: renewed when a new token came back; error set when the server refused.
    void renewFinished(bool renewed, const MesheryAuth::ApiError &error);
    // A choice made here (provider, organization) holds for this session, but the profile could
    // not be saved with it: the next start will not remember it.
    void saveFailed(const MesheryAuth::ApiError &error);

private:
    void reportRejected(const ApiError &error);
    // Whether answers asked for at these generations still apply.
    bool isCurrent(int generation, int accountGeneration) const;
    void dropPendingAccountAnswers();
    void setState(State state);
    void loadToken();
    void saveProfile();

    ProfileStore *m_profiles;
    TokenVault *m_vault;
    ApiClient m_client;
    RefreshedTokenSaver m_refreshSaver;
    ServerProfile m_profile;
    State m_state = State::NoProfile;
    QByteArray m_token;
    UserAccount m_user;
    ApiError m_lastError;
    QList<Provider> m_providers;
    ApiError m_providersError;
    QPointer<ApiCall> m_providersCall;
    QString m_serverBuild;
    QPointer<ApiCall> m_userCall;
    int m_generation = 0; // answers for a profile that is no longer open are dropped
    // Answers about the token (its load from the vault, who it belongs to) that were asked for
    // before the last sign-in or sign-out are dropped too: the newer account wins.
    int m_accountGeneration = 0;
};

} // namespace MesheryAuth
