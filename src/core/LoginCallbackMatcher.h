#pragma once

#include <QByteArray>
#include <QUrl>

namespace MesheryAuth {

// Recognises, in what an embedded browser sees during the Meshery login dance, the moment the
// token arrives: the navigation to <server>/api/user/token?token=... on the server's own origin
// (scheme, host and port). Anything on another origin is not the token.
class LoginCallbackMatcher
{
public:
    explicit LoginCallbackMatcher(const QUrl &serverUrl);

    QByteArray tokenFromNavigation(const QUrl &url) const;       // empty unless it is the callback
    bool isServerOrigin(const QUrl &url) const;

    // Where the dance starts: <server>/api/provider?provider=KEY
    QUrl startUrl(const QString &providerKey) const;

private:
    QUrl m_server;
};

} // namespace MesheryAuth
