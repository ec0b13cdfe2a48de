// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The tray icon where the desktop has a tray: a StatusNotifierWatcher (StatusNotifierWatcher.cpp)
// runs on this test's own D-Bus session, so Qt's real QSystemTrayIcon registers as a
// StatusNotifierItem. Its menu is driven through the icon's contextMenu(), against the demo server
// and the real keychain; the window's close-to-tray question and Quit are checked too.
#include "FreshHome.h"
#include "GuiTestSupport.h"
#include "OpenedUrls.h"
#include "Preferences.h"
#include "SecretClipboard.h"
#include "TrayIcon.h"

#include <QtWidgets>

using namespace MesheryAuth;
using GuiTest::child;
using GuiTest::OpenedUrls;

namespace {

// gdbus as another program on the bus would call: the test's event loop keeps running meanwhile,
// since the answer may have to come from this very process.
QString gdbus(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("gdbus"), arguments);
    if (!finished.wait(15000))
        return QStringLiteral("(gdbus did not finish)");
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(32, 32)).toImage();
}

} // namespace

class TestTray : public GuiTest::WindowTestCase
{
    Q_OBJECT

    QProcess m_watcher;

    void openWindow()
    {
        m_server = std::make_unique<MesheryTest::MesheryTestServer>();
        QVERIFY(m_server->start());
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        QTRY_VERIFY(m_window->trayIcon());
    }

    TrayIcon *tray() const { return m_window->trayIcon(); }
    QMenu *trayMenu() const { return tray()->systemTrayIcon()->contextMenu(); }
    QAction *menuAction(const char *name) const { return child<QAction>(trayMenu(), name); }

    void setPreference(const char *name, const QVariant &value)
    {
        m_settings->setValue(QStringLiteral("preferences/") + QLatin1String(name), value);
    }

    Preferences savedPreferences() const
    {
        QSettings file(m_settings->fileName(), QSettings::IniFormat);
        return Preferences::load(file);
    }

    QByteArray signIn(std::optional<qint64> lifetimeSecs = std::nullopt)
    {
        const QByteArray token =
            m_server->issueToken(QStringLiteral("alice"), lifetimeSecs, MesheryTest::Refresh::Refused);
        GuiTest::signInWithPastedToken(*m_window, token);
        return token;
    }

    // Every text the tray shows: tooltip, menu entries, submenus.
    QStringList trayTexts() const
    {
        QStringList texts{tray()->systemTrayIcon()->toolTip()};
        for (QAction *action : trayMenu()->findChildren<QAction *>())
            texts << action->text();
        for (QMenu *menu : trayMenu()->findChildren<QMenu *>())
            texts << menu->title();
        return texts;
    }

    // Runs the application's event loop until something quits it; 99 when nothing did in time.
    int runUntilQuit(const std::function<void()> &whileRunning)
    {
        QTimer::singleShot(0, whileRunning);
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, [] { QCoreApplication::exit(99); });
        guard.start(10000);
        return QCoreApplication::exec();
    }

    // The StatusNotifierItem bus name this process registered with the watcher.
    QString registeredItem() const
    {
        const QString items = gdbus({"call", "--session", "--dest", "org.kde.StatusNotifierWatcher", "--object-path",
                                     "/StatusNotifierWatcher", "--method", "org.freedesktop.DBus.Properties.Get",
                                     "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems"});
        // Qt names it by the unique name of a bus connection it opens for the icon. Only this
        // process registers items on the test's own bus: the last one listed is the icon's.
        QString last;
        static const QRegularExpression quoted(QStringLiteral("'([^']+)'"));
        for (const QRegularExpressionMatch &match : quoted.globalMatch(items))
            last = match.captured(1);
        return last;
    }

private slots:
    void initTestCase()
    {
        if (freshHome().isEmpty())
            QFAIL(MESHERY_FRESH_HOME_REQUIRED);
        QVERIFY(m_dir.isValid());
        // The tray host first: Qt asks once per process whether there is one.
        m_watcher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_watcher.start(QStringLiteral(MESHERY_TRAY_WATCHER), QStringList());
        QVERIFY(m_watcher.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_watcher.canReadLine(), 10000);
        QCOMPARE(m_watcher.readLine().trimmed(), QByteArray("ready"));
        QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
    }

    void cleanupTestCase()
    {
        m_watcher.closeWriteChannel();
        QVERIFY(m_watcher.waitForFinished(10000));
    }

    void init() { useFreshSettings(); }

    void cleanup()
    {
        QGuiApplication::clipboard()->clear();
        QVERIFY(closeWindow());
    }

    void theIconIsAStatusNotifierItemThatShowsNoSecret()
    {
        openWindow();
        const QByteArray token = signIn();
        QVERIFY(tray()->systemTrayIcon()->isVisible());
        const QString item = registeredItem();
        QVERIFY2(!item.isEmpty(),
                 qPrintable(gdbus({"call", "--session", "--dest", "org.kde.StatusNotifierWatcher", "--object-path",
                                   "/StatusNotifierWatcher", "--method", "org.freedesktop.DBus.Properties.Get",
                                   "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems"})));
        // The tooltip as the tray host reads it over D-Bus: the profile and the state in words.
        QTRY_VERIFY(gdbus({"call", "--session", "--dest", item, "--object-path", "/StatusNotifierItem", "--method",
                           "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "ToolTip"})
                        .contains(QLatin1String("Signed in")));
        const QString toolTip =
            gdbus({"call", "--session", "--dest", item, "--object-path", "/StatusNotifierItem", "--method",
                   "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "ToolTip"});
        QVERIFY2(toolTip.contains(m_window->session()->profile().name), qPrintable(toolTip));
        // Neither the token nor any part of it, anywhere the tray shows text.
        const QByteArray part = token.mid(token.size() / 2, 16);
        QVERIFY(!toolTip.contains(QString::fromLatin1(part)));
        for (const QString &text : trayTexts())
            QVERIFY2(!text.contains(QString::fromLatin1(part)), qPrintable(text));
    }

    void copyTokenLandsInTheClipboardAndIsCleared()
    {
        openWindow();
        QAction *copy = menuAction("trayCopyToken");
        // Nothing to copy yet: disabled, and the entry says why.
        QVERIFY(!copy->isEnabled());
        QVERIFY2(copy->text().contains(QLatin1String("not signed in")), qPrintable(copy->text()));
        QGuiApplication::clipboard()->setText(QStringLiteral("mine"));
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("mine"));

        const QByteArray token = signIn();
        QTRY_VERIFY(copy->isEnabled());
        QVERIFY(!copy->text().contains(QLatin1String("not signed in")));
        m_window->clipboard()->setClearAfter(std::chrono::seconds(2));
        copy->trigger();
        QClipboard *clipboard = QGuiApplication::clipboard();
        QTRY_COMPARE(clipboard->text().toLatin1(), token);
        // Through the same careful clipboard: the hint, not in the primary selection, cleared.
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(clipboard->text(QClipboard::Selection).toLatin1() != token);
        QVERIFY(m_window->clipboard()->secondsLeft() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 6000);
    }

    void copyAsHeaderUsesTheAccountTabsFormats()
    {
        openWindow();
        QMenu *copyAs = child<QMenu>(trayMenu(), "trayCopyAs");
        QVERIFY(!copyAs->isEnabled());
        const QByteArray token = signIn();
        QTRY_VERIFY(copyAs->isEnabled());
        // The same entries as the Account tab's copy menu, in the same order.
        const auto names = [](QMenu *menu) {
            QStringList list;
            for (QAction *action : menu->actions())
                list << action->objectName();
            return list;
        };
        QCOMPARE(names(copyAs), names(child<QMenu>(m_window.get(), "copyMenu")));
        child<QAction>(copyAs, "copyBearer")->trigger();
        QTRY_COMPARE(QGuiApplication::clipboard()->text().toLatin1(), "Authorization: Bearer " + token);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        m_window->clipboard()->clearIfOurs();
    }

    void logInAgainRunsTheProfilesLoginMethod()
    {
        setPreference("loginMethod", int(Preferences::LoginMethod::SystemBrowser));
        openWindow();
        QAction *logIn = menuAction("trayLogIn");
        // The server's one remote provider comes preselected; with the choice taken back there is
        // nothing to log in to, and the entry says so.
        auto *providers = child<QComboBox>(m_window.get(), "providerCombo");
        QTRY_VERIFY(providers->findData(QStringLiteral("Meshery")) >= 0);
        providers->setCurrentIndex(0); // "Choose a provider…"
        QTRY_VERIFY(!logIn->isEnabled());
        GuiTest::chooseProvider(*m_window, QStringLiteral("Meshery"));
        QTRY_VERIFY(logIn->isEnabled());

        OpenedUrls browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        const auto unregister = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
        logIn->trigger();
        // The system browser's login, as the preferences say, not the embedded one.
        auto *systemLogin = GuiTest::waitForDialog<QDialog>("systemBrowserLoginDialog");
        QVERIFY(systemLogin);
        QVERIFY(!m_window->loginController()->embeddedLogin());
        QTRY_COMPARE(browser.urls.size(), 1);
        QCOMPARE(browser.urls.first().port(), m_server->baseUrl().port());
        // Busy: a second login is not started, and the entry says why when the menu opens.
        logIn->trigger();
        QCOMPARE(browser.urls.size(), 1);
        trayMenu()->popup(QPoint(0, 0));
        QVERIFY(!logIn->isEnabled());
        trayMenu()->hide();
        QVERIFY2(logIn->text().contains(QLatin1String("signing in")), qPrintable(logIn->text()));
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        QCOMPARE(std::count_if(windows.begin(), windows.end(),
                               [](QWidget *widget) {
                                   return widget->isVisible()
                                       && widget->objectName() == QLatin1String("systemBrowserLoginDialog");
                               }),
                 1);
        systemLogin->reject();
        trayMenu()->popup(QPoint(0, 0));
        QTRY_VERIFY(logIn->isEnabled());
        trayMenu()->hide();
    }

    void testConnectionReportsTheResult()
    {
        openWindow();
        signIn();
        QAction *test = menuAction("trayTestConnection");
        QSignalSpy reported(tray(), &TrayIcon::message);
        test->trigger();
        QVERIFY(!test->isEnabled()); // one run at a time
        QVERIFY2(test->text().contains(QLatin1String("running")), qPrintable(test->text()));
        QVERIFY(reported.wait(20000));
        QVERIFY2(reported.last().at(0).toString().contains(QLatin1String("every check passed")),
                 qPrintable(reported.last().at(0).toString()));
        QVERIFY(test->isEnabled());
        // The same use case as the tab: the server's requests were made.
        QVERIFY(m_server->requestCount(QStringLiteral("/api/user")) > 0);

        // With the server gone, the report says what failed.
        m_server->stop();
        test->trigger();
        QVERIFY(reported.wait(20000));
        const QString failed = reported.last().at(0).toString();
        QVERIFY2(failed.contains(QLatin1String("failed")) && !failed.contains(QLatin1String("every check passed")),
                 qPrintable(failed));
    }

    // The first run: no server is open yet, so the entries that need one say so.
    void withNoServerOpenTheEntriesThatNeedOneSaySo()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        QTRY_VERIFY(m_window->trayIcon());
        for (const char *name : {"trayTestConnection", "trayLogIn"}) {
            QAction *action = menuAction(name);
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(action->text().contains(QLatin1String("no server")), qPrintable(action->text()));
        }
        // Once a server is open, they are back.
        m_server = std::make_unique<MesheryTest::MesheryTestServer>();
        QVERIFY(m_server->start());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        QTRY_VERIFY(menuAction("trayTestConnection")->isEnabled());
        QVERIFY(!menuAction("trayTestConnection")->text().contains(QLatin1String("no server")));
    }

    void switchingTheProfileSwitchesTheWindow()
    {
        openWindow();
        MesheryTest::MesheryTestServer other;
        QVERIFY(other.start());
        const QString first = m_window->session()->profile().id;
        m_window->openServer(other.baseUrl().toString());
        const QString second = m_window->session()->profile().id;
        QVERIFY(first != second);

        QMenu *profiles = child<QMenu>(trayMenu(), "trayProfiles");
        QTRY_COMPARE(profiles->actions().size(), 2);
        const auto entry = [profiles](const QString &id) {
            for (QAction *action : profiles->actions()) {
                if (action->data().toString() == id)
                    return action;
            }
            return static_cast<QAction *>(nullptr);
        };
        QVERIFY(entry(first) && entry(second));
        QVERIFY(entry(second)->isChecked());
        QVERIFY(!entry(first)->isChecked());

        entry(first)->trigger();
        QTRY_COMPARE(m_window->session()->profile().id, first);
        QCOMPARE(child<QComboBox>(m_window.get(), "serverCombo")->currentData().toString(), first);
        QVERIFY(entry(first)->isChecked());
        QVERIFY(!entry(second)->isChecked());
        // Remembered as the current profile, as the window's own picker does.
        QCOMPARE(m_window->profiles()->currentId(), first);
    }

    void openWindowAndActivatingTheIconShowTheWindow()
    {
        openWindow();
        m_window->hide();
        menuAction("trayOpenWindow")->trigger();
        QTRY_VERIFY(m_window->isVisible());

        // A click on the icon, as the tray host reports it over D-Bus.
        m_window->hide();
        const QString item = registeredItem();
        QVERIFY(!item.isEmpty());
        gdbus({"call", "--session", "--dest", item, "--object-path", "/StatusNotifierItem", "--method",
               "org.kde.StatusNotifierItem.Activate", "0", "0"});
        QTRY_VERIFY(m_window->isVisible());
    }

    void iconAndTooltipFollowTheState()
    {
        setPreference("expiryNoticeMinutes", 1);
        openWindow();
        QSystemTrayIcon *icon = tray()->systemTrayIcon();
        QMap<TrayStatus::Kind, QImage> images;

        // A token that has 68 s left: signed in, then within the minute's lead, expiring soon.
        signIn(68);
        QTRY_COMPARE(tray()->status().kind(), TrayStatus::Kind::SignedIn);
        QVERIFY2(icon->toolTip().contains(QLatin1String("Signed in\n")), qPrintable(icon->toolTip()));
        QVERIFY2(icon->toolTip().contains(QLatin1String("Token expires at ")), qPrintable(icon->toolTip()));
        QVERIFY(icon->toolTip().contains(m_window->session()->profile().name));
        images[TrayStatus::Kind::SignedIn] = imageOf(icon->icon());
        QTRY_COMPARE_WITH_TIMEOUT(tray()->status().kind(), TrayStatus::Kind::ExpiringSoon, 20000);
        QVERIFY2(icon->toolTip().contains(QLatin1String("expiring soon")), qPrintable(icon->toolTip()));
        images[TrayStatus::Kind::ExpiringSoon] = imageOf(icon->icon());

        // The server refuses the token (and its refresh): expired.
        m_server->revokeAllTokens();
        m_window->session()->refreshUser();
        QTRY_COMPARE_WITH_TIMEOUT(tray()->status().kind(), TrayStatus::Kind::Expired, 20000);
        QVERIFY2(icon->toolTip().contains(QLatin1String("Session expired")), qPrintable(icon->toolTip()));
        QCOMPARE(menuAction("trayLogIn")->text(), QStringLiteral("&Log in again"));
        images[TrayStatus::Kind::Expired] = imageOf(icon->icon());

        // Nothing answers at the address any more: unreachable.
        m_server->stop();
        m_window->session()->open(m_window->session()->profile());
        QTRY_COMPARE_WITH_TIMEOUT(tray()->status().kind(), TrayStatus::Kind::Unreachable, 20000);
        QVERIFY2(icon->toolTip().contains(QLatin1String("Server unreachable")), qPrintable(icon->toolTip()));
        images[TrayStatus::Kind::Unreachable] = imageOf(icon->icon());

        // Signed out: the token is gone.
        QVERIFY(m_server->start());
        m_window->openServer(m_server->baseUrl().toString());
        m_window->loginController()->logOut();
        QTRY_COMPARE_WITH_TIMEOUT(tray()->status().kind(), TrayStatus::Kind::SignedOut, 20000);
        QVERIFY2(icon->toolTip().contains(QLatin1String("Signed out")), qPrintable(icon->toolTip()));
        images[TrayStatus::Kind::SignedOut] = imageOf(icon->icon());

        // A picture of its own for each state, not a blank one.
        const QList<QImage> all = images.values();
        QCOMPARE(all.size(), 5);
        for (int i = 0; i < all.size(); ++i) {
            QVERIFY(!all.at(i).isNull());
            for (int j = i + 1; j < all.size(); ++j)
                QVERIFY2(all.at(i) != all.at(j),
                         qPrintable(QStringLiteral("states %1 and %2 look alike").arg(i).arg(j)));
        }
    }

    void closingAsksOnceAndRemembersTheTray()
    {
        openWindow();
        QCOMPARE(m_window->preferences().closeAction, Preferences::CloseAction::Ask);
        // Cancel decides nothing: the window stays and the question comes again.
        m_window->close();
        auto *question = GuiTest::waitForDialog<QDialog>("closeQuestion");
        QVERIFY(question);
        QVERIFY(m_window->isVisible());
        QTest::mouseClick(child<QPushButton>(question, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!question->isVisible());
        QVERIFY(m_window->isVisible());
        QCOMPARE(savedPreferences().closeAction, Preferences::CloseAction::Ask);

        m_window->close();
        question = GuiTest::waitForDialog<QDialog>("closeQuestion");
        QVERIFY(question);
        QTest::mouseClick(child<QPushButton>(question, "keepButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(savedPreferences().closeAction, Preferences::CloseAction::HideToTray);
        // Still running: hidden in the tray is not the last window closing.
        QVERIFY(!QGuiApplication::quitOnLastWindowClosed());
        QVERIFY(m_settings->contains(QStringLiteral("window/geometry")));

        // Not asked again: closing hides at once.
        menuAction("trayOpenWindow")->trigger();
        QTRY_VERIFY(m_window->isVisible());
        m_window->close();
        QTRY_VERIFY(!m_window->isVisible());
        QTest::qWait(300);
        QVERIFY(!GuiTest::waitForDialog<QDialog>("closeQuestion", 200));
        // And the app keeps running until something quits it.
        QCOMPARE(runUntilQuit([] { QTimer::singleShot(500, [] { QCoreApplication::exit(7); }); }), 7);
    }

    void answeringQuitQuitsAndIsRemembered()
    {
        openWindow();
        const int code = runUntilQuit([this] {
            m_window->close();
            QTimer::singleShot(0, [] {
                if (auto *question = GuiTest::waitForDialog<QDialog>("closeQuestion"))
                    child<QPushButton>(question, "quitButton")->click();
            });
        });
        QCOMPARE(code, 0);
        QCOMPARE(savedPreferences().closeAction, Preferences::CloseAction::Quit);
    }

    void quitFromTheTrayQuitsSavingTheWindowAndClearingTheClipboard()
    {
        setPreference("closeAction", int(Preferences::CloseAction::HideToTray));
        openWindow();
        const QByteArray token = signIn();
        menuAction("trayCopyToken")->trigger();
        QTRY_COMPARE(QGuiApplication::clipboard()->text().toLatin1(), token);
        m_window->close(); // into the tray
        QTRY_VERIFY(!m_window->isVisible());
        m_settings->remove(QStringLiteral("window"));

        QCOMPARE(runUntilQuit([this] { menuAction("trayQuit")->trigger(); }), 0);
        QVERIFY(m_settings->contains(QStringLiteral("window/geometry")));
        QVERIFY(m_settings->contains(QStringLiteral("window/tab")));
        QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

MESHERY_GUI_TEST_MAIN(TestTray)
#include "TestTray.moc"
