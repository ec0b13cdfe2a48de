// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace MesheryAuth {

class DesktopNotifier;
class ProfileStore;
class Session;
class StoredTokenWatch;
class TokenNotices;
struct Preferences;

// The notices about every profile with a stored token: follows the session's token (the open
// profile's) and the other profiles' stored tokens (StoredTokenWatch) into the schedule
// (TokenNotices), and shows what falls due on the desktop (DesktopNotifier).
class SessionNotices : public QObject
{
    Q_OBJECT

public:
    SessionNotices(Session *session, ProfileStore *profiles, QObject *parent = nullptr);

    TokenNotices *schedule() const { return m_schedule; }
    DesktopNotifier *notifier() const { return m_notifier; }
    StoredTokenWatch *otherProfiles() const { return m_others; }
    // Where the words go when the desktop shows no notifications (the tray's balloon).
    void setFallback(std::function<void(const QString &title, const QString &body)> fallback);
    void applyPreferences(const Preferences &preferences);

signals:
    void logInRequested(const QString &profileId); // "Log in again" on a notice of that profile
    void showRequested(const QString &profileId); // the notice itself was clicked

private:
    void follow();

    Session *m_session;
    TokenNotices *m_schedule;
    DesktopNotifier *m_notifier;
    StoredTokenWatch *m_others;
    QString m_openId; // the profile the session has open
};

} // namespace MesheryAuth
