// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "LoginPage.h"

#include "WebAddress.h"

#include <QDesktopServices>
#include <QWebEngineNewWindowRequest>

namespace MesheryAuth {

LoginPage::LoginPage(QWebEngineProfile *profile, const QUrl &serverUrl, const QUrl &providerUrl, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_matcher(serverUrl)
    , m_hostsThatHandOver{serverUrl.host().toLower()}
{
    if (isWebAddress(providerUrl))
        m_hostsThatHandOver << providerUrl.host().toLower();
    // Pop-ups (a provider's "terms" or "help" links, say) belong in the user's own browser; any
    // other scheme (file:, smb:, a desktop handler's) is dropped, never handed to the desktop.
    connect(this, &QWebEnginePage::newWindowRequested, this, [](QWebEngineNewWindowRequest &request) {
        if (isWebAddress(request.requestedUrl()))
            QDesktopServices::openUrl(request.requestedUrl());
    });
}

bool LoginPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Only the page itself coming back to the server's callback: a frame inside the provider's
    // page (an ad, an embed) is not the login, whatever address it loads; nor is a page on any
    // other site the window was sent to, which could hand over its own account's token.
    const auto callback = isMainFrame ? m_matcher.callbackFrom(url) : std::nullopt;
    if (callback) {
        if (m_hostsThatHandOver.contains(this->url().host().toLower()))
            emit tokenSeen(*callback);
        return false; // nothing is loaded, so an http callback of an https server sends nothing
    }
    // The login is web pages only: no file:, no external handlers (frames may hold about:/data:).
    const bool frameOnlyScheme = url.scheme() == QLatin1String("about") || url.scheme() == QLatin1String("data");
    if (!isWebAddress(url) && !(frameOnlyScheme && (!isMainFrame || url == QUrl(QStringLiteral("about:blank")))))
        return false;
    // Redirects move between the server and the provider on their own; a link the user clicks
    // that leaves the current site is not part of signing in.
    if (isMainFrame && type == NavigationTypeLinkClicked && url.host() != this->url().host()
        && !m_matcher.isServerOrigin(url)) {
        QDesktopServices::openUrl(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

} // namespace MesheryAuth
