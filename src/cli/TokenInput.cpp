#include "TokenInput.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace MesheryAuth::Cli {

namespace {

QByteArray readLine()
{
    QByteArray line;
    char chunk[1024];
    while (std::fgets(chunk, sizeof chunk, stdin)) {
        line += chunk;
        if (line.endsWith('\n'))
            break;
    }
    return line;
}

QByteArray readAll()
{
    QByteArray all;
    char chunk[4096];
    size_t count = 0;
    while ((count = std::fread(chunk, 1, sizeof chunk, stdin)) > 0)
        all.append(chunk, qsizetype(count));
    return all;
}

} // namespace

QByteArray TokenInput::read()
{
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        std::fputs(tr("Paste the token and press Enter (it is not shown): ").toUtf8().constData(), stderr);
        std::fflush(stderr);
        termios saved{};
        const bool hidden = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (hidden) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        const QByteArray line = readLine();
        if (hidden)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
        return line.trimmed();
    }
#endif
    return readAll().trimmed();
}

} // namespace MesheryAuth::Cli
