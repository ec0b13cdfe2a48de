// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TokenInfo.h"

#include <QCoreApplication>
#include <QDateTime>

namespace MesheryAuth {

// How a stored token stands at a given moment, in words for the account panel and the CLI.
class TokenStatus
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::TokenStatus)

public:
    enum class State { NotSignedIn, Valid, ExpiresSoon, Expired, UnknownExpiry };

    static constexpr qint64 ExpiresSoonSeconds = 15 * 60;
    static constexpr int DefaultRotationDays = 90;

    static TokenStatus of(const QByteArray &token, const QDateTime &now, int rotationDays = DefaultRotationDays);

    State state() const { return m_state; }
    QString stateId() const; // "valid", "expires-soon", "expired", "unknown", "none": for --json
    QString stateText() const; // translated, e.g. "Valid"
    QDateTime expiry() const { return m_info.expiry(); }
    QDateTime issuedAt() const { return m_info.issuedAt(); }
    // "expires in 3 h 12 min" / "expired 2 days ago"; empty when the expiry is unknown.
    QString countdownText() const;
    // "issued 95 days ago"; empty when unknown.
    QString ageText() const;
    // The token is older than the rotation period: time to make a new one.
    bool needsRotation() const { return m_needsRotation; }
    const TokenInfo &info() const { return m_info; }

    static QString formatDuration(qint64 seconds); // "3 h 12 min", "45 s", "2 days 4 h"

private:
    TokenInfo m_info;
    QDateTime m_now;
    State m_state = State::NotSignedIn;
    bool m_needsRotation = false;
};

} // namespace MesheryAuth
