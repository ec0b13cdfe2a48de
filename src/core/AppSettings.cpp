// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace MesheryAuth {

QString AppSettings::filePath()
{
    const QString configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(configHome).filePath(QStringLiteral("meshery-auth/meshery-auth.conf"));
}

std::unique_ptr<QSettings> AppSettings::open()
{
    return std::make_unique<QSettings>(filePath(), QSettings::IniFormat);
}

} // namespace MesheryAuth
