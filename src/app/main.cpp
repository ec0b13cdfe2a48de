// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"
#include "ApplicationIdentity.h"
#include "MainWindow.h"
#include "ServersMenu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

namespace {
// "Start minimised" in Settings: on the taskbar, out of the way, e.g. when started at login.
void showAsPreferred(MesheryAuth::MainWindow &window)
{
    if (window.preferences().startMinimised)
        window.showMinimized();
    else
        window.show();
}
} // namespace

int main(int argc, char *argv[])
{
    // No Qt::AA_ShareOpenGLContexts here: WebEngine needs it, and with it Qt makes an OpenGL
    // context at start that maps Mesa's whole stack. The embedded browser runs in its own
    // process (meshery-auth-browser), which sets it.
    QApplication app(argc, argv);
    MesheryAuth::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Sign in to Meshery and manage your tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QApplication::translate("main", "Meshery server address to open."),
                                          QApplication::translate("main", "url"));
    parser.addOption(serverOption);
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Start the built-in demo server and open it."));
    parser.addOption(demoOption);
    parser.process(app);

    const auto settings = MesheryAuth::AppSettings::open();
    MesheryAuth::MainWindow window(settings.get());
    if (parser.isSet(serverOption))
        window.openServer(parser.value(serverOption));
    if (parser.isSet(demoOption))
        window.serversMenu()->startDemoServer();
    showAsPreferred(window);
    // Once the window is up: an icon loads Qt's SVG support (or an image-format plugin scan) and
    // renders every size, milliseconds a window that must come up at once cannot spare.
    QTimer::singleShot(0, &app, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/meshery-auth.svg"))); });
    return app.exec();
}
