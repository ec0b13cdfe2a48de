// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// One client connection: reads requests, asks the handler for answers and writes them back in
// order. Everything is event driven, so a test and the server can share one thread.
#pragma once

#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QObject>

#include <functional>

class QTcpSocket;

namespace MesheryTest {

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    // Takes ownership of the socket.
    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Ends the connection at once (the server stops); the object deletes itself later.
    void abort();

signals:
    void closed();

private:
    void readIncoming();
    void serveQueued();
    void deliver(const HttpResponse &response, bool keepAlive);
    void answerParseError();
    void close();
    void onDisconnected();
    void pumpFiller();

    QTcpSocket *m_socket;
    Handler m_handler;
    HttpRequestParser m_parser;
    bool m_waiting = false; // an answer is held back by a delay: later requests wait their turn
    bool m_closing = false;
    bool m_closedReported = false;
    qint64 m_fillerLeft = 0; // a filler body still to send
    bool m_fillerChunked = false;
};

} // namespace MesheryTest
