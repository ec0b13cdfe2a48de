// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenInput.h"

#include "TokenValidator.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace MesheryAuth::Cli {

namespace {

// A token and the white space around it: anything longer is not a token, and is not read on.
constexpr qsizetype MaxInputBytes = TokenValidator::MaxBytes + 1024;

QByteArray readLine()
{
    QByteArray line;
    char chunk[1024];
    while (line.size() <= MaxInputBytes && std::fgets(chunk, sizeof chunk, stdin)) {
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
    while (all.size() <= MaxInputBytes && (count = std::fread(chunk, 1, sizeof chunk, stdin)) > 0)
        all.append(chunk, qsizetype(count));
    return all;
}

QByteArray withoutLineBreak(QByteArray text)
{
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    return text;
}

enum class Trim { WhiteSpace, LineBreak };

QByteArray bounded(const QByteArray &input, Trim trim, QString *error)
{
    if (input.size() <= MaxInputBytes)
        return trim == Trim::WhiteSpace ? input.trimmed() : withoutLineBreak(input);
    if (error)
        *error = TokenInput::tr("More than %1 KiB arrived on standard input: that is not a token or passphrase.")
                     .arg(MaxInputBytes / 1024);
    return {};
}

// On a terminal: the prompt on stderr and one line read without echo. Piped: everything.
QByteArray readSecret(const QString &prompt, Trim trim, QString *error)
{
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        std::fputs(prompt.toUtf8().constData(), stderr);
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
        return bounded(line, trim, error);
    }
#endif
    return bounded(readAll(), trim, error);
}

} // namespace

QByteArray TokenInput::read(QString *error)
{
    return readSecret(tr("Paste the token and press Enter (it is not shown): "), Trim::WhiteSpace, error);
}

QByteArray TokenInput::readPassphrase(QString *error)
{
    return readSecret(tr("Type the client key's passphrase and press Enter (it is not shown): "), Trim::LineBreak,
                      error);
}

QString TokenInput::readLine()
{
    return QString::fromUtf8(withoutLineBreak(MesheryAuth::Cli::readLine().left(MaxInputBytes)));
}

} // namespace MesheryAuth::Cli
