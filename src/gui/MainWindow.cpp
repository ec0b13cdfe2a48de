// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AccountView.h"
#include "AppCore.h"
#include "AssistiveChoice.h"
#include "Autostart.h"
#include "CertificateDialog.h"
#include "CloseQuestion.h"
#include "ConnectionTestView.h"
#include "FirstRunView.h"
#include "Logging.h"
#include "LoginController.h"
#include "OrganizationsView.h"
#include "ProfileStore.h"
#include "SecretClipboard.h"
#include "ServerAddress.h"
#include "ServerTrust.h"
#include "ServersMenu.h"
#include "Session.h"
#include "SessionNotices.h"
#include "SettingsDialog.h"
#include "SignInService.h"
#include "SplitButton.h"
#include "StatusMessage.h"
#include "TokenVault.h"
#include "TrayIcon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QSystemTrayIcon>

namespace MesheryAuth {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
// The tab last shown, by its object name: still right if tabs are added or reordered.
const QString TabKey = QStringLiteral("window/tab");

// Nothing answers at the address: the banner says so and offers the demo server.
bool nothingAnswers(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Unreachable || error.kind() == ApiError::Kind::HostNotFound
        || error.kind() == ApiError::Kind::Timeout;
}

bool isCertificateProblem(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Tls || error.kind() == ApiError::Kind::CertificateChanged;
}
} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_settings(settings)
    , m_core(std::make_unique<AppCore>(settings))
    , m_profiles(m_core->profiles())
    , m_vault(m_core->vault())
    , m_signIn(m_core->signIn())
    , m_session(new Session(m_profiles, m_vault, this))
    , m_clipboard(new SecretClipboard(this))
{
    m_ui->setupUi(this);
    m_login = new LoginController(m_session, m_signIn, this);
    m_notices = new SessionNotices(m_session, m_profiles, this);
    // Without a notification service: the status bar, always, since a StatusNotifierItem tray
    // shows its balloon through that same missing service; the tray's balloon as well, for the
    // trays that draw their own.
    m_notices->setFallback([this](const QString &title, const QString &body) {
        statusBar()->showMessage(tr("%1: %2").arg(title, body));
        if (m_tray)
            m_tray->showMessage(title, body);
    });
    connect(m_notices, &SessionNotices::logInRequested, this, &MainWindow::logInAgain);
    connect(m_notices, &SessionNotices::showRequested, this, &MainWindow::bringToFront);
    m_account = new AccountView(m_session, m_clipboard);
    // Each tab's title is its form's window title.
    m_ui->tabs->addTab(m_account, m_account->windowTitle());
    // The tabs not shown at start come once the window is up: building them is a few
    // milliseconds of a start that should cost what a bare window's does.
    QMetaObject::invokeMethod(this, &MainWindow::addOtherTabs, Qt::QueuedConnection);
    // Asking whether there is a tray is a call on the session bus: not before the window is up.
    QMetaObject::invokeMethod(this, &MainWindow::setUpTray, Qt::QueuedConnection);
    m_servers = new ServersMenu(m_ui->serversButton, m_core.get(), m_session, this);
    m_clipboardStatus = new QLabel(this);
    m_clipboardStatus->setObjectName(QStringLiteral("clipboardStatus"));
    statusBar()->addPermanentWidget(m_clipboardStatus);
    m_ui->banner->hide();
    m_ui->plainHttpWarning->hide();
    m_ui->bannerLayout->setStretch(0, 1);
    m_ui->providersBusy->hide();
    m_ui->loginHint->hide();
    // In the Tab order (selectable text alone would not put it there): a disabled Log in cannot
    // take the focus, so its reason must.
    m_ui->loginHint->setFocusPolicy(Qt::StrongFocus);
    m_loginToolTip = m_ui->loginButton->toolTip();
    buildFirstRunView();
    // F5: ask the server again (providers, who is signed in), e.g. after starting Meshery; on the
    // first-run view, look again for mesheryctl's files.
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, [this] {
        if (m_pages->currentWidget() == m_firstRun)
            m_firstRun->refresh();
        else
            m_session->open(m_session->profile());
    });
    buildLoginMenu();
    buildSettingsAction();
    acceptAssistiveChoices(m_ui->serverCombo);
    acceptAssistiveChoices(m_ui->providerCombo);

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
    connect(m_ui->loginButton, &QToolButton::clicked, this, [this] { m_login->logIn(defaultLoginMethod()); });
    connect(m_ui->logoutButton, &QPushButton::clicked, this, [this] {
        m_clipboard->clearIfOurs();
        m_login->logOut();
    });
    connect(m_ui->bannerButton, &QPushButton::clicked, this, [this] {
        if (m_bannerAction)
            m_bannerAction();
    });
    connect(m_servers, &ServersMenu::showProfile, this, &MainWindow::showProfile);
    connect(m_servers, &ServersMenu::showCurrentProfile, this, [this] {
        reloadProfiles();
        openSelectedProfile();
    });
    connect(m_servers, &ServersMenu::message, statusBar(), &QStatusBar::showMessage);
    connect(m_account, &AccountView::message, statusBar(), &QStatusBar::showMessage);
    connect(m_servers, &ServersMenu::failed, this, &MainWindow::showError);

    connect(m_session, &Session::providersChanged, this, &MainWindow::showProviders);
    connect(m_session, &Session::providersChanged, this, &MainWindow::showBanner);
    connect(m_session, &Session::stateChanged, this, [this] {
        updateButtons();
        showBanner();
    });
    connect(m_session, &Session::profileChanged, this, &MainWindow::updateButtons);
    connect(m_session, &Session::profileChanged, this, &MainWindow::showPlainHttpWarning);
    connect(m_session, &Session::accountChanged, this, [this] {
        // The account check may be the first call to meet the certificate (providers answered
        // from elsewhere, or not yet).
        if (isCertificateProblem(m_session->lastError()))
            askAboutCertificate(m_session->lastError());
    });
    connect(m_session, &Session::saveFailed, this,
            [this](const ApiError &error) { showError(tr("The change could not be saved in the settings."), error); });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(m_login, &LoginController::busyChanged, this, &MainWindow::updateButtons);
    connect(m_login, &LoginController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, MessageTimeoutMs); });
    connect(m_login, &LoginController::failed, this,
            [this](const ApiError &error) { showError(tr("Signing in failed."), error); });
    connect(m_login, &LoginController::warning, this, [this](const QString &text, const QString &whatToDo) {
        statusBar()->showMessage(text, MessageTimeoutMs);
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("warningBox"));
        box->setInformativeText(whatToDo);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_vault, &TokenVault::keychainUnavailable, this, [this](const QString &message) {
        m_keychainProblem = message;
        showBanner();
    });
    connect(m_clipboard, &SecretClipboard::countdown, this, [this](int secondsLeft, const QString &what) {
        m_clipboardStatus->setText(
            secondsLeft > 0 ? tr("%1 copied; the clipboard is cleared in %2 s").arg(what).arg(secondsLeft) : QString());
    });

    restoreGeometry(m_settings->value(GeometryKey).toByteArray());
    reloadProfiles();
    openSelectedProfile();
}

MainWindow::~MainWindow()
{
    // What the window built on the core points into it, but QWidget deletes the window's children
    // only after the members, the core among them. So they go here, while the core is whole:
    // first what uses the session (the servers menu, the login controller with any dialog it has
    // open, the tabs), then the session; the core follows as the members go.
    delete m_tray; // its connection test runs on the session's client
    delete m_servers;
    delete m_notices;
    delete m_login;
    delete m_connectionTest;
    delete m_organizations;
    delete m_account;
    delete m_session;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a tray the window may go there instead, as the user chose; without one it never
    // hides, since nothing would offer it back.
    if (m_tray && !m_quitting) {
        switch (m_preferences.closeAction) {
        case Preferences::CloseAction::Ask:
            event->ignore();
            askCloseAction();
            return;
        case Preferences::CloseAction::HideToTray:
            event->ignore();
            saveWindowState();
            hide();
            return;
        case Preferences::CloseAction::Quit:
            break;
        }
    }
    saveWindowState();
    m_clipboard->clearIfOurs();
    QMainWindow::closeEvent(event);
    // While a tray is there the last window closing does not end the app (setUpTray).
    if (m_tray)
        QCoreApplication::quit();
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(GeometryKey, saveGeometry());
    saveCurrentTab();
}

void MainWindow::quitApplication()
{
    m_quitting = true;
    saveWindowState();
    m_clipboard->clearIfOurs();
    QCoreApplication::quit();
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::askCloseAction()
{
    // One question at a time (a closed one may wait for its deletion, hidden).
    for (auto *open : findChildren<CloseQuestion *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open->isVisible()) {
            open->raise();
            return;
        }
    }
    auto *question = new CloseQuestion(this);
    question->setObjectName(QStringLiteral("closeQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &CloseQuestion::answered, this, [this](Preferences::CloseAction action) {
        // Remembered: the question is not asked again (Settings can change the answer).
        Preferences chosen = m_preferences;
        chosen.closeAction = action;
        chosen.save(*m_settings);
        m_settings->sync();
        applyPreferences(chosen, false);
        if (m_settings->status() != QSettings::NoError)
            statusBar()->showMessage(tr("The answer could not be saved; it holds until you quit."), MessageTimeoutMs);
        close(); // again, now that it is decided
    });
    question->open();
}

void MainWindow::setUpTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new TrayIcon(m_session, m_profiles, m_login, m_clipboard, this);
    m_tray->setExpiringSoonLead(m_preferences.expiryNoticeLead);
    connect(m_tray, &TrayIcon::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quitApplication);
    // In the window brought up: the login's progress and outcome are said there.
    connect(m_tray, &TrayIcon::logInRequested, this, [this] {
        bringToFront();
        m_login->logIn(defaultLoginMethod());
    });
    connect(m_tray, &TrayIcon::profileRequested, this, [this](const QString &id) {
        if (const auto profile = m_profiles->profile(id))
            showProfile(*profile);
    });
    connect(m_tray, &TrayIcon::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, MessageTimeoutMs); });
    // A window hidden in the tray is still the app at work; Quit ends it (quitApplication).
    QApplication::setQuitOnLastWindowClosed(false);
}

void MainWindow::showProfile(const ServerProfile &profile)
{
    m_profiles->setCurrentId(profile.id);
    m_session->open(profile);
    reloadProfiles();
}

void MainWindow::addOtherTabs()
{
    m_organizations = new OrganizationsView(m_session, m_clipboard);
    m_connectionTest = new ConnectionTestView(m_session, m_clipboard);
    m_ui->tabs->addTab(m_organizations, m_organizations->windowTitle());
    m_ui->tabs->addTab(m_connectionTest, m_connectionTest->windowTitle());
    connect(m_connectionTest, &ConnectionTestView::message, statusBar(), &QStatusBar::showMessage);
    // Only now are all the tabs there to go back to.
    restoreCurrentTab();
}

void MainWindow::saveCurrentTab()
{
    if (QWidget *tab = m_ui->tabs->currentWidget())
        m_settings->setValue(TabKey, tab->objectName());
}

void MainWindow::restoreCurrentTab()
{
    const QString name = m_settings->value(TabKey).toString();
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        if (!name.isEmpty() && m_ui->tabs->widget(i)->objectName() == name)
            m_ui->tabs->setCurrentIndex(i);
    }
}

void MainWindow::buildLoginMenu()
{
    auto *login = new QMenu(m_ui->loginMenuButton);
    login->setObjectName(QStringLiteral("loginMenu"));
    const auto add = [this, login](const QString &text, const QKeySequence &shortcut, LoginController::Method method) {
        QAction *action = login->addAction(text, this, [this, method] {
            if (m_ui->loginButton->isEnabled())
                m_login->logIn(method);
        });
        // Also on the window, so the keyboard reaches each way without opening the menu.
        action->setShortcut(shortcut);
        addAction(action);
    };
    add(tr("Log in in the &embedded browser"), QKeySequence(Qt::CTRL | Qt::Key_L),
        LoginController::Method::EmbeddedBrowser);
    add(tr("Log in in my &system browser"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        LoginController::Method::SystemBrowser);
    add(tr("Sign in with an &API token…"), QKeySequence(Qt::CTRL | Qt::Key_T), LoginController::Method::PasteToken);
    new SplitButton(m_ui->loginButton, m_ui->loginMenuButton, login);
}

void MainWindow::buildSettingsAction()
{
    m_settingsAction = new QAction(tr("Se&ttings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // The platform's Preferences keys, and Ctrl+, where the platform names none (plain X11).
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    m_settingsAction->setShortcuts(keys);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    // The window has no menu bar: Settings sits at the end of the Servers… menu, and on the
    // window so its shortcut works without opening the menu.
    m_ui->serversButton->menu()->addSeparator();
    m_ui->serversButton->menu()->addAction(m_settingsAction);
    addAction(m_settingsAction);
    applyPreferences(Preferences::load(*m_settings), false);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Preferences chosen = dialog->preferences();
        chosen.save(*m_settings);
        m_settings->sync();
        if (m_settings->status() != QSettings::NoError)
            showError(tr("The settings could not be saved."),
                      ApiError(ApiError::Kind::SettingsNotWritable, m_settings->fileName()));
        applyPreferences(chosen, true);
    });
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences &preferences, bool updateAutostart)
{
    m_preferences = preferences;
    m_clipboard->setClearAfter(preferences.clipboardClearAfter);
    m_notices->applyPreferences(preferences);
    if (m_tray)
        m_tray->setExpiringSoonLead(preferences.expiryNoticeLead);
    // The entry on disk is what the desktop reads: written or removed only when the user chose.
    if (updateAutostart && preferences.startAtLogin != Autostart::isEnabled()) {
        const ApiError problem = Autostart::setEnabled(preferences.startAtLogin);
        if (!problem.isOk())
            showError(tr("Starting at login could not be changed."), problem);
    }
}

LoginController::Method MainWindow::defaultLoginMethod() const
{
    return m_preferences.loginMethod == Preferences::LoginMethod::SystemBrowser
        ? LoginController::Method::SystemBrowser
        : LoginController::Method::EmbeddedBrowser;
}

void MainWindow::buildFirstRunView()
{
    m_firstRun = new FirstRunView;
    m_firstRun->setObjectName(QStringLiteral("firstRunView"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(takeCentralWidget());
    m_pages->addWidget(m_firstRun);
    setCentralWidget(m_pages);
    // The same ways in as the Servers… menu's, done by the same code.
    connect(m_firstRun, &FirstRunView::connectTo, this, &MainWindow::openServer);
    connect(m_firstRun, &FirstRunView::importFromMesheryctl, m_servers, &ServersMenu::importFromMesheryctl);
    connect(m_firstRun, &FirstRunView::startDemoServer, m_servers, &ServersMenu::startDemoServer);
}

void MainWindow::showFirstRun(bool show)
{
    QWidget *wanted = show ? static_cast<QWidget *>(m_firstRun) : m_pages->widget(0);
    if (m_pages->currentWidget() == wanted)
        return;
    const bool focusWasHere = m_firstRun->isAncestorOf(QApplication::focusWidget());
    m_pages->setCurrentWidget(wanted);
    // From the way in to what it opened: the provider is what comes next.
    if (!show && focusWasHere)
        m_ui->providerCombo->setFocus(Qt::OtherFocusReason);
}

void MainWindow::reloadProfiles()
{
    const bool noProfile = m_profiles->profiles().isEmpty();
    showFirstRun(noProfile);
    if (noProfile) {
        // E.g. the last one was removed: nothing of it stays open behind the first-run view.
        if (!m_session->profile().serverUrl.isEmpty())
            m_session->close();
        m_fillingCombos = true;
        m_ui->serverCombo->clear();
        m_fillingCombos = false;
        return;
    }
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
    const int index = m_ui->serverCombo->findData(wanted);
    m_ui->serverCombo->setCurrentIndex(std::max(index, 0));
    m_fillingCombos = false;
    // What the picker shows is what the window shows.
    if (m_ui->serverCombo->currentData().toString() != m_session->profile().id)
        openSelectedProfile();
}

void MainWindow::logInAgain(const QString &profileId)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return; // removed since the notice
    bringToFront();
    if (m_session->profile().id != profileId)
        showProfile(*profile);
    // The login needs the profile's provider, which the server lists first.
    const auto logIn = [this] {
        if (!m_login->isBusy())
            m_login->logIn(defaultLoginMethod());
    };
    if (!m_session->providersLoading()) {
        logIn();
        return;
    }
    auto listed = std::make_shared<QMetaObject::Connection>();
    *listed = connect(m_session, &Session::providersChanged, this, [this, listed, profileId, logIn] {
        if (m_session->providersLoading())
            return;
        disconnect(*listed);
        if (m_session->profile().id == profileId)
            logIn();
    });
}

void MainWindow::openSelectedProfile()
{
    const QString id = m_ui->serverCombo->currentData().toString();
    const auto profile = m_profiles->profile(id);
    if (!profile) {
        updateButtons(); // none: the first-run view shows
        return;
    }
    m_profiles->setCurrentId(profile->id);
    m_session->open(*profile);
    updateButtons();
}

void MainWindow::openServer(const QString &address)
{
    ApiError problem;
    const QUrl url = ServerAddress::normalise(address, &problem);
    if (!url.isValid()) {
        statusBar()->showMessage(problem.brief(), MessageTimeoutMs);
        return;
    }
    auto profile = m_profiles->findByServer(url);
    if (!profile) {
        ServerProfile added = m_profiles->newProfile(url);
        problem = m_profiles->save(added);
        if (!problem.isOk()) {
            statusBar()->showMessage(problem.brief(), MessageTimeoutMs);
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
    if (loading) {
        statusBar()->clearMessage(); // whatever was said was about the server before
        m_certificateAsked = false; // the profile is (re)opened: a certificate may be asked about again
    }
    const ApiError problem = m_session->providersError();
    if (!loading && !problem.isOk()) {
        m_ui->providerCombo->addItem(tr("(providers unavailable)"), QString());
        if (nothingAnswers(problem)) // the banner says it at length
            statusBar()->showMessage(problem.message(), MessageTimeoutMs);
        else if (!askAboutCertificate(problem))
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
    // The server's own key: a profile that says "Local" shows the server's "None" (one provider).
    const auto chosen = m_session->provider(m_session->profile().provider);
    const int index = chosen ? m_ui->providerCombo->findData(chosen->key) : -1;
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
    // Never greyed out without a word: the reason beside it, in its tooltip, and read out with it.
    QString reason;
    if (busy)
        reason = tr("Signing in…");
    else if (!provider && m_session->providersLoading())
        reason = tr("Listing providers…");
    else if (!provider && m_session->providers().isEmpty())
        reason = tr("The server did not list providers.");
    else if (!provider)
        reason = tr("Choose a provider first.");
    m_ui->loginButton->setToolTip(reason.isEmpty() ? m_loginToolTip : reason);
    m_ui->loginButton->setAccessibleDescription(reason);
    m_ui->loginHint->setText(reason);
    m_ui->loginHint->setVisible(!reason.isEmpty());
    // Named by its text (no accessibleName), so voice control hears what the button shows.
    m_ui->loginButton->setText(local                                  ? tr("Use &Local")
                                   : state == Session::State::Expired ? tr("&Log in again")
                                                                      : tr("&Log in"));
    m_ui->logoutButton->setEnabled(!busy
                                   && (state == Session::State::SignedIn || state == Session::State::Expired
                                       || state == Session::State::Unverified || !m_session->token().isEmpty()));
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
                  tr("Log in &again"), [this] { m_login->logIn(defaultLoginMethod()); });
        return;
    }
    if (nothingAnswers(m_session->providersError())) {
        setBanner(tr("No Meshery server answers at %1. Start Meshery there, pick another server, or try the built-in "
                     "demo server.")
                      .arg(m_session->profile().serverUrl.toString()),
                  tr("Try the &demo server"), [this] { m_servers->startDemoServer(); });
        return;
    }
    if (m_vault->isSessionOnly()) {
        setBanner(tr("Session-only mode: tokens are kept in memory and forgotten when you quit."), {}, {});
        return;
    }
    setBanner({}, {}, {});
}

void MainWindow::showPlainHttpWarning()
{
    const ServerProfile &profile = m_session->profile();
    if (!ServerTrust::isUnencryptedRemote(profile.serverUrl)) {
        m_ui->plainHttpWarning->clear();
        m_ui->plainHttpWarning->setAccessibleDescription({});
        m_ui->plainHttpWarning->hide();
        return;
    }
    // Words, not only a colour: it is read out and stays as long as the address is http.
    const QString host = profile.serverUrl.host();
    const QString text = profile.trust.plainHttpConfirmed
        ? tr("Warning: Your token travels unencrypted to %1. You allowed this for this server; you can take it "
             "back in the server's settings (Servers, Edit).")
              .arg(host)
        : tr("Warning: Your token travels unencrypted to %1. Use an https:// address if the server offers one; "
             "signing in here asks you first.")
              .arg(host);
    m_ui->plainHttpWarning->setText(text);
    m_ui->plainHttpWarning->setAccessibleDescription(text);
    // In the Tab order, so the keyboard and a screen reader meet it beside the server picker.
    m_ui->plainHttpWarning->setFocusPolicy(Qt::StrongFocus);
    m_ui->plainHttpWarning->show();
}

bool MainWindow::askAboutCertificate(const ApiError &error)
{
    // Without a certificate to show there is nothing to decide: the error box explains.
    if (!isCertificateProblem(error) || error.certificate().isNull())
        return false;
    if (m_certificateAsked || m_certificateDialog) {
        statusBar()->showMessage(error.message(), MessageTimeoutMs);
        return true;
    }
    m_certificateAsked = true;
    const ServerProfile asked = m_session->profile();
    auto *dialog = new CertificateDialog(asked.serverUrl.host(), error, this);
    dialog->setObjectName(QStringLiteral("certificateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, asked] {
        // Pinned for the server it was shown for, and only while the window still shows it.
        if (m_session->profile().id != asked.id || m_session->profile().serverUrl != asked.serverUrl)
            return;
        ServerTrust trust = m_session->profile().trust;
        if (!trust.isPinned(dialog->fingerprint()))
            trust.pinnedCertificates << dialog->fingerprint();
        const ApiError saved = m_session->saveTrust(trust);
        if (!saved.isOk()) {
            showError(tr("The certificate could not be trusted."), saved);
            return;
        }
        statusBar()->showMessage(tr("The certificate is trusted for %1.").arg(asked.serverUrl.host()),
                                 MessageTimeoutMs);
        m_session->open(m_session->profile()); // again, now that the certificate is accepted
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        statusBar()->showMessage(tr("The certificate was rejected; nothing was sent to the server."), MessageTimeoutMs);
    });
    m_certificateDialog = dialog;
    dialog->open();
    return true;
}

void MainWindow::showError(const QString &what, const ApiError &error)
{
    // What the user was told, for a bug report: the error's id and request id, never its detail.
    qCInfo(lcGui).noquote() << what << error.id() << error.requestId();
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
