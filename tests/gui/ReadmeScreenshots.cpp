// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The README's screenshots (docs/screenshots): the real window in its main states against the
// Meshery test server and the real keychain. Not a test, CTest does not run it:
// scripts/update-screenshots.sh runs it headless. A Qt Test program all the same, so that a state
// it cannot reach or capture fails loudly instead of leaving an old picture behind.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MesheryTestServer.h"
#include "Session.h"
#include "TokenVault.h"

#include <QtWidgets>

using namespace MesheryAuth;
using GuiTest::child;
using MesheryTest::MesheryTestServer;

class ReadmeScreenshots : public GuiTest::WindowTestCase
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        useFreshSettings();
    }

    // Leaves no keychain entry behind.
    void cleanup() { QVERIFY(closeWindow()); }

    void mainStates()
    {
        const QString folder = qEnvironmentVariable(
            "MESHERY_AUTH_SCREENSHOT_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(folder));
        const auto save = [&](const QString &name) {
            QTest::qWait(200); // lets the last repaint land: a picture, not a test, so a pause is fine
            const QString file = QDir(folder).filePath(name + QStringLiteral(".png"));
            return m_window->grab().save(file) && QFileInfo(file).size() > 1000;
        };
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        m_window->resize(820, 560);
        GuiTest::chooseProvider(*m_window, QStringLiteral("Meshery"));
        QVERIFY(save(QStringLiteral("signed-out")));
        GuiTest::signInWithPastedToken(*m_window, m_server->issueToken(QStringLiteral("ada")));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(save(QStringLiteral("account")));
        auto *tabs = child<QTabWidget>(m_window.get(), "tabs");
        tabs->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(m_window.get(), "orgsView")->topLevelItemCount() > 0, 20000);
        QVERIFY(save(QStringLiteral("organizations")));
        tabs->setCurrentIndex(2);
        child<QPushButton>(m_window.get(), "testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_window.get(), "testButton")->isEnabled(), 30000);
        QVERIFY(save(QStringLiteral("connection-test")));
    }
};

MESHERY_GUI_TEST_MAIN(ReadmeScreenshots)
#include "ReadmeScreenshots.moc"
