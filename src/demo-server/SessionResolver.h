// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Decides who a request is from, the way Meshery's auth middleware does: the provider comes from
// the meshery-provider cookie (else header, else ?provider=); a remote provider also needs a
// valid token cookie, the local provider needs none. An expired token is not the end: like
// RemoteProvider.GetSession (server/models/remote_auth.go: VerifyToken, introspect, refreshToken)
// the server renews it through its refresh token, and SessionInjectorMiddleware
// (server/handlers/middlewares.go: UpdateToken) sends the new one back as the token cookie.
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "ProviderCatalog.h"

namespace MesheryTest {

class ServerState;

struct Session {
    enum class Status { SignedIn, NoProvider, NotSignedIn };
    Status status = Status::NoProvider;
    ProviderCatalog::Kind kind = ProviderCatalog::Kind::Unknown;
    QString providerKey; // canonical: the server's own spelling of the key
    QString userName; // remote sessions only
    QByteArray token; // the token cookie as sent, or its renewal
    QByteArray renewedToken; // set when an expired token was renewed: the answer sets it as a cookie

    bool isSignedIn() const { return status == Status::SignedIn; }
    bool isLocal() const { return kind == ProviderCatalog::Kind::Local; }
};

class SessionResolver
{
public:
    explicit SessionResolver(ServerState &state)
        : m_state(state)
    {
    }

    Session resolve(const HttpRequest &request) const;
    static QString requestedProvider(const HttpRequest &request);
    // Where a request without a session is sent: 302 /provider or 302 /user/login.
    static HttpResponse redirectFor(const Session &session);

private:
    ServerState &m_state;
};

} // namespace MesheryTest
