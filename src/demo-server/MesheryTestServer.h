// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// A Meshery-compatible HTTP(S) server for the tests and the app's demo: the API endpoints, the
// browser sign-in through a fake remote provider, real-looking tokens, and injectable faults. It
// runs in the caller's thread on its event loop, so a Qt Test can drive client and server side by
// side. The C++ controls below (setFault, issueToken...) are for code in the same process; over
// HTTP a server has controls only with ServerOptions::testControls.
#pragma once

#include "Fault.h"
#include "RecordedRequest.h"
#include "ServerOptions.h"
#include "TokenRegistry.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QTcpServer;

namespace MesheryTest {

class Endpoints;
class HttpConnection;
class RequestLog;
class ServerState;
struct HttpRequest;
class HttpResponse;

class MesheryTestServer : public QObject
{
    Q_OBJECT

public:
    explicit MesheryTestServer(ServerOptions options = {}, QObject *parent = nullptr);
    ~MesheryTestServer() override;

    bool start(QString *errorMessage = nullptr);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT  (no trailing slash)
    QUrl providerBaseUrl() const; // baseUrl + "/provider-site": the fake remote provider (its providerUrl)
    QSslCertificate certificate() const; // the one served; null unless tls
    // Serves this certificate and key from now on and ends the open connections, as a server
    // restarted with a new certificate on the same port would ("changed certificate" tests).
    // False unless a TLS server is listening, or when either is null.
    bool setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    const ServerOptions &options() const;

    void setFault(const QString &path,
                  Fault fault); // path without query, e.g. "/api/user"; "*" = every path except test controls
    void clearFaults();

    // A valid token exactly like the login would issue. lifetimeSecs defaults to options().tokenLifetimeSecs;
    // a negative lifetime gives an already-expired token, which the server renews on the next
    // call unless refresh is Refused (the provider no longer accepts its refresh token).
    QByteArray issueToken(const QString &userName, std::optional<qint64> lifetimeSecs = std::nullopt,
                          Refresh refresh = Refresh::Allowed);
    bool isTokenValid(const QByteArray &token) const; // known, not revoked, not expired
    // A token and the provider's session cookie, as the browser login hands them over.
    struct BrowserSession {
        QByteArray token;
        QByteArray sessionCookie;
    };
    BrowserSession issueBrowserSession(const QString &userName);
    void revokeAllTokens();

    QList<RecordedRequest> requests() const; // in arrival order (requests to test controls excluded)
    RecordedRequest lastRequest(const QString &path) const; // empty RecordedRequest if none
    int requestCount(const QString &path) const;
    void clearRequests();

signals:
    void requestReceived(const MesheryTest::RecordedRequest &request);

private:
    void acceptConnections();
    void abortConnections();
    HttpResponse respond(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request) const;
    std::unique_ptr<QTcpServer> makeListener(QString *errorMessage);
    QUrl urlOfListener() const;

    std::unique_ptr<ServerState> m_state;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<Endpoints> m_testControl; // null unless options().testControls
    std::vector<std::unique_ptr<Endpoints>> m_endpoints;
    std::unique_ptr<QTcpServer> m_listener;
    QList<QPointer<HttpConnection>> m_connections;
    QSslCertificate m_certificate;
};

} // namespace MesheryTest
