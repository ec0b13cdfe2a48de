// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "DemoServer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace MesheryAuth {

namespace {
constexpr int StopGraceMs = 3000;
}

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("The demo server could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_url.isEmpty()) {
            emit failed(tr("The demo server stopped before it was ready (exit code %1): %2")
                            .arg(status == QProcess::NormalExit ? exitCode : -1)
                            .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
        }
        m_url.clear();
    });
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::findExecutable()
{
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("meshery-auth-demo-server"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("meshery-auth-demo-server"));
}

void DemoServer::start()
{
    if (isRunning())
        return;
    const QString program = findExecutable();
    if (program.isEmpty()) {
        emit failed(tr("The demo server is not installed (meshery-auth-demo-server was not found)."));
        return;
    }
    m_output.clear();
    m_url.clear();
    // Loopback only, and a port the system picks: it never clashes with a real Meshery.
    m_process.start(
        program,
        {QStringLiteral("--address"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0")});
}

void DemoServer::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    const int end = m_output.indexOf('\n');
    if (end < 0 || !m_url.isEmpty())
        return;
    const QByteArray line = m_output.left(end).trimmed();
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix)) {
        emit failed(tr("The demo server said something unexpected: %1").arg(QString::fromUtf8(line)));
        stop();
        return;
    }
    m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    emit started(m_url);
}

void DemoServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(StopGraceMs))
        m_process.kill();
    m_process.waitForFinished(StopGraceMs);
    m_url.clear();
}

} // namespace MesheryAuth
