// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The pages a browser walks through to sign in to Meshery: choose a provider, get sent to its
// login page, come back to /api/user/token with the token, and log out again.
#pragma once

#include "Endpoints.h"

namespace MesheryTest {

class ServerState;

class BrowserFlowEndpoints : public Endpoints
{
public:
    explicit BrowserFlowEndpoints(ServerState &state);

private:
    HttpResponse home(const HttpRequest &request) const;
    HttpResponse chooseProvider(const HttpRequest &request) const;
    HttpResponse login(const HttpRequest &request) const;
    HttpResponse tokenCallback(const HttpRequest &request) const;
    HttpResponse logout(const HttpRequest &request) const;
    // Where the provider sends the browser back to: this server as the browser addressed it.
    QString callbackUrl(const HttpRequest &request) const;

    ServerState &m_state;
};

} // namespace MesheryTest
