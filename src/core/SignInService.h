#pragma once

#include "ProfileStore.h"
#include "TokenConfirmation.h"
#include "TokenVault.h"

#include <QObject>

#include <functional>

namespace MesheryAuth {

// What every way of signing in ends with, and signing out: a confirmed token goes into the vault
// and the profile remembers its provider and becomes current; nothing is stored unless the server
// accepted the token. Logout tells the server (best effort) and deletes the profile's tokens.
class SignInService : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SignInResult &)>;

    SignInService(ProfileStore *profiles, TokenVault *vault, QObject *parent = nullptr);

    // Local provider: no token; the server's local user is asked for, to show who that is.
    void signInLocal(const ServerProfile &profile, const QString &providerKey, QObject *context, Callback done);
    // A token made in the provider's UI (e.g. Meshery Cloud > Account > API Tokens), pasted.
    void signInWithToken(const ServerProfile &profile, const QString &providerKey, const QByteArray &token,
                         QObject *context, Callback done);
    // The end of a browser flow: the result is already confirmed by the server.
    void keep(const ServerProfile &profile, const SignInResult &confirmed, QObject *context, Callback done);
    // GET /user/logout with the session's cookies, session_cookie included (short time limit),
    // then every token of the profile leaves the vault. done reports the vault's outcome, and in
    // revokedAtProvider whether the server said the provider ended the session: without that the
    // token may still be accepted until it expires.
    void logout(const ServerProfile &profile, QObject *context, Callback done);

    static constexpr std::chrono::milliseconds LogoutTimeout{5000};

private:
    void confirmThenKeep(const ServerProfile &profile, const QString &providerKey, const QByteArray &token,
                         QObject *context, Callback done);
    void saveProfile(ServerProfile profile, const SignInResult &result, Callback done);
    static Callback guarded(QObject *context, Callback done);

    ProfileStore *m_profiles;
    TokenVault *m_vault;
};

} // namespace MesheryAuth
