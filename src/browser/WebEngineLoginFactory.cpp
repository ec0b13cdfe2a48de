// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "WebEngineLoginFactory.h"

#include "EmbeddedLoginDialog.h"

#include <unistd.h>

namespace MesheryAuth {

QDialog *WebEngineLoginFactory::createLoginDialog(const EmbeddedLoginRequest &request,
                                                  const EmbeddedLoginCallbacks &callbacks, QWidget *parent)
{
    // Chromium's sandbox refuses to run as root (CI machines, containers); it must be told before
    // WebEngine starts, which is when the first dialog makes its profile.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    auto *dialog = new EmbeddedLoginDialog(request, callbacks, parent);
    dialog->start();
    return dialog;
}

} // namespace MesheryAuth
