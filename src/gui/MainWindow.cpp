#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AccountView.h"
#include "ConnectionTestView.h"
#include "LoginController.h"
#include "OrganizationsView.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "SecretClipboard.h"
#include "ServerAddress.h"
#include "Session.h"
#include "SignInService.h"
#include "TokenVault.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace MesheryAuth {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
constexpr int MessageTimeoutMs = 6000;
}

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_settings(settings)
    , m_profiles(new ProfileStore(settings, this))
    , m_vault(new TokenVault(settings, TokenVault::defaultService(), this))
    , m_signIn(new SignInService(m_profiles, m_vault, this))
    , m_session(new Session(m_profiles, m_vault, this))
    , m_clipboard(new SecretClipboard(this))
{
    m_ui->setupUi(this);
    m_login = new LoginController(m_session, m_signIn, this);
    m_account = new AccountView(m_ui.data(), m_session, m_clipboard, this);
    m_organizations = new OrganizationsView(m_ui.data(), m_session, m_clipboard, this);
    m_connectionTest = new ConnectionTestView(m_ui.data(), m_session, m_clipboard, this);
    m_clipboardStatus = new QLabel(this);
    m_clipboardStatus->setObjectName(QStringLiteral("clipboardStatus"));
    statusBar()->addPermanentWidget(m_clipboardStatus);
    m_ui->banner->hide();
    m_ui->providersBusy->hide();
    buildMenus();

    connect(m_ui->serverCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_fillingCombos)
            openSelectedProfile();
    });
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_fillingCombos)
            m_session->chooseProvider(m_ui->providerCombo->currentData().toString());
    });
    connect(m_ui->loginButton, &QToolButton::clicked, this, [this] { m_login->logIn(LoginController::Method::EmbeddedBrowser); });
    connect(m_ui->logoutButton, &QPushButton::clicked, this, [this] {
        m_clipboard->clearIfOurs();
        m_login->logOut();
    });
    connect(m_ui->bannerButton, &QPushButton::clicked, this, [this] {
        if (!m_keychainProblem.isEmpty()) {
            m_vault->setSessionOnly(true);
            m_keychainProblem.clear();
            showBanner();
            return;
        }
        m_login->logIn(LoginController::Method::EmbeddedBrowser);
    });

    connect(m_session, &Session::providersChanged, this, &MainWindow::showProviders);
    connect(m_session, &Session::stateChanged, this, [this] {
        updateButtons();
        showBanner();
    });
    connect(m_session, &Session::profileChanged, this, &MainWindow::updateButtons);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(m_login, &LoginController::busyChanged, this, &MainWindow::updateButtons);
    connect(m_login, &LoginController::message, this, [this](const QString &text) { statusBar()->showMessage(text, MessageTimeoutMs); });
    connect(m_login, &LoginController::failed, this, [this](const ApiError &error) { showError(tr("Signing in failed."), error); });
    connect(m_vault, &TokenVault::keychainUnavailable, this, [this](const QString &message) {
        m_keychainProblem = message;
        showBanner();
    });
    connect(m_clipboard, &SecretClipboard::countdown, this, [this](int secondsLeft, const QString &what) {
        m_clipboardStatus->setText(secondsLeft > 0 ? tr("%1 copied; the clipboard is cleared in %2 s").arg(what).arg(secondsLeft)
                                                   : QString());
    });

    restoreGeometry(m_settings->value(GeometryKey).toByteArray());
    reloadProfiles();
    openSelectedProfile();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(GeometryKey, saveGeometry());
    m_clipboard->clearIfOurs();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    auto *servers = new QMenu(m_ui->serversButton);
    servers->addAction(tr("&Add server…"), this, &MainWindow::addProfile);
    servers->addAction(tr("&Edit server…"), this, &MainWindow::editProfile);
    servers->addAction(tr("&Remove server"), this, &MainWindow::removeProfile);
    m_ui->serversButton->setMenu(servers);
    m_ui->serversButton->setPopupMode(QToolButton::InstantPopup);

    auto *login = new QMenu(m_ui->loginButton);
    login->addAction(tr("Log in in the &embedded browser"), this, [this] { m_login->logIn(LoginController::Method::EmbeddedBrowser); });
    login->addAction(tr("Log in in my &system browser"), this, [this] { m_login->logIn(LoginController::Method::SystemBrowser); });
    login->addAction(tr("Sign in with an &API token…"), this, [this] { m_login->logIn(LoginController::Method::PasteToken); });
    m_ui->loginButton->setMenu(login);
    m_ui->loginButton->setPopupMode(QToolButton::MenuButtonPopup);
}

void MainWindow::reloadProfiles()
{
    m_fillingCombos = true;
    const QString wanted = m_session->profile().id.isEmpty() ? m_profiles->currentId() : m_session->profile().id;
    m_ui->serverCombo->clear();
    const QList<ServerProfile> profiles = m_profiles->profiles();
    for (const ServerProfile &profile : profiles)
        m_ui->serverCombo->addItem(QStringLiteral("%1 — %2").arg(profile.name, profile.serverUrl.toString()), profile.id);
    if (profiles.isEmpty()) {
        // First start: the default server, saved once the user signs in or edits it.
        const ServerProfile draft = ProfileStore::draft();
        m_ui->serverCombo->addItem(QStringLiteral("%1 — %2").arg(draft.name, draft.serverUrl.toString()), QString());
    }
    const int index = m_ui->serverCombo->findData(wanted);
    m_ui->serverCombo->setCurrentIndex(std::max(index, 0));
    m_fillingCombos = false;
}

void MainWindow::openSelectedProfile()
{
    const QString id = m_ui->serverCombo->currentData().toString();
    const auto profile = m_profiles->profile(id);
    if (profile)
        m_profiles->setCurrentId(profile->id);
    m_session->open(profile ? *profile : ProfileStore::draft());
    updateButtons();
}

void MainWindow::openServer(const QString &address)
{
    QString problem;
    const QUrl url = ServerAddress::normalise(address, &problem);
    if (!url.isValid()) {
        statusBar()->showMessage(problem, MessageTimeoutMs);
        return;
    }
    auto profile = m_profiles->findByServer(url);
    if (!profile) {
        ServerProfile added = ProfileStore::draft(url);
        if (!m_profiles->save(added, &problem)) {
            statusBar()->showMessage(problem, MessageTimeoutMs);
            return;
        }
        profile = added;
    }
    m_profiles->setCurrentId(profile->id);
    m_session->open(*profile);
    reloadProfiles();
}

void MainWindow::showProviders()
{
    m_fillingCombos = true;
    m_ui->providerCombo->clear();
    const bool loading = m_session->providersLoading();
    m_ui->providersBusy->setVisible(loading);
    if (!loading && !m_session->providersError().isOk()) {
        m_ui->providerCombo->addItem(tr("(providers unavailable)"), QString());
        showError(tr("The server's providers could not be listed."), m_session->providersError());
    }
    m_ui->providerCombo->addItem(tr("Choose a provider…"), QString());
    const QList<Provider> providers = m_session->providers();
    for (const Provider &provider : providers) {
        const QString text = provider.isLocal() ? tr("Local (no sign-in)") : tr("%1 (remote)").arg(provider.name);
        m_ui->providerCombo->addItem(text, provider.key);
        m_ui->providerCombo->setItemData(m_ui->providerCombo->count() - 1, provider.description.join(QLatin1Char('\n')),
                                         Qt::ToolTipRole);
    }
    const int index = m_ui->providerCombo->findData(m_session->profile().provider);
    m_ui->providerCombo->setCurrentIndex(std::max(index, 0));
    m_fillingCombos = false;
    updateButtons();
}

void MainWindow::updateButtons()
{
    const auto provider = m_session->provider(m_session->profile().provider);
    const bool busy = m_login->isBusy();
    const Session::State state = m_session->state();
    const bool local = provider && provider->isLocal();
    m_ui->loginButton->setEnabled(provider.has_value() && !busy);
    m_ui->loginButton->setText(local ? tr("&Use Local") : state == Session::State::Expired ? tr("&Log in again") : tr("&Log in"));
    m_ui->logoutButton->setEnabled(!busy && (state == Session::State::SignedIn || state == Session::State::Expired
                                             || state == Session::State::Unverified || !m_session->token().isEmpty()));
    m_ui->testButton->setEnabled(!m_connectionTest->test()->isRunning());
}

void MainWindow::showBanner()
{
    if (!m_keychainProblem.isEmpty()) {
        m_ui->bannerLabel->setText(tr("The system keychain is not available (%1), so tokens cannot be kept safely. "
                                      "You can continue for this session only: tokens stay in memory and are forgotten on quit.")
                                       .arg(m_keychainProblem));
        m_ui->bannerButton->setText(tr("Continue for this &session only"));
        m_ui->banner->show();
        return;
    }
    if (m_session->state() == Session::State::Expired) {
        m_ui->bannerLabel->setText(tr("Your session has expired or the token is invalid. The old token is kept until you log in again."));
        m_ui->bannerButton->setText(tr("Log in &again"));
        m_ui->banner->show();
        return;
    }
    if (m_vault->isSessionOnly()) {
        m_ui->bannerLabel->setText(tr("Session-only mode: tokens are kept in memory and forgotten when you quit."));
        m_ui->banner->show();
        m_ui->bannerButton->hide();
        return;
    }
    m_ui->bannerButton->show();
    m_ui->banner->hide();
}

void MainWindow::addProfile()
{
    ProfileDialog dialog(m_profiles, ProfileStore::draft(QUrl(QStringLiteral("http://"))), this);
    dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->clear();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_profiles->setCurrentId(dialog.profile().id);
    reloadProfiles();
    m_ui->serverCombo->setCurrentIndex(m_ui->serverCombo->findData(dialog.profile().id));
    openSelectedProfile();
}

void MainWindow::editProfile()
{
    ProfileDialog dialog(m_profiles, m_session->profile(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->open(dialog.profile());
    reloadProfiles();
}

void MainWindow::removeProfile()
{
    const ServerProfile profile = m_session->profile();
    if (profile.id.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Remove server"),
                                              tr("Remove %1 and delete its tokens from the keychain?").arg(profile.name),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_vault->removeProfile(profile.id, this, [this, profile](const VaultResult &result) {
        if (!result.isOk()) {
            showError(tr("The server's tokens could not be removed; the server was kept."), result.error);
            return;
        }
        m_profiles->remove(profile.id);
        reloadProfiles();
        openSelectedProfile();
        statusBar()->showMessage(tr("Removed %1 and its tokens.").arg(profile.name), MessageTimeoutMs);
    });
}

void MainWindow::showError(const QString &what, const ApiError &error)
{
    statusBar()->showMessage(what + QLatin1Char(' ') + error.message(), MessageTimeoutMs);
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setInformativeText(error.toDisplayString());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace MesheryAuth
