#pragma once

#include <QMainWindow>
#include <QScopedPointer>

#include <functional>

class QLabel;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace MesheryAuth {

class AccountView;
class DemoServer;
class ConnectionTestView;
class LoginController;
class MesheryctlSync;
class OrganizationsView;
class ProfileStore;
class SecretClipboard;
class Session;
class SignInService;
class TokenVault;
struct ServerProfile;

// The app's window: pick a server and a provider, sign in, and see the account, the
// organizations and a connection test. It wires core objects to the views; each tab's behaviour
// lives in its own view class.
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

    // Opens (and remembers) the profile for this address, adding it if it is new.
    void openServer(const QString &address);
    // Starts the built-in demo server and opens its "Demo" profile.
    void startDemoServer();
    DemoServer *demoServer() const { return m_demo; }

    // mesheryctl's ~/.meshery/config.yaml: its contexts become profiles; the current profile's
    // token goes back as auth.json (asking before replacing a different one).
    void importFromMesheryctl();
    void exportToMesheryctl();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void reloadProfiles();
    void openSelectedProfile();
    void showProviders();
    void updateButtons();
    void showBanner();
    void setBanner(const QString &text, const QString &buttonText, std::function<void()> action);
    void openDemoProfile(const QUrl &url);
    void addProfile();
    void editProfile();
    void removeProfile();
    void showError(const QString &what, const class ApiError &error);

    QScopedPointer<Ui::MainWindow> m_ui;
    QSettings *m_settings;
    ProfileStore *m_profiles;
    TokenVault *m_vault;
    SignInService *m_signIn;
    Session *m_session;
    SecretClipboard *m_clipboard;
    LoginController *m_login;
    AccountView *m_account;
    OrganizationsView *m_organizations;
    ConnectionTestView *m_connectionTest;
    DemoServer *m_demo;
    MesheryctlSync *m_mesheryctl;
    QLabel *m_clipboardStatus;
    std::function<void()> m_bannerAction;
    QString m_keychainProblem;
    bool m_fillingCombos = false;
};

} // namespace MesheryAuth
