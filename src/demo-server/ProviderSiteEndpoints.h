// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The fake remote provider's web site under /provider-site: a sign-in form that, on success,
// sends the browser to the "source" URL with a fresh token, like Meshery Cloud does.
#pragma once

#include "Endpoints.h"

#include <QUrl>

#include <optional>

namespace MesheryTest {

class ServerState;

class ProviderSiteEndpoints : public Endpoints
{
public:
    explicit ProviderSiteEndpoints(ServerState &state);

    // source is base64url (unpadded, or padded) of an http(s) URL; nothing if it is not.
    static std::optional<QUrl> decodeSource(const QString &source);

private:
    HttpResponse showForm(const HttpRequest &request) const;
    HttpResponse signIn(const HttpRequest &request) const;

    ServerState &m_state;
};

} // namespace MesheryTest
