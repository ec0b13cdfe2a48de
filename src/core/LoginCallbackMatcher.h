// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoginCallback.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace MesheryAuth {

// Recognises, in what an embedded browser sees during the Meshery login dance, the moment the
// token arrives: the navigation to <server>/api/user/token?token=...&session_cookie=... on the
// server's own host and port (http or https: see callbackFrom). Anywhere else is not the token.
class LoginCallbackMatcher
{
public:
    explicit LoginCallbackMatcher(const QUrl &serverUrl);

    // The token and session cookie, when url is the server's login callback with a token. The
    // caller must not load it: over an https profile it names plain http.
    std::optional<LoginCallback> callbackFrom(const QUrl &url) const;
    bool isCallbackAddress(const QUrl &url) const;
    bool isServerOrigin(const QUrl &url) const;

    // Where the dance starts: <server>/api/provider?provider=KEY
    QUrl startUrl(const QString &providerKey) const;
    // Where the dance ends: <server>/api/user/token, the callback a provider is told to send
    // the browser to when its login page is opened directly.
    QUrl callbackUrl() const;

private:
    QUrl m_server;
};

} // namespace MesheryAuth
