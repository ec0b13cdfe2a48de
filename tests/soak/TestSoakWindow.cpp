// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Sign-in/sign-out cycles inside one window process: the real MainWindow on Xvfb, signing in with
// a pasted API token (the fastest real path: the token is checked with the server, then kept in
// the keychain) and out with its Log out button, against meshery-auth-demo-server (a process of
// its own, so its memory is not counted here) and the real keychain. Afterwards no keychain entry
// of the server is left, this process holds no more file descriptors than after the warm-up, and
// its resident memory grew by less than 5 MiB. MESHERY_SOAK_WINDOW_CYCLES (default 200).
#include "GuiTestSupport.h"
#include "SoakSupport.h"

#include <QMessageBox>
#include <QPushButton>

using namespace MesheryAuth;
using GuiTest::child;

namespace {

constexpr int WarmUpCycles = 20;

} // namespace

class TestSoakWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // One cycle: paste a fresh token, wait until signed in, log out, close the window's note that
    // a pasted token cannot be ended at the provider, wait until signed out.
    static void cycle(MainWindow &window, const QByteArray &token)
    {
        window.loginController()->logIn(LoginController::Method::PasteToken);
        auto *dialog = GuiTest::waitForDialog<QDialog>("pasteTokenDialog");
        QVERIFY(dialog);
        auto *edit = child<QLineEdit>(dialog, "tokenEdit");
        edit->setText(QString::fromLatin1(token)); // as a paste puts it there
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), Session::State::SignedIn, 20000);
        auto *logout = child<QPushButton>(&window, "logoutButton");
        QTRY_VERIFY(logout->isEnabled());
        QTest::mouseClick(logout, Qt::LeftButton);
        auto *note = GuiTest::waitForDialog<QMessageBox>("warningBox", 20000);
        QVERIFY(note);
        note->accept();
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), Session::State::SignedOut, 20000);
        QTRY_VERIFY(child<QToolButton>(&window, "loginButton")->isEnabled());
    }

private slots:
    void signInSignOutCycles()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::DemoServerProcess server(QStringLiteral(MESHERY_AUTH_DEMO_SERVER_EXE));
        QVERIFY2(server.isRunning(), "the demo server did not start");
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(&settings);
        QVERIFY(GuiTest::showOnServer(window, server.url()));
        GuiTest::chooseProvider(window, QStringLiteral("Meshery"));
        QTRY_VERIFY(child<QToolButton>(&window, "loginButton")->isEnabled());

        const int cycles = Soak::cycles("MESHERY_SOAK_WINDOW_CYCLES", 200);
        QElapsedTimer clock;
        clock.start();
        int fds = 0;
        qint64 residentKiB = 0;
        for (int i = 1; i <= cycles; ++i) {
            const QByteArray token = server.issueToken(QStringLiteral("soak"));
            QVERIFY(!token.isEmpty());
            cycle(window, token);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("cycle %1 failed").arg(i)));
            if (i == WarmUpCycles) {
                QTest::qWait(200); // what is deleted later is deleted
                fds = Soak::fileDescriptors();
                residentKiB = Soak::residentKiB();
            }
        }
        QTest::qWait(200);
        const int fdsAfter = Soak::fileDescriptors();
        const qint64 residentKiBAfter = Soak::residentKiB();
        const int left = Soak::keychainEntries(QStringLiteral("meshery-auth"), server.url());
        qInfo("%d cycles in %.1f s; file descriptors %d -> %d; resident memory %lld -> %lld KiB (+%lld); "
              "keychain entries of the server left: %d",
              cycles, clock.elapsed() / 1000.0, fds, fdsAfter, residentKiB, residentKiBAfter,
              residentKiBAfter - residentKiB, left);
        QCOMPARE(left, 0);
        QVERIFY2(fdsAfter <= fds, "file descriptors grew");
        if (Soak::MemoryIsJudged)
            QVERIFY2(residentKiBAfter - residentKiB < 5 * 1024, "resident memory grew by 5 MiB or more");
        else
            qInfo("memory not judged under AddressSanitizer");
    }
};

MESHERY_GUI_TEST_MAIN(TestSoakWindow)
#include "TestSoakWindow.moc"
