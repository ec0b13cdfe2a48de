// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "LoopbackCallbackListener.h"

#include "CallbackRequest.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace MesheryAuth {

namespace {
constexpr qint64 MaxRequestHeadBytes = 80 * 1024; // a token is at most 64 KiB; anything larger is not our browser
constexpr int MaxPortAttempts = 20;
constexpr std::chrono::seconds IdleConnectionLimit{10}; // a browser sends its request at once

QByteArray randomPathSecret()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

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
    close();
    m_delivered = false;
    m_path = '/' + randomPathSecret();
    for (int attempt = 0; attempt < MaxPortAttempts; ++attempt) {
        if (bindBothLoopbacks(attempt == 0 ? m_firstPortToTry : 0))
            return true;
    }
    if (error)
        *error = tr("Could not open a local port for the login callback: %1").arg(m_ipv4->errorString());
    return false;
}

bool LoopbackCallbackListener::bindBothLoopbacks(quint16 port)
{
    if (!m_ipv4->listen(QHostAddress::LocalHost, port))
        return false;
    if (m_ipv6->listen(QHostAddress::LocalHostIPv6, m_ipv4->serverPort()))
        return true;
    if (m_ipv6->serverError() == QAbstractSocket::AddressInUseError) {
        // Someone else holds [::1] at this port, and browsers try it first for "localhost":
        // that port would hand them the token. Try another.
        m_ipv4->close();
        return false;
    }
    // This machine has no IPv6 loopback: nobody can listen there, and browsers use 127.0.0.1.
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
    return QStringLiteral("http://localhost:%1%2").arg(port()).arg(QString::fromLatin1(m_path));
}

void LoopbackCallbackListener::acceptConnections(QTcpServer *server)
{
    connect(server, &QTcpServer::newConnection, this, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            // A connection that never sends its request must not hold a socket for the whole login.
            QTimer::singleShot(IdleConnectionLimit, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
        }
    });
}

void LoopbackCallbackListener::readRequest(QTcpSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestHeadBytes)
            answer(socket, 431, tr("Request too large"), tr("This page only accepts the login callback."));
        return;
    }
    // Only the request line matters: "GET /SECRET?token=...&session_cookie=... HTTP/1.1".
    const CallbackRequest request = CallbackRequest::parse(socket->readLine(MaxRequestHeadBytes + 1), m_path);
    if (request.kind == CallbackRequest::Kind::Malformed) {
        answer(socket, 400, tr("Bad request"), tr("This page only accepts the login callback."));
        return;
    }
    if (request.kind == CallbackRequest::Kind::Elsewhere) {
        answer(socket, 404, tr("Not found"), tr("Nothing is here."));
        return;
    }
    const LoginCallback &callback = request.callback;
    if (callback.token.isEmpty()) {
        // A provider that came back without a token: the user may still finish signing in.
        answer(socket, 404, tr("Still waiting for the login"),
               tr("No token arrived at this address. Finish signing in on the provider's page."));
        return;
    }
    if (m_delivered) {
        answer(socket, 409, tr("Already signed in"),
               tr("Meshery Auth already received a login. You can close this window."));
        return;
    }
    m_delivered = true;
    close();
    const ApiError refused = callback.check(tr("the login callback"));
    if (!refused.isOk()) {
        answer(socket, 400, tr("Login refused"),
               tr("The provider sent a token that Meshery Auth cannot use. Return to Meshery Auth for details."));
        emit tokenRefused(refused);
        return;
    }
    answer(socket, 200, tr("Signed in"), tr("Meshery Auth received your login. You can close this window now."));
    emit tokenReceived(callback);
}

void LoopbackCallbackListener::answer(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr); // one request per connection: the rest is not read
    const QByteArray body =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
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
