// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TrayIcon.h"

#include "LoginController.h"
#include "ProfileStore.h"
#include "SecretClipboard.h"
#include "Session.h"
#include "TokenCopyMenu.h"

#include <QActionGroup>
#include <QMenu>
#include <QSystemTrayIcon>

#include <algorithm>

namespace MesheryAuth {

namespace {

constexpr int BalloonMs = 10000;
constexpr int MaxProfileNameLength = 60; // a name is the user's (or a config file's): keep the menu usable

// An action the user cannot run now says why in its own text: menus of tray hosts show no tooltips.
void enableWithReason(QAction *action, const QString &text, const QString &whyNot)
{
    action->setEnabled(whyNot.isEmpty());
    action->setText(whyNot.isEmpty() ? text : TrayIcon::tr("%1 (%2)").arg(text, whyNot));
}

// A profile's name as a menu entry: no mnemonics from its "&", and not endlessly long.
QString menuText(QString name)
{
    if (name.size() > MaxProfileNameLength)
        name = name.left(MaxProfileNameLength - 1) + QChar(0x2026);
    return name.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

TrayIcon::TrayIcon(Session *session, ProfileStore *profiles, LoginController *login, SecretClipboard *clipboard,
                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_login(login)
    , m_clipboard(clipboard)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(std::make_unique<QSystemTrayIcon>())
{
    buildMenu();
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason != QSystemTrayIcon::Context)
            emit showWindowRequested();
    });
    connect(session, &Session::stateChanged, this, &TrayIcon::refresh);
    connect(session, &Session::profileChanged, this, &TrayIcon::refresh);
    connect(session, &Session::accountChanged, this, &TrayIcon::refresh);
    connect(session, &Session::providersChanged, this, &TrayIcon::refresh);
    connect(profiles, &ProfileStore::profilesChanged, this, &TrayIcon::fillProfiles);
    connect(login, &LoginController::busyChanged, this, &TrayIcon::updateActions);
    connect(&m_connectionTest, &ConnectionTest::finished, this, [this](bool allPassed) {
        updateActions();
        const QString profile = m_session->profile().name;
        QString text = tr("Connection test of %1: every check passed.").arg(profile);
        if (!allPassed) {
            const QList<ConnectionCheck> checks = m_connectionTest.checks();
            const auto failed = std::find_if(checks.begin(), checks.end(), [](const ConnectionCheck &check) {
                return check.status == ConnectionCheck::Status::Failed;
            });
            text = failed == checks.end()
                ? tr("Connection test of %1: some checks failed.").arg(profile)
                : tr("Connection test of %1: “%2” failed. %3").arg(profile, failed->title, failed->summary);
        }
        emit message(text);
        showMessage(tr("Connection test"), text);
    });
    m_nextChange.setSingleShot(true);
    connect(&m_nextChange, &QTimer::timeout, this, &TrayIcon::refresh);
    fillProfiles();
    refresh();
    m_icon->show();
}

// The menu goes after the icon (the members' order): the icon may still point to it.
TrayIcon::~TrayIcon()
{
    m_icon.reset();
}

void TrayIcon::setExpiringSoonLead(std::chrono::seconds lead)
{
    m_lead = lead;
    refresh();
}

void TrayIcon::showMessage(const QString &title, const QString &body)
{
    m_icon->showMessage(title, body, QSystemTrayIcon::Information, BalloonMs);
}

void TrayIcon::buildMenu()
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    // What can run changes without a signal (a login dialog opens or closes): checked on opening.
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::updateActions);
    m_copyToken = m_menu->addAction(tr("&Copy token"));
    m_copyToken->setObjectName(QStringLiteral("trayCopyToken"));
    connect(m_copyToken, &QAction::triggered, this, [this] { TokenCopyMenu::copyToken(m_session, m_clipboard); });
    m_copyAs = m_menu->addMenu(tr("Copy &as"));
    m_copyAs->setObjectName(QStringLiteral("trayCopyAs"));
    TokenCopyMenu::addTo(m_copyAs, m_session, m_clipboard);
    m_menu->addSeparator();
    m_logIn = m_menu->addAction(QString());
    m_logIn->setObjectName(QStringLiteral("trayLogIn"));
    connect(m_logIn, &QAction::triggered, this, [this] {
        // A menu the tray host shows may be older than a login started since.
        updateActions();
        if (m_logIn->isEnabled())
            emit logInRequested();
    });
    m_test = m_menu->addAction(QString());
    m_test->setObjectName(QStringLiteral("trayTestConnection"));
    connect(m_test, &QAction::triggered, this, &TrayIcon::testConnection);
    m_profileMenu = m_menu->addMenu(tr("&Server profile"));
    m_profileMenu->setObjectName(QStringLiteral("trayProfiles"));
    m_profileGroup = new QActionGroup(m_profileMenu);
    m_menu->addSeparator();
    QAction *open = m_menu->addAction(tr("&Open window"), this, &TrayIcon::showWindowRequested);
    open->setObjectName(QStringLiteral("trayOpenWindow"));
    QAction *quit = m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));
}

void TrayIcon::fillProfiles()
{
    qDeleteAll(m_profileGroup->actions());
    const QList<ServerProfile> profiles = m_profiles->profiles();
    for (const ServerProfile &profile : profiles) {
        QAction *action = m_profileMenu->addAction(menuText(profile.name));
        action->setCheckable(true);
        action->setData(profile.id);
        m_profileGroup->addAction(action);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (id != m_session->profile().id)
                emit profileRequested(id);
        });
    }
    m_profileMenu->setEnabled(!profiles.isEmpty());
    updateActions();
}

void TrayIcon::refresh()
{
    m_status = TrayStatus::of(*m_session, QDateTime::currentDateTimeUtc(), m_lead);
    // Set only when it changes: each setIcon renders and sends the whole icon to the tray host.
    if (m_status.iconPath() != m_iconPath) {
        m_iconPath = m_status.iconPath();
        m_icon->setIcon(QIcon(m_iconPath));
    }
    m_icon->setToolTip(m_status.toolTip());
    const QDateTime next = m_status.nextChange();
    if (next.isValid()) {
        // A second late rather than early, so the state has turned when the timer fires.
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(next) + 1000;
        m_nextChange.start(int(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000)));
    } else {
        m_nextChange.stop();
    }
    updateActions();
}

void TrayIcon::updateActions()
{
    const bool hasToken = !m_session->token().isEmpty();
    const QString noToken = hasToken ? QString() : tr("not signed in");
    enableWithReason(m_copyToken, tr("&Copy token"), noToken);
    m_copyAs->setEnabled(hasToken);
    m_copyAs->setTitle(hasToken ? tr("Copy &as") : tr("%1 (%2)").arg(tr("Copy &as"), noToken));

    // Before the first server is added (the window's first-run view) nothing is open.
    const QString noServer = m_session->profile().serverUrl.isEmpty() ? tr("no server open") : QString();
    const auto provider = m_session->provider(m_session->profile().provider);
    const QString logInText = m_session->state() == Session::State::Expired ? tr("&Log in again") : tr("&Log in");
    enableWithReason(m_logIn, logInText,
                     !noServer.isEmpty()                            ? noServer
                         : m_login->isBusy() || m_login->isAsking() ? tr("signing in…")
                         : !provider                                ? tr("choose a provider in the window")
                                                                    : QString());
    enableWithReason(m_test, tr("&Test connection"),
                     !noServer.isEmpty()                ? noServer
                         : m_connectionTest.isRunning() ? tr("running…")
                                                        : QString());

    for (QAction *action : m_profileGroup->actions())
        action->setChecked(action->data().toString() == m_session->profile().id);
}

void TrayIcon::testConnection()
{
    // The session's own client, as the Connection test tab runs it: a refused token marks the
    // session expired, a renewed one is kept.
    m_connectionTest.start(m_session->profile(), m_session->client());
    updateActions();
}

} // namespace MesheryAuth
