// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The window on a D-Bus session where no keychain can answer (ctest runs it under its own bus
// that starts no services): it says so, offers session-only mode, and then signs in with the
// token kept in memory only.
#include "GuiTestSupport.h"
#include "KeychainStore.h"
#include "LoginController.h"
#include "MainWindow.h"
#include "MesheryTestServer.h"
#include "Session.h"
#include "TokenVault.h"

#include <QtWidgets>

using namespace MesheryAuth;
using GuiTest::child;

class TestWindowWithoutKeychain : public QObject
{
    Q_OBJECT

private slots:
    void sessionOnlyModeWhenNoKeychainAnswers()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MesheryTest::MesheryTestServer server;
        QVERIFY(server.start());
        MainWindow window(&settings);
        window.vault()->keychain()->setRetryDelay(std::chrono::milliseconds(100));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openServer(server.baseUrl().toString());

        // Opening the server reads its token: the keychain's failure is said, with a way on.
        auto *banner = child<QFrame>(&window, "banner");
        auto *bannerLabel = child<QLabel>(&window, "bannerLabel");
        QTRY_VERIFY_WITH_TIMEOUT(bannerLabel->text().contains(QLatin1String("keychain is not available")), 30000);
        QVERIFY(banner->isVisible());
        auto *bannerButton = child<QPushButton>(&window, "bannerButton");
        QCOMPARE(bannerButton->text(), QStringLiteral("Continue for this &session only"));
        bannerButton->click();
        QVERIFY(window.vault()->isSessionOnly());
        QVERIFY(bannerLabel->text().contains(QLatin1String("Session-only mode")));

        auto *providers = child<QComboBox>(&window, "providerCombo");
        QTRY_VERIFY_WITH_TIMEOUT(providers->findData(QStringLiteral("Meshery")) >= 0, 20000);
        providers->setCurrentIndex(providers->findData(QStringLiteral("Meshery")));
        QTRY_VERIFY(child<QToolButton>(&window, "loginButton")->isEnabled());
        window.loginController()->logIn(LoginController::Method::PasteToken);
        auto *dialog = GuiTest::waitForDialog<QDialog>("pasteTokenDialog");
        QVERIFY(dialog);
        const QByteArray token = server.issueToken(QStringLiteral("ada"));
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), QString::fromLatin1(token));
        QTest::keyClick(child<QLineEdit>(dialog, "tokenEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), Session::State::SignedIn, 20000);
        QCOMPARE(window.session()->token(), token);

        // Nothing of it on disk.
        settings.sync();
        QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
        }
    }
};

MESHERY_GUI_TEST_MAIN(TestWindowWithoutKeychain)
#include "TestWindowWithoutKeychain.moc"
