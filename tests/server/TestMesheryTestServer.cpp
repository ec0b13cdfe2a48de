// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The Meshery test server checked from the outside, over real loopback HTTP(S): the browser
// sign-in step by step, the token format, authentication, every endpoint, every fault's raw
// behaviour, the HTTP plumbing (keep-alive, malformed requests), TLS, and the executable.
#include "MesheryTestServer.h"

#include <QtNetwork>
#include <QtTest>

using namespace MesheryTest;

namespace {

constexpr int kWaitMs = 20000;

// ---------------------------------------------------------------------------------------------
// A QNetworkAccessManager client that never follows redirects and never keeps cookies on its own:
// every cookie a request carries is set by the test, like a careful API client would.

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-cased names
    QList<QNetworkCookie> cookies; // from Set-Cookie
    QSslCertificate peerCertificate;

    QByteArray header(const QByteArray &name) const { return headers.value(name); }
    QByteArray location() const { return header("location"); }
    bool hasCookie(const QByteArray &name) const
    {
        return std::any_of(cookies.cbegin(), cookies.cend(), [&](const QNetworkCookie &c) { return c.name() == name; });
    }
    QByteArray cookie(const QByteArray &name) const
    {
        for (const QNetworkCookie &c : cookies) {
            if (c.name() == name)
                return c.value();
        }
        return QByteArray();
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

using Cookies = QList<QPair<QByteArray, QByteArray>>;

class Client
{
public:
    Client() { m_manager.setProxy(QNetworkProxy::NoProxy); }

    // The server's certificate is self-signed: accept it, as a user who trusted it would.
    void setIgnoreSslErrors(bool ignore) { m_ignoreSslErrors = ignore; }

    Reply send(const QByteArray &method, const QUrl &url, const Cookies &cookies = {}, const QByteArray &body = {},
               const QByteArray &contentType = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        QByteArrayList cookieParts;
        for (const auto &cookie : cookies)
            cookieParts.append(cookie.first + '=' + cookie.second);
        if (!cookieParts.isEmpty())
            request.setRawHeader("Cookie", cookieParts.join("; "));
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);

        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        if (m_ignoreSslErrors)
            QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply result;
        if (!reply->isFinished() && !finished.wait(kWaitMs)) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
            reply->deleteLater();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        result.cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
        result.peerCertificate = reply->sslConfiguration().peerCertificate();
        reply->deleteLater();
        return result;
    }

    Reply get(const QUrl &url, const Cookies &cookies = {}) { return send("GET", url, cookies); }

private:
    QNetworkAccessManager m_manager;
    bool m_ignoreSslErrors = false;
};

// ---------------------------------------------------------------------------------------------
// A bare TCP client, for what a well-behaved HTTP client cannot do: pipelining, broken requests,
// hanging up early, and seeing exactly what went over the wire.

struct RawResponse {
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
};

class RawClient
{
public:
    bool connectTo(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
        QSignalSpy connected(&m_socket, &QTcpSocket::connected);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return connected.wait(kWaitMs);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    QTcpSocket &socket() { return m_socket; }
    const QByteArray &received() const { return m_received; }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }

    // The complete responses received so far (bodies by Content-Length).
    QList<RawResponse> responses() const
    {
        QList<RawResponse> result;
        qsizetype at = 0;
        while (true) {
            const qsizetype headEnd = m_received.indexOf("\r\n\r\n", at);
            if (headEnd < 0)
                return result;
            const QList<QByteArray> lines = m_received.mid(at, headEnd - at).split('\n');
            RawResponse response;
            response.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                response.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
            }
            const qsizetype length = response.headers.value("content-length").toLongLong();
            if (m_received.size() < headEnd + 4 + length)
                return result;
            response.body = m_received.mid(headEnd + 4, length);
            result.append(response);
            at = headEnd + 4 + length;
        }
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray getRequest(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

// ---------------------------------------------------------------------------------------------
// The token, decoded here with a few lines of our own rather than with anything the server uses.

struct DecodedToken {
    bool ok = false;
    QJsonObject oauth;
    QJsonObject header;
    QJsonObject claims;
    QByteArray signature;
    QByteArray oauthJson;
};

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

DecodedToken decodeToken(const QByteArray &token)
{
    DecodedToken decoded;
    decoded.oauthJson = QByteArray::fromBase64(token);
    decoded.oauth = QJsonDocument::fromJson(decoded.oauthJson).object();
    const QList<QByteArray> parts = decoded.oauth.value(QLatin1String("access_token")).toString().toLatin1().split('.');
    if (parts.size() != 3)
        return decoded;
    decoded.header = QJsonDocument::fromJson(fromBase64Url(parts.at(0))).object();
    decoded.claims = QJsonDocument::fromJson(fromBase64Url(parts.at(1))).object();
    decoded.signature = fromBase64Url(parts.at(2));
    decoded.ok = !decoded.header.isEmpty() && !decoded.claims.isEmpty();
    return decoded;
}

QDateTime parseExpiry(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QUrl withQuery(QUrl url, const QString &path, const QList<QPair<QString, QString>> &items = {})
{
    url.setPath(path);
    QUrlQuery query;
    for (const auto &item : items)
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    if (!items.isEmpty())
        url.setQuery(query);
    return url;
}

QString hiddenField(const QByteArray &html, const QString &name)
{
    const QRegularExpression input(QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"([^\"]*)\">").arg(name));
    return input.match(QString::fromUtf8(html)).captured(1);
}

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList parts;
    for (const auto &field : fields)
        parts.append(QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second));
    return parts.join('&');
}

} // namespace

class TestMesheryTestServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MesheryTestServer> m_server;
    std::unique_ptr<Client> m_client;

    MesheryTestServer &startServer(ServerOptions options = {})
    {
        m_client.reset(); // its connections belong to the server that is going away
        m_server = std::make_unique<MesheryTestServer>(options);
        QString error;
        if (!m_server->start(&error))
            qFatal("the test server did not start: %s", qPrintable(error));
        m_client = std::make_unique<Client>();
        m_client->setIgnoreSslErrors(options.tls);
        return *m_server;
    }

    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const
    {
        return withQuery(m_server->baseUrl(), path, query);
    }

    // A server a test in another process could steer over HTTP (/_test/).
    static ServerOptions withTestControls()
    {
        ServerOptions options;
        options.testControls = true;
        return options;
    }

    Cookies remoteSession(const QString &user)
    {
        return {{"meshery-provider", "Meshery"}, {"token", m_server->issueToken(user)}};
    }

    Reply getAs(const QString &path, const Cookies &cookies, const QList<QPair<QString, QString>> &query = {})
    {
        return m_client->get(url(path, query), cookies);
    }

private slots:
    void init() { startServer(); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // -- the browser flow ------------------------------------------------------------------

    void browserSignInStepByStep()
    {
        // 1. Choosing the remote provider sets its cookie and goes on to /user/login.
        Reply reply = m_client->get(
            url(QStringLiteral("/api/provider"), {{QStringLiteral("provider"), QStringLiteral("Meshery")}}));
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), QByteArray("/user/login"));
        QCOMPARE(reply.cookie("meshery-provider"), QByteArray("Meshery"));
        QVERIFY(reply.cookies.first().isHttpOnly());
        QCOMPARE(reply.cookies.first().path(), QStringLiteral("/"));
        const Cookies provider{{"meshery-provider", reply.cookie("meshery-provider")}};

        // 2. Not signed in: off to the provider's login page, carrying the callback.
        reply = m_client->get(url(QStringLiteral("/user/login")), provider);
        QCOMPARE(reply.status, 302);
        const QUrl loginPage = QUrl::fromEncoded(reply.location(), QUrl::StrictMode);
        QCOMPARE(loginPage.adjusted(QUrl::RemoveQuery).toString(),
                 m_server->providerBaseUrl().toString() + QStringLiteral("/login"));
        const QUrlQuery loginQuery(loginPage);
        const QByteArray source = loginQuery.queryItemValue(QStringLiteral("source")).toLatin1();
        QVERIFY(!source.contains('='));
        QCOMPARE(QString::fromUtf8(fromBase64Url(source)),
                 m_server->baseUrl().toString() + QStringLiteral("/api/user/token"));
        QCOMPARE(loginQuery.queryItemValue(QStringLiteral("provider_version")), QStringLiteral("v0.8.1"));
        QCOMPARE(loginQuery.queryItemValue(QStringLiteral("meshery_version")), QStringLiteral("v0.8.0-test"));
        QCOMPARE(fromBase64Url(loginQuery.queryItemValue(QStringLiteral("ref")).toLatin1()), QByteArray("/"));

        // 3. The provider's page is a real form that carries source and the rest along.
        reply = m_client->get(loginPage);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-type").startsWith("text/html"));
        for (const char *part :
             {"<form id=\"login-form\" method=\"post\" action=\"/provider-site/login\">",
              "name=\"username\" id=\"username\"", "type=\"password\" name=\"password\" id=\"password\"",
              "<button type=\"submit\" id=\"submit\">Sign in</button>"})
            QVERIFY2(reply.body.contains(part), part);
        QCOMPARE(hiddenField(reply.body, QStringLiteral("source")).toLatin1(), source);
        QCOMPARE(hiddenField(reply.body, QStringLiteral("ref")), loginQuery.queryItemValue(QStringLiteral("ref")));
        QCOMPARE(hiddenField(reply.body, QStringLiteral("provider_version")), QStringLiteral("v0.8.1"));
        const QList<QPair<QString, QString>> hidden{
            {QStringLiteral("source"), hiddenField(reply.body, QStringLiteral("source"))},
            {QStringLiteral("provider_version"), hiddenField(reply.body, QStringLiteral("provider_version"))},
            {QStringLiteral("meshery_version"), hiddenField(reply.body, QStringLiteral("meshery_version"))},
            {QStringLiteral("ref"), hiddenField(reply.body, QStringLiteral("ref"))},
        };
        const QUrl formAction = withQuery(m_server->baseUrl(), QStringLiteral("/provider-site/login"));

        // 4. A wrong password shows the form again with an error, and issues nothing.
        QList<QPair<QString, QString>> fields = hidden;
        fields << qMakePair(QStringLiteral("username"), QStringLiteral("ada"))
               << qMakePair(QStringLiteral("password"), QStringLiteral("wrong"));
        reply = m_client->send("POST", formAction, {}, formBody(fields), "application/x-www-form-urlencoded");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("<p id=\"error\">Invalid user name or password.</p>"));
        QVERIFY(reply.body.contains("id=\"login-form\""));
        QCOMPARE(hiddenField(reply.body, QStringLiteral("source")).toLatin1(), source);
        // An empty user name is refused too, even with the right password.
        fields = hidden;
        fields << qMakePair(QStringLiteral("username"), QString())
               << qMakePair(QStringLiteral("password"), QStringLiteral("meshery"));
        reply = m_client->send("POST", formAction, {}, formBody(fields), "application/x-www-form-urlencoded");
        QVERIFY(reply.body.contains("id=\"error\""));

        // 5. The right password: back to the callback with the token and a session cookie.
        fields = hidden;
        fields << qMakePair(QStringLiteral("username"), QStringLiteral("ada"))
               << qMakePair(QStringLiteral("password"), QStringLiteral("meshery"));
        reply = m_client->send("POST", formAction, {}, formBody(fields), "application/x-www-form-urlencoded");
        QCOMPARE(reply.status, 302);
        const QUrl callback = QUrl::fromEncoded(reply.location(), QUrl::StrictMode);
        QCOMPARE(callback.adjusted(QUrl::RemoveQuery).toString(),
                 m_server->baseUrl().toString() + QStringLiteral("/api/user/token"));
        const QUrlQuery callbackQuery(callback);
        const QByteArray token = callbackQuery.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toLatin1();
        const QByteArray sessionCookie =
            callbackQuery.queryItemValue(QStringLiteral("session_cookie"), QUrl::FullyDecoded).toLatin1();
        QVERIFY(m_server->isTokenValid(token));
        QVERIFY(!sessionCookie.isEmpty());
        QCOMPARE(decodeToken(token).claims.value(QLatin1String("sub")).toString(),
                 m_client->get(url(QStringLiteral("/api/user")), {{"meshery-provider", "Meshery"}, {"token", token}})
                     .json()
                     .value(QLatin1String("id"))
                     .toString());

        // 6. The callback stores the token as a cookie and sends the browser home.
        reply = m_client->get(callback, provider);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), QByteArray("/"));
        QCOMPARE(reply.cookie("token"), token);
        QCOMPARE(reply.cookie("session_cookie"), sessionCookie);

        // 7. Home knows who is signed in; /user/login now goes straight home.
        const Cookies session{{"meshery-provider", "Meshery"}, {"token", reply.cookie("token")}};
        reply = m_client->get(url(QStringLiteral("/")), session);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("Signed in as <span id=\"user\">ada</span>"));
        reply = m_client->get(url(QStringLiteral("/user/login")), session);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), QByteArray("/"));
        QVERIFY(!m_client->get(url(QStringLiteral("/"))).body.contains("Signed in as"));
    }

    void loginGoesHomeForLocalAndToTheChooserWithoutProvider()
    {
        Reply reply = m_client->get(url(QStringLiteral("/user/login")), {{"meshery-provider", "None"}});
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), QByteArray("/"));
        reply = m_client->get(url(QStringLiteral("/user/login")));
        QCOMPARE(reply.location(), QByteArray("/provider"));
        reply =
            m_client->get(url(QStringLiteral("/api/provider"), {{QStringLiteral("provider"), QStringLiteral("Nope")}}));
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), QByteArray("/provider"));
        QVERIFY(!reply.hasCookie("meshery-provider"));
        reply =
            m_client->get(url(QStringLiteral("/api/provider"), {{QStringLiteral("provider"), QStringLiteral("None")}}));
        QCOMPARE(reply.location(), QByteArray("/user/login"));
        QCOMPARE(reply.cookie("meshery-provider"), QByteArray("None"));
    }

    void callbackFollowsTheHostTheBrowserUsed()
    {
        const QByteArray port = QByteArray::number(m_server->port());
        const auto callbackFor = [this](const QByteArray &host) {
            RawClient raw;
            if (!raw.connectTo(m_server->port()))
                return QByteArray("no connection");
            raw.send("GET /user/login HTTP/1.1\r\nHost: " + host + "\r\nCookie: meshery-provider=Meshery\r\n\r\n");
            if (!QTest::qWaitFor([&raw] { return !raw.responses().isEmpty(); }, kWaitMs))
                return QByteArray("no answer");
            const QUrlQuery query(QUrl::fromEncoded(raw.responses().first().headers.value("location")));
            return fromBase64Url(query.queryItemValue(QStringLiteral("source")).toLatin1());
        };
        QCOMPARE(callbackFor("localhost:" + port), "http://localhost:" + port + "/api/user/token");
        const QByteArray fallback = m_server->baseUrl().toEncoded() + "/api/user/token";
        QCOMPARE(callbackFor("elsewhere.example:1"), fallback);
        QCOMPARE(callbackFor("localhost"), fallback);
        QCOMPARE(callbackFor("bad host:" + port), fallback);
    }

    void providerChooserLinksEveryProvider()
    {
        const Reply reply = m_client->get(url(QStringLiteral("/provider")));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("href=\"/api/provider?provider=Meshery\""));
        QVERIFY(reply.body.contains("href=\"/api/provider?provider=None\""));
    }

    void tokenQueryCharactersSurviveTheCallback()
    {
        // Every token carries '+' and '/' on purpose; the redirect must percent-encode them (and
        // '='), or a client reading the query would turn '+' into a space.
        const QByteArray source = QByteArray("http://localhost:45678")
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray body = "username=grace&password=meshery&source=" + source;
        const Reply reply = m_client->send("POST", url(QStringLiteral("/provider-site/login")), {}, body,
                                           "application/x-www-form-urlencoded");
        QCOMPARE(reply.status, 302);
        // mesheryctl's loopback listener gets the token on whatever path it gave.
        QVERIFY2(reply.location().startsWith("http://localhost:45678?token="), reply.location().constData());
        const QByteArray rawQuery = reply.location().mid(reply.location().indexOf('?') + 1);
        const QByteArray rawToken = rawQuery.split('&').first().mid(int(qstrlen("token=")));
        QVERIFY(!rawToken.contains('+') && !rawToken.contains('/') && !rawToken.contains('='));
        QVERIFY(rawToken.contains("%2B"));
        QVERIFY(rawToken.contains("%2F"));

        const QByteArray token = QUrl::fromPercentEncoding(rawToken).toLatin1();
        QVERIFY(token.contains('+'));
        QVERIFY(token.contains('/'));
        QVERIFY(m_server->isTokenValid(token));

        // Back at Meshery's own callback, the cookie holds the very same bytes.
        const Reply callback =
            m_client->get(QUrl::fromEncoded(m_server->baseUrl().toEncoded() + "/api/user/token?" + rawQuery));
        QCOMPARE(callback.status, 302);
        QCOMPARE(callback.cookie("token"), token);
        const RecordedRequest recorded = m_server->lastRequest(QStringLiteral("/api/user/token"));
        QCOMPARE(recorded.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toLatin1(), token);
    }

    void callbackHonoursRefAndNeedsAToken()
    {
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        Reply reply = m_client->send("POST",
                                     url(QStringLiteral("/api/user/token"),
                                         {{QStringLiteral("token"), QString::fromLatin1(token)},
                                          {QStringLiteral("ref"), QStringLiteral("L3NldHRpbmdz")}})); // "/settings"
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), QByteArray("/settings"));
        QCOMPARE(reply.cookie("token"), token);
        QVERIFY(!reply.hasCookie("session_cookie"));

        reply = m_client->get(url(QStringLiteral("/api/user/token")));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("content-type").startsWith("text/plain"));
    }

    void loginPageNeedsAReadableSource_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("missing") << QString();
        QTest::newRow("not base64") << QStringLiteral("%%%");
        QTest::newRow("not a URL") << QString::fromLatin1(
            QByteArray("just words").toBase64(QByteArray::Base64UrlEncoding));
        QTest::newRow("not http") << QString::fromLatin1(
            QByteArray("ftp://example.com").toBase64(QByteArray::Base64UrlEncoding));
    }

    void loginPageNeedsAReadableSource()
    {
        QFETCH(QString, source);
        QUrl page = url(QStringLiteral("/provider-site/login"));
        if (!source.isEmpty())
            page.setQuery(QStringLiteral("source=") + source);
        Reply reply = m_client->get(page);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("content-type").startsWith("text/html"));
        reply = m_client->send("POST", url(QStringLiteral("/provider-site/login")), {},
                               "username=ada&password=meshery&source=" + source.toLatin1(),
                               "application/x-www-form-urlencoded");
        QCOMPARE(reply.status, 400);
    }

    // -- tokens ------------------------------------------------------------------------------

    void tokenHasMesheryFormat()
    {
        ServerOptions options;
        options.tokenLifetimeSecs = 7200;
        MesheryTestServer &server = startServer(options);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QByteArray token = server.issueToken(QStringLiteral("ada"));
        const qint64 after = QDateTime::currentSecsSinceEpoch();

        // Unpadded standard base64 of compact JSON, in Go's field order.
        QVERIFY(!token.endsWith('='));
        QVERIFY(!token.contains('-') && !token.contains('_'));
        const DecodedToken decoded = decodeToken(token);
        QVERIFY(decoded.ok);
        QVERIFY(decoded.oauthJson.startsWith("{\"access_token\":\"ey"));
        QVERIFY(!decoded.oauthJson.contains(' '));
        const QStringList keys{QStringLiteral("access_token"), QStringLiteral("token_type"),
                               QStringLiteral("refresh_token"), QStringLiteral("expiry")};
        qsizetype previous = -1;
        for (const QString &key : keys) {
            const qsizetype at = decoded.oauthJson.indexOf("\"" + key.toLatin1() + "\":");
            QVERIFY2(at > previous, qPrintable(key));
            previous = at;
        }
        QCOMPARE(decoded.oauth.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
        QVERIFY(!decoded.oauth.value(QLatin1String("refresh_token")).toString().isEmpty());

        QCOMPARE(decoded.header,
                 (QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                              {QStringLiteral("kid"), QStringLiteral("public:meshery-test")},
                              {QStringLiteral("typ"), QStringLiteral("JWT")}}));
        QCOMPARE(decoded.signature.size(), 256);
        const QJsonObject &claims = decoded.claims;
        const qint64 iat = claims.value(QLatin1String("iat")).toInteger();
        const qint64 exp = claims.value(QLatin1String("exp")).toInteger();
        QVERIFY(iat >= before && iat <= after);
        QCOMPARE(exp, iat + 7200);
        QCOMPARE(claims.value(QLatin1String("nbf")).toInteger(), iat);
        QCOMPARE(claims.value(QLatin1String("iss")).toString(),
                 server.providerBaseUrl().toString() + QStringLiteral("/hydra/"));
        QCOMPARE(claims.value(QLatin1String("client_id")).toString(), QStringLiteral("meshery-cloud"));
        QCOMPARE(claims.value(QLatin1String("aud")).toArray(), QJsonArray());
        QCOMPARE(claims.value(QLatin1String("scp")).toArray(),
                 (QJsonArray{QStringLiteral("openid"), QStringLiteral("offline")}));
        QVERIFY(claims.value(QLatin1String("ext")).isObject());
        QVERIFY(!QUuid::fromString(claims.value(QLatin1String("jti")).toString()).isNull());
        // sub is stable per user name.
        const QString sub = claims.value(QLatin1String("sub")).toString();
        QVERIFY(!QUuid::fromString(sub).isNull());
        QCOMPARE(decodeToken(server.issueToken(QStringLiteral("ada"))).claims.value(QLatin1String("sub")).toString(),
                 sub);
        QVERIFY(decodeToken(server.issueToken(QStringLiteral("grace"))).claims.value(QLatin1String("sub")).toString()
                != sub);

        // expiry: RFC 3339 UTC with a fraction, a moment before exp.
        const QString expiryText = decoded.oauth.value(QLatin1String("expiry")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{1,9}Z$"))
                     .match(expiryText)
                     .hasMatch(),
                 qPrintable(expiryText));
        const QDateTime expiry = parseExpiry(expiryText);
        QVERIFY(expiry.isValid());
        QVERIFY(expiry < QDateTime::fromSecsSinceEpoch(exp, QTimeZone::utc()));
        QVERIFY(expiry >= QDateTime::fromSecsSinceEpoch(exp - 1, QTimeZone::utc()));

        // Every token is different, and valid until revoked or expired.
        const QByteArray second = server.issueToken(QStringLiteral("ada"));
        QVERIFY(second != token);
        QVERIFY(server.isTokenValid(token));
        QVERIFY(!server.isTokenValid("not-a-token"));
        QVERIFY(!server.isTokenValid(QByteArray()));
    }

    void customAndExpiredLifetimes()
    {
        const QByteArray shortLived = m_server->issueToken(QStringLiteral("ada"), 60);
        const DecodedToken decoded = decodeToken(shortLived);
        QCOMPARE(decoded.claims.value(QLatin1String("exp")).toInteger()
                     - decoded.claims.value(QLatin1String("iat")).toInteger(),
                 60);
        QVERIFY(m_server->isTokenValid(shortLived));

        const QByteArray expired = m_server->issueToken(QStringLiteral("ada"), -60);
        QVERIFY(decodeToken(expired).claims.value(QLatin1String("exp")).toInteger()
                < QDateTime::currentSecsSinceEpoch());
        QVERIFY(!m_server->isTokenValid(expired));

        m_server->revokeAllTokens();
        QVERIFY(!m_server->isTokenValid(shortLived));
        QVERIFY(m_server->isTokenValid(m_server->issueToken(QStringLiteral("ada"))));
    }

    // -- authentication ----------------------------------------------------------------------

    void authAnswers_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("no provider") << QStringLiteral("none") << 302 << QByteArray("/provider");
        QTest::newRow("unknown provider") << QStringLiteral("unknown") << 302 << QByteArray("/provider");
        QTest::newRow("remote without token") << QStringLiteral("remote") << 302 << QByteArray("/user/login");
        QTest::newRow("remote, garbage token") << QStringLiteral("garbage") << 302 << QByteArray("/user/login");
        QTest::newRow("remote, expired token, refresh refused")
            << QStringLiteral("expired") << 302 << QByteArray("/user/login");
        QTest::newRow("remote, revoked token") << QStringLiteral("revoked") << 302 << QByteArray("/user/login");
        QTest::newRow("remote, token sent as Bearer only")
            << QStringLiteral("bearer") << 302 << QByteArray("/user/login");
        QTest::newRow("remote, valid token") << QStringLiteral("valid") << 200 << QByteArray();
        QTest::newRow("provider from header") << QStringLiteral("header") << 200 << QByteArray();
        QTest::newRow("provider from query") << QStringLiteral("query") << 200 << QByteArray();
        QTest::newRow("local None") << QStringLiteral("None") << 200 << QByteArray();
        QTest::newRow("local none") << QStringLiteral("none-lower") << 200 << QByteArray();
        QTest::newRow("local Local") << QStringLiteral("Local") << 200 << QByteArray();
    }

    void authAnswers()
    {
        QFETCH(QString, how);
        QFETCH(int, status);
        QFETCH(QByteArray, location);
        const QByteArray valid = m_server->issueToken(QStringLiteral("ada"));
        Cookies cookies;
        QList<QPair<QByteArray, QByteArray>> headers;
        QUrl target = url(QStringLiteral("/api/user"));
        if (how == QLatin1String("unknown"))
            cookies = {{"meshery-provider", "Nope"}, {"token", valid}};
        else if (how == QLatin1String("remote"))
            cookies = {{"meshery-provider", "Meshery"}};
        else if (how == QLatin1String("garbage"))
            cookies = {{"meshery-provider", "Meshery"}, {"token", "not-a-token"}};
        else if (how == QLatin1String("expired"))
            cookies = {{"meshery-provider", "Meshery"},
                       {"token", m_server->issueToken(QStringLiteral("ada"), -1, MesheryTest::Refresh::Refused)}};
        else if (how == QLatin1String("revoked")) {
            cookies = {{"meshery-provider", "Meshery"}, {"token", valid}};
            m_server->revokeAllTokens();
        } else if (how == QLatin1String("bearer")) {
            cookies = {{"meshery-provider", "Meshery"}};
            headers = {{"Authorization", "Bearer " + valid}};
        } else if (how == QLatin1String("valid")) {
            cookies = {{"meshery-provider", "Meshery"}, {"token", valid}};
        } else if (how == QLatin1String("header")) {
            cookies = {{"token", valid}};
            headers = {{"meshery-provider", "Meshery"}};
        } else if (how == QLatin1String("query")) {
            cookies = {{"token", valid}};
            target = url(QStringLiteral("/api/user"), {{QStringLiteral("provider"), QStringLiteral("Meshery")}});
        } else if (how == QLatin1String("None") || how == QLatin1String("Local")) {
            cookies = {{"meshery-provider", how.toLatin1()}};
        } else if (how == QLatin1String("none-lower")) {
            cookies = {{"meshery-provider", "none"}};
        }

        const Reply reply = m_client->send("GET", target, cookies, {}, {}, headers);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.location(), location);
        if (status == 200) {
            QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
            QVERIFY(!reply.json().value(QLatin1String("email")).toString().isEmpty());
        }
    }

    void everyApiEndpointNeedsASession_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path : {"/api/user", "/api/token", "/api/provider/capabilities", "/api/identity/orgs",
                                 "/api/workspaces", "/api/system/graphql/query"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }

    void everyApiEndpointNeedsASession()
    {
        QFETCH(QString, path);
        QCOMPARE(m_client->get(url(path)).location(), QByteArray("/provider"));
        QCOMPARE(m_client->get(url(path), {{"meshery-provider", "Meshery"}}).location(), QByteArray("/user/login"));
    }

    void openEndpoints()
    {
        Reply reply = m_client->get(url(QStringLiteral("/api/system/version")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(),
                 (QJsonObject{{QStringLiteral("build"), QStringLiteral("v0.8.0-test")},
                              {QStringLiteral("latest"), QStringLiteral("v0.8.1")},
                              {QStringLiteral("outdated"), true},
                              {QStringLiteral("commitsha"), QStringLiteral("0a1b2c3")},
                              {QStringLiteral("release_channel"), QStringLiteral("stable")}}));
        for (const char *probe : {"/healthz/live", "/healthz/ready"}) {
            reply = m_client->get(url(QString::fromLatin1(probe)));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, QByteArray("ok"));
            QVERIFY(reply.header("content-type").startsWith("text/plain"));
        }
        reply = m_client->get(url(QStringLiteral("/api/nothing-here")));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, QByteArray("404 page not found"));
        reply = m_client->send("DELETE", url(QStringLiteral("/api/system/version")));
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("allow"), QByteArray("GET"));
    }

    // A release that cannot look for a newer one (offline, air-gapped) fails the version call
    // alone; its health probes and everything else still answer.
    void offlineServerFailsOnlyTheVersion()
    {
        ServerOptions options;
        options.offline = true;
        startServer(options);
        Reply reply = m_client->get(url(QStringLiteral("/api/system/version")));
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.body, QByteArray("internal server error"));
        QVERIFY(reply.header("content-type").startsWith("text/plain"));
        for (const char *probe : {"/healthz/live", "/healthz/ready"}) {
            reply = m_client->get(url(QString::fromLatin1(probe)));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, QByteArray("ok"));
        }
        QCOMPARE(m_client->get(url(QStringLiteral("/api/providers"))).status, 200);
    }

    // -- providers, user, token ------------------------------------------------------------------

    void providersInBothSpellings_data()
    {
        QTest::addColumn<bool>("snakeCase");
        QTest::addColumn<QString>("localName");
        QTest::newRow("camelCase, None") << false << QStringLiteral("None");
        QTest::newRow("snake_case, None") << true << QStringLiteral("None");
        QTest::newRow("camelCase, Local") << false << QStringLiteral("Local");
    }

    void providersInBothSpellings()
    {
        QFETCH(bool, snakeCase);
        QFETCH(QString, localName);
        ServerOptions options;
        options.spelling = snakeCase ? FieldSpelling::SnakeCase : FieldSpelling::CamelCase;
        options.localProviderName = localName;
        MesheryTestServer &server = startServer(options);
        const auto name = [snakeCase](const char *camel, const char *snake) {
            return QString::fromLatin1(snakeCase ? snake : camel);
        };

        const QJsonObject providers = m_client->get(url(QStringLiteral("/api/providers"))).json();
        QCOMPARE(providers.size(), 2);
        QVERIFY(providers.contains(QLatin1String("Meshery")));
        QVERIFY(providers.contains(localName));
        const QJsonObject remote = providers.value(QLatin1String("Meshery")).toObject();
        QCOMPARE(remote.value(name("providerType", "provider_type")).toString(), QStringLiteral("remote"));
        QCOMPARE(remote.value(name("providerName", "provider_name")).toString(), QStringLiteral("Meshery"));
        QCOMPARE(remote.value(name("providerUrl", "provider_url")).toString(), server.providerBaseUrl().toString());
        QCOMPARE(remote.value(name("packageVersion", "package_version")).toString(), QStringLiteral("v0.8.1"));
        QCOMPARE(remote.value(name("providerDescription", "provider_description")).toArray().size(), 3);
        QVERIFY(!remote.contains(name("provider_type", "providerType")));
        const QJsonArray capabilities = remote.value(QLatin1String("capabilities")).toArray();
        QVERIFY(capabilities.contains(QJsonObject{{QStringLiteral("feature"), QStringLiteral("sync-prefs")},
                                                  {QStringLiteral("endpoint"), QStringLiteral("/user/preferences")}}));
        QVERIFY(capabilities.contains(QJsonObject{{QStringLiteral("feature"), QStringLiteral("persist-results")},
                                                  {QStringLiteral("endpoint"), QStringLiteral("/results")}}));
        QVERIFY(remote.value(QLatin1String("extensions")).isObject());
        QVERIFY(remote.value(QLatin1String("redirects")).isObject());

        const QJsonObject local = providers.value(localName).toObject();
        QCOMPARE(local.value(name("providerType", "provider_type")).toString(), QStringLiteral("local"));
        QCOMPARE(local.value(name("providerName", "provider_name")).toString(), localName);
        QCOMPARE(local.value(name("providerDescription", "provider_description")).toArray().first().toString(),
                 QStringLiteral("Ephemeral sessions"));

        // The capabilities endpoint answers the current provider's entry.
        QCOMPARE(getAs(QStringLiteral("/api/provider/capabilities"), remoteSession(QStringLiteral("ada"))).json(),
                 remote);
        QCOMPARE(
            getAs(QStringLiteral("/api/provider/capabilities"), {{"meshery-provider", localName.toLatin1()}}).json(),
            local);
        // Both local names reach the local provider, whichever the server calls it.
        QCOMPARE(getAs(QStringLiteral("/api/provider/capabilities"), {{"meshery-provider", "local"}}).json(), local);
    }

    void providerStreamSendsEventsThenCloses()
    {
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->port()));
        raw.send(getRequest("/api/providers/stream"));
        QTRY_VERIFY_WITH_TIMEOUT(raw.isClosed(), kWaitMs);
        const QByteArray text = raw.received();
        QVERIFY(text.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(text.contains("Content-Type: text/event-stream\r\n"));
        QVERIFY(!text.contains("Content-Length"));
        const QByteArray body = text.mid(text.indexOf("\r\n\r\n") + 4);
        QCOMPARE(body,
                 QByteArray("event: provider\ndata: {\"provider\":\"Meshery\",\"status\":\"online\"}\n\n"
                            "event: provider\ndata: {\"provider\":\"None\",\"status\":\"online\"}\n\n"));
    }

    void currentUserInBothSpellings()
    {
        Reply reply = getAs(QStringLiteral("/api/user"), remoteSession(QStringLiteral("grace")));
        QJsonObject user = reply.json();
        QCOMPARE(user.value(QLatin1String("firstName")).toString(), QStringLiteral("grace"));
        QCOMPARE(user.value(QLatin1String("lastName")).toString(), QStringLiteral("Tester"));
        QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("grace@example.com"));
        QCOMPARE(user.value(QLatin1String("provider")).toString(), QStringLiteral("Meshery"));
        QCOMPARE(user.value(QLatin1String("roleNames")).toArray(), QJsonArray{QStringLiteral("admin")});
        QCOMPARE(user.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QVERIFY(user.contains(QLatin1String("avatarUrl")));
        const QString id = user.value(QLatin1String("id")).toString();
        QCOMPARE(QUuid::fromString(id).version(), QUuid::Sha1);
        QCOMPARE(user.value(QLatin1String("userId")).toString(), id);
        QCOMPARE(getAs(QStringLiteral("/api/user"), remoteSession(QStringLiteral("grace")))
                     .json()
                     .value(QLatin1String("id"))
                     .toString(),
                 id);

        user = getAs(QStringLiteral("/api/user"), {{"meshery-provider", "None"}}).json();
        QCOMPARE(user.value(QLatin1String("id")).toString(), QStringLiteral("meshery"));
        QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("meshery@meshery.local"));
        QCOMPARE(user.value(QLatin1String("firstName")).toString(), QStringLiteral("Meshery"));
        QCOMPARE(user.value(QLatin1String("lastName")).toString(), QString());
        QCOMPARE(user.value(QLatin1String("provider")).toString(), QStringLiteral("None"));

        ServerOptions options;
        options.spelling = FieldSpelling::SnakeCase;
        startServer(options);
        user = getAs(QStringLiteral("/api/user"), remoteSession(QStringLiteral("grace"))).json();
        QCOMPARE(user.value(QLatin1String("user_id")).toString(), id);
        QCOMPARE(user.value(QLatin1String("first_name")).toString(), QStringLiteral("grace"));
        QCOMPARE(user.value(QLatin1String("last_name")).toString(), QStringLiteral("Tester"));
        QCOMPARE(user.value(QLatin1String("role_names")).toArray(), QJsonArray{QStringLiteral("admin")});
        QVERIFY(user.contains(QLatin1String("avatar_url")));
        QVERIFY(!user.contains(QLatin1String("firstName")));
        user = getAs(QStringLiteral("/api/user"), {{"meshery-provider", "None"}}).json();
        QCOMPARE(user.value(QLatin1String("user_id")).toString(), QStringLiteral("meshery"));
    }

    void apiTokenEchoesTheSession()
    {
        const Cookies session = remoteSession(QStringLiteral("ada"));
        QCOMPARE(getAs(QStringLiteral("/api/token"), session).json(),
                 (QJsonObject{{QStringLiteral("meshery-provider"), QStringLiteral("Meshery")},
                              {QStringLiteral("token"), QString::fromLatin1(session.at(1).second)}}));
        QCOMPARE(getAs(QStringLiteral("/api/token"), {{"meshery-provider", "None"}}).json(),
                 (QJsonObject{{QStringLiteral("meshery-provider"), QStringLiteral("None")},
                              {QStringLiteral("token"), QString()}}));
    }

    // -- organizations and workspaces ------------------------------------------------------------

    void organizationsPageSearchAndOrder()
    {
        const Cookies session = remoteSession(QStringLiteral("ada"));
        QJsonObject page = getAs(QStringLiteral("/api/identity/orgs"), session).json();
        QCOMPARE(page.value(QLatin1String("totalCount")).toInt(), 23);
        QCOMPARE(page.value(QLatin1String("pageSize")).toInt(), 10);
        QCOMPARE(page.value(QLatin1String("page")).toInt(), 0);
        QJsonArray orgs = page.value(QLatin1String("organizations")).toArray();
        QCOMPARE(orgs.size(), 10);
        const QJsonObject first = orgs.first().toObject();
        for (const char *field : {"id", "name", "country", "region", "owner", "createdAt", "updatedAt"})
            QVERIFY2(!first.value(QLatin1String(field)).toString().isEmpty(), field);
        QVERIFY(!QUuid::fromString(first.value(QLatin1String("id")).toString()).isNull());
        QVERIFY(QDateTime::fromString(first.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs).isValid());

        // Name order by default; ids are stable and distinct.
        QStringList names;
        QSet<QString> ids;
        for (int pageNumber = 0; pageNumber < 3; ++pageNumber) {
            page = getAs(QStringLiteral("/api/identity/orgs"), session,
                         {{QStringLiteral("page"), QString::number(pageNumber)}})
                       .json();
            QCOMPARE(page.value(QLatin1String("page")).toInt(), pageNumber);
            for (const QJsonValue &org : page.value(QLatin1String("organizations")).toArray()) {
                names.append(org[QLatin1String("name")].toString());
                ids.insert(org[QLatin1String("id")].toString());
            }
        }
        QCOMPARE(names.size(), 23);
        QCOMPARE(ids.size(), 23);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names, sorted);

        page =
            getAs(QStringLiteral("/api/identity/orgs"), session,
                  {{QStringLiteral("page"), QStringLiteral("2")}, {QStringLiteral("pagesize"), QStringLiteral("10")}})
                .json();
        QCOMPARE(page.value(QLatin1String("organizations")).toArray().size(), 3);
        page = getAs(QStringLiteral("/api/identity/orgs"), session, {{QStringLiteral("page"), QStringLiteral("9")}})
                   .json();
        QCOMPARE(page.value(QLatin1String("organizations")).toArray().size(), 0);
        QCOMPARE(page.value(QLatin1String("totalCount")).toInt(), 23);

        page = getAs(QStringLiteral("/api/identity/orgs"), session,
                     {{QStringLiteral("order"), QStringLiteral("name desc")},
                      {QStringLiteral("pagesize"), QStringLiteral("30")}})
                   .json();
        orgs = page.value(QLatin1String("organizations")).toArray();
        QCOMPARE(orgs.size(), 23);
        QCOMPARE(page.value(QLatin1String("pageSize")).toInt(), 30);
        QCOMPARE(orgs.first()[QLatin1String("name")].toString(), sorted.last());
        QCOMPARE(orgs.last()[QLatin1String("name")].toString(), sorted.first());

        // Search: a case-insensitive part of the name; several names share "mesh".
        page =
            getAs(QStringLiteral("/api/identity/orgs"), session, {{QStringLiteral("search"), QStringLiteral("MESH")}})
                .json();
        const int meshCount = page.value(QLatin1String("totalCount")).toInt();
        QVERIFY(meshCount >= 2);
        QVERIFY(meshCount < 23);
        for (const QJsonValue &org : page.value(QLatin1String("organizations")).toArray())
            QVERIFY(org[QLatin1String("name")].toString().contains(QLatin1String("mesh"), Qt::CaseInsensitive));
        page = getAs(QStringLiteral("/api/identity/orgs"), session,
                     {{QStringLiteral("search"), QStringLiteral("mesh")},
                      {QStringLiteral("pagesize"), QStringLiteral("1")},
                      {QStringLiteral("page"), QStringLiteral("1")}})
                   .json();
        QCOMPARE(page.value(QLatin1String("totalCount")).toInt(), meshCount);
        QCOMPARE(page.value(QLatin1String("organizations")).toArray().size(), 1);
        page = getAs(QStringLiteral("/api/identity/orgs"), session,
                     {{QStringLiteral("search"), QStringLiteral("a+b & c=d")}})
                   .json();
        QCOMPARE(page.value(QLatin1String("totalCount")).toInt(), 0);
        QCOMPARE(m_server->lastRequest(QStringLiteral("/api/identity/orgs"))
                     .query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded),
                 QStringLiteral("a+b & c=d"));

        // Older servers: page_size and total_count.
        ServerOptions options;
        options.spelling = FieldSpelling::SnakeCase;
        startServer(options);
        page = getAs(QStringLiteral("/api/identity/orgs"), remoteSession(QStringLiteral("ada")),
                     {{QStringLiteral("pagesize"), QStringLiteral("5")}})
                   .json();
        QCOMPARE(page.value(QLatin1String("page_size")).toInt(), 5);
        QCOMPARE(page.value(QLatin1String("total_count")).toInt(), 23);
        QVERIFY(!page.contains(QLatin1String("pageSize")));
        QVERIFY(page.value(QLatin1String("organizations")).toArray().first()[QLatin1String("created_at")].isString());
    }

    void workspaces()
    {
        const Cookies session = remoteSession(QStringLiteral("ada"));
        const QJsonObject org = getAs(QStringLiteral("/api/identity/orgs"), session)
                                    .json()
                                    .value(QLatin1String("organizations"))
                                    .toArray()
                                    .first()
                                    .toObject();
        const QString orgId = org.value(QLatin1String("id")).toString();

        for (const QString &parameter : {QStringLiteral("orgId"), QStringLiteral("orgID")}) {
            const Reply reply = getAs(QStringLiteral("/api/workspaces"), session, {{parameter, orgId}});
            QCOMPARE(reply.status, 200);
            const QJsonObject page = reply.json();
            const QJsonArray workspaces = page.value(QLatin1String("workspaces")).toArray();
            QCOMPARE(workspaces.size(), 2);
            QCOMPARE(page.value(QLatin1String("totalCount")).toInt(), 2);
            QCOMPARE(page.value(QLatin1String("pageSize")).toInt(), 2);
            QCOMPARE(page.value(QLatin1String("page")).toInt(), 0);
            for (const QJsonValue &workspace : workspaces) {
                QCOMPARE(workspace[QLatin1String("organizationId")].toString(), orgId);
                QVERIFY(!QUuid::fromString(workspace[QLatin1String("id")].toString()).isNull());
                QVERIFY(!workspace[QLatin1String("name")].toString().isEmpty());
                QVERIFY(!workspace[QLatin1String("description")].toString().isEmpty());
                QVERIFY(!workspace[QLatin1String("createdAt")].toString().isEmpty());
            }
        }

        Reply reply = getAs(QStringLiteral("/api/workspaces"), session);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body, QByteArray("WorkspaceID or OrgID cannot be empty"));
        QVERIFY(reply.header("content-type").startsWith("text/plain"));

        reply = getAs(QStringLiteral("/api/workspaces"), session,
                      {{QStringLiteral("orgId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QLatin1String("workspaces")).toArray().size(), 0);
        QCOMPARE(reply.json().value(QLatin1String("totalCount")).toInt(), 0);

        ServerOptions options;
        options.spelling = FieldSpelling::SnakeCase;
        startServer(options);
        const QJsonObject page = getAs(QStringLiteral("/api/workspaces"), remoteSession(QStringLiteral("ada")),
                                       {{QStringLiteral("orgID"), orgId}})
                                     .json();
        QCOMPARE(page.value(QLatin1String("total_count")).toInt(), 2);
        QCOMPARE(page.value(QLatin1String("page_size")).toInt(), 2);
        QCOMPARE(page.value(QLatin1String("workspaces")).toArray().first()[QLatin1String("organization_id")].toString(),
                 orgId);
    }

    // Meshery's providers answer organization and workspace calls only with the matching capability,
    // and older servers turn every such refusal into 404 plain text.
    void capabilitiesDecideOrganizationsAndWorkspaces()
    {
        const auto features = [](const QJsonObject &provider) {
            QStringList names;
            for (const QJsonValue &capability : provider.value(QLatin1String("capabilities")).toArray())
                names << capability[QLatin1String("feature")].toString();
            return names;
        };
        const auto isRefusal = [](const Reply &reply, const char *text) {
            return reply.status == 404 && reply.header("content-type").startsWith("text/plain")
                && reply.body.contains(text) && QJsonDocument::fromJson(reply.body).isNull();
        };
        const QList<QPair<QString, QString>> anOrg{{QStringLiteral("orgId"), QStringLiteral("any-org")}};

        // By default the remote provider offers both, with their endpoints.
        QJsonObject remote =
            m_client->get(url(QStringLiteral("/api/providers"))).json().value(QLatin1String("Meshery")).toObject();
        QCOMPARE(features(remote), ServerOptions::defaultRemoteCapabilities());
        QVERIFY(remote.value(QLatin1String("capabilities"))
                    .toArray()
                    .contains(QJsonObject{{QStringLiteral("feature"), QStringLiteral("organizations")},
                                          {QStringLiteral("endpoint"), QStringLiteral("/api/identity/orgs")}}));
        QCOMPARE(getAs(QStringLiteral("/api/identity/orgs"), remoteSession(QStringLiteral("ada"))).status, 200);
        QCOMPARE(getAs(QStringLiteral("/api/workspaces"), remoteSession(QStringLiteral("ada")), anOrg).status, 200);

        // The Local provider lists what DefaultLocalProvider does: neither.
        const Cookies local{{"meshery-provider", "None"}};
        const QJsonObject localEntry =
            m_client->get(url(QStringLiteral("/api/providers"))).json().value(QLatin1String("None")).toObject();
        QVERIFY(!features(localEntry).isEmpty());
        QVERIFY(!features(localEntry).contains(QLatin1String("organizations")));
        QCOMPARE(getAs(QStringLiteral("/api/provider/capabilities"), local).json(), localEntry);
        Reply reply = getAs(QStringLiteral("/api/identity/orgs"), local);
        QVERIFY2(isRefusal(reply, "Capablity is not supported by your Provider"), reply.body.constData());
        QVERIFY2(isRefusal(getAs(QStringLiteral("/api/workspaces"), local, anOrg),
                           "Capablity is not supported by your Provider"),
                 "local workspaces");
        // The handler checks its parameters first.
        QCOMPARE(getAs(QStringLiteral("/api/workspaces"), local).status, 400);

        // A provider without them: both endpoints list and answer what is configured.
        ServerOptions options;
        options.remoteCapabilities = {QStringLiteral("sync-prefs"), QStringLiteral("workspaces")};
        startServer(options);
        remote = m_client->get(url(QStringLiteral("/api/providers"))).json().value(QLatin1String("Meshery")).toObject();
        QCOMPARE(features(remote), options.remoteCapabilities);
        QCOMPARE(getAs(QStringLiteral("/api/provider/capabilities"), remoteSession(QStringLiteral("ada"))).json(),
                 remote);
        reply = getAs(QStringLiteral("/api/identity/orgs"), remoteSession(QStringLiteral("ada")));
        QVERIFY2(isRefusal(reply, "Capablity is not supported by your Provider. Organization"), reply.body.constData());
        QCOMPARE(getAs(QStringLiteral("/api/workspaces"), remoteSession(QStringLiteral("ada")), anOrg).status, 200);

        options.remoteCapabilities = {QStringLiteral("organizations")};
        startServer(options);
        QCOMPARE(getAs(QStringLiteral("/api/identity/orgs"), remoteSession(QStringLiteral("ada"))).status, 200);
        reply = getAs(QStringLiteral("/api/workspaces"), remoteSession(QStringLiteral("ada")), anOrg);
        QVERIFY2(isRefusal(reply, "Capablity is not supported by your Provider. Workspace"), reply.body.constData());

        // None at all: omitempty leaves the field out.
        options.remoteCapabilities.clear();
        startServer(options);
        remote = m_client->get(url(QStringLiteral("/api/providers"))).json().value(QLatin1String("Meshery")).toObject();
        QVERIFY(!remote.contains(QLatin1String("capabilities")));
        QCOMPARE(getAs(QStringLiteral("/api/identity/orgs"), remoteSession(QStringLiteral("ada"))).status, 404);

        // The provider's own refusal is answered the same way.
        startServer();
        m_server->setFault(QStringLiteral("/api/identity/orgs"), {FaultKind::ProviderRefusal});
        m_server->setFault(QStringLiteral("/api/workspaces"), {FaultKind::ProviderRefusal});
        reply = getAs(QStringLiteral("/api/identity/orgs"), remoteSession(QStringLiteral("ada")));
        QVERIFY2(isRefusal(reply, "failed to get organizations"), reply.body.constData());
        reply = getAs(QStringLiteral("/api/workspaces"), remoteSession(QStringLiteral("ada")), anOrg);
        QVERIFY2(isRefusal(reply, "failed to get workspaces"), reply.body.constData());
        QCOMPARE(getAs(QStringLiteral("/api/user"), remoteSession(QStringLiteral("ada"))).status, 200);
    }

    // -- GraphQL -----------------------------------------------------------------------------

    void graphql()
    {
        const Cookies session = remoteSession(QStringLiteral("ada"));
        const QUrl endpoint = url(QStringLiteral("/api/system/graphql/query"));
        const QJsonObject namespaces{
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("getAvailableNamespaces"),
                          QJsonArray{QJsonObject{{QStringLiteral("namespace"), QStringLiteral("default")}},
                                     QJsonObject{{QStringLiteral("namespace"), QStringLiteral("meshery")}},
                                     QJsonObject{{QStringLiteral("namespace"), QStringLiteral("kube-system")}}}}}}};

        const QByteArray request =
            QJsonDocument(QJsonObject{{QStringLiteral("query"),
                                       QStringLiteral("{ getAvailableNamespaces(k8sClusterIDs: []) { namespace } }")},
                                      {QStringLiteral("variables"), QJsonObject()}})
                .toJson(QJsonDocument::Compact);
        Reply reply = m_client->send("POST", endpoint, session, request, "application/json");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.json(), namespaces);

        reply = getAs(QStringLiteral("/api/system/graphql/query"), session,
                      {{QStringLiteral("query"),
                        QStringLiteral("query { getAvailableNamespaces(k8sClusterIDs: []) { namespace } }")}});
        QCOMPARE(reply.json(), namespaces);

        reply = m_client->send("POST", endpoint, session, R"({"query":"{ noSuchField { id } }"})", "application/json");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(QLatin1String("data")).isNull());
        const QString message =
            reply.json().value(QLatin1String("errors")).toArray().first()[QLatin1String("message")].toString();
        QVERIFY2(message.startsWith(QLatin1String("Cannot query field \"noSuchField\"")), qPrintable(message));

        reply = m_client->send("POST", endpoint, session, "{\"query\": ", "application/json");
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.json()
                     .value(QLatin1String("errors"))
                     .toArray()
                     .first()[QLatin1String("message")]
                     .toString()
                     .isEmpty());
    }

    // -- logout and refreshed tokens ---------------------------------------------------------

    void logoutRevokesOnlyWithTheSessionCookie()
    {
        const MesheryTestServer::BrowserSession browser = m_server->issueBrowserSession(QStringLiteral("ada"));
        const Cookies withoutSession{{"meshery-provider", "Meshery"}, {"token", browser.token}};
        QCOMPARE(getAs(QStringLiteral("/api/user"), withoutSession).status, 200);

        // Without session_cookie (or with another one) RemoteProvider.Logout fails before the
        // provider is asked: nothing is revoked, and the answer is the login redirect.
        Reply reply = getAs(QStringLiteral("/user/logout"), withoutSession);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), QByteArray("/auth/login"));
        QVERIFY(m_server->isTokenValid(browser.token));
        reply = getAs(QStringLiteral("/user/logout"), withoutSession + Cookies{{"session_cookie", "someone-elses"}});
        QCOMPARE(reply.location(), QByteArray("/auth/login"));
        QVERIFY(m_server->isTokenValid(browser.token));
        // The cookies are cleared either way.
        for (const char *name : {"token", "session_cookie", "meshery-provider"}) {
            QVERIFY(reply.hasCookie(name));
            QCOMPARE(reply.cookie(name), QByteArray());
        }

        reply =
            getAs(QStringLiteral("/user/logout"), withoutSession + Cookies{{"session_cookie", browser.sessionCookie}});
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), QByteArray("/provider"));
        QVERIFY(!m_server->isTokenValid(browser.token));
        QCOMPARE(getAs(QStringLiteral("/api/user"), withoutSession).location(), QByteArray("/user/login"));
        // Only GET, as the real route; logging out without any session is harmless.
        QCOMPARE(m_client->send("POST", url(QStringLiteral("/user/logout")), withoutSession).status == 302, false);
        QCOMPARE(getAs(QStringLiteral("/user/logout"), {}).status, 302);
    }

    void anExpiredTokenIsRenewedOnAnyCall()
    {
        const QByteArray expired = m_server->issueToken(QStringLiteral("ada"), -60);
        const Cookies session{{"meshery-provider", "Meshery"}, {"token", expired}};
        Reply reply = getAs(QStringLiteral("/api/user"), session);
        QCOMPARE(reply.status, 200);
        const QByteArray renewed = reply.cookie("token");
        QVERIFY(!renewed.isEmpty());
        QVERIFY(m_server->isTokenValid(renewed));
        QVERIFY(decodeToken(renewed).claims.value(QLatin1String("exp")).toInteger()
                > QDateTime::currentSecsSinceEpoch());
        // /api/token answers with the renewed token, and asking again renews to the same one.
        reply = getAs(QStringLiteral("/api/token"), session);
        QCOMPARE(reply.json().value(QLatin1String("token")).toString().toLatin1(), renewed);
        QCOMPARE(reply.cookie("token"), renewed);
        // One whose refresh token the provider refuses stays expired.
        const Cookies refused{
            {"meshery-provider", "Meshery"},
            {"token", m_server->issueToken(QStringLiteral("ada"), -60, MesheryTest::Refresh::Refused)}};
        QCOMPARE(getAs(QStringLiteral("/api/token"), refused).location(), QByteArray("/user/login"));
    }

    void aProviderThatPersistsAnonymousUsersSkipsItsLoginPage()
    {
        ServerOptions options;
        options.remoteCapabilities << QStringLiteral("persist-anonymous-user");
        MesheryTestServer &server = startServer(options);
        const Reply reply = getAs(QStringLiteral("/user/login"), {{"meshery-provider", "Meshery"}});
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), QByteArray("/"));
        const QByteArray anonymous = reply.cookie("token");
        QVERIFY(server.isTokenValid(anonymous));
        QVERIFY(!reply.hasCookie("session_cookie"));
        const Reply user = getAs(QStringLiteral("/api/user"), {{"meshery-provider", "Meshery"}, {"token", anonymous}});
        QVERIFY(user.json().value(QLatin1String("email")).toString().startsWith(QLatin1String("anonymous-")));
    }

    void theCallbackIsHttpEvenOverTls()
    {
        ServerOptions options;
        options.tls = true;
        MesheryTestServer &server = startServer(options);
        const Reply reply = getAs(QStringLiteral("/user/login"), {{"meshery-provider", "Meshery"}});
        QCOMPARE(reply.status, 302);
        const QUrl login = QUrl::fromEncoded(reply.location());
        const QByteArray source = QByteArray::fromBase64(
            QUrlQuery(login).queryItemValue(QStringLiteral("source")).toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(QUrl(QString::fromLatin1(source)).scheme(), QStringLiteral("http"));
        QCOMPARE(QUrl(QString::fromLatin1(source)).port(), int(server.port()));
        QCOMPARE(QUrl(QString::fromLatin1(source)).path(), QStringLiteral("/api/user/token"));
    }

    void refreshTokensSendsANewValidToken()
    {
        Cookies session = remoteSession(QStringLiteral("ada"));
        QVERIFY(!getAs(QStringLiteral("/api/user"), session).hasCookie("token"));

        ServerOptions options;
        options.refreshTokens = true;
        MesheryTestServer &server = startServer(options);
        session = remoteSession(QStringLiteral("ada"));
        const QByteArray original = session.at(1).second;
        Reply reply = getAs(QStringLiteral("/api/user"), session);
        QCOMPARE(reply.status, 200);
        const QByteArray fresh = reply.cookie("token");
        QVERIFY(!fresh.isEmpty());
        QVERIFY(fresh != original);
        QVERIFY(server.isTokenValid(fresh));
        QVERIFY(server.isTokenValid(original));
        QCOMPARE(decodeToken(fresh).claims.value(QLatin1String("sub")),
                 decodeToken(original).claims.value(QLatin1String("sub")));
        QVERIFY(reply.cookies.first().isHttpOnly());

        // The new token works in its turn; local sessions and open endpoints get none.
        reply = getAs(QStringLiteral("/api/token"), {{"meshery-provider", "Meshery"}, {"token", fresh}});
        QCOMPARE(reply.json().value(QLatin1String("token")).toString().toLatin1(), fresh);
        QVERIFY(reply.hasCookie("token"));
        QVERIFY(!getAs(QStringLiteral("/api/user"), {{"meshery-provider", "None"}}).hasCookie("token"));
        QVERIFY(!getAs(QStringLiteral("/api/system/version"), session).hasCookie("token"));
    }

    // -- faults ------------------------------------------------------------------------------

    void faults_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("meshkit500") << FaultKind::MeshKitError500 << 500 << QByteArray("application/json");
        QTest::newRow("text500") << FaultKind::PlainTextError500 << 500 << QByteArray("text/plain");
        QTest::newRow("503") << FaultKind::ServiceUnavailable503 << 503 << QByteArray("text/plain");
        QTest::newRow("401") << FaultKind::Unauthorized401 << 401 << QByteArray("text/plain");
        QTest::newRow("403") << FaultKind::Forbidden403 << 403 << QByteArray("text/plain");
        QTest::newRow("html") << FaultKind::HtmlInsteadOfJson << 200 << QByteArray("text/html");
        QTest::newRow("malformed") << FaultKind::MalformedJson << 200 << QByteArray("application/json");
        QTest::newRow("oversized") << FaultKind::OversizedBody << 200 << QByteArray("application/json");
    }

    void faults()
    {
        QFETCH(FaultKind, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        // Raw, so nothing in between interprets the answer.
        m_server->setFault(QStringLiteral("/api/user"), {kind});
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->port()));
        raw.send(getRequest("/api/user", "Cookie: meshery-provider=None\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(raw.responses().size(), 1, kWaitMs);
        const RawResponse response = raw.responses().first();
        QCOMPARE(response.status, status);
        QVERIFY2(response.headers.value("content-type").startsWith(contentType),
                 response.headers.value("content-type").constData());
        const QByteArray &body = response.body;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);

        switch (kind) {
        case FaultKind::MeshKitError500: {
            const QJsonObject error = json.object();
            QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("meshery-server-1033"));
            QCOMPARE(error.value(QLatin1String("severity")).toString(), QStringLiteral("ERROR"));
            QVERIFY(!error.value(QLatin1String("error")).toString().isEmpty());
            for (const char *list : {"probableCause", "suggestedRemediation", "longDescription"})
                QVERIFY2(!error.value(QLatin1String(list)).toArray().isEmpty(), list);
            break;
        }
        case FaultKind::PlainTextError500:
            QCOMPARE(body, QByteArray("failed to get token"));
            break;
        case FaultKind::Unauthorized401:
            QCOMPARE(body, QByteArray("Authentication failed after multiple attempts. Please log in again."));
            break;
        case FaultKind::ServiceUnavailable503:
        case FaultKind::Forbidden403:
            QVERIFY(!body.isEmpty());
            break;
        case FaultKind::HtmlInsteadOfJson:
            QVERIFY(body.startsWith("<!DOCTYPE html>"));
            QVERIFY(body.contains("</html>"));
            break;
        case FaultKind::MalformedJson:
            QVERIFY(parseError.error != QJsonParseError::NoError);
            QVERIFY(body.startsWith('{'));
            break;
        case FaultKind::OversizedBody:
            QCOMPARE(body.size(), qsizetype(9 * 1024 * 1024));
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QVERIFY(json.isObject());
            break;
        default:
            QFAIL("unexpected kind");
        }
        // The connection stays usable, and other paths are not affected.
        raw.send(getRequest("/api/system/version"));
        QTRY_COMPARE_WITH_TIMEOUT(raw.responses().size(), 2, kWaitMs);
        QCOMPARE(raw.responses().at(1).status, 200);
        // The faulty request was still recorded.
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 1);
    }

    void dropConnectionAnswersNothing()
    {
        m_server->setFault(QStringLiteral("/api/user"), {FaultKind::DropConnection});
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->port()));
        raw.send(getRequest("/api/user"));
        QTRY_VERIFY_WITH_TIMEOUT(raw.isClosed(), kWaitMs);
        QCOMPARE(raw.received(), QByteArray());

        const Reply reply = m_client->get(url(QStringLiteral("/api/user")), {{"meshery-provider", "None"}});
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(reply.status, 0);
    }

    void delayAnswersNormallyButLater()
    {
        m_server->setFault(QStringLiteral("/api/system/version"), {FaultKind::Delay, 400});
        QElapsedTimer clock;
        clock.start();
        const Reply reply = m_client->get(url(QStringLiteral("/api/system/version")));
        QVERIFY(clock.elapsed() >= 380);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QLatin1String("build")).toString(), QStringLiteral("v0.8.0-test"));

        // A delay can come with any other kind.
        m_server->setFault(QStringLiteral("/api/system/version"), {FaultKind::Forbidden403, 300});
        clock.restart();
        QCOMPARE(m_client->get(url(QStringLiteral("/api/system/version"))).status, 403);
        QVERIFY(clock.elapsed() >= 280);
    }

    void delayedAnswerToAClientThatLeft()
    {
        m_server->setFault(QStringLiteral("*"), {FaultKind::Delay, 300});
        {
            RawClient raw;
            QVERIFY(raw.connectTo(m_server->port()));
            raw.send(getRequest("/api/system/version") + getRequest("/api/providers"));
            QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(QStringLiteral("/api/system/version")), 1, kWaitMs);
            raw.socket().abort();
        }
        // This answer is held back as long as the abandoned one, which therefore comes due first:
        // the server must neither crash nor answer into the void.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(m_client->get(url(QStringLiteral("/api/system/version"))).status, 200);
        QVERIFY(clock.elapsed() >= 280);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/providers")), 0);
    }

    void faultPathsAndWildcard()
    {
        startServer(withTestControls());
        m_server->setFault(QStringLiteral("*"), {FaultKind::ServiceUnavailable503});
        m_server->setFault(QStringLiteral("/api/user"), {FaultKind::Forbidden403});
        QCOMPARE(m_client->get(url(QStringLiteral("/api/system/version"))).status, 503);
        QCOMPARE(m_client->get(url(QStringLiteral("/nothing"))).status, 503);
        QCOMPARE(m_client->get(url(QStringLiteral("/api/user"))).status, 403);
        // The query does not matter, and test control is never faulted.
        QCOMPARE(m_client->get(url(QStringLiteral("/api/user"), {{QStringLiteral("x"), QStringLiteral("1")}})).status,
                 403);
        const Reply token = m_client->send(
            "POST", url(QStringLiteral("/_test/token"), {{QStringLiteral("user"), QStringLiteral("ada")}}));
        QCOMPARE(token.status, 200);
        m_server->setFault(QStringLiteral("/api/user"), {FaultKind::None});
        QCOMPARE(m_client->get(url(QStringLiteral("/api/user"))).status, 503);
        m_server->clearFaults();
        QCOMPARE(m_client->get(url(QStringLiteral("/api/system/version"))).status, 200);
    }

    // The fault matrix's faults, as they go over the wire (docs/fault-matrix.md).
    void matrixFaultsOnTheWire()
    {
        // The bytes received once enough came (or the server hung up).
        const auto exchange = [this](FaultKind kind, const std::function<bool(const QByteArray &)> &enough) {
            m_server->setFault(QStringLiteral("/api/system/version"), {kind});
            RawClient raw;
            if (!raw.connectTo(m_server->port()))
                return QByteArray();
            raw.send(getRequest("/api/system/version?x=1"));
            if (!QTest::qWaitFor([&] { return enough(raw.received()) || raw.isClosed(); }, kWaitMs))
                return QByteArray();
            return raw.received();
        };
        const auto headerOf = [](const QByteArray &wire) { return wire.left(wire.indexOf("\r\n\r\n")); };
        const auto bytes = [](qsizetype count) {
            return [count](const QByteArray &wire) { return wire.size() >= count; };
        };
        const auto holds = [](const char *text) {
            return [text](const QByteArray &wire) { return wire.contains(text); };
        };

        // 503 with MeshKit's JSON error.
        QByteArray wire = exchange(FaultKind::MeshKitError503, holds("}"));
        QVERIFY(wire.startsWith("HTTP/1.1 503 "));
        QVERIFY(wire.contains("\"code\":\"meshery-server-1033\""));

        // 20 MiB with no Content-Length: only a read cap stops it.
        wire = exchange(FaultKind::UnannouncedHugeBody, bytes(12 * 1024 * 1024));
        QVERIFY(wire.startsWith("HTTP/1.1 200 "));
        QVERIFY(!headerOf(wire).toLower().contains("content-length"));
        QVERIFY(wire.size() >= 12 * 1024 * 1024);

        // Chunks that never end: well-formed chunks, never the last (zero) one.
        wire = exchange(FaultKind::EndlessChunkedBody, bytes(12 * 1024 * 1024));
        QVERIFY(headerOf(wire).toLower().contains("transfer-encoding: chunked"));
        QVERIFY(wire.size() >= 12 * 1024 * 1024);
        QVERIFY(wire.mid(headerOf(wire).size() + 4).startsWith("10000\r\n"));
        QVERIFY(!wire.contains("\r\n0\r\n\r\n"));

        // 302 back to the very path and query asked for.
        wire = exchange(FaultKind::RedirectLoop, holds("Found</a>"));
        QVERIFY(wire.startsWith("HTTP/1.1 302 "));
        QVERIFY(headerOf(wire).contains("Location: /api/system/version?x=1"));

        // The whole normal body, announced as twice as long, then the connection ends.
        m_server->setFault(QStringLiteral("/api/system/version"), {FaultKind::DropMidBody});
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->port()));
        raw.send(getRequest("/api/system/version"));
        QTRY_VERIFY_WITH_TIMEOUT(raw.isClosed(), kWaitMs);
        const QByteArray head = headerOf(raw.received());
        const QByteArray body = raw.received().mid(head.size() + 4);
        QVERIFY(QJsonDocument::fromJson(body).isObject());
        QVERIFY(head.contains("Content-Length: " + QByteArray::number(2 * body.size() + 1)));
        m_server->clearFaults();
    }

    void faultKindNames()
    {
        const QList<QPair<FaultKind, QString>> names{
            {FaultKind::Delay, QStringLiteral("delay")},
            {FaultKind::MeshKitError500, QStringLiteral("meshkit500")},
            {FaultKind::PlainTextError500, QStringLiteral("text500")},
            {FaultKind::ServiceUnavailable503, QStringLiteral("503")},
            {FaultKind::Unauthorized401, QStringLiteral("401")},
            {FaultKind::Forbidden403, QStringLiteral("403")},
            {FaultKind::HtmlInsteadOfJson, QStringLiteral("html")},
            {FaultKind::MalformedJson, QStringLiteral("malformed")},
            {FaultKind::OversizedBody, QStringLiteral("oversized")},
            {FaultKind::DropConnection, QStringLiteral("drop")},
            {FaultKind::ProviderRefusal, QStringLiteral("refused")},
            {FaultKind::MeshKitError503, QStringLiteral("meshkit503")},
            {FaultKind::UnannouncedHugeBody, QStringLiteral("huge")},
            {FaultKind::EndlessChunkedBody, QStringLiteral("endlesschunked")},
            {FaultKind::RedirectLoop, QStringLiteral("redirectloop")},
            {FaultKind::DropMidBody, QStringLiteral("dropmidbody")},
        };
        for (const auto &entry : names) {
            QCOMPARE(faultKindName(entry.first), entry.second);
            QVERIFY(faultKindFromName(entry.second) == entry.first);
        }
        QVERIFY(faultKindFromName(QStringLiteral("HTML")) == FaultKind::HtmlInsteadOfJson);
        QVERIFY(!faultKindFromName(QStringLiteral("bogus")));

        const std::optional<FaultSpec> spec = parseFaultSpec(QStringLiteral("/api/user=delay:250"));
        QVERIFY(spec);
        QCOMPARE(spec->path, QStringLiteral("/api/user"));
        QCOMPARE(spec->fault.kind, FaultKind::Delay);
        QCOMPARE(spec->fault.delayMs, 250);
        QCOMPARE(parseFaultSpec(QStringLiteral("*=html"))->fault.kind, FaultKind::HtmlInsteadOfJson);
        QString error;
        for (const char *bad :
             {"/api/user", "api/user=html", "/api/user=bogus", "/api/user=delay", "/api/user=html:soon"}) {
            QVERIFY2(!parseFaultSpec(QString::fromLatin1(bad), &error), bad);
            QVERIFY(!error.isEmpty());
        }
    }

    // -- test control over HTTP --------------------------------------------------------------

    void testControlEndpoints()
    {
        startServer(withTestControls());
        const auto post = [this](const QString &path, const QList<QPair<QString, QString>> &query = {}) {
            return m_client->send("POST", url(path, query));
        };
        Reply reply = post(QStringLiteral("/_test/faults"),
                           {{QStringLiteral("path"), QStringLiteral("/api/user")},
                            {QStringLiteral("kind"), QStringLiteral("html")},
                            {QStringLiteral("delay"), QStringLiteral("50")}});
        QCOMPARE(reply.status, 200);
        reply = m_client->get(url(QStringLiteral("/api/user")), {{"meshery-provider", "None"}});
        QVERIFY(reply.header("content-type").startsWith("text/html"));
        QCOMPARE(m_client->send("DELETE", url(QStringLiteral("/_test/faults"))).status, 200);
        QCOMPARE(m_client->get(url(QStringLiteral("/api/user")), {{"meshery-provider", "None"}}).status, 200);
        QCOMPARE(post(QStringLiteral("/_test/faults"),
                      {{QStringLiteral("path"), QStringLiteral("/api/user")},
                       {QStringLiteral("kind"), QStringLiteral("bogus")}})
                     .status,
                 400);

        reply = post(
            QStringLiteral("/_test/token"),
            {{QStringLiteral("user"), QStringLiteral("ada")}, {QStringLiteral("lifetime"), QStringLiteral("120")}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-type").startsWith("text/plain"));
        const QByteArray token = reply.body;
        QVERIFY(m_server->isTokenValid(token));
        const DecodedToken decoded = decodeToken(token);
        QCOMPARE(decoded.claims.value(QLatin1String("exp")).toInteger()
                     - decoded.claims.value(QLatin1String("iat")).toInteger(),
                 120);
        reply =
            post(QStringLiteral("/_test/token"),
                 {{QStringLiteral("user"), QStringLiteral("ada")}, {QStringLiteral("lifetime"), QStringLiteral("-5")}});
        QVERIFY(!m_server->isTokenValid(reply.body));

        QCOMPARE(post(QStringLiteral("/_test/revoke-all")).status, 200);
        QVERIFY(!m_server->isTokenValid(token));
        QCOMPARE(m_client->get(url(QStringLiteral("/_test/nothing"))).status, 404);
        // None of that is recorded.
        for (const RecordedRequest &request : m_server->requests())
            QVERIFY2(!request.path.startsWith(QLatin1String("/_test/")), qPrintable(request.path));
    }

    // Attack test: a server started without test controls (the app's demo server) cannot be
    // steered over HTTP: no token is issued, no fault is set, no token is revoked.
    void noTestControlsWithoutTheOption()
    {
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        const auto post = [this](const QString &path, const QList<QPair<QString, QString>> &query = {}) {
            return m_client->send("POST", url(path, query));
        };
        const Reply issued =
            post(QStringLiteral("/_test/token"), {{QStringLiteral("user"), QStringLiteral("mallory")}});
        QCOMPARE(issued.status, 404);
        QVERIFY(!m_server->isTokenValid(issued.body));
        QCOMPARE(post(QStringLiteral("/_test/faults"),
                      {{QStringLiteral("path"), QStringLiteral("*")}, {QStringLiteral("kind"), QStringLiteral("503")}})
                     .status,
                 404);
        QCOMPARE(m_client->get(url(QStringLiteral("/api/system/version"))).status, 200);
        QCOMPARE(m_client->send("DELETE", url(QStringLiteral("/_test/faults"))).status, 404);
        QCOMPARE(post(QStringLiteral("/_test/revoke-all")).status, 404);
        QVERIFY(m_server->isTokenValid(token));
    }

    // -- recording ---------------------------------------------------------------------------

    void recordsWhatClientsSend()
    {
        QSignalSpy received(m_server.get(), &MesheryTestServer::requestReceived);
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        m_client->send(
            "POST",
            url(QStringLiteral("/api/system/graphql/query"), {{QStringLiteral("search"), QStringLiteral("a+b c")}}),
            {{"meshery-provider", "Meshery"}, {"token", token}},
            R"({"query":"{ getAvailableNamespaces { namespace } }"})", "application/json",
            {{"X-Request-Id", "abc-123"}});
        m_client->get(url(QStringLiteral("/api/system/version")));
        m_client->get(url(QStringLiteral("/api/system/version")));

        QCOMPARE(received.count(), 3);
        const auto first = received.at(0).at(0).value<RecordedRequest>();
        QCOMPARE(first.path, QStringLiteral("/api/system/graphql/query"));
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/system/version")), 2);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);

        const RecordedRequest request = m_server->lastRequest(QStringLiteral("/api/system/graphql/query"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded), QStringLiteral("a+b c"));
        QCOMPARE(request.headers.value("x-request-id"), QByteArray("abc-123"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(request.cookies.value(QStringLiteral("token")).toLatin1(), token);
        QCOMPARE(request.cookies.value(QStringLiteral("meshery-provider")), QStringLiteral("Meshery"));
        QVERIFY(request.body.contains("getAvailableNamespaces"));

        QCOMPARE(m_server->lastRequest(QStringLiteral("/never")).method, QByteArray());
        m_server->clearRequests();
        QVERIFY(m_server->requests().isEmpty());
    }

    // -- HTTP plumbing -----------------------------------------------------------------------

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->port()));
        raw.send(getRequest("/api/system/version"));
        QTRY_COMPARE_WITH_TIMEOUT(raw.responses().size(), 1, kWaitMs);
        QCOMPARE(raw.responses().at(0).headers.value("connection"), QByteArray("keep-alive"));
        raw.send(getRequest("/healthz/live"));
        QTRY_COMPARE_WITH_TIMEOUT(raw.responses().size(), 2, kWaitMs);
        QCOMPARE(raw.responses().at(1).body, QByteArray("ok"));
        QVERIFY(!raw.isClosed());

        // Pipelined, with a body in between: answered in order.
        raw.send(
            "POST /api/system/graphql/query HTTP/1.1\r\nHost: x\r\nCookie: meshery-provider=None\r\n"
            "Content-Type: application/json\r\nContent-Length: 40\r\n\r\n{\"query\":\"{ getAvailableNamespaces }\"}  "
            + getRequest("/api/providers"));
        QTRY_COMPARE_WITH_TIMEOUT(raw.responses().size(), 4, kWaitMs);
        QVERIFY(raw.responses().at(2).body.contains("kube-system"));
        QVERIFY(raw.responses().at(3).body.contains("providerType"));

        // "Connection: close" is honoured.
        raw.send(getRequest("/healthz/ready", "Connection: close\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(raw.isClosed(), kWaitMs);
        QCOMPARE(raw.responses().size(), 5);
        QCOMPARE(raw.responses().at(4).headers.value("connection"), QByteArray("close"));

        // HTTP/1.0 closes unless asked to keep the connection.
        RawClient old;
        QVERIFY(old.connectTo(m_server->port()));
        old.send("GET /healthz/live HTTP/1.0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(old.isClosed(), kWaitMs);
        QCOMPARE(old.responses().size(), 1);
    }

    void severalRequestsThroughNetworkAccessManager()
    {
        // QNetworkAccessManager reuses its connection: both answers arrive, one connection serves them.
        QSignalSpy received(m_server.get(), &MesheryTestServer::requestReceived);
        QCOMPARE(m_client->get(url(QStringLiteral("/api/system/version"))).status, 200);
        QCOMPARE(m_client->get(url(QStringLiteral("/api/providers"))).status, 200);
        QCOMPARE(m_client->get(url(QStringLiteral("/healthz/live"))).status, 200);
        QCOMPARE(received.count(), 3);
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("bad request line") << QByteArray("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("not a path") << QByteArray("GET api/user HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n") << 400;
        QTest::newRow("bad Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("chunked upload") << QByteArray("POST /api/system/graphql/query HTTP/1.1\r\nHost: "
                                                      "x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                                        << 411;
        QTest::newRow("body over 1 MiB") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n")
                                         << 413;
    }

    void badRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->port()));
        raw.send(request);
        QTRY_VERIFY_WITH_TIMEOUT(raw.isClosed(), kWaitMs);
        QCOMPARE(raw.responses().size(), 1);
        QCOMPARE(raw.responses().first().status, status);
        QCOMPARE(raw.responses().first().headers.value("connection"), QByteArray("close"));
        QVERIFY(m_server->requests().isEmpty());
    }

    void headersOverTheCapAreRefused()
    {
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->port()));
        raw.send("GET / HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(1024 * 1024 + 10, 'a'));
        QTRY_VERIFY_WITH_TIMEOUT(raw.isClosed(), kWaitMs);
        // The server answers before it has read everything; the answer may be lost to a reset,
        // but when it arrives it is a 413.
        if (!raw.responses().isEmpty())
            QCOMPARE(raw.responses().first().status, 413);
        QCOMPARE(m_client->get(url(QStringLiteral("/healthz/live"))).status, 200);
    }

    void bodyUpToTheCapIsAccepted()
    {
        const QByteArray body(512 * 1024, 'x');
        const Reply reply = m_client->send("POST", url(QStringLiteral("/api/system/graphql/query")),
                                           {{"meshery-provider", "None"}}, body, "application/json");
        QCOMPARE(reply.status, 400); // not JSON, but read whole
        QCOMPARE(m_server->lastRequest(QStringLiteral("/api/system/graphql/query")).body.size(), body.size());
    }

    void stopEndsConnectionsAndStartWorksAgain()
    {
        QCOMPARE(m_client->get(url(QStringLiteral("/healthz/live"))).status, 200);
        const quint16 port = m_server->port();
        QVERIFY(port != 0);
        QCOMPARE(m_server->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(m_server->providerBaseUrl().toString(), QStringLiteral("http://127.0.0.1:%1/provider-site").arg(port));
        QVERIFY(m_server->certificate().isNull());

        m_server->stop();
        QVERIFY(!m_server->isListening());
        const Reply reply = m_client->get(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz/live").arg(port)));
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);

        QVERIFY(m_server->start());
        QVERIFY(m_server->isListening());
        QCOMPARE(m_client->get(url(QStringLiteral("/healthz/live"))).status, 200);
    }

    void startFailsOnABusyPort()
    {
        ServerOptions options;
        options.port = m_server->port();
        MesheryTestServer second(options);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!second.isListening());
    }

    // -- TLS ---------------------------------------------------------------------------------

    void tlsServesHttps()
    {
        ServerOptions options;
        options.tls = true;
        MesheryTestServer &server = startServer(options);
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
        const QSslCertificate certificate = server.certificate();
        QVERIFY(!certificate.isNull());

        const Reply reply = m_client->get(url(QStringLiteral("/api/system/version")));
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QLatin1String("build")).toString(), QStringLiteral("v0.8.0-test"));
        QCOMPARE(reply.peerCertificate, certificate);
        // And keeps serving on the same (reused) connection.
        QCOMPARE(m_client->get(url(QStringLiteral("/api/providers"))).status, 200);

        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("localhost")});
        QCOMPARE(certificate.issuerDisplayName(), certificate.subjectDisplayName());
        QVERIFY(certificate.isSelfSigned());
        const auto names = certificate.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(certificate.effectiveDate() <= now.addSecs(-3500));
        QVERIFY(certificate.expiryDate() >= now.addDays(2).addSecs(-100));
        QVERIFY(certificate.expiryDate() <= now.addDays(2).addSecs(100));

        // A client that does not trust it gets a TLS error, and no request reaches the server.
        Client strict;
        const Reply refused = strict.get(url(QStringLiteral("/api/system/version")));
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(server.requestCount(QStringLiteral("/api/system/version")), 1);
    }

    // -- the executable ----------------------------------------------------------------------

    void executablePrintsItsUrlAndServes()
    {
        QProcess process;
        process.start(QStringLiteral(MESHERY_TEST_SERVER_EXE),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--snake-case"),
                       QStringLiteral("--local-name"), QStringLiteral("Local"), QStringLiteral("--test-controls"),
                       QStringLiteral("--fault"), QStringLiteral("/api/providers=html")});
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, kWaitMs);
        const QByteArray line = process.readLine();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\\n$"))
                .match(QString::fromLatin1(line));
        QVERIFY2(match.hasMatch(), line.constData());
        const QUrl base(match.captured(1));

        Client client;
        QCOMPARE(client.get(withQuery(base, QStringLiteral("/api/system/version"))).status, 200);
        QVERIFY(client.get(withQuery(base, QStringLiteral("/api/providers")))
                    .header("content-type")
                    .startsWith("text/html"));
        const QByteArray token = client
                                     .send("POST",
                                           withQuery(base, QStringLiteral("/_test/token"),
                                                     {{QStringLiteral("user"), QStringLiteral("ada")}}))
                                     .body;
        const Reply user = client.get(withQuery(base, QStringLiteral("/api/user")),
                                      {{"meshery-provider", "Meshery"}, {"token", token}});
        QCOMPARE(user.status, 200);
        QCOMPARE(user.json().value(QLatin1String("first_name")).toString(), QStringLiteral("ada"));
        QCOMPARE(client.get(withQuery(base, QStringLiteral("/api/user")), {{"meshery-provider", "Local"}}).status, 200);

        // SIGTERM ends it cleanly, with nothing more on stdout.
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
    }

    void executableTakesTheProvidersCapabilities()
    {
        QProcess help;
        help.start(QStringLiteral(MESHERY_TEST_SERVER_EXE), {QStringLiteral("--help")});
        QTRY_COMPARE_WITH_TIMEOUT(help.state(), QProcess::NotRunning, kWaitMs);
        QVERIFY(help.readAllStandardOutput().contains("--capabilities <LIST>"));

        QProcess process;
        process.start(QStringLiteral(MESHERY_TEST_SERVER_EXE),
                      {QStringLiteral("--test-controls"), QStringLiteral("--capabilities"),
                       QStringLiteral("sync-prefs, users-profile")});
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, kWaitMs);
        const QString line = QString::fromLatin1(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("listening on ")), qPrintable(line));
        const QUrl base(line.mid(int(qstrlen("listening on "))));
        Client client;
        const QJsonArray capabilities = client.get(withQuery(base, QStringLiteral("/api/providers")))
                                            .json()
                                            .value(QLatin1String("Meshery"))
                                            .toObject()
                                            .value(QLatin1String("capabilities"))
                                            .toArray();
        QCOMPARE(capabilities.size(), 2);
        QCOMPARE(capabilities.at(1)[QLatin1String("feature")].toString(), QStringLiteral("users-profile"));
        const QByteArray token = client
                                     .send("POST",
                                           withQuery(base, QStringLiteral("/_test/token"),
                                                     {{QStringLiteral("user"), QStringLiteral("ada")}}))
                                     .body;
        QCOMPARE(client
                     .get(withQuery(base, QStringLiteral("/api/identity/orgs")),
                          {{"meshery-provider", "Meshery"}, {"token", token}})
                     .status,
                 404);
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(process.exitCode(), 0);
    }

    void executableServesTls()
    {
        QProcess process;
        process.start(QStringLiteral(MESHERY_TEST_SERVER_EXE), {QStringLiteral("--tls")});
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, kWaitMs);
        const QString line = QString::fromLatin1(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("listening on https://127.0.0.1:")), qPrintable(line));
        Client client;
        client.setIgnoreSslErrors(true);
        QCOMPARE(client.get(QUrl(line.mid(int(qstrlen("listening on "))) + QStringLiteral("/healthz/ready"))).body,
                 QByteArray("ok"));
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(process.exitCode(), 0);
    }

    void executableServesOffline()
    {
        QProcess process;
        process.start(QStringLiteral(MESHERY_TEST_SERVER_EXE), {QStringLiteral("--offline")});
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, kWaitMs);
        const QString line = QString::fromLatin1(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("listening on http://127.0.0.1:")), qPrintable(line));
        const QString base = line.mid(int(qstrlen("listening on ")));
        Client client;
        const Reply version = client.get(QUrl(base + QStringLiteral("/api/system/version")));
        QCOMPARE(version.status, 500);
        QCOMPARE(version.body, QByteArray("internal server error"));
        QCOMPARE(client.get(QUrl(base + QStringLiteral("/healthz/ready"))).body, QByteArray("ok"));
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(process.exitCode(), 0);
    }

    // Attack test: the program as the package ships it and the app starts it, without
    // --test-controls, answers 404 on every control endpoint and cannot be steered.
    void executableHasNoTestControlsWithoutTheFlag()
    {
        QProcess process;
        process.start(
            QStringLiteral(MESHERY_TEST_SERVER_EXE),
            {QStringLiteral("--address"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0")});
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, kWaitMs);
        const QString line = QString::fromLatin1(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("listening on ")), qPrintable(line));
        const QUrl base(line.mid(int(qstrlen("listening on "))));
        Client client;
        const Reply token = client.send(
            "POST", withQuery(base, QStringLiteral("/_test/token"), {{QStringLiteral("user"), QStringLiteral("ada")}}));
        QCOMPARE(token.status, 404);
        QCOMPARE(token.body, QByteArray("404 page not found"));
        QCOMPARE(client
                     .send("POST",
                           withQuery(base, QStringLiteral("/_test/faults"),
                                     {{QStringLiteral("path"), QStringLiteral("*")},
                                      {QStringLiteral("kind"), QStringLiteral("503")}}))
                     .status,
                 404);
        QCOMPARE(client.get(withQuery(base, QStringLiteral("/api/system/version"))).status, 200);
        QCOMPARE(client.send("DELETE", withQuery(base, QStringLiteral("/_test/faults"))).status, 404);
        QCOMPARE(client.send("POST", withQuery(base, QStringLiteral("/_test/revoke-all"))).status, 404);
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(process.exitCode(), 0);
    }

    void executableRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("bad fault") << QStringList{QStringLiteral("--test-controls"), QStringLiteral("--fault"),
                                                  QStringLiteral("/api/user=bogus")}
                                   << QStringLiteral("bogus");
        QTest::newRow("fault without test controls")
            << QStringList{QStringLiteral("--fault"), QStringLiteral("/api/user=html")}
            << QStringLiteral("--fault needs --test-controls");
        QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("http")}
                                  << QStringLiteral("--port");
        QTest::newRow("port in use") << QStringList{QStringLiteral("--port"), QStringLiteral("BUSY")}
                                     << QStringLiteral("cannot listen");
    }

    void executableRejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, complaint);
        arguments.replaceInStrings(QStringLiteral("BUSY"), QString::number(m_server->port()));
        QProcess process;
        process.start(QStringLiteral(MESHERY_TEST_SERVER_EXE), arguments);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(process.exitCode(), 1);
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
        const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(errors.contains(complaint), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestMesheryTestServer)
#include "TestMesheryTestServer.moc"
