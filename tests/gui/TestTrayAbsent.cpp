// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Where the desktop has no tray (Xvfb with no StatusNotifierWatcher, no XEmbed tray): no tray
// icon, and closing the window quits whatever the preferences say, never hiding it to nowhere.
// A process of its own: Qt asks once per process whether there is a tray.
#include "GuiTestSupport.h"
#include "Preferences.h"
#include "SecretClipboard.h"

#include <QtWidgets>

using namespace MesheryAuth;
using GuiTest::child;

class TestTrayAbsent : public GuiTest::WindowTestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    }

    void cleanup() { QVERIFY(closeWindow()); }

    void closingQuitsEvenWhenTheTrayWasChosen_data()
    {
        QTest::addColumn<int>("closeAction");
        QTest::newRow("ask") << int(Preferences::CloseAction::Ask);
        QTest::newRow("hide to tray") << int(Preferences::CloseAction::HideToTray);
    }

    void closingQuitsEvenWhenTheTrayWasChosen()
    {
        QFETCH(int, closeAction);
        useFreshSettings();
        m_settings->setValue(QStringLiteral("preferences/closeAction"), closeAction);
        m_server = std::make_unique<MesheryTest::MesheryTestServer>();
        QVERIFY(m_server->start());
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        QCOMPARE(int(m_window->preferences().closeAction), closeAction);
        QVERIFY(!m_window->trayIcon());
        QVERIFY(QGuiApplication::quitOnLastWindowClosed());
        m_window->clipboard()->copySecret(QByteArrayLiteral("not-a-token"), QStringLiteral("Test"));
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("not-a-token"));

        QTimer::singleShot(0, m_window.get(), [this] { m_window->close(); });
        QTimer::singleShot(10000, [] { QCoreApplication::exit(99); });
        QCOMPARE(QCoreApplication::exec(), 0);
        QVERIFY(!m_window->isVisible());
        // No question asked, the state saved and the clipboard cleared, as on any quit.
        QVERIFY(!GuiTest::waitForDialog<QDialog>("closeQuestion", 200));
        QVERIFY(m_settings->contains(QStringLiteral("window/geometry")));
        QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

MESHERY_GUI_TEST_MAIN(TestTrayAbsent)
#include "TestTrayAbsent.moc"
