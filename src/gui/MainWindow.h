// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoginController.h"
#include "Preferences.h"

#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace MesheryAuth {

class AccountView;
class AppCore;
class ApiError;
class CertificateDialog;
class ConnectionTestView;
class FirstRunView;
class LoginController;
class OrganizationsView;
class ProfileStore;
class SecretClipboard;
class SessionNotices;
class ServersMenu;
class Session;
class SignInService;
class TokenVault;
class TrayIcon;
struct ServerProfile;

// The app's window: pick a server and a provider, sign in, and see the account, the
// organizations and a connection test. It holds the server and provider pickers, the banner and
// the status bar; each tab is a view widget of its own that talks to the window through signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settings: profiles, the vault's index and window state; it must outlive the window.
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    TokenVault *vault() const { return m_vault; }
    ProfileStore *profiles() const { return m_profiles; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    LoginController *loginController() const { return m_login; }
    AccountView *accountView() const { return m_account; }
    // The expiry and rotation notices of the current profile.
    SessionNotices *notices() const { return m_notices; }
    // Shown instead of the pickers and tabs while there is no profile.
    FirstRunView *firstRunView() const { return m_firstRun; }

    // Opens (and remembers) the profile for this address, adding it if it is new.
    void openServer(const QString &address);
    ServersMenu *serversMenu() const { return m_servers; }

    // The Settings dialog's choices as saved, and the action (Ctrl+,) that opens it.
    const Preferences &preferences() const { return m_preferences; }
    QAction *settingsAction() const { return m_settingsAction; }
    // What the main Log in button runs, as the preferences say.
    LoginController::Method defaultLoginMethod() const;
    // The tray icon; null where the desktop has no tray (then closing the window quits).
    TrayIcon *trayIcon() const { return m_tray; }

public slots:
    // Shows the window and brings it to the front, out of the taskbar or the tray.
    void bringToFront();
    // Saves the window's state, clears the clipboard if it holds our secret, and ends the app.
    void quitApplication();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addOtherTabs();
    void setUpTray();
    void showProfile(const ServerProfile &profile);
    void askCloseAction();
    void saveWindowState();
    void saveCurrentTab();
    void restoreCurrentTab();
    void buildLoginMenu();
    void buildSettingsAction();
    void openSettings();
    // Makes the choices take effect in this window; the autostart entry follows when asked.
    void applyPreferences(const Preferences &preferences, bool updateAutostart);
    void reloadProfiles();
    // A notice's "Log in again": that profile's own login, in the window brought up.
    void logInAgain(const QString &profileId);
    void buildFirstRunView();
    // The first-run view while there is no profile, else the pickers and tabs.
    void showFirstRun(bool show);
    void openSelectedProfile();
    void showProviders();
    void updateButtons();
    void showBanner();
    void setBanner(const QString &text, const QString &buttonText, std::function<void()> action);
    void showError(const QString &what, const MesheryAuth::ApiError &error);
    void showPlainHttpWarning();
    // A call failed on the server's certificate: asks whether to trust it, once per opening of
    // the profile. True when that error is the dialog's to explain.
    bool askAboutCertificate(const MesheryAuth::ApiError &error);

    QScopedPointer<Ui::MainWindow> m_ui;
    QSettings *m_settings;
    // The objects below up to m_signIn are the core's. Everything after them points into it: the
    // destructor deletes those first, since as QObject children they would outlive the core.
    std::unique_ptr<AppCore> m_core;
    ProfileStore *m_profiles;
    TokenVault *m_vault;
    SignInService *m_signIn;
    Session *m_session;
    SecretClipboard *m_clipboard;
    LoginController *m_login;
    SessionNotices *m_notices;
    AccountView *m_account;
    OrganizationsView *m_organizations = nullptr; // both come with addOtherTabs()
    ConnectionTestView *m_connectionTest = nullptr;
    ServersMenu *m_servers;
    QLabel *m_clipboardStatus;
    FirstRunView *m_firstRun = nullptr;
    QStackedWidget *m_pages = nullptr;
    QString m_loginToolTip; // the form's, while Log in can be used
    std::function<void()> m_bannerAction;
    QString m_keychainProblem;
    QPointer<CertificateDialog> m_certificateDialog;
    bool m_certificateAsked = false; // for the profile as opened last
    bool m_fillingCombos = false;
    Preferences m_preferences;
    QAction *m_settingsAction = nullptr;
    TrayIcon *m_tray = nullptr; // comes with setUpTray(), when a tray is there
    bool m_quitting = false;
};

} // namespace MesheryAuth
