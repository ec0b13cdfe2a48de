#include "LoopbackCallbackListener.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace MesheryAuth {

namespace {
constexpr qint64 MaxRequestHeadBytes = 64 * 1024; // a token is a few KiB; anything larger is not our browser
}

LoopbackCallbackListener::LoopbackCallbackListener(QObject *parent)
    : QObject(parent)
    , m_ipv4(new QTcpServer(this))
    , m_ipv6(new QTcpServer(this))
{
    acceptConnections(m_ipv4);
    acceptConnections(m_ipv6);
}

LoopbackCallbackListener::~LoopbackCallbackListener() = default;

bool LoopbackCallbackListener::listen(QString *error)
{
    m_delivered = false;
    if (!m_ipv4->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tr("Could not open a local port for the login callback: %1").arg(m_ipv4->errorString());
        return false;
    }
    // Best effort: without IPv6 on loopback, the IPv4 listener alone serves.
    m_ipv6->listen(QHostAddress::LocalHostIPv6, m_ipv4->serverPort());
    return true;
}

void LoopbackCallbackListener::close()
{
    m_ipv4->close();
    m_ipv6->close();
}

bool LoopbackCallbackListener::isListening() const
{
    return m_ipv4->isListening();
}

quint16 LoopbackCallbackListener::port() const
{
    return m_ipv4->serverPort();
}

QString LoopbackCallbackListener::callbackUrl() const
{
    return QStringLiteral("http://localhost:%1").arg(port());
}

void LoopbackCallbackListener::acceptConnections(QTcpServer *server)
{
    connect(server, &QTcpServer::newConnection, this, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void LoopbackCallbackListener::readRequest(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > MaxRequestHeadBytes) {
        answer(socket, 431, tr("Request too large"), tr("This page only accepts the login callback."));
        return;
    }
    // Only the request line matters: "GET /any/path?token=...&... HTTP/1.1".
    if (!socket->canReadLine())
        return;
    const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/")) {
        answer(socket, 400, tr("Bad request"), tr("This page only accepts the login callback."));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    const QByteArray token = QUrlQuery(target).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
    if (token.isEmpty()) {
        // A favicon request, or a provider that came back without a token.
        answer(socket, 404, tr("Still waiting for the login"),
               tr("No token arrived at this address. Finish signing in on the provider's page."));
        return;
    }
    if (m_delivered) {
        answer(socket, 409, tr("Already signed in"), tr("Meshery Auth already received a login. You can close this window."));
        return;
    }
    m_delivered = true;
    answer(socket, 200, tr("Signed in"), tr("Meshery Auth received your login. You can close this window now."));
    close();
    emit tokenReceived(token);
}

void LoopbackCallbackListener::answer(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    const QByteArray body = QStringLiteral(
                                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
                                .arg(title.toHtmlEscaped(), message.toHtmlEscaped())
                                .toUtf8();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " \r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace MesheryAuth
