// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenStatus.h"

namespace MesheryAuth {

TokenStatus TokenStatus::of(const QByteArray &token, const QDateTime &now, int rotationDays)
{
    TokenStatus status;
    status.m_now = now.toUTC();
    if (token.trimmed().isEmpty())
        return status;
    status.m_info = TokenInfo::decode(token);
    const QDateTime expiry = status.m_info.expiry();
    if (!expiry.isValid())
        status.m_state = State::UnknownExpiry;
    else if (status.m_info.isExpiredAt(status.m_now))
        status.m_state = State::Expired;
    else if (status.m_now.secsTo(expiry) <= ExpiresSoonSeconds)
        status.m_state = State::ExpiresSoon;
    else
        status.m_state = State::Valid;
    const QDateTime issued = status.m_info.issuedAt();
    status.m_needsRotation = issued.isValid() && issued.daysTo(status.m_now) > rotationDays;
    return status;
}

QString TokenStatus::stateId() const
{
    switch (m_state) {
    case State::NotSignedIn:
        return QStringLiteral("none");
    case State::Valid:
        return QStringLiteral("valid");
    case State::ExpiresSoon:
        return QStringLiteral("expires-soon");
    case State::Expired:
        return QStringLiteral("expired");
    case State::UnknownExpiry:
        return QStringLiteral("unknown");
    }
    return {};
}

QString TokenStatus::stateText() const
{
    switch (m_state) {
    case State::NotSignedIn:
        return tr("Not signed in");
    case State::Valid:
        return tr("Valid");
    case State::ExpiresSoon:
        return tr("Expires soon");
    case State::Expired:
        return tr("Expired");
    case State::UnknownExpiry:
        return tr("Expiry unknown (opaque token)");
    }
    return {};
}

QString TokenStatus::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0) {
        // Spelled out rather than %n: the countdown must read well even with no translation loaded.
        const QString dayText = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
        return hours > 0 ? tr("%1 %2 h").arg(dayText).arg(hours) : dayText;
    }
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(seconds);
}

QString TokenStatus::countdownText() const
{
    const QDateTime expiry = m_info.expiry();
    if (!expiry.isValid() || m_state == State::NotSignedIn)
        return {};
    const qint64 remaining = m_now.secsTo(expiry);
    if (remaining > 0)
        return tr("expires in %1").arg(formatDuration(remaining));
    return tr("expired %1 ago").arg(formatDuration(-remaining));
}

QString TokenStatus::ageText() const
{
    const QDateTime issued = m_info.issuedAt();
    if (!issued.isValid() || m_state == State::NotSignedIn)
        return {};
    return tr("issued %1 ago").arg(formatDuration(issued.secsTo(m_now)));
}

} // namespace MesheryAuth
