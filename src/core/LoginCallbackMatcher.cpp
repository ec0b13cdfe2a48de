// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "LoginCallbackMatcher.h"

#include "ApiPaths.h"

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

bool LoginCallbackMatcher::isCallbackAddress(const QUrl &url) const
{
    // Meshery builds its callback as "http://" + the Host the browser sent + "/api/user/token"
    // (ProviderMiddleware), so behind TLS it names http: the same host and port, either scheme.
    // A Host without a port is the profile's own default port.
    const bool webScheme = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    const int defaultPort = m_server.scheme() == QLatin1String("https") ? 443 : 80;
    const bool samePort = url.port() == -1 ? m_server.port() == -1 || m_server.port() == defaultPort
                                           : url.port() == effectivePort(m_server);
    const QString path = url.path();
    return webScheme && samePort && url.host().compare(m_server.host(), Qt::CaseInsensitive) == 0
        && (path == basePath(m_server) + ApiPaths::loginCallback() || path == ApiPaths::loginCallback());
}

std::optional<LoginCallback> LoginCallbackMatcher::callbackFrom(const QUrl &url) const
{
    if (!isCallbackAddress(url))
        return std::nullopt;
    const LoginCallback callback = LoginCallback::fromQuery(QUrlQuery(url));
    if (callback.token.isEmpty())
        return std::nullopt;
    return callback;
}

QUrl LoginCallbackMatcher::startUrl(const QString &providerKey) const
{
    QUrl url = m_server;
    url.setPath(basePath(m_server) + ApiPaths::loginStart());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("provider"), providerKey);
    url.setQuery(query);
    return url;
}

QUrl LoginCallbackMatcher::callbackUrl() const
{
    QUrl url = m_server;
    url.setPath(basePath(m_server) + ApiPaths::loginCallback());
    return url;
}

} // namespace MesheryAuth
