// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "LoginCallback.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace MesheryAuth {

// Waits on a loopback port for the browser to come back from the provider's login page with
// ?token=..., answers it with a short "you can close this window" page, and reports the token
// once. Two defences, since any local process and any web page can reach a loopback port:
// - the callback address "http://localhost:PORT/SECRET" names a port this process holds on every
//   address "localhost" resolves to (127.0.0.1 and [::1]; a port whose [::1] side someone else
//   holds is given up for another), so no other local user can receive the token;
// - SECRET is 128 random bits made for this login, which the provider keeps when it appends
//   ?token=: only a GET on exactly that path ends the wait, so a page or process that finds the
//   port cannot sign the user in to someone else's account. Anything else is answered 404.
class LoopbackCallbackListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackCallbackListener(QObject *parent = nullptr);
    ~LoopbackCallbackListener() override;

    // Opens the port and makes a new secret; false, with a reason, when no port can be had.
    bool listen(QString *error = nullptr);
    void close();
    bool isListening() const;
    quint16 port() const;

    // What the provider must send the browser back to: http://localhost:PORT/SECRET
    QString callbackUrl() const;

    // Tests: the port to try before asking the system for a free one (where a squatter waits).
    void setFirstPortToTry(quint16 port) { m_firstPortToTry = port; }

signals:
    void tokenReceived(const MesheryAuth::LoginCallback &callback);
    // The callback came on the right path with a token we refuse (see TokenValidator).
    void tokenRefused(const MesheryAuth::ApiError &error);

private:
    bool bindBothLoopbacks(quint16 port);
    void acceptConnections(QTcpServer *server);
    void readRequest(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &message);

    QTcpServer *m_ipv4;
    QTcpServer *m_ipv6;
    QByteArray m_path; // "/SECRET"
    quint16 m_firstPortToTry = 0;
    bool m_delivered = false;
};

} // namespace MesheryAuth
