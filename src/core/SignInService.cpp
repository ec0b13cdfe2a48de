// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SignInService.h"

#include "ApiClient.h"
#include "Logging.h"
#include "ServerAddress.h"
#include "TokenValidator.h"

#include <QUuid>

namespace MesheryAuth {

void SignInJob::finish(const SignInResult &result)
{
    if (settle())
        emit finished(result);
}

namespace {

// Keeps a confirmed sign-in: its token (and session cookie) into the vault, then the profile
// saved with its provider and made current.
class KeepJob : public SignInJob
{
public:
    KeepJob(ProfileStore *profiles, TokenVault *vault, const ServerProfile &profile, const SignInResult &confirmed,
            QObject *parent)
        : SignInJob(parent)
        , m_profiles(profiles)
        , m_vault(vault)
        , m_profile(profile)
        , m_confirmed(confirmed)
    {
    }

protected:
    void start() override
    {
        m_profile.provider = m_confirmed.provider;
        if (m_profile.id.isEmpty()) {
            // A transient profile becomes a saved one, but only once its token is kept: until then
            // it only needs the id that names its keychain entries.
            ApiError error;
            if (!ServerAddress::normalise(m_profile.serverUrl.toString(), &error).isValid()) {
                SignInResult failed = m_confirmed;
                failed.token.clear();
                failed.error = error;
                finish(failed);
                return;
            }
            m_profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        if (m_confirmed.token.isEmpty()) {
            // Local provider: nothing to keep but the choice.
            saveProfile();
            return;
        }
        // A new sign-in is a new session: its cookie replaces (or, when it has none, removes) the old one.
        connect(m_vault->store(m_profile.tokenSlot(), m_confirmed.token, m_confirmed.sessionCookie),
                &VaultJob::finished, this, &KeepJob::onStored);
    }

private:
    void onStored(const VaultResult &stored)
    {
        if (!stored.isOk()) {
            SignInResult failed = m_confirmed;
            failed.error = stored.error;
            finish(failed);
            return;
        }
        saveProfile();
    }

    void saveProfile()
    {
        SignInResult outcome = m_confirmed;
        outcome.error = m_profiles->save(m_profile);
        if (outcome.isOk())
            m_profiles->setCurrentId(m_profile.id);
        finish(outcome);
    }

    ProfileStore *m_profiles;
    TokenVault *m_vault;
    ServerProfile m_profile;
    SignInResult m_confirmed;
};

// Confirm-then-keep, the one copy: nothing is kept that the server has not accepted.
class ConfirmThenKeepJob : public SignInJob
{
public:
    ConfirmThenKeepJob(SignInService *service, const ServerProfile &profile, const QString &providerKey,
                       const LoginCallback &login, TokenConfirmation::Steps steps, std::chrono::milliseconds timeout)
        : SignInJob(service)
        , m_service(service)
        , m_profile(profile)
        , m_providerKey(providerKey)
        , m_login(login)
        , m_steps(steps)
        , m_timeout(timeout)
    {
    }

protected:
    void start() override
    {
        auto *confirmation = new TokenConfirmation(m_profile.serverUrl, m_timeout, m_providerKey, m_login.token,
                                                   m_steps, m_login.sessionCookie, this);
        confirmation->setTrust(m_profile.trust, m_profile.id, m_service->vault());
        connect(confirmation, &SignInJob::finished, this, &ConfirmThenKeepJob::onConfirmed);
    }

private:
    void onConfirmed(const SignInResult &result)
    {
        if (!result.isOk()) {
            finish(result);
            return;
        }
        connect(m_service->keep(m_profile, result), &SignInJob::finished, this, &ConfirmThenKeepJob::finish);
    }

    SignInService *m_service;
    ServerProfile m_profile;
    QString m_providerKey;
    LoginCallback m_login;
    TokenConfirmation::Steps m_steps;
    std::chrono::milliseconds m_timeout;
};

// A sign-in refused before anything is sent.
class RefusedJob : public SignInJob
{
public:
    RefusedJob(const SignInResult &result, QObject *parent)
        : SignInJob(parent)
        , m_result(result)
    {
    }

protected:
    void start() override { finish(m_result); }

private:
    SignInResult m_result;
};

// Logout, step by step: read the token and session cookie; ask the server to end the session;
// delete the profile's tokens whatever it said; report whether the provider knows.
class LogoutJob : public SignInJob
{
public:
    LogoutJob(TokenVault *vault, const ServerProfile &profile, QObject *parent)
        : SignInJob(parent)
        , m_vault(vault)
        , m_profile(profile)
    {
    }

protected:
    void start() override
    {
        connect(m_vault->load(m_profile.tokenSlot()), &VaultJob::finished, this, &LogoutJob::onTokenLoaded);
    }

private:
    void onTokenLoaded(const VaultResult &loaded)
    {
        if (!loaded.found) {
            // No token: nothing anyone could still accept. An unreadable one may still be valid.
            removeTokens(loaded.isOk());
            return;
        }
        // Revoke at the server first, while the token and its session cookie are at hand; the
        // local tokens go either way, and the result says honestly whether the provider knows.
        m_client.setServerUrl(m_profile.serverUrl);
        m_client.setTrust(m_profile.trust, m_profile.id, m_vault);
        m_client.setProvider(m_profile.provider);
        m_client.setToken(loaded.token);
        m_client.setTimeout(SignInService::LogoutTimeout);
        connect(m_client.logout(loaded.sessionCookie), &ApiCall::finished, this, &LogoutJob::onServerAnswered);
    }

    void onServerAnswered(const ApiResult &answer) { removeTokens(ApiClient::logoutRevoked(answer)); }

    void removeTokens(bool revokedAtProvider)
    {
        m_result.provider = m_profile.provider;
        m_result.revokedAtProvider = revokedAtProvider;
        connect(m_vault->removeProfile(m_profile.id), &VaultJob::finished, this, &LogoutJob::onTokensRemoved);
    }

    void onTokensRemoved(const VaultResult &removed)
    {
        m_result.error = removed.error;
        finish(m_result);
    }

    TokenVault *m_vault;
    ServerProfile m_profile;
    ApiClient m_client;
    SignInResult m_result;
};

std::chrono::milliseconds timeoutFor(const ServerProfile &profile, SignInService::Timeout timeout)
{
    return timeout.value_or(std::chrono::seconds(profile.timeoutSeconds));
}

} // namespace

SignInService::SignInService(ProfileStore *profiles, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_vault(vault)
{
    qRegisterMetaType<MesheryAuth::SignInResult>();
}

SignInJob *SignInService::signInLocal(const ServerProfile &profile, const QString &providerKey, Timeout timeout)
{
    return confirmThenKeep(profile, providerKey, {}, TokenConfirmation::Steps::UserOnly, timeout);
}

SignInJob *SignInService::signInWithToken(const ServerProfile &profile, const QString &providerKey,
                                          const QByteArray &token, Timeout timeout)
{
    // Pasted text: surrounding white space is the paste's, not the token's. TokenConfirmation
    // refuses a token with anything else in it before anything is sent.
    if (token.trimmed().isEmpty()) {
        SignInResult result;
        result.provider = providerKey;
        result.error = ApiError(ApiError::Kind::InvalidToken, TokenValidator::problem({}));
        return logged(new RefusedJob(result, this), "sign-in with a token", profile, providerKey);
    }
    return confirmThenKeep(profile, providerKey, {token, {}}, TokenConfirmation::Steps::UserOnly, timeout);
}

SignInJob *SignInService::confirmThenKeep(const ServerProfile &profile, const QString &providerKey,
                                          const LoginCallback &login, TokenConfirmation::Steps steps, Timeout timeout)
{
    return logged(new ConfirmThenKeepJob(this, profile, providerKey, login, steps, timeoutFor(profile, timeout)),
                  "sign-in", profile, providerKey);
}

SignInJob *SignInService::keep(const ServerProfile &profile, const SignInResult &confirmed)
{
    return logged(new KeepJob(m_profiles, m_vault, profile, confirmed, this), "keep", profile, confirmed.provider);
}

SignInJob *SignInService::logout(const ServerProfile &profile)
{
    return logged(new LogoutJob(m_vault, profile, this), "logout", profile, profile.provider);
}

SignInJob *SignInService::logged(SignInJob *job, const char *operation, const ServerProfile &profile,
                                 const QString &provider)
{
    const QString where = QStringLiteral("%1 @ %2").arg(provider, profile.serverUrl.toString(QUrl::RemoveUserInfo));
    qCDebug(lcSignIn).noquote() << operation << where;
    connect(job, &SignInJob::finished, job, [operation, where](const SignInResult &result) {
        if (result.isOk())
            qCDebug(lcSignIn).noquote() << operation << where << "done"
                                        << (result.revokedAtProvider ? "(provider revoked)" : "");
        else
            qCInfo(lcSignIn).noquote() << operation << where << "failed:" << result.error.id();
    });
    return job;
}

} // namespace MesheryAuth
