// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The window with no profile yet, in a throw-away HOME: the three ways in (an address,
// mesheryctl's sign-ins, the demo server), the provider chosen for the user when the server has
// only one remote provider, and a Log in button that says why it cannot be pressed.
#include "DemoServer.h"
#include "FirstRunView.h"
#include "FreshHome.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MesheryTestServer.h"
#include "ProfileStore.h"
#include "ServersMenu.h"
#include "Session.h"

#include <QtWidgets>

using namespace MesheryAuth;
using GuiTest::child;
using MesheryTest::FaultKind;
using MesheryTest::MesheryTestServer;

class TestFirstRun : public GuiTest::WindowTestCase
{
    Q_OBJECT

private:
    QWidget *firstRun() const { return child<QWidget>(m_window.get(), "firstRunView"); }
    QLineEdit *addressEdit() const { return child<QLineEdit>(m_window.get(), "addressEdit"); }
    QLabel *addressError() const { return child<QLabel>(m_window.get(), "addressError"); }
    QToolButton *loginButton() const { return child<QToolButton>(m_window.get(), "loginButton"); }
    QLabel *loginHint() const { return child<QLabel>(m_window.get(), "loginHint"); }
    QComboBox *providers() const { return child<QComboBox>(m_window.get(), "providerCombo"); }
    QDir home() const { return QDir(freshHome()); }

    void openFreshWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Types the address and presses Return, as a user does in the first-run view.
    void connectTo(const QString &address)
    {
        addressEdit()->clear();
        QTest::keyClicks(addressEdit(), address);
        QTest::keyClick(addressEdit(), Qt::Key_Return);
    }

    // The Log in button's reason, wherever it is told: beside it, in its tooltip, to a screen reader.
    void verifyLoginReason(const QString &reason)
    {
        QVERIFY(!loginButton()->isEnabled());
        QCOMPARE(loginHint()->text(), reason);
        QVERIFY(loginHint()->isVisible());
        QCOMPARE(loginButton()->toolTip(), reason);
        QCOMPARE(loginButton()->accessibleDescription(), reason);
    }

    // Copies the Meshery project's own mesheryctl files into this test's ~/.meshery.
    bool placeMesheryctlFiles()
    {
        const QString fixtures = QStringLiteral(MESHERY_SHARED_FIXTURES_DIR);
        if (!QFileInfo::exists(fixtures + QStringLiteral("/config-nonloopback.yaml")))
            return false;
        const QString folder = home().filePath(QStringLiteral(".meshery"));
        QDir().mkpath(folder);
        QFile::copy(fixtures + QStringLiteral("/config-nonloopback.yaml"), folder + QStringLiteral("/config.yaml"));
        QFile::copy(fixtures + QStringLiteral("/auth.json"), folder + QStringLiteral("/auth.json"));
        for (const QString &file : {QStringLiteral("/config.yaml"), QStringLiteral("/auth.json")})
            QFile::setPermissions(folder + file, QFile::ReadOwner | QFile::WriteOwner);
        return true;
    }

private slots:
    void initTestCase() { QVERIFY2(!freshHome().isEmpty(), MESHERY_FRESH_HOME_REQUIRED); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        useFreshSettings();
        QVERIFY(!home().exists(QStringLiteral(".meshery")));
    }

    void cleanup()
    {
        QVERIFY(closeWindow());
        QDir(home().filePath(QStringLiteral(".meshery"))).removeRecursively();
    }

    void aFreshHomeOffersTheWaysIn()
    {
        openFreshWindow();
        QVERIFY(firstRun()->isVisible());
        QVERIFY(!child<QTabWidget>(m_window.get(), "tabs")->isVisible());
        QVERIFY(!child<QComboBox>(m_window.get(), "serverCombo")->isVisible());
        QCOMPARE(m_window->session()->state(), Session::State::NoProfile);
        // No draft server is asked anything behind the view.
        QVERIFY(m_window->session()->profile().serverUrl.isEmpty());

        // The address field has the cursor and a name; Connect and the demo are there, by their
        // words; without ~/.meshery there is nothing to import.
        QTRY_COMPARE(QApplication::focusWidget(), addressEdit());
        QCOMPARE(addressEdit()->accessibleName(), QStringLiteral("Meshery server address"));
        QVERIFY(child<QPushButton>(m_window.get(), "connectButton")->isVisible());
        QCOMPARE(child<QPushButton>(m_window.get(), "connectButton")->text(), QStringLiteral("&Connect"));
        QVERIFY(child<QPushButton>(m_window.get(), "demoButton")->isVisible());
        QCOMPARE(child<QPushButton>(m_window.get(), "demoButton")->text(), QStringLiteral("Try the &demo server"));
        QVERIFY(!child<QPushButton>(m_window.get(), "importButton")->isVisible());

        // The keyboard reaches each way in: Tab from the field to Connect, then the demo.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("connectButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("demoButton"));
    }

    void mesheryctlIsOfferedOnlyWhenItsFilesAreThere()
    {
        // A ~/.meshery without config.yaml has nothing to read: not offered.
        QVERIFY(home().mkpath(QStringLiteral(".meshery")));
        openFreshWindow();
        auto *import = child<QPushButton>(m_window.get(), "importButton");
        QVERIFY(!import->isVisible());

        if (!placeMesheryctlFiles())
            QSKIP("The Meshery project's fixtures are not at " MESHERY_SHARED_FIXTURES_DIR " (see ../shared)");
        QTest::keyClick(m_window.get(), Qt::Key_F5); // looks again
        QTRY_VERIFY(import->isVisible());
        // It says what it will read.
        QVERIFY2(child<QLabel>(m_window.get(), "importLabel")->text().contains(QLatin1String("~/.meshery/config.yaml")),
                 qPrintable(child<QLabel>(m_window.get(), "importLabel")->text()));

        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::AltModifier);
        auto *report = GuiTest::waitForDialog<QMessageBox>("importReport", 20000);
        QVERIFY(report);
        QCOMPARE(report->text(), QStringLiteral("Imported 1 context from mesheryctl."));
        report->accept();
        // The context is a profile now, and the normal window shows it.
        const auto imported = m_window->profiles()->findByServer(QUrl(QStringLiteral("http://203.0.113.10:9081")));
        QVERIFY(imported);
        QCOMPARE(imported->name, QStringLiteral("remote"));
        QTRY_VERIFY(!firstRun()->isVisible());
        QVERIFY(child<QTabWidget>(m_window.get(), "tabs")->isVisible());
        QTRY_COMPARE(m_window->session()->profile().id, imported->id);
    }

    void anAddressConnectsAndTheNormalWindowShows()
    {
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
        openFreshWindow();
        QTRY_COMPARE(QApplication::focusWidget(), addressEdit());
        connectTo(m_server->baseUrl().toString() + QLatin1Char('/'));

        QTRY_VERIFY(!firstRun()->isVisible());
        const auto saved = m_window->profiles()->findByServer(m_server->baseUrl());
        QVERIFY(saved);
        QCOMPARE(m_window->session()->profile().id, saved->id);
        auto *servers = child<QComboBox>(m_window.get(), "serverCombo");
        QVERIFY(servers->isVisible());
        QCOMPARE(servers->currentData().toString(), saved->id);
        // The next step has the cursor: the provider, here the server's only remote one.
        QCOMPARE(QApplication::focusWidget(), providers());
        QTRY_COMPARE_WITH_TIMEOUT(providers()->currentData().toString(), QStringLiteral("Meshery"), 20000);
        QTRY_VERIFY(loginButton()->isEnabled());
        QVERIFY(!loginHint()->isVisible());
        QCOMPARE(loginButton()->toolTip(), QStringLiteral("Sign in with the chosen provider"));
        // Local stays one choice away.
        QVERIFY(providers()->findData(QStringLiteral("None")) >= 0);
        // Remembered with the profile: the next start opens with it.
        QCOMPARE(m_window->profiles()->profile(saved->id)->provider, QStringLiteral("Meshery"));
    }

    void aBadAddressIsExplainedBesideTheField_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("said");
        QTest::newRow("empty") << QString()
                               << QStringLiteral(
                                      "Enter the Meshery server's address, for example http://localhost:9081.");
        QTest::newRow("ftp") << QStringLiteral("ftp://meshery.example")
                             << QStringLiteral("Only http:// and https:// addresses are supported, not ftp://.");
        QTest::newRow("password") << QStringLiteral("http://ada:secret@meshery.example")
                                  << QStringLiteral(
                                         "Leave the user name and password out of the address; sign in instead.");
        QTest::newRow("query") << QStringLiteral("http://meshery.example/?next=evil")
                               << QStringLiteral("The address must not contain \"?\" or \"#\" parts.");
    }

    void aBadAddressIsExplainedBesideTheField()
    {
        QFETCH(QString, typed);
        QFETCH(QString, said);
        openFreshWindow();
        connectTo(typed);
        QTRY_VERIFY(addressError()->isVisible());
        QCOMPARE(addressError()->text(), said);
        QCOMPARE(addressEdit()->accessibleDescription(), said);
        QCOMPARE(QApplication::focusWidget(), addressEdit()); // to put right at once
        // Nothing was saved or opened.
        QVERIFY(m_window->profiles()->profiles().isEmpty());
        QVERIFY(firstRun()->isVisible());
        QCOMPARE(m_window->session()->state(), Session::State::NoProfile);
        // Typing again takes the complaint away.
        QTest::keyClick(addressEdit(), Qt::Key_X);
        QVERIFY(!addressError()->isVisible());
        QVERIFY(addressEdit()->accessibleDescription().isEmpty());
    }

    void theDemoServerWayPreselectsItsOnlyRemoteProvider()
    {
        openFreshWindow();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!firstRun()->isVisible(), 20000);
        const qint64 pid = m_window->serversMenu()->demoServer()->processId();
        QVERIFY(pid > 0); // the real demo server, in its own process
        QVERIFY(m_window->session()->profile().name.startsWith(QLatin1String("Demo")));
        QTRY_COMPARE_WITH_TIMEOUT(providers()->currentData().toString(), QStringLiteral("Meshery"), 20000);
        QCOMPARE(m_window->session()->profile().provider, QStringLiteral("Meshery"));
        QTRY_VERIFY(loginButton()->isEnabled());
        QVERIFY(!loginHint()->isVisible());
        QVERIFY(providers()->findData(QStringLiteral("None")) >= 0);
    }

    void twoRemoteProvidersLeaveTheChoiceToTheUser()
    {
        MesheryTest::ServerOptions options;
        options.otherRemoteProviders = {QStringLiteral("Layer5")};
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        openFreshWindow();
        connectTo(m_server->baseUrl().toString());
        QTRY_VERIFY_WITH_TIMEOUT(providers()->findData(QStringLiteral("Layer5")) >= 0, 20000);
        QVERIFY(providers()->findData(QStringLiteral("Meshery")) >= 0);
        QCOMPARE(providers()->currentData().toString(), QString());
        QVERIFY(m_window->session()->profile().provider.isEmpty());
        verifyLoginReason(QStringLiteral("Choose a provider first."));

        GuiTest::chooseProvider(*m_window, QStringLiteral("Layer5"));
        QTRY_VERIFY(loginButton()->isEnabled());
        QVERIFY(!loginHint()->isVisible());
        QVERIFY(loginButton()->accessibleDescription().isEmpty());
    }

    void aGreyedOutLogInSaysWhy()
    {
        // While the server is slow to list its providers.
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
        m_server->setFault(QStringLiteral("/api/providers"), {FaultKind::Delay, 1500});
        openFreshWindow();
        connectTo(m_server->baseUrl().toString());
        QTRY_VERIFY(m_window->session()->providersLoading());
        verifyLoginReason(QStringLiteral("Listing providers…"));
        // The reason is in the Tab order, so the keyboard meets it where Log in cannot be focused.
        QCOMPARE(loginHint()->focusPolicy(), Qt::StrongFocus);
        QTRY_VERIFY_WITH_TIMEOUT(loginButton()->isEnabled(), 20000);
        QVERIFY(!loginHint()->isVisible());

        // When the server lists none (here: it fails to).
        m_server->setFault(QStringLiteral("/api/providers"), {FaultKind::ServiceUnavailable503});
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        auto *box = GuiTest::waitForDialog<QMessageBox>("errorBox", 20000);
        QVERIFY(box);
        box->accept();
        QTRY_VERIFY(!m_window->session()->providersLoading());
        verifyLoginReason(QStringLiteral("The server did not list providers."));
    }

    void removingTheLastServerBringsTheWaysInBack()
    {
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
        openFreshWindow();
        connectTo(m_server->baseUrl().toString());
        QTRY_VERIFY_WITH_TIMEOUT(loginButton()->isEnabled(), 20000);

        // Servers… › Remove server asks first; yes.
        QTimer answer;
        QObject::connect(&answer, &QTimer::timeout, [] {
            if (auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                question->button(QMessageBox::Yes)->click();
        });
        answer.start(50);
        m_window->serversMenu()->removeServer();
        QTRY_VERIFY_WITH_TIMEOUT(firstRun()->isVisible(), 20000);
        answer.stop();
        QVERIFY(m_window->profiles()->profiles().isEmpty());
        QCOMPARE(m_window->session()->state(), Session::State::NoProfile);
        QVERIFY(m_window->session()->profile().id.isEmpty());
        QVERIFY(!loginButton()->isEnabled()); // nor do its shortcuts reach a removed server
        // The window's focus (it has it again once the question's box is gone) is in the field.
        QTRY_COMPARE(m_window->focusWidget(), addressEdit());
    }
};

MESHERY_GUI_TEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
