// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the GUI tests: a main() like the app's, and small helpers to reach widgets by name.
#include "LoginController.h"
#include "MainWindow.h"
#include "MesheryTestServer.h"
#include "Session.h"
#include "TokenVault.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

namespace GuiTest {

template<typename T> T *child(QObject *parent, const char *name)
{
    auto *object = parent->findChild<T *>(QLatin1String(name));
    if (!object)
        qFatal("no child named %s", name);
    return object;
}

// The libraries a process has mapped (/proc/PID/maps) whose file names match pattern, each
// once; pid 0: this process.
inline QStringList librariesMapped(const QRegularExpression &pattern, qint64 pid = 0)
{
    QFile maps(pid == 0 ? QStringLiteral("/proc/self/maps") : QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(unreadable: %1)").arg(maps.fileName())};
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(line));
        if (match.hasMatch() && !found.contains(match.captured(1)))
            found << match.captured(1);
    }
    return found;
}

// Which of Qt WebEngine and Mesa's OpenGL stack (libLLVM, the DRI drivers, Mesa's GLX) a
// process has mapped, by file name; empty when none. pid 0: this process.
inline QStringList browserLibrariesMapped(qint64 pid = 0)
{
    static const QRegularExpression heavy(QStringLiteral(
        "/(libQt6WebEngine\\w*\\.so|libLLVM[^/]*\\.so|[^/]*_dri\\.so|libGLX_mesa\\.so|libgallium[^/]*\\.so)[^/]*$"));
    return librariesMapped(heavy, pid);
}

// The topmost visible dialog of a class, once it shows up.
template<typename T> T *waitForDialog(const char *objectName, int timeoutMs = 10000)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->objectName() == QLatin1String(objectName) && widget->isVisible())
                    found = qobject_cast<T *>(widget);
            }
            return found != nullptr;
        },
        timeoutMs);
    return shown ? found : nullptr;
}

// Shows the window, opens the server in it and waits until its providers are listed.
inline bool showOnServer(MesheryAuth::MainWindow &window, const QUrl &server)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.openServer(server.toString());
    auto *providers = child<QComboBox>(&window, "providerCombo");
    return QTest::qWaitFor([providers] { return providers->findData(QStringLiteral("Meshery")) >= 0; }, 20000);
}

// Picks a provider of the open server in the window's dropdown.
inline void chooseProvider(MesheryAuth::MainWindow &window, const QString &key)
{
    auto *providers = child<QComboBox>(&window, "providerCombo");
    providers->setCurrentIndex(providers->findData(key));
    QCOMPARE(window.session()->profile().provider, key);
}

// Signs in to the remote provider "Meshery" by pasting a token, as a user does, and waits until
// the window is signed in.
inline void signInWithPastedToken(MesheryAuth::MainWindow &window, const QByteArray &token)
{
    chooseProvider(window, QStringLiteral("Meshery"));
    auto *loginButton = child<QToolButton>(&window, "loginButton");
    QTRY_VERIFY(loginButton->isEnabled());
    window.loginController()->logIn(MesheryAuth::LoginController::Method::PasteToken);
    auto *dialog = waitForDialog<QDialog>("pasteTokenDialog");
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), QString::fromLatin1(token));
    QTest::keyClick(child<QLineEdit>(dialog, "tokenEdit"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), MesheryAuth::Session::State::SignedIn, 20000);
}

// What the window tests share: a settings file of their own, a test server and the window on it.
// Not a test class itself (no slots): each test's init() and cleanup() call these.
class WindowTestCase : public QObject
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MesheryTest::MesheryTestServer> m_server;
    std::unique_ptr<MesheryAuth::MainWindow> m_window;

    // An empty settings file, as on a first start.
    void useFreshSettings()
    {
        const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
        QFile::remove(file);
        m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    }

    // Deletes the keychain entries of the profile the window shows, then the window, the server
    // and the settings; false when the vault did not answer.
    bool closeWindow()
    {
        bool answered = true;
        if (m_window && !m_window->session()->profile().id.isEmpty()) {
            QSignalSpy removed(m_window->vault()->removeProfile(m_window->session()->profile().id),
                               &MesheryAuth::VaultJob::finished);
            answered = removed.wait(20000);
        }
        m_window.reset();
        m_server.reset();
        m_settings.reset();
        return answered;
    }
};

} // namespace GuiTest

// QTEST_MAIN, with the app's English plural forms. Like the app, no OpenGL sharing: the embedded
// browser runs in its helper process.
#define MESHERY_GUI_TEST_MAIN(TestClass) MESHERY_GUI_TEST_MAIN_WITH(TestClass, (void)0)
// The same, with a statement run before the application object exists.
#define MESHERY_GUI_TEST_MAIN_WITH(TestClass, beforeApplication)                                                       \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        beforeApplication;                                                                                             \
        QApplication app(argc, argv);                                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        QTranslator english; /* the app's plural forms, as the app loads them */                                       \
        if (english.load(QStringLiteral(MESHERY_AUTH_QM_DIR "/meshery-auth_en.qm")))                                   \
            QCoreApplication::installTranslator(&english);                                                             \
        TestClass test;                                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
