#pragma once

#include <QByteArray>
#include <QNetworkCookie>
#include <QUrl>

namespace MesheryAuth {

// Recognises, in what an embedded browser sees during the Meshery login dance, the moment the
// token arrives: the navigation to <server>/api/user/token?token=..., or the "token" cookie that
// the server then sets for its own origin. Anything on another origin is not the token.
class LoginCallbackMatcher
{
public:
    explicit LoginCallbackMatcher(const QUrl &serverUrl);

    QByteArray tokenFromNavigation(const QUrl &url) const;       // empty unless it is the callback
    QByteArray tokenFromCookie(const QNetworkCookie &cookie) const; // empty unless the server's token cookie
    bool isServerOrigin(const QUrl &url) const;

    // Where the dance starts: <server>/api/provider?provider=KEY
    QUrl startUrl(const QString &providerKey) const;

private:
    QUrl m_server;
};

} // namespace MesheryAuth
