// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace MesheryAuth {

// One window per user and settings file: the first launch listens on a local socket in the
// user's runtime folder, and a later one hands its command line over and leaves.
//
// Whoever connects is treated as hostile: a message is a length-prefixed QDataStream of a magic
// number, a version and a QStringList, at most MaxMessageBytes, read within ReadTimeoutMs, and
// only a command line that LaunchOptions::parse() accepts comes out of argumentsReceived().
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxMessageBytes = 64 * 1024;
    static constexpr int ReadTimeoutMs = 3000;

    // name: the socket's path; by default one per user (the runtime folder) and settings file.
    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultName();

    // Becomes the primary; false when another instance answers on the socket (or it cannot
    // listen). A socket file whose owner is gone is removed, but only once connecting failed.
    bool listen();
    bool isListening() const;

    // Hands a command line (arguments[0] is the program) to the primary and waits for it to
    // accept it; false when there is none or it did not answer in time. Blocks.
    static bool sendToPrimary(const QStringList &arguments, const QString &name = defaultName(), int timeoutMs = 5000);

signals:
    void argumentsReceived(const QStringList &arguments);

private:
    void accept(QLocalSocket *socket);
    void read(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server;
};

} // namespace MesheryAuth
