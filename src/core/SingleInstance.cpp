// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SingleInstance.h"

#include "AppSettings.h"
#include "LaunchOptions.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace MesheryAuth {

namespace {
// "MAS1": a stray client that happens to connect is told apart from a second launch.
constexpr quint32 Magic = 0x4d415331;
constexpr quint32 Version = 1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;
// Written back once a message is taken, so the second launch knows it may leave.
constexpr char Accepted = 'A';
// The length prefix.
constexpr qint64 HeaderBytes = sizeof(quint32);

// QDataStream's own QStringList reader reserves room for as many strings as the sender claims,
// gigabytes for four bytes; here the count must fit the bytes left (each string takes at least
// four). The strings themselves Qt reads in bounded steps.
bool readArguments(QDataStream &in, QStringList &arguments)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > in.device()->bytesAvailable() / 4)
        return false;
    for (quint32 i = 0; i < count; ++i) {
        QString argument;
        in >> argument;
        arguments << argument;
    }
    return in.status() == QDataStream::Ok;
}
} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_server(new QLocalServer(this))
{
    // Only this user may connect.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    // One per settings file, so that tests (and users) with a HOME of their own never meet.
    const QByteArray hash =
        QCryptographicHash::hash(AppSettings::filePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("meshery-auth-%1.socket").arg(QString::fromLatin1(hash)));
}

bool SingleInstance::listen()
{
    // Asked first, not after a failed listen(): with an access option Qt may move its new socket
    // over an existing file, and so take a running instance's place.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        return false;
    }
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // Nobody answered on it: the file a crashed instance left behind (Qt 6.4 with an access option
    // already moves its socket over it; this is for when it does not).
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

bool SingleInstance::sendToPrimary(const QStringList &arguments, const QString &name, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << Magic << Version << arguments;
    QByteArray message;
    QDataStream header(&message, QIODevice::WriteOnly);
    header << quint32(payload.size());
    message += payload;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.read(1) == QByteArray(1, Accepted);
}

void SingleInstance::accept(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
    // A client that connects and says nothing (or too little) is not kept waiting on.
    QTimer::singleShot(ReadTimeoutMs, socket, [socket] { socket->abort(); });
    // What a bigger message would need is never buffered.
    socket->setReadBufferSize(HeaderBytes + MaxMessageBytes);
    if (socket->bytesAvailable() > 0)
        read(socket);
}

void SingleInstance::read(QLocalSocket *socket)
{
    const auto drop = [socket] {
        socket->abort();
        socket->deleteLater();
    };
    if (socket->bytesAvailable() < HeaderBytes)
        return;
    quint32 length = 0;
    {
        QDataStream header(socket->peek(HeaderBytes));
        header >> length;
    }
    if (length > MaxMessageBytes)
        return drop();
    if (socket->bytesAvailable() < HeaderBytes + length)
        return;
    socket->skip(HeaderBytes);
    QDataStream in(socket->read(length));
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    quint32 version = 0;
    QStringList arguments;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic || version != Version)
        return drop();
    if (!readArguments(in, arguments) || !in.atEnd() || !LaunchOptions::parse(arguments))
        return drop();
    socket->write(&Accepted, 1);
    socket->flush();
    socket->disconnectFromServer();
    emit argumentsReceived(arguments);
}

} // namespace MesheryAuth
