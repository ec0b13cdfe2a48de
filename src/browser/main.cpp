// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-browser: the embedded login, in a process of its own so that the window never
// loads Qt WebEngine. The window starts it and speaks to it over its stdin and stdout
// (BrowserHelperProtocol.h); it is not meant to be run by hand.
#include "ApplicationIdentity.h"
#include "BrowserHelperProtocol.h"
#include "HelperSession.h"
#include "Translations.h"

#include <QApplication>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

// The channel to the window moves to descriptors of its own that no child inherits: WebEngine's
// renderer processes would otherwise hold stdin and stdout, and a compromised page could then
// write a "caught" line of its own. Stdout then points at stderr, so a stray print from any
// library cannot break the protocol either.
bool takeChannel(int *input, int *output)
{
    *input = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    *output = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    const int nothing = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    return *input >= 0 && *output >= 0 && nothing >= 0 && ::dup2(nothing, STDIN_FILENO) >= 0
        && ::dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 && ::close(nothing) == 0;
}

// The language the window passed on ("--language de"); empty: the system's.
QString windowLanguage(const QStringList &arguments)
{
    const auto at = arguments.indexOf(QLatin1String(MesheryAuth::BrowserHelper::LanguageOption));
    return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    int input = -1;
    int output = -1;
    if (!takeChannel(&input, &output)) {
        std::perror("meshery-auth-browser");
        return 2;
    }
    // A window that went away shows as a failed write, not a signal that kills mid-sentence.
    std::signal(SIGPIPE, SIG_IGN);
    // WebEngine needs this before the application object exists; only this process pays for it.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    MesheryAuth::setApplicationIdentity();
    MesheryAuth::installTranslations(windowLanguage(QCoreApplication::arguments()));
    QApplication::setQuitOnLastWindowClosed(false);

    MesheryAuth::HelperSession session(input, output);
    QObject::connect(&session, &MesheryAuth::HelperSession::done, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    session.start();
    return app.exec();
}
