// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>

namespace MesheryTest {

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    // Bytes may have arrived before we connected to readyRead (TLS handshakes especially).
    QTimer::singleShot(0, this, &HttpConnection::readIncoming);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort()
{
    m_closing = true;
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::readIncoming()
{
    // Once closing, what still comes in is read and dropped: unread data would make the close a
    // reset, which can destroy the error answer before the client reads it.
    const QByteArray incoming = m_socket->readAll();
    if (m_closing)
        return;
    m_parser.append(incoming);
    serveQueued();
}

void HttpConnection::serveQueued()
{
    while (!m_waiting && !m_closing) {
        const HttpRequestParser::State state = m_parser.parseNext();
        if (state == HttpRequestParser::State::NeedMore)
            return;
        if (state == HttpRequestParser::State::Failed) {
            answerParseError();
            return;
        }
        const HttpRequest request = m_parser.takeRequest();
        const HttpResponse response = m_handler(request);
        // The handler may have run code (a test's slot) that ended this connection.
        if (m_closing)
            return;
        const bool keepAlive = request.keepAlive();
        if (response.delayMs() <= 0) {
            deliver(response, keepAlive);
            continue;
        }
        // The timer belongs to this object: a client that hangs up meanwhile deletes it, and the
        // late answer is never sent.
        m_waiting = true;
        QTimer::singleShot(response.delayMs(), this, [this, response, keepAlive] {
            m_waiting = false;
            if (m_closing)
                return;
            deliver(response, keepAlive);
            serveQueued();
        });
    }
}

void HttpConnection::deliver(const HttpResponse &response, bool keepAlive)
{
    if (response.dropsConnection()) {
        close();
        return;
    }
    if (response.fillerBytes() > 0) {
        m_socket->write(response.serialize(false));
        m_fillerLeft = response.fillerBytes();
        m_fillerChunked = response.isChunked();
        connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pumpFiller);
        pumpFiller();
        return;
    }
    const bool staysOpen = keepAlive && !response.isStreamed() && !response.isCutShort();
    m_socket->write(response.serialize(staysOpen));
    if (!staysOpen)
        close();
}

void HttpConnection::pumpFiller()
{
    static const QByteArray filler(64 * 1024, ' ');
    // A chunk that never is the last one: "10000" (64 KiB in hex), the bytes, CR LF.
    static const QByteArray chunk = QByteArray::number(filler.size(), 16) + "\r\n" + filler + "\r\n";
    // Keep a little queued, so the client reads as fast as it can and we never hold much.
    while (!m_closing && m_fillerLeft > 0 && m_socket->bytesToWrite() < 1024 * 1024) {
        m_socket->write(m_fillerChunked ? chunk : filler);
        m_fillerLeft -= filler.size();
    }
    if (m_fillerLeft <= 0 && !m_closing)
        close();
}

void HttpConnection::answerParseError()
{
    const int status = m_parser.errorStatus();
    const QByteArray text =
        QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status) + ": " + m_parser.errorReason();
    m_socket->write(HttpResponse::text(text, status).serialize(false));
    close();
}

void HttpConnection::close()
{
    m_closing = true;
    // Sends what is still buffered, then closes; disconnected() follows.
    m_socket->disconnectFromHost();
}

void HttpConnection::onDisconnected()
{
    m_closing = true;
    if (m_closedReported)
        return;
    m_closedReported = true;
    emit closed();
    deleteLater();
}

} // namespace MesheryTest
