// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BrowserLoginPlugin.h"

#include <QObject>

namespace MesheryAuth {

// The plugin's entry point: makes embedded login dialogs on Qt WebEngine.
class WebEngineLoginFactory : public QObject, public BrowserLoginFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MesheryAuthBrowserLoginFactory_iid)
    Q_INTERFACES(MesheryAuth::BrowserLoginFactory)

public:
    QDialog *createLoginDialog(const EmbeddedLoginRequest &request, const EmbeddedLoginCallbacks &callbacks,
                               QWidget *parent) override;
};

} // namespace MesheryAuth
