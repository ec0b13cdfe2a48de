// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BrowserLoginPlugin.h"

#include <QCoreApplication>
#include <QStringList>

namespace MesheryAuth {

// Finds and loads the embedded-browser plugin on first use, and only then.
class BrowserLoginLoader
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::BrowserLoginLoader)

public:
    static constexpr const char *PluginBaseName = "meshery-auth-browser";

    // The loaded factory, or nullptr with a translated reason in *error.
    static BrowserLoginFactory *factory(QString *error = nullptr);
    // Where it looks: $MESHERY_AUTH_PLUGIN_DIR, the executable's folder, and the installed plugin folder.
    static QStringList searchPaths();
};

} // namespace MesheryAuth
