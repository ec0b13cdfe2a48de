// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QUrl>

namespace MesheryAuth {

// The built-in demo: the Meshery-compatible server of src/demo-server, shipped as
// meshery-auth-demo-server and run on a free loopback port for as long as the app runs, so a
// newcomer can try every flow without a Meshery of their own.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Password = "meshery"; // the demo provider's login accepts any user name with it

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Where it looks: beside the executable, then on PATH.
    static QString findExecutable();

    void start();
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }
    qint64 processId() const { return m_process.processId(); }

signals:
    void started(const QUrl &url);
    void failed(const QString &message);

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_output;
    QUrl m_url;
};

} // namespace MesheryAuth
