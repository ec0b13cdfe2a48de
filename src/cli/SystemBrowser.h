// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUrl>

namespace MesheryAuth::Cli {

// Opens a URL in the user's browser without QtGui (the CLI links QtCore and QtNetwork only).
class SystemBrowser
{
public:
    // False when the opener could not be started; whether a browser then appears is not known.
    static bool open(const QUrl &url);
};

} // namespace MesheryAuth::Cli
