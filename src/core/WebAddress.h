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

} // namespace MesheryAuth
