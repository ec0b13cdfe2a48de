// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUrl>

namespace MesheryAuth {

// The only kind of address this app hands to a browser or xdg-open: http or https, with a host.
// A provider_url from the server, a pop-up or a link in the embedded login may name file:,
// smb:, ssh:, javascript: or a desktop handler's scheme; opening those runs other programs.
inline bool isWebAddress(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// Scheme, host and port alike: where a credential or a trust decision given to one may go.
inline bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}

} // namespace MesheryAuth
