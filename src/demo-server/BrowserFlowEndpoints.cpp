// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "BrowserFlowEndpoints.h"
#include "HtmlPages.h"
#include "ServerState.h"
#include "SessionResolver.h"

#include <QRegularExpression>
#include <QUuid>

namespace MesheryTest {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A local path only: the ref parameter must not turn the callback into an open redirect.
QByteArray decodeRef(const QString &ref)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        ref.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray path = decoded.decoded;
    if (!decoded || !path.startsWith('/') || path.startsWith("//"))
        return "/";
    for (char c : path) {
        if (c <= ' ' || c > '~')
            return "/";
    }
    return path;
}

// RFC 6265 cookie-octet: what a cookie value may hold without quoting.
bool isCookieValue(const QString &value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7e || u == '"' || u == ',' || u == ';' || u == '\\')
            return false;
    }
    return true;
}

} // namespace

BrowserFlowEndpoints::BrowserFlowEndpoints(ServerState &state)
    : m_state(state)
{
    const QList<QByteArray> get{"GET"};
    addRoute(QStringLiteral("/"), get, [this](const HttpRequest &request) { return home(request); });
    addRoute(QStringLiteral("/provider"), get, [this](const HttpRequest &) {
        return HttpResponse::html(HtmlPages::providerChooser(m_state.providers().keys()));
    });
    addRoute(QStringLiteral("/api/provider"), get,
             [this](const HttpRequest &request) { return chooseProvider(request); });
    addRoute(QStringLiteral("/user/login"), get, [this](const HttpRequest &request) { return login(request); });
    addRoute(QStringLiteral("/api/user/token"), {"GET", "POST"},
             [this](const HttpRequest &request) { return tokenCallback(request); });
    addRoute(QStringLiteral("/user/logout"), get, [this](const HttpRequest &request) { return logout(request); });
}

HttpResponse BrowserFlowEndpoints::home(const HttpRequest &request) const
{
    const QByteArray token = request.cookie(QStringLiteral("token")).toLatin1();
    const QString user = m_state.tokens().userOf(token).value_or(QString());
    return HttpResponse::html(HtmlPages::home(user, SessionResolver::requestedProvider(request)));
}

HttpResponse BrowserFlowEndpoints::chooseProvider(const HttpRequest &request) const
{
    const QString key = request.queryValue(QStringLiteral("provider"));
    if (m_state.providers().kindOf(key) == ProviderCatalog::Kind::Unknown)
        return HttpResponse::redirect("/provider");
    HttpResponse response = HttpResponse::redirect("/user/login");
    response.addCookie("meshery-provider", QUrl::toPercentEncoding(key));
    return response;
}

HttpResponse BrowserFlowEndpoints::login(const HttpRequest &request) const
{
    const Session session = SessionResolver(m_state).resolve(request);
    if (session.status == Session::Status::NoProvider)
        return HttpResponse::redirect("/provider");
    if (session.isSignedIn())
        return HttpResponse::redirect("/");
    if (!session.isLocal() && m_state.options().remoteCapabilities.contains(QLatin1String("persist-anonymous-user"))) {
        // RemoteProvider.InitiateLogin (server/models/remote_provider.go): a provider with this
        // capability gets no login page; InterceptLoginAndInitiateAnonymousUserSession makes an
        // anonymous user, sets its token as the cookie (no session_cookie) and redirects on.
        HttpResponse response = HttpResponse::redirect("/");
        response.addCookie(
            "token", m_state.issueToken(QStringLiteral("anonymous-") + QUuid::createUuid().toString(QUuid::Id128)));
        return response;
    }
    const QByteArray location = m_state.providerBaseUrl().toEncoded()
        + "/login?source=" + base64Url(callbackUrl(request).toUtf8())
        + "&provider_version=v0.8.1&meshery_version=v0.8.0-test&ref=" + base64Url("/");
    return HttpResponse::redirect(location);
}

QString BrowserFlowEndpoints::callbackUrl(const HttpRequest &request) const
{
    // As ProviderMiddleware (server/handlers/middlewares.go) builds it: "http://" + the Host the
    // browser used + "/api/user/token", unless MESHERY_SERVER_CALLBACK_URL says otherwise. Always
    // http, even when the server itself is served over TLS. Only a plain host with our own port is
    // taken; anything else falls back to our own address.
    if (!m_state.options().callbackUrl.isEmpty())
        return m_state.options().callbackUrl;
    static const QRegularExpression plainHost(QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+):[0-9]{1,5}$"));
    const QString host = QString::fromLatin1(request.header("host"));
    QUrl callback = m_state.baseUrl();
    callback.setScheme(QStringLiteral("http"));
    if (plainHost.match(host).hasMatch()) {
        const QUrl asBrowsed(QStringLiteral("http://") + host);
        if (asBrowsed.isValid() && asBrowsed.port() == callback.port())
            callback = asBrowsed;
    }
    callback.setPath(QStringLiteral("/api/user/token"));
    return callback.toString(QUrl::FullyEncoded);
}

HttpResponse BrowserFlowEndpoints::tokenCallback(const HttpRequest &request) const
{
    QString token = request.queryValue(QStringLiteral("token"));
    QString sessionCookie = request.queryValue(QStringLiteral("session_cookie"));
    QString ref = request.queryValue(QStringLiteral("ref"));
    if (token.isEmpty() && request.method == "POST") {
        const QUrlQuery form = request.formFields();
        token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        sessionCookie = form.queryItemValue(QStringLiteral("session_cookie"), QUrl::FullyDecoded);
        ref = form.queryItemValue(QStringLiteral("ref"), QUrl::FullyDecoded);
    }
    if (token.isEmpty())
        return HttpResponse::text("token is missing", 400);
    if (!isCookieValue(token) || !isCookieValue(sessionCookie))
        return HttpResponse::text("token holds characters a cookie cannot carry", 400);

    HttpResponse response = HttpResponse::redirect(ref.isEmpty() ? QByteArray("/") : decodeRef(ref));
    // Stored unchanged: base64's '+', '/' and '=' are all allowed in a cookie value.
    response.addCookie("token", token.toLatin1());
    if (!sessionCookie.isEmpty())
        response.addCookie("session_cookie", sessionCookie.toLatin1());
    return response;
}

HttpResponse BrowserFlowEndpoints::logout(const HttpRequest &request) const
{
    // LogoutHandler (server/handlers/common_handlers.go) clears the cookies first, whatever comes
    // next; RemoteProvider.Logout (server/models/remote_provider.go) needs the token and the
    // session_cookie cookies, forwards session_cookie to the provider's /logout and revokes the
    // token only when the provider answers 200 or 302. Any failure is HandleUnAuthenticated's
    // redirect to the login; success is a redirect to /provider.
    const Session session = SessionResolver(m_state).resolve(request);
    const QByteArray token = request.cookie(QStringLiteral("token")).toLatin1();
    const QByteArray sessionCookie = request.cookie(QStringLiteral("session_cookie")).toLatin1();
    bool loggedOut = session.isLocal();
    if (!loggedOut && !token.isEmpty() && !sessionCookie.isEmpty()) {
        // The provider ends its session only for the session cookie that came with the token.
        const QByteArray known = m_state.tokens().sessionOf(token);
        loggedOut = !known.isEmpty() && known == sessionCookie;
        if (loggedOut)
            m_state.tokens().revoke(token);
    }
    const bool knowsProvider = !request.cookie(QStringLiteral("meshery-provider")).isEmpty();
    HttpResponse response = HttpResponse::redirect(loggedOut || !knowsProvider ? "/provider" : "/auth/login");
    for (const char *name : {"meshery-provider", "token", "session_cookie"})
        response.addCookie(name, QByteArray(), "Path=/; Max-Age=0; HttpOnly");
    return response;
}

} // namespace MesheryTest
