// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiClient.h"
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

// Asks the server whether a token it has not seen from us yet really works, before anything is
// stored: GET /api/token (optional; the browser flows use it, as mesheryctl does) and then
// GET /api/user, which also tells who the token belongs to.
class TokenConfirmation : public QObject
{
    Q_OBJECT

public:
    enum class Steps { UserOnly, TokenAndUser };

    TokenConfirmation(const QUrl &serverUrl, std::chrono::milliseconds timeout, QObject *parent = nullptr);

    void start(const QString &provider, const QByteArray &token, Steps steps, const QByteArray &sessionCookie = {});
    void cancel();

signals:
    void finished(const MesheryAuth::SignInResult &result);

private:
    void askForUser();
    void finish(const ApiError &error);

    ApiClient m_client;
    QPointer<ApiCall> m_call;
    SignInResult m_result;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::SignInResult)
