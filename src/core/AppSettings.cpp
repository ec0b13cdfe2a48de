// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"

#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <chrono>

namespace MesheryAuth {

namespace {

// QSettings guards each write with "<file>.lock" (a QLockFile holding the writer's process id). A
// process killed after creating that file but before writing its id leaves it empty, and Qt then
// takes the lock for abandoned only once it is 30 seconds old: every write waits until then. A live
// writer fills the file within microseconds, so one still empty after a short grace is abandoned.
// A lock with an id in it is left to Qt, which sees at once whether that process is alive.
void removeAbandonedLock(const QString &settingsPath)
{
    using namespace std::chrono;
    constexpr milliseconds grace(200);
    const QString lockPath = settingsPath + QStringLiteral(".lock");
    QFileInfo lock(lockPath);
    if (!lock.exists() || lock.size() > 0)
        return;
    const milliseconds age(lock.lastModified().msecsTo(QDateTime::currentDateTime()));
    if (age >= milliseconds::zero() && age < grace)
        QThread::msleep(quint64((grace - age).count())); // only ever after a crash, before any window
    lock.refresh();
    if (lock.exists() && lock.size() == 0 && QFile::remove(lockPath))
        qCInfo(lcSettings) << "removed a settings lock a killed process left empty:" << lockPath;
}

} // namespace

QString AppSettings::filePath()
{
    const QString configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(configHome).filePath(QStringLiteral("meshery-auth/meshery-auth.conf"));
}

std::unique_ptr<QSettings> AppSettings::open(const QString &path)
{
    removeAbandonedLock(path);
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

} // namespace MesheryAuth
