// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Meshery's JSON API under /api (and /healthz): what an account panel and a connection test call.
#pragma once

#include "Endpoints.h"
#include "SessionResolver.h"

#include <optional>

namespace MesheryTest {

class ServerState;

class ApiEndpoints : public Endpoints
{
public:
    explicit ApiEndpoints(ServerState &state);

private:
    using SessionAnswer = std::function<HttpResponse(const HttpRequest &, const Session &)>;
    // Lets only signed-in requests through; with refreshTokens, hands a remote session a new token.
    Answer authenticated(SessionAnswer answer);

    HttpResponse version() const;
    HttpResponse providerStream() const;
    HttpResponse user(const Session &session) const;
    HttpResponse token(const Session &session) const;
    HttpResponse organizations(const HttpRequest &request, const Session &session) const;
    HttpResponse workspaces(const HttpRequest &request, const Session &session) const;
    // Why the provider gives no organizations or workspaces (feature: "organizations" or
    // "workspaces"); nothing when it gives them.
    std::optional<HttpResponse> providerRefusal(const HttpRequest &request, const Session &session,
                                                const QString &feature, const char *capabilityName) const;
    HttpResponse graphql(const HttpRequest &request) const;

    ServerState &m_state;
};

} // namespace MesheryTest
