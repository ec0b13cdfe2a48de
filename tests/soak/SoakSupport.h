// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the soak tests share: what a process holds, as the kernel and the keyring count it.
#include "DemoServerProcess.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

#include <malloc.h>

namespace Soak {

// AddressSanitizer keeps freed memory in quarantine (up to 256 MiB) before reusing it: there,
// resident memory says nothing about leaks, which LeakSanitizer reports instead.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool MemoryIsJudged = false;
#else
constexpr bool MemoryIsJudged = true;
#endif

// How many cycles: the environment variable, else the count CI runs.
inline int cycles(const char *variable, int defaultCount)
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue(variable, &ok);
    return ok && count > 0 ? count : defaultCount;
}

// Open file descriptors of a process (pid 0: this one), from /proc.
inline int fileDescriptors(qint64 pid = 0)
{
    const QString dir = pid == 0 ? QStringLiteral("/proc/self/fd") : QStringLiteral("/proc/%1/fd").arg(pid);
    return int(QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size());
}

// Resident memory of a process in KiB (VmRSS of /proc/PID/status); -1 when unreadable. For this
// process, freed heap is handed back first, so what is counted is what is still in use.
inline qint64 residentKiB(qint64 pid = 0)
{
    if (pid == 0)
        malloc_trim(0);
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Entries of the Secret Service that QtKeychain filed for the service, whose key names the
// server (host:port, not followed by another digit), as secret-tool lists them; -1 when
// secret-tool failed.
inline int keychainEntries(const QString &service, const QUrl &server)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    if (!tool.waitForFinished(15000) || tool.exitStatus() != QProcess::NormalExit)
        return -1;
    // secret-tool prints the attributes on stderr and the secrets on stdout; only the key counts.
    const QByteArray listing = tool.readAllStandardError() + tool.readAllStandardOutput();
    const QRegularExpression names(QRegularExpression::escape(server.authority()) + QStringLiteral("(?!\\d)"));
    int count = 0;
    for (const QByteArray &line : listing.split('\n')) {
        if (line.startsWith("attribute.user = ") && names.match(QString::fromUtf8(line)).hasMatch())
            ++count;
    }
    return count;
}

} // namespace Soak
