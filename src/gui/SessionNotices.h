// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace MesheryAuth {

class DesktopNotifier;
class Session;
class TokenNotices;
struct Preferences;

// The notices about the window's current profile: follows the session's token into the
// schedule (TokenNotices) and shows what falls due on the desktop (DesktopNotifier). A profile
// that is no longer current is no longer watched: only the open profile's token is in memory.
class SessionNotices : public QObject
{
    Q_OBJECT

public:
    explicit SessionNotices(Session *session, QObject *parent = nullptr);

    TokenNotices *schedule() const { return m_schedule; }
    DesktopNotifier *notifier() const { return m_notifier; }
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
    QString m_watched; // the profile whose token the schedule has
};

} // namespace MesheryAuth
