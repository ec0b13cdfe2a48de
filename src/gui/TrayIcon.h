// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ConnectionTest.h"
#include "TrayStatus.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

class QAction;
class QActionGroup;
class QMenu;
class QSystemTrayIcon;

namespace MesheryAuth {

class LoginController;
class ProfileStore;
class SecretClipboard;
class Session;

// The icon in the desktop's tray (a StatusNotifierItem where the desktop has one): the open
// profile's state as a badge and in the tooltip, and a menu of what is done most often without
// the window. What needs the window (logging in, opening a profile, quitting) it asks for with a
// signal; copying and the connection test it runs itself, with the core's use cases.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    TrayIcon(Session *session, ProfileStore *profiles, LoginController *login, SecretClipboard *clipboard,
             QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *systemTrayIcon() const { return m_icon.get(); }
    TrayStatus status() const { return m_status; }
    // How long before its expiry a token shows as expiring soon.
    void setExpiringSoonLead(std::chrono::seconds lead);

    // A balloon from the tray (over the desktop's notification service where it has one), for a
    // notice with nowhere better to go. Never a secret in it.
    void showMessage(const QString &title, const QString &body);

public slots:
    void refresh();

signals:
    void showWindowRequested();
    void logInRequested();
    void profileRequested(const QString &profileId);
    void quitRequested();
    // The connection test's result in a sentence, also shown as the tray's balloon.
    void message(const QString &text);

private:
    void buildMenu();
    void fillProfiles();
    void updateActions();
    void testConnection();

    Session *m_session;
    ProfileStore *m_profiles;
    LoginController *m_login;
    SecretClipboard *m_clipboard;
    std::unique_ptr<QMenu> m_menu; // the icon does not own its menu
    std::unique_ptr<QSystemTrayIcon> m_icon;
    QAction *m_copyToken = nullptr;
    QMenu *m_copyAs = nullptr;
    QAction *m_logIn = nullptr;
    QAction *m_test = nullptr;
    QMenu *m_profileMenu = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    ConnectionTest m_connectionTest;
    QTimer m_nextChange; // the state changes with time too: expiring soon, then expired
    std::chrono::seconds m_lead{15 * 60};
    TrayStatus m_status;
    QString m_iconPath;
};

} // namespace MesheryAuth
