// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace MesheryAuth {

// "Start at login" as desktops understand it: an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/io.meshery.MesheryAuth.desktop. The entry on disk is the truth;
// the preference only mirrors it.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::Autostart)

public:
    static QString entryPath();
    static bool isEnabled();
    // Writes the entry atomically (never a half-written file a session would run) or removes it.
    // SettingsNotWritable, with the file's name, when that failed.
    static ApiError setEnabled(bool enabled);
    static QByteArray entryContent();
};

} // namespace MesheryAuth
