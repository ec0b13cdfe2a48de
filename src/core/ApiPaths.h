// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace MesheryAuth {

// The Meshery server's endpoints this app calls, relative to the server's address: written here
// once. ApiClient builds its requests from them; a connection test's curl line takes the path and
// query of the request that was really sent (ApiCall::endpoint()).
namespace ApiPaths {

inline QString serverVersion()
{
    return QStringLiteral("/api/system/version");
}
inline QString healthLive()
{
    return QStringLiteral("/healthz/live");
}
inline QString healthReady()
{
    return QStringLiteral("/healthz/ready");
}
inline QString providers()
{
    return QStringLiteral("/api/providers");
}
inline QString providerCapabilities()
{
    return QStringLiteral("/api/provider/capabilities");
}
inline QString user()
{
    return QStringLiteral("/api/user");
}
inline QString sessionToken()
{
    return QStringLiteral("/api/token");
}
inline QString organizations()
{
    return QStringLiteral("/api/identity/orgs");
}
inline QString workspaces()
{
    return QStringLiteral("/api/workspaces");
}
inline QString graphql()
{
    return QStringLiteral("/api/system/graphql/query");
}
inline QString logout()
{
    return QStringLiteral("/user/logout");
}
// The browser sign-in: where it starts (?provider=KEY), and the callback that brings the token.
inline QString loginStart()
{
    return QStringLiteral("/api/provider");
}
inline QString loginCallback()
{
    return QStringLiteral("/api/user/token");
}

} // namespace ApiPaths
} // namespace MesheryAuth
