#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace MesheryAuth {

// Waits on a loopback port for the browser to come back from the provider's login page with
// ?token=... (on any path, as mesheryctl does), answers it with a short "you can close this
// window" page, and reports the token once. Listens on 127.0.0.1, and on [::1] at the same port
// when it can, because browsers resolve "localhost" either way.
class LoopbackCallbackListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackCallbackListener(QObject *parent = nullptr);
    ~LoopbackCallbackListener() override;

    bool listen(QString *error = nullptr);
    void close();
    bool isListening() const;
    quint16 port() const;

    // What the provider must send the browser back to: http://localhost:PORT
    QString callbackUrl() const;

signals:
    void tokenReceived(const QByteArray &token);

private:
    void acceptConnections(QTcpServer *server);
    void readRequest(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &message);

    QTcpServer *m_ipv4;
    QTcpServer *m_ipv6;
    bool m_delivered = false;
};

} // namespace MesheryAuth
