#include "BrowserFlowEndpoints.h"
#include "HtmlPages.h"
#include "ServerState.h"
#include "SessionResolver.h"

#include <QRegularExpression>

namespace MesheryTest {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A local path only: the ref parameter must not turn the callback into an open redirect.
QByteArray decodeRef(const QString &ref)
{
    const auto decoded = QByteArray::fromBase64Encoding(ref.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
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

BrowserFlowEndpoints::BrowserFlowEndpoints(ServerState &state) : m_state(state)
{
    const QList<QByteArray> get{"GET"};
    addRoute(QStringLiteral("/"), get, [this](const HttpRequest &request) { return home(request); });
    addRoute(QStringLiteral("/provider"), get, [this](const HttpRequest &) {
        return HttpResponse::html(HtmlPages::providerChooser(m_state.providers().keys()));
    });
    addRoute(QStringLiteral("/api/provider"), get, [this](const HttpRequest &request) { return chooseProvider(request); });
    addRoute(QStringLiteral("/user/login"), get, [this](const HttpRequest &request) { return login(request); });
    addRoute(QStringLiteral("/api/user/token"), {"GET", "POST"},
             [this](const HttpRequest &request) { return tokenCallback(request); });
    addRoute(QStringLiteral("/user/logout"), {"GET", "POST"}, [this](const HttpRequest &request) { return logout(request); });
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
    const QByteArray location = m_state.providerBaseUrl().toEncoded() + "/login?source="
                                + base64Url(callbackUrl(request).toUtf8())
                                + "&provider_version=v0.8.1&meshery_version=v0.8.0-test&ref=" + base64Url("/");
    return HttpResponse::redirect(location);
}

QString BrowserFlowEndpoints::callbackUrl(const HttpRequest &request) const
{
    // Real servers build the callback from the Host the browser used, so the token cookie lands
    // on the origin the browser is on ("localhost" and "127.0.0.1" are different origins). Only a
    // plain host with our own port is taken; anything else falls back to baseUrl.
    static const QRegularExpression plainHost(QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+):[0-9]{1,5}$"));
    const QString host = QString::fromLatin1(request.header("host"));
    QUrl callback = m_state.baseUrl();
    if (plainHost.match(host).hasMatch()) {
        const QUrl asBrowsed(callback.scheme() + QStringLiteral("://") + host);
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
    const QByteArray token = request.cookie(QStringLiteral("token")).toLatin1();
    if (!token.isEmpty())
        m_state.tokens().revoke(token);
    HttpResponse response = HttpResponse::redirect("/provider");
    response.addCookie("token", QByteArray(), "Max-Age=0; Path=/");
    response.addCookie("session_cookie", QByteArray(), "Max-Age=0; Path=/");
    return response;
}

} // namespace MesheryTest
