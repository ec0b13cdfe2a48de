// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "MesheryTestServer.h"
#include "ApiEndpoints.h"
#include "BrowserFlowEndpoints.h"
#include "HttpConnection.h"
#include "ProviderSiteEndpoints.h"
#include "RequestLog.h"
#include "ServerState.h"
#include "ServerTls.h"
#include "TestControlEndpoints.h"

#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QUuid>

namespace MesheryTest {

MesheryTestServer::MesheryTestServer(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<ServerState>(std::move(options)))
    , m_log(std::make_unique<RequestLog>())
{
    if (m_state->options().testControls)
        m_testControl = std::make_unique<TestControlEndpoints>(*m_state);
    // So QSignalSpy and queued connections can carry it without the test registering it.
    qRegisterMetaType<MesheryTest::RecordedRequest>();
    m_endpoints.push_back(std::make_unique<ApiEndpoints>(*m_state));
    m_endpoints.push_back(std::make_unique<BrowserFlowEndpoints>(*m_state));
    m_endpoints.push_back(std::make_unique<ProviderSiteEndpoints>(*m_state));
    m_state->setBaseUrl(urlOfListener());
}

MesheryTestServer::~MesheryTestServer()
{
    stop();
}

bool MesheryTestServer::start(QString *errorMessage)
{
    if (isListening())
        return true;
    std::unique_ptr<QTcpServer> listener = makeListener(errorMessage);
    if (!listener)
        return false;
    // A QSslServer queues a connection only once its handshake is done, and says so with
    // pendingConnectionAvailable; newConnection came earlier, at the TCP accept.
    connect(listener.get(), &QTcpServer::pendingConnectionAvailable, this, &MesheryTestServer::acceptConnections);
    if (!listener->listen(options().address, options().port)) {
        if (errorMessage) {
            *errorMessage =
                QStringLiteral("cannot listen on %1 port %2: %3")
                    .arg(options().address.toString(), QString::number(options().port), listener->errorString());
        }
        m_certificate = QSslCertificate();
        return false;
    }
    m_listener = std::move(listener);
    m_state->setBaseUrl(urlOfListener());
    return true;
}

std::unique_ptr<QTcpServer> MesheryTestServer::makeListener(QString *errorMessage)
{
    if (!options().tls)
        return std::make_unique<QTcpServer>();
    const std::optional<QSslConfiguration> configuration = ServerTls::configuration(options(), errorMessage);
    if (!configuration)
        return nullptr;
    auto listener = std::make_unique<QSslServer>();
    listener->setSslConfiguration(*configuration);
    m_certificate = configuration->localCertificate();
    return listener;
}

bool MesheryTestServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *listener = qobject_cast<QSslServer *>(m_listener.get());
    if (!listener || certificate.isNull() || key.isNull())
        return false;
    QSslConfiguration configuration = listener->sslConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    listener->setSslConfiguration(configuration);
    m_certificate = certificate;
    // As a restarted server would: no client keeps talking to the old certificate.
    abortConnections();
    return true;
}

void MesheryTestServer::stop()
{
    if (m_listener) {
        m_listener->close();
        m_listener.reset();
    }
    abortConnections();
}

void MesheryTestServer::abortConnections()
{
    // Clients see their connections end, as when a real server goes away.
    const QList<QPointer<HttpConnection>> connections = m_connections;
    m_connections.clear();
    for (const QPointer<HttpConnection> &connection : connections) {
        if (connection)
            connection->abort();
    }
}

bool MesheryTestServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 MesheryTestServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QUrl MesheryTestServer::urlOfListener() const
{
    QUrl url;
    url.setScheme(options().tls ? QStringLiteral("https") : QStringLiteral("http"));
    const QHostAddress &address = options().address;
    // A wildcard address is reached through loopback; IPv6 loopback stays IPv6.
    if (address == QHostAddress::LocalHostIPv6)
        url.setHost(QStringLiteral("::1"));
    else if (address.isLoopback() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
             || address == QHostAddress::AnyIPv6 || address.isNull())
        url.setHost(QStringLiteral("127.0.0.1"));
    else
        url.setHost(address.toString());
    url.setPort(port());
    return url;
}

QUrl MesheryTestServer::baseUrl() const
{
    return m_state->baseUrl();
}

QUrl MesheryTestServer::providerBaseUrl() const
{
    return m_state->providerBaseUrl();
}

QSslCertificate MesheryTestServer::certificate() const
{
    return m_certificate;
}

const ServerOptions &MesheryTestServer::options() const
{
    return m_state->options();
}

void MesheryTestServer::setFault(const QString &path, Fault fault)
{
    m_state->faults().set(path, fault);
}

void MesheryTestServer::clearFaults()
{
    m_state->faults().clear();
}

MesheryTestServer::BrowserSession MesheryTestServer::issueBrowserSession(const QString &userName)
{
    BrowserSession session{m_state->issueToken(userName), QUuid::createUuid().toByteArray(QUuid::Id128)};
    m_state->tokens().attachSession(session.token, session.sessionCookie);
    return session;
}

QByteArray MesheryTestServer::issueToken(const QString &userName, std::optional<qint64> lifetimeSecs, Refresh refresh)
{
    return m_state->issueToken(userName, lifetimeSecs, refresh);
}

bool MesheryTestServer::isTokenValid(const QByteArray &token) const
{
    return m_state->tokens().isValid(token);
}

void MesheryTestServer::revokeAllTokens()
{
    m_state->tokens().revokeAll();
}

QList<RecordedRequest> MesheryTestServer::requests() const
{
    return m_log->all();
}

RecordedRequest MesheryTestServer::lastRequest(const QString &path) const
{
    return m_log->last(path);
}

int MesheryTestServer::requestCount(const QString &path) const
{
    return m_log->count(path);
}

void MesheryTestServer::clearRequests()
{
    m_log->clear();
}

void MesheryTestServer::acceptConnections()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        auto *connection = new HttpConnection(
            socket, [this](const HttpRequest &request) { return respond(request); }, this);
        m_connections.append(connection);
        connect(connection, &HttpConnection::closed, this, [this, connection] { m_connections.removeOne(connection); });
    }
}

HttpResponse MesheryTestServer::respond(const HttpRequest &request)
{
    // Without test controls /_test/ is a path like any other: unknown, so 404.
    if (m_testControl && request.path.startsWith(QLatin1String("/_test/")))
        return m_testControl->handle(request).value_or(HttpResponse::text("404 page not found", 404));

    emit requestReceived(m_log->record(request));
    const std::optional<Fault> fault = m_state->faults().faultFor(request.path);
    std::optional<HttpResponse> faulty = fault ? FaultInjector::responseFor(*fault) : std::nullopt;
    HttpResponse response = faulty ? *faulty : route(request);
    if (fault && fault->kind == FaultKind::AnonymousSession) {
        response = HttpResponse::redirect("/user/login");
        response.addCookie("token", m_state->issueToken(QStringLiteral("anonymous")));
    }
    if (fault && fault->kind == FaultKind::HostileTokenCookie)
        response.addCookie("token", '"' + m_state->issueToken(QStringLiteral("ada")) + " x\"");
    if (fault && fault->kind == FaultKind::HostileTokenEcho) {
        const QJsonObject echo{
            {QStringLiteral("meshery-provider"), m_state->options().remoteProviderKey},
            {QStringLiteral("token"),
             QString::fromLatin1(m_state->issueToken(QStringLiteral("ada")) + "\r\nX-Injected: yes")}};
        response = HttpResponse::json(QJsonDocument(echo));
    }
    if (fault && fault->kind == FaultKind::RedirectLoop)
        response = HttpResponse::redirect(request.target);
    if (fault && fault->kind == FaultKind::DropMidBody)
        response.setCutShort(true);
    if (fault && fault->kind == FaultKind::ForeignTokenCookie)
        response.addCookie("token", m_state->issueToken(QStringLiteral("mallory")));
    if (fault)
        response.setDelayMs(fault->delayMs);
    return response;
}

HttpResponse MesheryTestServer::route(const HttpRequest &request) const
{
    for (const auto &endpoints : m_endpoints) {
        if (std::optional<HttpResponse> response = endpoints->handle(request))
            return *response;
    }
    return HttpResponse::text("404 page not found", 404);
}

} // namespace MesheryTest
