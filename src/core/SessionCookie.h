// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace MesheryAuth::SessionCookie {

// The token a server renews the session with, from the raw Set-Cookie header of its answer (one
// cookie per line, as QNetworkReply joins them): the last non-empty "token" cookie, if
// TokenValidator accepts it; empty otherwise. An emptied cookie is a logout, not a token.
QByteArray renewedToken(const QByteArray &setCookieHeader);

} // namespace MesheryAuth::SessionCookie
