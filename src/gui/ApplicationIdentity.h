// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGuiApplication>

namespace MesheryAuth {

// Who the app is to Qt (settings) and to the desktop, for the window and its
// browser helper alike: the desktop file name lets the window manager group the helper's dialog
// with the window. Translations come after, once the language is known (installTranslations()).
// Header-only, so the helper uses it without linking the window's library.
inline void setApplicationIdentity()
{
    QGuiApplication::setApplicationName(QStringLiteral("meshery-auth"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Meshery Auth"));
    QGuiApplication::setOrganizationName(QStringLiteral("meshery-auth"));
    QGuiApplication::setApplicationVersion(QStringLiteral(MESHERY_AUTH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.meshery.MesheryAuth"));
}

} // namespace MesheryAuth
