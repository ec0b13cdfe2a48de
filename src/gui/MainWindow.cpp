#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AccountView.h"
#include "ConnectionTestView.h"
#include "DemoServer.h"
#include "LoginController.h"
#include "MesheryctlSync.h"
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
#include <QShortcut>
#include <QSettings>

namespace MesheryAuth {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString DemoProfileKey = QStringLiteral("demo/profileId");
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
    , m_demo(new DemoServer(this))
    , m_mesheryctl(new MesheryctlSync(m_profiles, m_vault, this))
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
    m_ui->bannerLayout->setStretch(0, 1);
    m_ui->providersBusy->hide();
    // F5: ask the server again (providers, who is signed in), e.g. after starting Meshery.
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, [this] { m_session->open(m_session->profile()); });
    buildMenus();

    connect(m_ui->serverCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_fillingCombos)
            openSelectedProfile();
    });
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_fillingCombos)
            return;
        const QString key = m_ui->providerCombo->currentData().toString();
        m_session->chooseProvider(key);
        // The Local provider has nothing to log in to: choosing it is signing in.
        const auto chosen = m_session->provider(key);
        if (chosen && chosen->isLocal())
            m_login->logIn(LoginController::Method::EmbeddedBrowser);
    });
    connect(m_ui->loginButton, &QToolButton::clicked, this, [this] { m_login->logIn(LoginController::Method::EmbeddedBrowser); });
    connect(m_ui->logoutButton, &QPushButton::clicked, this, [this] {
        m_clipboard->clearIfOurs();
        m_login->logOut();
    });
    connect(m_ui->bannerButton, &QPushButton::clicked, this, [this] {
        if (m_bannerAction)
            m_bannerAction();
    });
    connect(m_demo, &DemoServer::started, this, &MainWindow::openDemoProfile);
    connect(m_demo, &DemoServer::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, MessageTimeoutMs);
        QMessageBox::warning(this, windowTitle(), message);
    });

    connect(m_session, &Session::providersChanged, this, &MainWindow::showProviders);
    connect(m_session, &Session::providersChanged, this, &MainWindow::showBanner);
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
    servers->addSeparator();
    servers->addAction(tr("&Import from mesheryctl"), this, &MainWindow::importFromMesheryctl);
    servers->addAction(tr("E&xport to mesheryctl"), this, &MainWindow::exportToMesheryctl);
    servers->addSeparator();
    servers->addAction(tr("Try the &demo server"), this, &MainWindow::startDemoServer);
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
    const auto label = [](const ServerProfile &profile) {
        // The address alone when the name says no more than the address does.
        return profile.name == ProfileStore::draft(profile.serverUrl).name
            ? profile.serverUrl.toString()
            : QStringLiteral("%1 — %2").arg(profile.name, profile.serverUrl.toString());
    };
    for (const ServerProfile &profile : profiles)
        m_ui->serverCombo->addItem(label(profile), profile.id);
    if (profiles.isEmpty()) {
        // First start: the default server, saved once the user signs in or edits it.
        m_ui->serverCombo->addItem(label(ProfileStore::draft()), QString());
    }
    const int index = m_ui->serverCombo->findData(wanted);
    m_ui->serverCombo->setCurrentIndex(std::max(index, 0));
    m_fillingCombos = false;
    // What the picker shows is what the window shows.
    if (m_ui->serverCombo->currentData().toString() != m_session->profile().id)
        openSelectedProfile();
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
    if (loading)
        statusBar()->clearMessage(); // whatever was said was about the server before
    const ApiError problem = m_session->providersError();
    if (!loading && !problem.isOk()) {
        m_ui->providerCombo->addItem(tr("(providers unavailable)"), QString());
        const bool bannerSaysIt = problem.kind() == ApiError::Kind::Unreachable || problem.kind() == ApiError::Kind::HostNotFound
            || problem.kind() == ApiError::Kind::Timeout;
        if (bannerSaysIt)
            statusBar()->showMessage(problem.message(), MessageTimeoutMs);
        else
            showError(tr("The server's providers could not be listed."), problem);
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

void MainWindow::setBanner(const QString &text, const QString &buttonText, std::function<void()> action)
{
    m_ui->bannerLabel->setText(text);
    m_ui->bannerButton->setText(buttonText);
    m_ui->bannerButton->setVisible(bool(action));
    m_bannerAction = std::move(action);
    m_ui->banner->setVisible(!text.isEmpty());
}

void MainWindow::showBanner()
{
    if (!m_keychainProblem.isEmpty()) {
        setBanner(tr("The system keychain is not available (%1), so tokens cannot be kept safely. "
                     "You can continue for this session only: tokens stay in memory and are forgotten on quit.")
                      .arg(m_keychainProblem),
                  tr("Continue for this &session only"), [this] {
                      m_vault->setSessionOnly(true);
                      m_keychainProblem.clear();
                      showBanner();
                  });
        return;
    }
    if (m_session->state() == Session::State::Expired) {
        setBanner(tr("Your session has expired or the token is invalid. The old token is kept until you log in again."),
                  tr("Log in &again"), [this] { m_login->logIn(LoginController::Method::EmbeddedBrowser); });
        return;
    }
    const ApiError::Kind providersProblem = m_session->providersError().kind();
    if (providersProblem == ApiError::Kind::Unreachable || providersProblem == ApiError::Kind::HostNotFound
        || providersProblem == ApiError::Kind::Timeout) {
        setBanner(tr("No Meshery server answers at %1. Start Meshery there, pick another server, or try the built-in "
                     "demo server.")
                      .arg(m_session->profile().serverUrl.toString()),
                  tr("Try the &demo server"), [this] { startDemoServer(); });
        return;
    }
    if (m_vault->isSessionOnly()) {
        setBanner(tr("Session-only mode: tokens are kept in memory and forgotten when you quit."), {}, {});
        return;
    }
    setBanner({}, {}, {});
}

void MainWindow::startDemoServer()
{
    if (m_demo->isRunning()) {
        openDemoProfile(m_demo->url());
        return;
    }
    statusBar()->showMessage(tr("Starting the demo server…"), MessageTimeoutMs);
    m_demo->start();
}

void MainWindow::openDemoProfile(const QUrl &url)
{
    // One "Demo" profile, pointed at wherever the demo server runs this time.
    ServerProfile demo = m_profiles->profile(m_settings->value(DemoProfileKey).toString()).value_or(ProfileStore::draft(url));
    demo.serverUrl = url;
    demo.name = tr("Demo (built-in test server)");
    QString problem;
    if (!m_profiles->save(demo, &problem)) {
        statusBar()->showMessage(problem, MessageTimeoutMs);
        return;
    }
    m_settings->setValue(DemoProfileKey, demo.id);
    m_profiles->setCurrentId(demo.id);
    m_session->open(demo);
    reloadProfiles();
    statusBar()->showMessage(tr("Demo server running at %1: sign in with any user name and the password \"%2\".")
                                 .arg(url.toString(), QLatin1String(DemoServer::Password)),
                             3 * MessageTimeoutMs);
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
    const ServerProfile before = m_session->profile();
    ProfileDialog dialog(m_profiles, before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A token belongs to one server: a new address leaves the old one nothing to do.
    if (!before.id.isEmpty() && dialog.profile().serverUrl != before.serverUrl)
        m_vault->remove(before.tokenSlot(), this, {});
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

void MainWindow::importFromMesheryctl()
{
    statusBar()->showMessage(tr("Importing from mesheryctl…"), MessageTimeoutMs);
    m_mesheryctl->importAll({}, {}, this, [this](const MesheryctlSync::ImportOutcome &outcome) {
        reloadProfiles();
        openSelectedProfile(); // its token may have just arrived
        QStringList lines;
        if (!outcome.error.isEmpty())
            lines << outcome.error;
        int imported = 0;
        for (const auto &profile : outcome.profiles) {
            if (!profile.error.isEmpty())
                lines << tr("%1: %2").arg(profile.contextName, profile.error);
            else
                ++imported;
        }
        lines << outcome.warnings;
        const QString summary = tr("Imported %n context(s) from mesheryctl.", nullptr, imported);
        auto *box = new QMessageBox(lines.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, windowTitle(),
                                    summary, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importReport"));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(summary, MessageTimeoutMs);
    });
}

void MainWindow::exportToMesheryctl()
{
    const ServerProfile profile = m_session->profile();
    const auto finish = [this](const MesheryctlSync::ExportOutcome &outcome) {
        const QString text = outcome.ok ? tr("mesheryctl now uses this sign-in (context \"%1\", %2).")
                                              .arg(outcome.contextName, outcome.authFilePath)
                                        : tr("Export to mesheryctl failed: %1").arg(outcome.error);
        statusBar()->showMessage(text, 2 * MessageTimeoutMs);
    };
    m_mesheryctl->exportProfile(profile, {}, {}, MesheryctlFiles::ExistingFile::Keep, this,
                                [this, profile, finish](const MesheryctlSync::ExportOutcome &outcome) {
                                    if (!outcome.needsReplaceConfirmation) {
                                        finish(outcome);
                                        return;
                                    }
                                    const auto answer = QMessageBox::question(
                                        this, tr("Replace mesheryctl's token?"),
                                        tr("%1 holds another token. Replace it with this server's?").arg(outcome.authFilePath),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
                                    if (answer != QMessageBox::Yes)
                                        return;
                                    m_mesheryctl->exportProfile(profile, {}, {}, MesheryctlFiles::ExistingFile::Replace, this, finish);
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
