// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>

namespace MesheryAuth {

// What the tray shows for the open profile at a given moment: one of a few states, each with
// its own icon and words. No QObject and no clock of its own, so it can be checked for any
// moment. Holds nothing secret: the token is read for its expiry only.
class TrayStatus
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::TrayStatus)

public:
    // Each has its icon and words in TrayStatus.cpp, in this order.
    enum class Kind { Checking, SignedOut, SignedIn, ExpiringSoon, Expired, Unreachable };

    // lead: how long before its expiry a token counts as expiring soon (the notice lead).
    static TrayStatus of(const Session &session, const QDateTime &now, std::chrono::seconds lead);

    Kind kind() const { return m_kind; }
    QString iconPath() const; // a resource, e.g. ":/tray/signed-in.svg"
    QString stateText() const; // translated, e.g. "Expiring soon"
    // Profile, state and expiry, in words: the icon's badge is not the only sign.
    QString toolTip() const;
    // When the state changes by time alone (expiring soon, then expired); invalid: never.
    QDateTime nextChange() const { return m_nextChange; }

private:
    Kind m_kind = Kind::SignedOut;
    QString m_profileName;
    QDateTime m_expiry;
    QDateTime m_nextChange;
};

} // namespace MesheryAuth
