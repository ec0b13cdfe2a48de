// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSettings>

#include <memory>

namespace MesheryAuth {

// The one settings file the app and the CLI share (profiles, the vault's index of entry names,
// window state): <config folder>/meshery-auth/meshery-auth.conf, whatever the executable's name.
// It never holds a secret.
class AppSettings
{
public:
    // Opens the file (tests pass their own path), first removing a write lock a killed process
    // abandoned, which would otherwise stall every write for 30 seconds.
    static std::unique_ptr<QSettings> open(const QString &path = filePath());
    static QString filePath();
};

} // namespace MesheryAuth
