// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TrayStatus.h"

#include "TokenStatus.h"

#include <QLocale>

#include <iterator>

namespace MesheryAuth {

namespace {

struct Appearance {
    const char *icon = nullptr; // a resource path
    const char *text = nullptr; // for tr()
};

// By Kind, in its order.
constexpr Appearance Appearances[] = {
    {":/tray/checking.svg", QT_TRANSLATE_NOOP("MesheryAuth::TrayStatus", "Checking…")},
    {":/tray/signed-out.svg", QT_TRANSLATE_NOOP("MesheryAuth::TrayStatus", "Signed out")},
    {":/tray/signed-in.svg", QT_TRANSLATE_NOOP("MesheryAuth::TrayStatus", "Signed in")},
    {":/tray/expiring-soon.svg", QT_TRANSLATE_NOOP("MesheryAuth::TrayStatus", "Signed in, expiring soon")},
    {":/tray/expired.svg", QT_TRANSLATE_NOOP("MesheryAuth::TrayStatus", "Session expired")},
    {":/tray/unreachable.svg", QT_TRANSLATE_NOOP("MesheryAuth::TrayStatus", "Server unreachable")},
};
static_assert(std::size(Appearances) == std::size_t(TrayStatus::Kind::Unreachable) + 1);

const Appearance &appearance(TrayStatus::Kind kind)
{
    return Appearances[std::size_t(kind)];
}

} // namespace

TrayStatus TrayStatus::of(const Session &session, const QDateTime &now, std::chrono::seconds lead)
{
    TrayStatus status;
    status.m_profileName = session.profile().name;
    const TokenStatus token = TokenStatus::of(session.token(), now);
    status.m_expiry = token.expiry();
    const bool expiredHere = token.state() == TokenStatus::State::Expired;
    switch (session.state()) {
    case Session::State::NoProfile:
    case Session::State::Loading:
        status.m_kind = Kind::Checking;
        return status;
    case Session::State::SignedOut:
        // No one to sign in with when nothing answers at the address.
        status.m_kind = session.providersError().isOk() || session.providersError().kind() == ApiError::Kind::Cancelled
            ? Kind::SignedOut
            : Kind::Unreachable;
        return status;
    case Session::State::Expired:
        status.m_kind = Kind::Expired;
        return status;
    case Session::State::Unverified:
        // The server could not be asked; a token that is dead by its own expiry is dead anyway.
        status.m_kind = expiredHere ? Kind::Expired : Kind::Unreachable;
        break;
    case Session::State::SignedIn:
        if (expiredHere)
            status.m_kind = Kind::Expired;
        else if (status.m_expiry.isValid() && now.secsTo(status.m_expiry) <= qint64(lead.count()))
            status.m_kind = Kind::ExpiringSoon;
        else
            status.m_kind = Kind::SignedIn;
        break;
    }
    if (status.m_expiry.isValid() && !expiredHere) {
        const QDateTime soon = status.m_expiry.addSecs(-qint64(lead.count()));
        status.m_nextChange = soon > now ? soon : status.m_expiry;
    }
    return status;
}

QString TrayStatus::iconPath() const
{
    return QLatin1String(appearance(m_kind).icon);
}

QString TrayStatus::stateText() const
{
    return tr(appearance(m_kind).text);
}

QString TrayStatus::toolTip() const
{
    QString text = tr("Meshery Auth");
    if (!m_profileName.isEmpty())
        text += QLatin1Char('\n') + m_profileName;
    text += QLatin1Char('\n') + stateText();
    if (m_expiry.isValid() && m_kind != Kind::SignedOut && m_kind != Kind::Checking) {
        const QString when = QLocale().toString(m_expiry.toLocalTime(), QLocale::ShortFormat);
        text += QLatin1Char('\n')
            + (m_kind == Kind::Expired ? tr("Token expired at %1").arg(when) : tr("Token expires at %1").arg(when));
    }
    return text;
}

} // namespace MesheryAuth
