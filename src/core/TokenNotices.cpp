// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenNotices.h"

#include "TokenInfo.h"

#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace MesheryAuth {

namespace {

// Where the profile lives, without user info or path: enough to tell servers apart.
QString serverText(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

QString TokenNotice::title() const
{
    if (kind == Kind::ExpiresSoon)
        return tr("Meshery session expires soon");
    return kind == Kind::Expired ? tr("Meshery session expired") : tr("Time for a new Meshery token");
}

QString TokenNotice::body() const
{
    const QString server = serverText(serverUrl);
    switch (kind) {
    case Kind::ExpiresSoon: {
        // Rounded up: "in 1 minute" until it has expired, never "in 0 minutes".
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(expiry) + 59) / 60);
        const QString at = QLocale().toString(expiry.toLocalTime().time(), QLocale::ShortFormat);
        return tr("Your session for %1 (%2) expires in %n minute(s), at %3.", nullptr, int(minutes))
            .arg(profileName, server, at);
    }
    case Kind::Expired:
        return tr("Your session for %1 (%2) has expired. Log in again to keep working.").arg(profileName, server);
    case Kind::Rotation:
        break;
    }
    const int days = int(std::clamp<qint64>(issued.daysTo(now), 0, 100000));
    return tr("Your token for %1 (%2) is %n day(s) old. Log in again to get a new one.", nullptr, days)
        .arg(profileName, server);
}

TokenNotices::TokenNotices(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<MesheryAuth::TokenNotice>();
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5 % early or late: early is only a wasted check, late a late notice.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TokenNotices::check);
}

void TokenNotices::setClock(Clock clock)
{
    m_clock = std::move(clock);
    check();
}

void TokenNotices::setLead(std::chrono::minutes lead)
{
    m_lead = lead;
    check();
}

void TokenNotices::setRotationDays(int days)
{
    m_rotationDays = std::max(0, days);
    check();
}

void TokenNotices::watch(const QString &profileId, const QString &profileName, const QUrl &serverUrl,
                         const QByteArray &token, const QDateTime &storedAt)
{
    const TokenInfo info = TokenInfo::decode(token);
    Watched watched;
    watched.digest = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    watched.profileName = profileName;
    watched.serverUrl = serverUrl;
    watched.expiry = info.expiry();
    watched.issued = info.issuedAt().isValid() ? info.issuedAt() : storedAt;
    m_watched.insert(profileId, watched);
    check();
}

void TokenNotices::unwatch(const QString &profileId)
{
    m_watched.remove(profileId);
    check();
}

void TokenNotices::sessionExpired(const QString &profileId)
{
    const auto found = m_watched.constFind(profileId);
    if (found == m_watched.cend())
        return;
    // The soon-notice makes no sense any more for this token.
    firstTime(*found, TokenNotice::Kind::ExpiresSoon);
    if (firstTime(*found, TokenNotice::Kind::Expired))
        emit notice(noticeFor(profileId, *found, TokenNotice::Kind::Expired, m_clock()));
}

bool TokenNotices::firstTime(const Watched &token, TokenNotice::Kind kind)
{
    const QByteArray key = token.digest + char('0' + int(kind));
    if (m_given.contains(key))
        return false;
    m_given.insert(key);
    return true;
}

TokenNotice TokenNotices::noticeFor(const QString &profileId, const Watched &token, TokenNotice::Kind kind,
                                    const QDateTime &now) const
{
    return {kind, profileId, token.profileName, token.serverUrl, token.expiry, token.issued, now};
}

std::chrono::milliseconds TokenNotices::nextCheckIn() const
{
    return std::chrono::milliseconds(m_timer.isActive() ? m_timer.remainingTime() : -1);
}

void TokenNotices::check()
{
    const QDateTime now = m_clock();
    QDateTime next; // the earliest moment something becomes due
    const auto dueAt = [&next](const QDateTime &when) {
        if (!next.isValid() || when < next)
            next = when;
    };
    using Kind = TokenNotice::Kind;
    QList<TokenNotice> due;
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        const Watched &token = it.value();
        if (token.expiry.isValid()) {
            const QDateTime soon = token.expiry.addSecs(-std::chrono::seconds(m_lead).count());
            if (now >= token.expiry) {
                firstTime(token, Kind::ExpiresSoon); // too late for that one
                if (firstTime(token, Kind::Expired))
                    due << noticeFor(it.key(), token, Kind::Expired, now);
            } else {
                if (now >= soon) {
                    if (firstTime(token, Kind::ExpiresSoon))
                        due << noticeFor(it.key(), token, Kind::ExpiresSoon, now);
                } else {
                    dueAt(soon);
                }
                dueAt(token.expiry);
            }
        }
        if (m_rotationDays > 0 && token.issued.isValid()) {
            const QDateTime rotate = token.issued.addDays(m_rotationDays);
            if (now < rotate)
                dueAt(rotate);
            else if (firstTime(token, Kind::Rotation))
                due << noticeFor(it.key(), token, Kind::Rotation, now);
        }
    }
    if (next.isValid()) {
        const qint64 wait = std::clamp<qint64>(now.msecsTo(next), 0, std::chrono::milliseconds(MaxWait).count());
        m_timer.start(int(wait));
    } else {
        m_timer.stop();
    }
    // Last: a receiver may watch or unwatch in return.
    for (const TokenNotice &given : std::as_const(due))
        emit notice(given);
}

} // namespace MesheryAuth
