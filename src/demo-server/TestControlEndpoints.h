// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// /_test/: lets a test in another process steer a running server (faults, tokens, revocation).
// Never faulted and never recorded. Only with ServerOptions::testControls (--test-controls).
#pragma once

#include "Endpoints.h"

namespace MesheryTest {

class ServerState;

class TestControlEndpoints : public Endpoints
{
public:
    explicit TestControlEndpoints(ServerState &state);

private:
    HttpResponse setFault(const HttpRequest &request) const;
    HttpResponse clearFaults(const HttpRequest &request) const;
    HttpResponse issueToken(const HttpRequest &request) const;

    ServerState &m_state;
};

} // namespace MesheryTest
