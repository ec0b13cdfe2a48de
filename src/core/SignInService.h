// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Job.h"
#include "LoginCallback.h"
#include "ProfileStore.h"
#include "TokenConfirmation.h"
#include "TokenVault.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace MesheryAuth {

// What every way of signing in ends with, and signing out: a confirmed token goes into the vault
// and the profile remembers its provider and becomes current; nothing is stored unless the server
// accepted the token. Logout tells the server (best effort) and deletes the profile's tokens.
// Every operation is a job; the time limit of its requests is the profile's unless given.
class SignInService : public QObject
{
    Q_OBJECT

public:
    using Timeout = std::optional<std::chrono::milliseconds>; // nullopt: the profile's own

    SignInService(ProfileStore *profiles, TokenVault *vault, QObject *parent = nullptr);

    // Local provider: no token; the server's local user is asked for, to show who that is.
    SignInJob *signInLocal(const ServerProfile &profile, const QString &providerKey, Timeout timeout = std::nullopt);
    // A token made in the provider's UI (e.g. Meshery Cloud > Account > API Tokens), pasted.
    SignInJob *signInWithToken(const ServerProfile &profile, const QString &providerKey, const QByteArray &token,
                               Timeout timeout = std::nullopt);
    // Confirm-then-keep: the server is asked whether the login works (TokenConfirmation, with
    // these steps), and only then is it kept. An empty token is the Local provider's sign-in.
    SignInJob *confirmThenKeep(const ServerProfile &profile, const QString &providerKey, const LoginCallback &login,
                               TokenConfirmation::Steps steps, Timeout timeout = std::nullopt);
    // The end of a browser flow: the result is already confirmed by the server.
    SignInJob *keep(const ServerProfile &profile, const SignInResult &confirmed);
    // GET /user/logout with the session's cookies, session_cookie included (short time limit),
    // then every token of the profile leaves the vault. The result reports the vault's outcome,
    // and in revokedAtProvider whether the server said the provider ended the session: without
    // that the token may still be accepted until it expires.
    SignInJob *logout(const ServerProfile &profile);

    static constexpr std::chrono::milliseconds LogoutTimeout{5000};

    TokenVault *vault() const { return m_vault; }

private:
    // Logs the operation and its outcome (server, provider and error id; never the token).
    SignInJob *logged(SignInJob *job, const char *operation, const ServerProfile &profile, const QString &provider);

    ProfileStore *m_profiles;
    TokenVault *m_vault;
};

} // namespace MesheryAuth
