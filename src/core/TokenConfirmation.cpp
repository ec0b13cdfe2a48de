// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenConfirmation.h"

#include "LoginCallback.h"
#include "TokenValidator.h"

namespace MesheryAuth {

TokenConfirmation::TokenConfirmation(const QUrl &serverUrl, std::chrono::milliseconds timeout, const QString &provider,
                                     const QByteArray &token, Steps steps, const QByteArray &sessionCookie,
                                     QObject *parent)
    : SignInJob(parent)
    , m_steps(steps)
{
    qRegisterMetaType<MesheryAuth::SignInResult>();
    m_client.setServerUrl(serverUrl);
    m_client.setTimeout(timeout);
    m_client.setProvider(provider);
    m_result.provider = provider;
    m_result.token = token.trimmed();
    m_result.sessionCookie = sessionCookie;
}

void TokenConfirmation::start()
{
    // The Local provider has no token; any other token is checked before it reaches a header.
    const LoginCallback secrets{m_result.token, m_result.sessionCookie};
    const ApiError refused = m_result.token.isEmpty() ? ApiError() : secrets.check(tr("the sign-in"));
    if (!refused.isOk()) {
        finishWith(refused);
        return;
    }
    m_client.setToken(m_result.token);
    if (m_steps == Steps::UserOnly) {
        askForUser();
        return;
    }
    m_call = m_client.sessionToken();
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result.isOk()) {
            finishWith(result.error);
            return;
        }
        // The server echoes the session's token; keep its copy if it differs (e.g. refreshed).
        const auto echoed = result.valueAs<TokenResponse>();
        const ApiError refused = echoed.token.isEmpty()
            ? ApiError()
            : TokenValidator::check(echoed.token, tr("the server's /api/token answer"));
        if (!refused.isOk()) {
            finishWith(refused);
            return;
        }
        if (!echoed.token.isEmpty() && echoed.token != m_result.token) {
            m_result.token = echoed.token;
            m_client.setToken(echoed.token);
        }
        askForUser();
    });
}

void TokenConfirmation::askForUser()
{
    m_call = m_client.currentUser();
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (result.isOk())
            m_result.user = result.valueAs<UserAccount>();
        finishWith(result.error);
    });
}

void TokenConfirmation::cancel()
{
    if (m_call)
        m_call->cancel(); // lands in finishWith
    else
        finishWith(ApiError(ApiError::Kind::Cancelled));
}

void TokenConfirmation::finishWith(const ApiError &error)
{
    m_result.error = error;
    // A refreshed token arrived in the meantime: that is the one that works now.
    if (error.isOk() && m_client.token() != m_result.token && !m_client.token().isEmpty())
        m_result.token = m_client.token();
    if (!error.isOk()) {
        m_result.token.clear();
        m_result.sessionCookie.clear();
    }
    finish(m_result);
}

} // namespace MesheryAuth
