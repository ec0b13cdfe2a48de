// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The real window on a real X server (Xvfb) against the Meshery test server and the real
// keychain: providers, Local, a pasted token, the account panel, copying, organizations, the
// connection test, expiry and logout.
#include "AccountView.h"
#include "DemoServer.h"
#include "EmbeddedLoginJob.h"
#include "FreshHome.h"
#include "GuiTestSupport.h"
#include "LoginController.h"
#include "MainWindow.h"
#include "MesheryTestServer.h"
#include "ProfileStore.h"
#include "SecretClipboard.h"
#include "SecretTool.h"
#include "ServersMenu.h"
#include "Session.h"
#include "TokenStatus.h"
#include "TokenVault.h"

#include <QtWidgets>

using namespace MesheryAuth;
using GuiTest::child;
using MesheryTest::FaultKind;
using MesheryTest::MesheryTestServer;

class TestMainWindow : public GuiTest::WindowTestCase
{
    Q_OBJECT

private:
    void openWindow(MesheryTest::ServerOptions options = {})
    {
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
    }

    void chooseProvider(const QString &key) { GuiTest::chooseProvider(*m_window, key); }
    void signInWithPastedToken(const QByteArray &token) { GuiTest::signInWithPastedToken(*m_window, token); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        useFreshSettings();
    }

    void cleanup() { QVERIFY(closeWindow()); }

    void webEngineStaysOutOfTheWindowProcess()
    {
        openWindow();
        QVERIFY2(GuiTest::browserLibrariesMapped().isEmpty(),
                 qPrintable(GuiTest::browserLibrariesMapped().join(QLatin1Char(' '))));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Meshery Auth"));

        // A login starts the helper process, and WebEngine with the OpenGL stack is there only.
        chooseProvider(QStringLiteral("Meshery"));
        QTRY_VERIFY(child<QToolButton>(m_window.get(), "loginButton")->isEnabled());
        m_window->loginController()->logIn(LoginController::Method::EmbeddedBrowser);
        const QPointer<EmbeddedLoginJob> login = m_window->loginController()->embeddedLogin();
        QVERIFY(login);
        QSignalSpy shown(login, &EmbeddedLoginJob::pageShown);
        QVERIFY2(shown.wait(60000), "the helper never showed the provider's page");
        const qint64 helper = login->helperId();
        QVERIFY(helper > 0);
        QVERIFY2(GuiTest::browserLibrariesMapped(helper).contains(QLatin1String("libQt6WebEngineCore.so")),
                 qPrintable(GuiTest::browserLibrariesMapped(helper).join(QLatin1Char(' '))));
        QVERIFY2(GuiTest::browserLibrariesMapped().isEmpty(),
                 qPrintable(GuiTest::browserLibrariesMapped().join(QLatin1Char(' '))));

        // Its request came over the pipe: neither its command line nor its environment names the server.
        QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(helper));
        QVERIFY(commandLine.open(QIODevice::ReadOnly));
        QCOMPARE(commandLine.readAll(), EmbeddedLoginJob::helperProgram().toLocal8Bit() + '\0');
        QFile environment(QStringLiteral("/proc/%1/environ").arg(helper));
        QVERIFY(environment.open(QIODevice::ReadOnly));
        QVERIFY(!environment.readAll().contains(QByteArray::number(m_server->port())));

        login->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(helper)), 20000);
    }

    void theAppsOwnProcessMapsNoBrowserLibraries()
    {
        // The shipped binary, as a user starts it: main() must not ask for OpenGL sharing either.
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("app-config")));
        // Its single-instance socket goes where this test cleans up, not into the user's runtime folder.
        const QString runtime = m_dir.filePath(QStringLiteral("app-runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QCoreApplication::applicationDirPath() + QStringLiteral("/meshery-auth"),
                  {QStringLiteral("--server"), m_server->baseUrl().toString()});
        QVERIFY(app.waitForStarted());
        const auto stop = qScopeGuard([&app] {
            app.terminate();
            if (!app.waitForFinished(10000))
                app.kill();
        });
        // Up, with its window, once it asks the server for its providers.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(QStringLiteral("/api/providers")) > 0, 30000);
        const QStringList mapped = GuiTest::browserLibrariesMapped(app.processId());
        QVERIFY2(mapped.isEmpty(), qPrintable(mapped.join(QLatin1Char(' '))));
        // Nor OpenSSL, for a server on plain http: the TLS backend loads on the first https call.
        const QStringList openSsl =
            GuiTest::librariesMapped(QRegularExpression(QStringLiteral("/(libssl\\.so)[^/]*$")), app.processId());
        QVERIFY2(openSsl.isEmpty(), "OpenSSL was loaded for a plain-http server");
    }

    void providerDropdownInBothSpellings_data()
    {
        QTest::addColumn<bool>("snakeCase");
        QTest::newRow("camelCase") << false;
        QTest::newRow("snake_case") << true;
    }

    void providerDropdownInBothSpellings()
    {
        QFETCH(bool, snakeCase);
        MesheryTest::ServerOptions options;
        options.spelling = snakeCase ? MesheryTest::FieldSpelling::SnakeCase : MesheryTest::FieldSpelling::CamelCase;
        openWindow(options);
        auto *providers = child<QComboBox>(m_window.get(), "providerCombo");
        const int remote = providers->findData(QStringLiteral("Meshery"));
        const int local = providers->findData(QStringLiteral("None"));
        QVERIFY(remote >= 0 && local >= 0);
        QCOMPARE(providers->itemText(remote), QStringLiteral("Meshery (remote)"));
        QCOMPARE(providers->itemText(local), QStringLiteral("Local (no sign-in)"));
        QVERIFY(providers->itemData(local, Qt::ToolTipRole).toString().contains(QLatin1String("Ephemeral")));
        QVERIFY(!child<QProgressBar>(m_window.get(), "providersBusy")->isVisible());
    }

    void accessibleNamesOfTheKeyControls()
    {
        openWindow();
        QStringList names;
        for (QWidget *widget : m_window->findChildren<QWidget *>())
            names << widget->accessibleName();
        for (const char *name :
             // (Log in is named by its text, which changes with what it does: TestAccessibility finds it.)
             {"Server", "Provider", "Other ways to log in", "Log out", "Copy token", "Other ways to copy the token",
              "Organizations", "Test connection", "Connection test results"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        // A value label is named by its value, and its caption labels it (TestAccessibility reads them).
        for (const char *value : {"userLabel", "emailLabel", "accountProviderLabel", "tokenStatusLabel",
                                  "tokenExpiryLabel", "issuedLabel"}) {
            auto *label = child<QLabel>(m_window.get(), value);
            QVERIFY2(label->accessibleName().isEmpty() || label->text().isEmpty(), value);
            bool captioned = false;
            for (QLabel *caption : m_window->findChildren<QLabel *>())
                captioned = captioned || caption->buddy() == label;
            QVERIFY2(captioned, value);
        }
    }

    void selectingLocalSignsIn()
    {
        openWindow();
        chooseProvider(QStringLiteral("None")); // no click: choosing Local is signing in
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 20000);
        auto *loginButton = child<QToolButton>(m_window.get(), "loginButton");
        QTRY_VERIFY(loginButton->isEnabled());
        QCOMPARE(loginButton->text(), QStringLiteral("Use &Local"));
        QCOMPARE(child<QLabel>(m_window.get(), "emailLabel")->text(), QStringLiteral("meshery@meshery.local"));
        QCOMPARE(child<QLabel>(m_window.get(), "tokenStatusLabel")->text(),
                 QStringLiteral("No token needed (Local provider)"));
        QVERIFY(!child<QToolButton>(m_window.get(), "copyTokenButton")->isEnabled());
    }

    // A profile that names the local provider "Local" (a newer server, mesheryctl) on a server
    // that lists it as "None": the server takes both as one provider, and so does the window.
    void aLocalProfileFindsTheServersOtherLocalName()
    {
        m_server = std::make_unique<MesheryTestServer>(); // lists "None"
        QVERIFY(m_server->start());
        ServerProfile saved = ProfileStore::draft(m_server->baseUrl());
        saved.provider = QStringLiteral("Local");
        ProfileStore profiles(m_settings.get());
        QVERIFY(profiles.save(saved).isOk());
        profiles.setCurrentId(saved.id);

        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        auto *providers = child<QComboBox>(m_window.get(), "providerCombo");
        QCOMPARE(providers->currentData().toString(), QStringLiteral("None"));
        QCOMPARE(providers->currentText(), QStringLiteral("Local (no sign-in)"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 20000);
        auto *loginButton = child<QToolButton>(m_window.get(), "loginButton");
        QVERIFY(loginButton->isEnabled());
        QCOMPARE(loginButton->text(), QStringLiteral("Use &Local"));
        QCOMPARE(m_window->session()->profile().provider, QStringLiteral("Local")); // not a new sign-in
    }

    void pastedTokenShowsTheAccountWithALiveCountdown()
    {
        openWindow();
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        signInWithPastedToken(token);
        QCOMPARE(child<QLabel>(m_window.get(), "emailLabel")->text(), QStringLiteral("ada@example.com"));
        QCOMPARE(child<QLabel>(m_window.get(), "tokenStatusLabel")->text(), QStringLiteral("Valid"));
        auto *tokenEdit = child<QLineEdit>(m_window.get(), "tokenEdit");
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
        child<QCheckBox>(m_window.get(), "showTokenCheck")->click();
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
        QCOMPARE(tokenEdit->text().toLatin1(), token);

        // An injected clock moves the countdown; past the expiry the state says so.
        const QDateTime expiry = TokenStatus::of(token, QDateTime::currentDateTimeUtc()).expiry();
        m_window->accountView()->setClock([expiry] { return expiry.addSecs(-(3 * 3600 + 12 * 60)); });
        QVERIFY2(
            child<QLabel>(m_window.get(), "tokenExpiryLabel")->text().contains(QLatin1String("expires in 3 h 12 min")),
            qPrintable(child<QLabel>(m_window.get(), "tokenExpiryLabel")->text()));
        m_window->accountView()->setClock([expiry] { return expiry.addSecs(600); });
        QCOMPARE(child<QLabel>(m_window.get(), "tokenStatusLabel")->text(), QStringLiteral("Expired"));
        QVERIFY(
            child<QLabel>(m_window.get(), "tokenExpiryLabel")->text().contains(QLatin1String("expired 10 min ago")));

        // Kept in the real keychain for this server and provider.
        const SecretTool::Lookup stored =
            SecretTool::lookup(TokenVault::defaultService(), m_window->session()->profile().tokenSlot().keychainKey());
        QVERIFY(stored.found);
        QVERIFY(stored.value == token);
    }

    // The Tab key walks the window's controls and into the open tab's own ones, in order, and
    // comes back round to where it started.
    void theLastTabIsShownAgain()
    {
        openWindow();
        auto *tabs = child<QTabWidget>(m_window.get(), "tabs");
        QTRY_COMPARE(tabs->count(), 3);
        tabs->setCurrentWidget(child<QWidget>(m_window.get(), "testTab"));
        QVERIFY(m_window->close());

        // The next start, on the same settings, comes back to it once its tabs are there.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        tabs = child<QTabWidget>(m_window.get(), "tabs");
        QTRY_COMPARE(tabs->count(), 3);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("testTab"));
    }

    void tabReachesTheControlsInsideTheTabs()
    {
        openWindow();
        signInWithPastedToken(m_server->issueToken(QStringLiteral("ada")));
        QTRY_VERIFY(child<QToolButton>(m_window.get(), "copyTokenButton")->isEnabled());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *start = child<QComboBox>(m_window.get(), "serverCombo");
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);

        // Each control the key reaches, until it is back at the start (or has gone too far).
        const auto walk = [start](Qt::Key key) {
            QStringList visited;
            for (int i = 0; i < 40; ++i) {
                QTest::keyClick(QApplication::focusWidget(), key);
                QWidget *focused = QApplication::focusWidget();
                if (!focused || focused == start)
                    break;
                visited << focused->objectName();
            }
            return visited;
        };
        // The window's controls (the banner is hidden), the tab bar, then the Account tab's own.
        const QStringList order{
            QStringLiteral("serversButton"),   QStringLiteral("providerCombo"),   QStringLiteral("loginButton"),
            QStringLiteral("loginMenuButton"), QStringLiteral("logoutButton"),    QStringLiteral("qt_tabwidget_tabbar"),
            QStringLiteral("showTokenCheck"),  QStringLiteral("tokenEdit"),       QStringLiteral("copyTokenButton"),
            QStringLiteral("copyMenuButton"),  QStringLiteral("renewTokenButton")};
        QCOMPARE(walk(Qt::Key_Tab), order);
        QCOMPARE(QApplication::focusWidget(), start);
        // Shift+Tab walks the same way back.
        QStringList reversed(order.crbegin(), order.crend());
        QCOMPARE(walk(Qt::Key_Backtab), reversed);
        QCOMPARE(QApplication::focusWidget(), start);
    }

    void aRefusedPastedTokenIsNotKept()
    {
        openWindow();
        chooseProvider(QStringLiteral("Meshery"));
        QTRY_VERIFY(child<QToolButton>(m_window.get(), "loginButton")->isEnabled());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier); // the keyboard way to the paste dialog
        auto *dialog = GuiTest::waitForDialog<QDialog>("pasteTokenDialog");
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("not-a-valid-token"));
        QTest::keyClick(child<QLineEdit>(dialog, "tokenEdit"), Qt::Key_Return);
        auto *problem = child<QLabel>(dialog, "problemLabel");
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QLatin1String("Log in again")), 20000);
        QVERIFY(dialog->isVisible());
        // (The provider's own token lookup may still be finishing: wait for it to settle.)
        QTRY_COMPARE(m_window->session()->state(), Session::State::SignedOut);
        QVERIFY(m_window->session()->token().isEmpty());
        dialog->reject();
    }

    // What another program reads from the X server, asked the way a person would (xclip).
    QByteArray readSelection(const char *selection)
    {
        QProcess xclip;
        xclip.start(QStringLiteral("xclip"),
                    {QStringLiteral("-o"), QStringLiteral("-selection"), QString::fromLatin1(selection)});
        // We may own the selection: our event loop must keep running to answer xclip.
        if (!QTest::qWaitFor([&] { return xclip.state() == QProcess::NotRunning; }, 10000))
            return "xclip did not finish";
        return xclip.readAllStandardOutput();
    }

    void aShownTokenLeavesOnlyThroughTheCarefulClipboard()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xclip")).isEmpty())
            QFAIL(
                "xclip is needed to read the selections as another program does (scripts/install-deps.sh installs it)");
        openWindow();
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        signInWithPastedToken(token);
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("before"), QClipboard::Selection);
        clipboard->setText(QStringLiteral("before"), QClipboard::Clipboard);
        child<QCheckBox>(m_window.get(), "showTokenCheck")->setChecked(true);
        auto *field = child<QLineEdit>(m_window.get(), "tokenEdit");
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        QCOMPARE(field->text().toLatin1(), token);

        // Selecting with the mouse (drag, double click) or the keyboard puts nothing in the primary selection.
        const int y = field->height() / 2;
        QTest::mousePress(field, Qt::LeftButton, {}, QPoint(4, y));
        QMouseEvent move(QEvent::MouseMove, QPointF(field->width() - 4, y),
                         field->mapToGlobal(QPointF(field->width() - 4, y)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(field, &move);
        QTest::mouseRelease(field, Qt::LeftButton, {}, QPoint(field->width() - 4, y));
        QTest::mouseDClick(field, Qt::LeftButton, {}, QPoint(20, y));
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_End, Qt::ShiftModifier);
        QVERIFY(!field->hasSelectedText());
        QCOMPARE(readSelection("primary"), QByteArray("before"));

        // Ctrl+C copies through SecretClipboard: the hint, and the countdown that clears it.
        m_window->clipboard()->setClearAfter(std::chrono::seconds(30));
        QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(clipboard->text().toLatin1(), token);
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(m_window->clipboard()->secondsLeft() > 0);
        QCOMPARE(readSelection("clipboard"), token);
        QCOMPARE(readSelection("primary"), QByteArray("before"));
        m_window->clipboard()->clearIfOurs();
    }

    void copyTokenIsSensitiveAndClearedOnlyIfUnchanged()
    {
        openWindow();
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        signInWithPastedToken(token);
        m_window->clipboard()->setClearAfter(std::chrono::seconds(2));
        QTest::mouseClick(child<QToolButton>(m_window.get(), "copyTokenButton"), Qt::LeftButton, {}, QPoint(8, 8));
        QClipboard *clipboard = QGuiApplication::clipboard();
        QTRY_COMPARE(clipboard->text().toLatin1(), token);
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(child<QLabel>(m_window.get(), "clipboardStatus")->text().contains(QLatin1String("cleared in")));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
        QTRY_VERIFY(child<QLabel>(m_window.get(), "clipboardStatus")->text().isEmpty());

        // Something the user copied afterwards is theirs: not cleared.
        auto *menu = child<QMenu>(m_window.get(), "copyMenu");
        child<QAction>(menu, "copyBearer")->trigger();
        QTRY_COMPARE(clipboard->text().toLatin1(), "Authorization: Bearer " + token);
        clipboard->setText(QStringLiteral("mine"));
        // The countdown ends (it would have cleared by now) and the user's text is still there.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->clipboard()->secondsLeft(), 0, 5000);
        QCOMPARE(clipboard->text(), QStringLiteral("mine"));

        child<QAction>(menu, "copyCurl")->trigger();
        // A line that holds no secret: meshery-auth-cli hands the token to curl on its stdin.
        QTRY_VERIFY(clipboard->text().startsWith(QLatin1String("meshery-auth-cli --profile ")));
        QVERIFY(clipboard->text().contains(QLatin1String("token --format headers | curl -sS -H @- ")));
        QVERIFY(!clipboard->text().toLatin1().contains(token));
        child<QAction>(menu, "copyMesheryctl")->trigger();
        QTRY_COMPARE(clipboard->text().toLatin1(), "{\"meshery-provider\":\"Meshery\",\"token\":\"" + token + "\"}\n");
        child<QAction>(menu, "copyCookie")->trigger();
        QTRY_COMPARE(clipboard->text().toLatin1(), "Cookie: token=" + token + "; meshery-provider=Meshery");
        // Logout clears what is still ours.
        QTest::mouseClick(child<QPushButton>(m_window.get(), "logoutButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
    }

    void organizationsListSearchAndUse()
    {
        openWindow();
        signInWithPastedToken(m_server->issueToken(QStringLiteral("ada")));
        auto *orgs = child<QTreeWidget>(m_window.get(), "orgsView");
        QTRY_COMPARE_WITH_TIMEOUT(orgs->topLevelItemCount(), 23, 20000);
        const QString name = orgs->topLevelItem(0)->text(0);
        QTest::keyClicks(child<QLineEdit>(m_window.get(), "orgSearchEdit"), name);
        QTRY_VERIFY_WITH_TIMEOUT(orgs->topLevelItemCount() >= 1 && orgs->topLevelItemCount() < 23, 20000);
        for (int i = 0; i < orgs->topLevelItemCount(); ++i)
            QVERIFY(orgs->topLevelItem(i)->text(0).contains(name, Qt::CaseInsensitive));

        orgs->setCurrentItem(orgs->topLevelItem(0));
        const QString id = orgs->topLevelItem(0)->text(1);
        child<QPushButton>(m_window.get(), "copyOrgIdButton")->click();
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), id);
        child<QPushButton>(m_window.get(), "useOrgButton")->click();
        QCOMPARE(m_window->session()->profile().organizationId, id);
        QCOMPARE(m_window->profiles()->profile(m_window->session()->profile().id)->organizationId, id);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(m_window.get(), "workspacesLabel")->text().contains(QLatin1String("2 workspace")), 20000);
    }

    void organizationsTabSaysWhatTheProviderDoesNotOffer()
    {
        MesheryTest::ServerOptions options;
        options.remoteCapabilities = {QStringLiteral("sync-prefs"), QStringLiteral("users-profile")};
        openWindow(options);
        signInWithPastedToken(m_server->issueToken(QStringLiteral("ada")));
        auto *message = child<QLabel>(m_window.get(), "orgsMessage");
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("The provider Meshery does not offer organizations."),
                                  20000);
        QCOMPARE(child<QLabel>(m_window.get(), "workspacesLabel")->text(),
                 QStringLiteral("The provider Meshery does not offer workspaces."));
        QCOMPARE(child<QTreeWidget>(m_window.get(), "orgsView")->topLevelItemCount(), 0);
        QVERIFY(!child<QLineEdit>(m_window.get(), "orgSearchEdit")->isEnabled());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/identity/orgs")), 0);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/workspaces")), 0);
    }

    void localProviderHasNoOrganizations()
    {
        openWindow();
        chooseProvider(QStringLiteral("None"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLabel>(m_window.get(), "orgsMessage")->text(),
            QStringLiteral(
                "Organizations come with remote providers such as Meshery Cloud; the Local provider has none."),
            20000);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/identity/orgs")), 0);
    }

    void organizationsTabShowsTheProvidersRefusal()
    {
        MesheryTest::ServerOptions options;
        options.remoteCapabilities.clear(); // listed nowhere: the server's answers decide
        openWindow(options);
        signInWithPastedToken(m_server->issueToken(QStringLiteral("ada")));
        auto *message = child<QLabel>(m_window.get(), "orgsMessage");
        QTRY_VERIFY_WITH_TIMEOUT(
            message->text().startsWith(QLatin1String("The provider did not return your organizations.")), 20000);
        QVERIFY2(message->text().contains(QLatin1String("Capablity is not supported by your Provider")),
                 qPrintable(message->text()));
        QVERIFY(!message->text().contains(QLatin1String("does not know this address")));
        QVERIFY(!message->text().contains(QLatin1String("Check the server address")));
    }

    void workspacesShowTheProvidersRefusal()
    {
        openWindow();
        m_server->setFault(QStringLiteral("/api/workspaces"), {FaultKind::ProviderRefusal});
        signInWithPastedToken(m_server->issueToken(QStringLiteral("ada")));
        auto *orgs = child<QTreeWidget>(m_window.get(), "orgsView");
        QTRY_VERIFY_WITH_TIMEOUT(orgs->topLevelItemCount() > 0, 20000);
        orgs->setCurrentItem(orgs->topLevelItem(0));
        child<QPushButton>(m_window.get(), "useOrgButton")->click();
        auto *workspaces = child<QLabel>(m_window.get(), "workspacesLabel");
        QTRY_VERIFY_WITH_TIMEOUT(
            workspaces->text().startsWith(QLatin1String("The provider did not return your workspaces.")), 20000);
        QVERIFY2(workspaces->text().contains(QLatin1String("failed to get workspaces")),
                 qPrintable(workspaces->text()));
    }

    void connectionTestRows()
    {
        openWindow();
        signInWithPastedToken(m_server->issueToken(QStringLiteral("ada")));
        m_server->setFault(QStringLiteral("/api/system/graphql/query"), {FaultKind::ServiceUnavailable503});
        child<QPushButton>(m_window.get(), "testButton")->click();
        auto *results = child<QTreeWidget>(m_window.get(), "resultsView");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_window.get(), "testButton")->isEnabled(), 30000);
        QCOMPARE(results->topLevelItemCount(), 8);
        QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("OK"));
        QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("200"));
        QVERIFY(results->topLevelItem(0)->text(3).endsWith(QLatin1String(" ms")));
        QVERIFY(!QUuid::fromString(results->topLevelItem(0)->text(5)).isNull());
        QTreeWidgetItem *graphql = results->topLevelItem(7);
        QCOMPARE(graphql->text(1), QStringLiteral("Failed"));
        QCOMPARE(graphql->text(2), QStringLiteral("503"));
        QVERIFY(graphql->text(4).contains(QLatin1String("temporarily unavailable")));

        results->setCurrentItem(results->topLevelItem(3));
        child<QPushButton>(m_window.get(), "copyCurlButton")->click();
        QTRY_VERIFY(
            QGuiApplication::clipboard()->text().contains(QLatin1String("token --format headers | curl -sS -H @-")));
        QVERIFY(!QGuiApplication::clipboard()->text().contains(QString::fromLatin1(m_window->session()->token())));
        child<QPushButton>(m_window.get(), "copyReportButton")->click();
        QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("[fail] GraphQL endpoint answers")));
    }

    void expiredSessionOffersLogInAgain()
    {
        openWindow();
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        signInWithPastedToken(token);
        m_server->revokeAllTokens();
        child<QPushButton>(m_window.get(), "testButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::Expired, 20000);
        QVERIFY(child<QFrame>(m_window.get(), "banner")->isVisible());
        QVERIFY(child<QLabel>(m_window.get(), "bannerLabel")->text().contains(QLatin1String("expired")));
        QCOMPARE(child<QToolButton>(m_window.get(), "loginButton")->text(), QStringLiteral("&Log in again"));
        QCOMPARE(m_window->session()->token(), token); // kept until a new one is stored
    }

    void opaqueTokenShowsUnknownExpiry()
    {
        openWindow();
        chooseProvider(QStringLiteral("Meshery"));
        SignInResult opaque;
        opaque.provider = QStringLiteral("Meshery");
        opaque.token = "an-opaque-api-token";
        opaque.user.email = QStringLiteral("ops@example.com");
        m_window->session()->signedIn(opaque);
        QCOMPARE(child<QLabel>(m_window.get(), "tokenStatusLabel")->text(),
                 QStringLiteral("Expiry unknown (opaque token)"));
        QCOMPARE(child<QLabel>(m_window.get(), "tokenExpiryLabel")->text(),
                 QStringLiteral("Unknown: the token does not say"));
        QVERIFY(child<QLabel>(m_window.get(), "issuedLabel")->text().isEmpty());
        m_window->session()->signedOut();
    }

    void connectionTestRowForEachFault_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("http");
        QTest::newRow("not ready") << QStringLiteral("/healthz/ready") << FaultKind::ServiceUnavailable503 << 0
                                   << QStringLiteral("503");
        QTest::newRow("providers html") << QStringLiteral("/api/providers") << FaultKind::HtmlInsteadOfJson << 1
                                        << QStringLiteral("200");
        QTest::newRow("user 401") << QStringLiteral("/api/user") << FaultKind::Unauthorized401 << 3
                                  << QStringLiteral("401");
        QTest::newRow("orgs 403") << QStringLiteral("/api/identity/orgs") << FaultKind::Forbidden403 << 5
                                  << QStringLiteral("403");
        QTest::newRow("workspaces malformed")
            << QStringLiteral("/api/workspaces") << FaultKind::MalformedJson << 6 << QStringLiteral("200");
        QTest::newRow("graphql dropped") << QStringLiteral("/api/system/graphql/query") << FaultKind::DropConnection
                                         << 7 << QString();
    }

    void connectionTestRowForEachFault()
    {
        QFETCH(QString, path);
        QFETCH(FaultKind, fault);
        QFETCH(int, row);
        QFETCH(QString, http);
        openWindow();
        signInWithPastedToken(m_server->issueToken(QStringLiteral("ada")));
        m_window->session()->setOrganization(QStringLiteral("any-organization")); // so workspaces are asked for
        m_server->setFault(path, {fault});
        child<QPushButton>(m_window.get(), "testButton")->click();
        auto *results = child<QTreeWidget>(m_window.get(), "resultsView");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_window.get(), "testButton")->isEnabled(), 30000);
        QTreeWidgetItem *failed = results->topLevelItem(row);
        QCOMPARE(failed->text(1), QStringLiteral("Failed"));
        QCOMPARE(failed->text(2), http);
        QVERIFY(!failed->text(4).isEmpty());
        QCOMPARE(results->topLevelItem(2)->text(1), row == 1 ? QStringLiteral("Skipped") : QStringLiteral("OK"));
    }

    // A release that cannot look for a newer one answers the version call 500: the window must
    // not make it look down. The row passes on the readiness probe and says the version is unknown.
    void anOfflineServerIsUpWithItsVersionUnknown()
    {
        MesheryTest::ServerOptions options;
        options.offline = true;
        openWindow(options);
        chooseProvider(QStringLiteral("None"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 20000);
        child<QPushButton>(m_window.get(), "testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_window.get(), "testButton")->isEnabled(), 30000);
        QTreeWidgetItem *reachable = child<QTreeWidget>(m_window.get(), "resultsView")->topLevelItem(0);
        QCOMPARE(reachable->text(0), QStringLiteral("Server reachable"));
        QCOMPARE(reachable->text(1), QStringLiteral("OK"));
        QCOMPARE(reachable->text(2), QStringLiteral("200"));
        QVERIFY2(reachable->text(4).startsWith(QLatin1String("Version unknown")), qPrintable(reachable->text(4)));
        QVERIFY(!child<QWidget>(m_window.get(), "banner")->isVisible());
        QVERIFY(m_server->requestCount(QStringLiteral("/api/system/version")) >= 1); // it was asked, and failed
    }

    void demoServerStartsAndStopsWithTheApp()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        m_window->serversMenu()->startDemoServer();
        auto *providers = child<QComboBox>(m_window.get(), "providerCombo");
        QTRY_VERIFY_WITH_TIMEOUT(providers->findData(QStringLiteral("Meshery")) >= 0, 20000);
        QCOMPARE(m_window->session()->profile().serverUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_window->session()->profile().name.startsWith(QLatin1String("Demo")));
        const qint64 pid = m_window->serversMenu()->demoServer()->processId();
        QVERIFY(pid > 0);
        QVERIFY(QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
        m_window.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)), 10000);
    }

    void mesheryctlImportAndExport()
    {
        // mesheryctl's folder in the throw-away HOME ctest starts this test in (FRESH_HOME).
        QVERIFY2(!freshHome().isEmpty(), MESHERY_FRESH_HOME_REQUIRED);
        const QDir home(freshHome());
        QVERIFY(!home.exists(QStringLiteral(".meshery")));
        const auto removeMeshery =
            qScopeGuard([&] { QDir(home.filePath(QStringLiteral(".meshery"))).removeRecursively(); });
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
        const QByteArray token = m_server->issueToken(QStringLiteral("lin"));
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".meshery")));
        QFile config(home.filePath(QStringLiteral(".meshery/config.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("contexts:\n  test:\n    endpoint: " + m_server->baseUrl().toEncoded()
                     + "\n    token: default\n    platform: docker\n    provider: Meshery\n"
                       "current-context: test\ntokens:\n  - location: auth.json\n    name: default\n");
        config.close();
        QFile auth(home.filePath(QStringLiteral(".meshery/auth.json")));
        QVERIFY(auth.open(QIODevice::WriteOnly));
        auth.write("{\"meshery-provider\":\"Meshery\",\"token\":\"" + token + "\"}\n");
        auth.close();

        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        m_window->serversMenu()->importFromMesheryctl();
        auto *report = GuiTest::waitForDialog<QMessageBox>("importReport");
        QVERIFY(report);
        QCOMPARE(report->text(), QStringLiteral("Imported 1 context from mesheryctl."));
        report->accept();
        auto *servers = child<QComboBox>(m_window.get(), "serverCombo");
        const auto imported = m_window->profiles()->findByServer(m_server->baseUrl());
        QVERIFY(imported.has_value());
        QCOMPARE(imported->name, QStringLiteral("test"));
        servers->setCurrentIndex(servers->findData(imported->id));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 20000);
        QCOMPARE(m_window->session()->user().email, QStringLiteral("lin@example.com"));

        // Back the other way, after the app got a newer token.
        QVERIFY(QFile::remove(auth.fileName()));
        const QByteArray newer = m_server->issueToken(QStringLiteral("lin"));
        QSignalSpy stored(m_window->vault()->store(imported->tokenSlot(), newer), &VaultJob::finished);
        QVERIFY(stored.wait(20000));
        m_window->serversMenu()->exportToMesheryctl();
        QTRY_VERIFY_WITH_TIMEOUT(auth.exists(), 20000);
        QVERIFY(auth.open(QIODevice::ReadOnly));
        QCOMPARE(auth.readAll(), "{\"meshery-provider\":\"Meshery\",\"token\":\"" + newer + "\"}\n");
        QCOMPARE(auth.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void anExpiredTokenIsRenewedByTheServerAndRefreshNowAsks()
    {
        openWindow();
        signInWithPastedToken(m_server->issueToken(QStringLiteral("ada")));
        auto *renew = child<QPushButton>(m_window.get(), "renewTokenButton");
        QTRY_VERIFY(renew->isVisible() && renew->isEnabled()); // Meshery's tokens carry a refresh token
        QSignalSpy finished(m_window->session(), &Session::renewFinished);
        QTest::mouseClick(renew, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false); // still valid: nothing to renew
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("still accepts")));

        // Stored expired, as after a night: opening the profile renews it, and keeps the renewal.
        const ServerProfile profile = m_window->session()->profile();
        const QByteArray expired = m_server->issueToken(QStringLiteral("ada"), -60);
        QSignalSpy stored(m_window->vault()->store(profile.tokenSlot(), expired), &VaultJob::finished);
        QVERIFY(stored.wait(20000));
        m_window->session()->open(profile);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->token() != expired, 20000);
        QVERIFY(m_server->isTokenValid(m_window->session()->token()));
        QTRY_VERIFY_WITH_TIMEOUT(
            SecretTool::lookup(TokenVault::defaultService(), profile.tokenSlot().keychainKey()).value
                == m_window->session()->token(),
            20000);

        // One the provider no longer renews: the server says so, and so does the window.
        m_server->revokeAllTokens();
        finished.clear();
        QTest::mouseClick(renew, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("did not renew")));
        QTRY_COMPARE(m_window->session()->state(), Session::State::Expired);
    }

    void logoutRemovesTheKeychainEntry()
    {
        openWindow();
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        signInWithPastedToken(token);
        const QString key = m_window->session()->profile().tokenSlot().keychainKey();
        QVERIFY(SecretTool::lookup(TokenVault::defaultService(), key).found);
        QTest::mouseClick(child<QPushButton>(m_window.get(), "logoutButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedOut, 20000);
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), key).found);
        QCOMPARE(child<QLabel>(m_window.get(), "tokenStatusLabel")->text(), QStringLiteral("Not signed in"));
        // A pasted API token has no provider session to end: the window says so, and what to do.
        QVERIFY(m_server->isTokenValid(token));
        auto *warning = GuiTest::waitForDialog<QMessageBox>("warningBox");
        QVERIFY(warning);
        QVERIFY(warning->text().contains(QLatin1String("may still accept")));
        QVERIFY(warning->informativeText().contains(QLatin1String("Revoke the token")));
        warning->close();
    }

    // A logout still running when the user opens another server ends for the server it started
    // on: the server shown now keeps its own sign-in.
    void logoutFinishingAfterASwitchLeavesTheShownServer()
    {
        openWindow();
        MesheryTestServer other;
        QVERIFY(other.start());
        QVERIFY(GuiTest::showOnServer(*m_window, other.baseUrl()));
        signInWithPastedToken(other.issueToken(QStringLiteral("lin")));
        const ServerProfile otherProfile = m_window->session()->profile();

        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        signInWithPastedToken(m_server->issueToken(QStringLiteral("ada")));
        const QString key = m_window->session()->profile().tokenSlot().keychainKey();
        m_server->setFault(QStringLiteral("/user/logout"), {FaultKind::Delay, 1500});
        QTest::mouseClick(child<QPushButton>(m_window.get(), "logoutButton"), Qt::LeftButton);
        QVERIFY(GuiTest::showOnServer(*m_window, other.baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 20000);

        QTRY_VERIFY_WITH_TIMEOUT(!SecretTool::lookup(TokenVault::defaultService(), key).found, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loginController()->isBusy(), 20000);
        QCOMPARE(m_window->session()->profile().id, otherProfile.id);
        QCOMPARE(m_window->session()->state(), Session::State::SignedIn);
        QVERIFY(!m_window->session()->token().isEmpty());
        QVERIFY(SecretTool::lookup(TokenVault::defaultService(), otherProfile.tokenSlot().keychainKey()).found);
        if (auto *warning = m_window->findChild<QMessageBox *>(QStringLiteral("warningBox")))
            warning->close();
        QSignalSpy removed(m_window->vault()->removeProfile(otherProfile.id), &VaultJob::finished);
        QVERIFY(removed.wait(20000));
    }
};

MESHERY_GUI_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
