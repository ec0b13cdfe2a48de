// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"
#include "ApplicationIdentity.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ServersMenu.h"
#include "SingleInstance.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

namespace {

// Opens what a command line asks for, the app's own or a later launch's.
void open(MesheryAuth::MainWindow &window, const MesheryAuth::LaunchOptions &options)
{
    if (!options.server.isEmpty())
        window.openServer(options.server);
    if (options.demo)
        window.serversMenu()->startDemoServer();
}

// This process becomes the one window: a later launch's command line is opened here, and the
// window comes to the front (out of the taskbar too), as if that launch had opened it.
void receiveLaterLaunches(MesheryAuth::SingleInstance &instance, MesheryAuth::MainWindow &window)
{
    QObject::connect(&instance, &MesheryAuth::SingleInstance::argumentsReceived, &window,
                     [&window](const QStringList &arguments) {
                         if (const auto options = MesheryAuth::LaunchOptions::parse(arguments))
                             open(window, *options);
                         window.bringToFront();
                     });
    // Without it this window still works; a later launch then simply opens a window of its own.
    instance.listen();
}

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
    // The preferences before anything speaks: their language, when set, overrides the system's.
    const auto settings = MesheryAuth::AppSettings::open();
    MesheryAuth::installTranslations(MesheryAuth::Preferences::load(*settings).language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Sign in to Meshery and manage your tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    MesheryAuth::LaunchOptions::addTo(parser);
    parser.process(app);
    const auto options = MesheryAuth::LaunchOptions::from(parser);

    // A window is up already: it shows what was asked for, and this launch is done.
    if (MesheryAuth::SingleInstance::sendToPrimary(options.toArguments()))
        return 0;

    MesheryAuth::MainWindow window(settings.get());
    MesheryAuth::SingleInstance instance;
    receiveLaterLaunches(instance, window);
    open(window, options);
    showAsPreferred(window);
    // Once the window is up: an icon loads Qt's SVG support (or an image-format plugin scan) and
    // renders every size, milliseconds a window that must come up at once cannot spare.
    QTimer::singleShot(0, &app, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/meshery-auth.svg"))); });
    return app.exec();
}
