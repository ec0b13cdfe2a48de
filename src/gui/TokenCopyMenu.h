// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

class QMenu;

namespace MesheryAuth {

class SecretClipboard;
class Session;

// The "Copy as…" entries (Authorization header, Cookie header, curl line, mesheryctl's
// auth.json), built from the core's TokenFormats: one list for the Account tab and the tray.
// Secrets go through the SecretClipboard (its hint and timed clear); nothing is copied while the
// session holds no token.
class TokenCopyMenu
{
    // The Account tab's context, where these strings were translated first.
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::AccountView)

public:
    static void addTo(QMenu *menu, Session *session, SecretClipboard *clipboard);
    // The token itself, the careful way.
    static void copyToken(Session *session, SecretClipboard *clipboard);
};

} // namespace MesheryAuth
