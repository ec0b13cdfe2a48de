// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SystemBrowser.h"

#include "WebAddress.h"

#include <QProcess>

namespace MesheryAuth::Cli {

bool SystemBrowser::open(const QUrl &url)
{
    if (!isWebAddress(url))
        return false;
    QProcess opener;
#if defined(Q_OS_MACOS)
    opener.setProgram(QStringLiteral("open"));
    opener.setArguments({url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_WIN)
    opener.setProgram(QStringLiteral("rundll32"));
    opener.setArguments({QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#else
    opener.setProgram(QStringLiteral("xdg-open"));
    opener.setArguments({url.toString(QUrl::FullyEncoded)});
#endif
    // The browser must not write into our stdout, which scripts read, nor wait on our stdin.
    opener.setStandardInputFile(QProcess::nullDevice());
    opener.setStandardOutputFile(QProcess::nullDevice());
    opener.setStandardErrorFile(QProcess::nullDevice());
    return opener.startDetached();
}

} // namespace MesheryAuth::Cli
