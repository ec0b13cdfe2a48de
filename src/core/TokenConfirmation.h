// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiClient.h"
#include "Job.h"
#include "MesheryTypes.h"

#include <QObject>
#include <QPointer>

namespace MesheryAuth {

struct SignInResult {
    ApiError error;
    QString provider;
    QByteArray token; // the token to keep: the server's own copy when it sent one back
    QByteArray sessionCookie; // the provider's session (browser logins only): what logout needs
    bool revokedAtProvider = false; // logout: the server says the provider ended the session
    UserAccount user;
    bool isOk() const { return error.isOk(); }
};

// One sign-in, its confirmation, or a logout (see Job).
class SignInJob : public Job
{
    Q_OBJECT

signals:
    void finished(const MesheryAuth::SignInResult &result);

protected:
    using Job::Job;
    void finish(const SignInResult &result);
};

// Asks the server whether a token it has not seen from us yet really works, before anything is
// stored: GET /api/token (optional; the browser flows use it, as mesheryctl does) and then
// GET /api/user, which also tells who the token belongs to.
class TokenConfirmation : public SignInJob
{
    Q_OBJECT

public:
    enum class Steps { UserOnly, TokenAndUser };

    // Asks the server at serverUrl whether token (of provider) works, with this time limit per
    // request; sessionCookie travels with the result and is not sent.
    TokenConfirmation(const QUrl &serverUrl, std::chrono::milliseconds timeout, const QString &provider,
                      const QByteArray &token, Steps steps, const QByteArray &sessionCookie = {},
                      QObject *parent = nullptr);

    void cancel();
    // The profile's transport trust (see ApiClient::setTrust); before the job starts.
    void setTrust(const ServerTrust &trust, const QString &profileId, TokenVault *vault)
    {
        m_client.setTrust(trust, profileId, vault);
    }

protected:
    void start() override;

private:
    void askForUser();
    void finishWith(const ApiError &error);

    ApiClient m_client;
    Steps m_steps;
    QPointer<ApiCall> m_call;
    SignInResult m_result;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::SignInResult)
