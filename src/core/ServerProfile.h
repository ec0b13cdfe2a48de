// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CallLimits.h"
#include "ServerTrust.h"
#include "TokenVault.h"

#include <QString>
#include <QUrl>

namespace MesheryAuth {

// One Meshery server the user works with: where it is, which provider they sign in with, the
// organization calls act for, and per-server options. Holds no secret: the token is in the
// vault, under tokenSlot().
struct ServerProfile {
    static constexpr int DefaultTimeoutSeconds = int(CallLimits::DefaultTimeout.count());
    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 600;

    QString id; // stable, generated; names the profile in settings and the vault index
    QString name; // shown to the user
    QUrl serverUrl; // normalised (see ServerAddress)
    QString provider; // provider key, e.g. "Meshery" or "None"; empty until chosen
    QString organizationId; // the active organization; empty until chosen
    int timeoutSeconds = DefaultTimeoutSeconds;
    ServerTrust trust; // certificates, CA and client certificate for this server; plain-http consent

    TokenSlot tokenSlot() const { return {id, serverUrl, provider}; }
    bool operator==(const ServerProfile &other) const;
};

} // namespace MesheryAuth
