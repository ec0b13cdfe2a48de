#include "LoginPage.h"

#include <QDesktopServices>
#include <QWebEngineNewWindowRequest>

namespace MesheryAuth {

LoginPage::LoginPage(QWebEngineProfile *profile, const QUrl &serverUrl, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_matcher(serverUrl)
{
    // Pop-ups (a provider's "terms" or "help" links, say) belong in the user's own browser.
    connect(this, &QWebEnginePage::newWindowRequested, this, [](QWebEngineNewWindowRequest &request) {
        QDesktopServices::openUrl(request.requestedUrl());
    });
}

bool LoginPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    const QByteArray token = m_matcher.tokenFromNavigation(url);
    if (!token.isEmpty()) {
        emit tokenSeen(token);
        return false; // caught: nothing more to load
    }
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
