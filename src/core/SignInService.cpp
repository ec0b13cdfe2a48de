#include "SignInService.h"

#include "ApiClient.h"
#include "ServerAddress.h"
#include "TokenValidator.h"

#include <QPointer>
#include <QUuid>

namespace MesheryAuth {

SignInService::SignInService(ProfileStore *profiles, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_vault(vault)
{
}

SignInService::Callback SignInService::guarded(QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    return [guard, hadContext, done = std::move(done)](const SignInResult &result) {
        if ((!hadContext || guard) && done)
            done(result);
    };
}

void SignInService::signInLocal(const ServerProfile &profile, const QString &providerKey, QObject *context, Callback done)
{
    confirmThenKeep(profile, providerKey, {}, context, std::move(done));
}

void SignInService::signInWithToken(const ServerProfile &profile, const QString &providerKey, const QByteArray &token,
                                    QObject *context, Callback done)
{
    // Pasted text: surrounding white space is the paste's, not the token's. TokenConfirmation
    // refuses a token with anything else in it before anything is sent.
    if (token.trimmed().isEmpty()) {
        SignInResult result;
        result.provider = providerKey;
        result.error = ApiError(ApiError::Kind::InvalidToken, TokenValidator::problem({}));
        guarded(context, std::move(done))(result);
        return;
    }
    confirmThenKeep(profile, providerKey, token, context, std::move(done));
}

void SignInService::confirmThenKeep(const ServerProfile &profile, const QString &providerKey, const QByteArray &token,
                                    QObject *context, Callback done)
{
    done = guarded(context, std::move(done));
    auto *confirmation = new TokenConfirmation(profile.serverUrl, std::chrono::seconds(profile.timeoutSeconds), this);
    connect(confirmation, &TokenConfirmation::finished, this, [this, profile, confirmation, done](const SignInResult &result) {
        confirmation->deleteLater();
        if (!result.isOk()) {
            done(result);
            return;
        }
        keep(profile, result, nullptr, done);
    });
    confirmation->start(providerKey, token, TokenConfirmation::Steps::UserOnly);
}

void SignInService::keep(const ServerProfile &profile, const SignInResult &confirmed, QObject *context, Callback done)
{
    done = guarded(context, std::move(done));
    ServerProfile updated = profile;
    updated.provider = confirmed.provider;
    if (updated.id.isEmpty()) {
        // A transient profile becomes a saved one, but only once its token is kept: until then
        // it only needs the id that names its keychain entries.
        ApiError error;
        if (!ServerAddress::normalise(updated.serverUrl.toString(), &error).isValid()) {
            SignInResult failed = confirmed;
            failed.token.clear();
            failed.error = error;
            done(failed);
            return;
        }
        updated.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (confirmed.token.isEmpty()) {
        // Local provider: nothing to keep but the choice.
        saveProfile(updated, confirmed, done);
        return;
    }
    // A new sign-in is a new session: its cookie replaces (or, when it has none, removes) the old one.
    m_vault->store(
        updated.tokenSlot(), confirmed.token, this,
        [this, updated, confirmed, done](const VaultResult &stored) {
            if (!stored.isOk()) {
                SignInResult failed = confirmed;
                failed.error = stored.error;
                done(failed);
                return;
            }
            saveProfile(updated, confirmed, done);
        },
        confirmed.sessionCookie);
}

void SignInService::saveProfile(ServerProfile profile, const SignInResult &result, Callback done)
{
    SignInResult outcome = result;
    outcome.error = m_profiles->save(profile);
    if (outcome.isOk())
        m_profiles->setCurrentId(profile.id);
    done(outcome);
}

void SignInService::logout(const ServerProfile &profile, QObject *context, Callback done)
{
    done = guarded(context, std::move(done));
    const auto removeTokens = [this, profile, done](bool revokedAtProvider) {
        m_vault->removeProfile(profile.id, this, [profile, done, revokedAtProvider](const VaultResult &removed) {
            SignInResult result;
            result.provider = profile.provider;
            result.error = removed.error;
            result.revokedAtProvider = revokedAtProvider;
            done(result);
        });
    };
    m_vault->load(profile.tokenSlot(), this, [this, profile, removeTokens](const VaultResult &loaded) {
        if (!loaded.found) {
            // No token: nothing anyone could still accept. An unreadable one may still be valid.
            removeTokens(loaded.isOk());
            return;
        }
        // Revoke at the server first, while the token and its session cookie are at hand; the
        // local tokens go either way, and the result says honestly whether the provider knows.
        auto *client = new ApiClient(this);
        client->setServerUrl(profile.serverUrl);
        client->setProvider(profile.provider);
        client->setToken(loaded.token);
        client->setTimeout(LogoutTimeout);
        connect(client->logout(loaded.sessionCookie), &ApiCall::finished, this, [client, removeTokens](const ApiResult &answer) {
            client->deleteLater();
            removeTokens(ApiClient::logoutRevoked(answer));
        });
    });
}

} // namespace MesheryAuth
