// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "ServerProfile.h"

#include <QObject>

class QToolButton;
class QWidget;

namespace MesheryAuth {

class AppCore;
class DemoServer;
class MesheryctlSync;
class ProfileService;
class ProfileStore;
class Session;

// The Servers… menu: add, edit and remove servers, move sign-ins to and from mesheryctl, and
// start the built-in demo server. The window decides what to show; this says which profile.
class ServersMenu : public QObject
{
    Q_OBJECT

public:
    // core must outlive the menu.
    ServersMenu(QToolButton *button, AppCore *core, Session *session, QWidget *window);

    DemoServer *demoServer() const { return m_demo; }

public slots:
    void addServer();
    void editServer();
    void removeServer();
    // mesheryctl's ~/.meshery/config.yaml: its contexts become profiles; the current profile's
    // token goes back as auth.json (asking before replacing a different one).
    void importFromMesheryctl();
    void exportToMesheryctl();
    // Starts the built-in demo server and opens its "Demo" profile.
    void startDemoServer();

signals:
    void showProfile(const MesheryAuth::ServerProfile &profile); // open this one now
    void showCurrentProfile(); // the list changed: open the current one
    void message(const QString &text, int timeoutMs);
    void failed(const QString &what, const MesheryAuth::ApiError &error);

private:
    void openDemoProfile(const QUrl &url);

    ProfileStore *m_profiles;
    ProfileService *m_profileService;
    Session *m_session;
    QWidget *m_window;
    DemoServer *m_demo;
    MesheryctlSync *m_mesheryctl;
};

} // namespace MesheryAuth
