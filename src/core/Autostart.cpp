// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace MesheryAuth {

QString Autostart::entryPath()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME, ~/.config when unset.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/io.meshery.MesheryAuth.desktop");
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(entryPath());
}

QByteArray Autostart::entryContent()
{
    // Exec is the installed program's name, as in the app's own .desktop file: the session finds
    // it on PATH, so the entry survives an update that moves the binary.
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Meshery Auth\n"
                             "Comment=Sign in to Meshery and manage your tokens\n"
                             "Exec=meshery-auth\n"
                             "Icon=io.meshery.MesheryAuth\n"
                             "Terminal=false\n"
                             "X-GNOME-Autostart-enabled=true\n");
}

ApiError Autostart::setEnabled(bool enabled)
{
    const QString path = entryPath();
    const auto failed = [&path] {
        return ApiError(ApiError::Kind::SettingsNotWritable, tr("%1 cannot be written.").arg(path));
    };
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return failed();
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failed();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryContent()) < 0 || !file.commit())
        return failed();
    return {};
}

} // namespace MesheryAuth
