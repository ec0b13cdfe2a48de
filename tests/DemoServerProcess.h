// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// meshery-auth-demo-server as a process of its own (so its memory, files and event loop are not
// the measuring process's), with its test controls over HTTP.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

namespace TestSupport {

// On a free loopback port, with --test-controls.
class DemoServerProcess
{
public:
    explicit DemoServerProcess(const QString &program)
    {
        m_process.setStandardErrorFile(QProcess::nullDevice()); // its request log: paths only
        m_process.start(program, {QStringLiteral("--test-controls")});
        QByteArray out;
        (void)QTest::qWaitFor(
            [&] {
                out += m_process.readAllStandardOutput();
                return out.contains('\n') || m_process.state() == QProcess::NotRunning;
            },
            20000);
        if (out.startsWith("listening on "))
            m_url = QUrl(QString::fromUtf8(out.mid(13).trimmed()));
    }
    ~DemoServerProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }

    bool isRunning() const { return m_url.isValid() && m_process.state() == QProcess::Running; }
    QUrl url() const { return m_url; }
    qint64 processId() const { return m_process.processId(); }

    // A fresh token for the user, as the provider's login would issue it; empty on failure.
    QByteArray issueToken(const QString &user)
    {
        return control("POST", QStringLiteral("/_test/token"), QStringLiteral("user=") + user).trimmed();
    }

    // Every answer (test controls excepted) leaves only after ms milliseconds; false on failure.
    bool delayEveryAnswer(int ms)
    {
        return control("POST", QStringLiteral("/_test/faults"), QStringLiteral("path=*&kind=delay&delay=%1").arg(ms))
            == "ok";
    }

    // A test control's answer; empty on failure.
    QByteArray control(const QByteArray &method, const QString &path, const QString &query)
    {
        QUrl url = m_url;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(15000) || reply->error() != QNetworkReply::NoError)
            return {};
        return reply->readAll();
    }

private:
    QProcess m_process;
    QUrl m_url;
    QNetworkAccessManager m_network;
};

} // namespace TestSupport
