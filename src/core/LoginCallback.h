// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrlQuery>

namespace MesheryAuth {

// What a provider hands back at the end of a browser login, in the callback's query:
// ?token=...&session_cookie=... (Meshery's TokenHandler reads both). The session cookie is the
// provider's session behind the token: a logout must present it, or the server cannot revoke
// anything (RemoteProvider.Logout). It is a secret like the token, and kept with it.
struct LoginCallback {
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::LoginCallback)

public:
    QByteArray token;
    QByteArray sessionCookie; // empty when the provider sent none

    static LoginCallback fromQuery(const QUrlQuery &query);
    // Both through TokenValidator: either would go into a Cookie header.
    ApiError check(const QString &source) const;
};

} // namespace MesheryAuth
