// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SessionNotices.h"

#include "DesktopNotifier.h"
#include "Preferences.h"
#include "ProfileStore.h"
#include "Session.h"
#include "StoredTokenWatch.h"
#include "TokenNotices.h"

namespace MesheryAuth {

SessionNotices::SessionNotices(Session *session, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_schedule(new TokenNotices(this))
    , m_notifier(new DesktopNotifier(QDBusConnection::sessionBus(), this))
    , m_others(new StoredTokenWatch(profiles, session->vault(), m_schedule, this))
{
    connect(profiles, &ProfileStore::profilesChanged, this, [this] { m_others->refresh(m_openId); });
    connect(m_session, &Session::stateChanged, this, &SessionNotices::follow);
    connect(m_session, &Session::profileChanged, this, &SessionNotices::follow);
    // A renewal brings a new token, with notices of its own.
    connect(m_session, &Session::renewFinished, this, &SessionNotices::follow);
    connect(m_schedule, &TokenNotices::notice, this,
            [this](const TokenNotice &notice) { m_notifier->notify(notice.profileId, notice.title(), notice.body()); });
    connect(m_notifier, &DesktopNotifier::loginRequested, this, &SessionNotices::logInRequested);
    connect(m_notifier, &DesktopNotifier::activated, this, &SessionNotices::showRequested);
}

void SessionNotices::setFallback(std::function<void(const QString &, const QString &)> fallback)
{
    m_notifier->setFallback(std::move(fallback));
}

void SessionNotices::applyPreferences(const Preferences &preferences)
{
    m_schedule->setLead(preferences.expiryNoticeLead);
    m_schedule->setRotationDays(preferences.rotationPeriodDays);
}

void SessionNotices::follow()
{
    const ServerProfile &profile = m_session->profile();
    if (profile.id != m_openId) {
        // The profile left keeps its notices, now from its stored token.
        m_openId = profile.id;
        m_others->refresh(m_openId);
    }
    if (profile.id.isEmpty())
        return;
    const Session::State state = m_session->state();
    const bool holdsToken =
        state == Session::State::SignedIn || state == Session::State::Expired || state == Session::State::Unverified;
    if (!holdsToken || m_session->token().isEmpty()) {
        m_schedule->unwatch(profile.id);
        return;
    }
    m_schedule->watch(profile.id, profile.name, profile.serverUrl, m_session->token(),
                      m_session->vault()->storedAt(profile.tokenSlot()));
    if (state == Session::State::Expired)
        m_schedule->sessionExpired(profile.id);
}

} // namespace MesheryAuth
