#include "LoginCallbackMatcher.h"

#include <QUrlQuery>

namespace MesheryAuth {

namespace {
int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

QString basePath(const QUrl &server)
{
    QString path = server.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}
} // namespace

LoginCallbackMatcher::LoginCallbackMatcher(const QUrl &serverUrl)
    : m_server(serverUrl)
{
}

bool LoginCallbackMatcher::isServerOrigin(const QUrl &url) const
{
    return url.scheme() == m_server.scheme() && url.host().compare(m_server.host(), Qt::CaseInsensitive) == 0
        && effectivePort(url) == effectivePort(m_server);
}

QByteArray LoginCallbackMatcher::tokenFromNavigation(const QUrl &url) const
{
    if (!isServerOrigin(url) || url.path() != basePath(m_server) + QStringLiteral("/api/user/token"))
        return {};
    return QUrlQuery(url).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
}

QUrl LoginCallbackMatcher::startUrl(const QString &providerKey) const
{
    QUrl url = m_server;
    url.setPath(basePath(m_server) + QStringLiteral("/api/provider"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("provider"), providerKey);
    url.setQuery(query);
    return url;
}

} // namespace MesheryAuth
