// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs meshery-auth-cli the way a user does: a separate process with its own environment,
// stdin, stdout, stderr and exit code. The test server may run in the test process, so the
// wait is always an event loop (QSignalSpy / qWaitFor), never QProcess::waitForFinished.
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

struct CliRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
};

class CliProcess
{
public:
    CliProcess(const QProcessEnvironment &environment, const QStringList &arguments, const QByteArray &input = {},
               const QStringList &commandPrefix = {})
        : m_process(std::make_unique<QProcess>())
        , m_finished(m_process.get(), &QProcess::finished)
    {
        m_process->setProcessEnvironment(environment);
        if (commandPrefix.isEmpty()) {
            m_process->start(QStringLiteral(MESHERY_AUTH_CLI_EXE), arguments);
        } else {
            m_process->start(commandPrefix.constFirst(),
                             commandPrefix.mid(1) + QStringList{QStringLiteral(MESHERY_AUTH_CLI_EXE)} + arguments);
        }
        if (!input.isNull())
            m_process->write(input);
        m_process->closeWriteChannel();
    }

    ~CliProcess()
    {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            (void)QTest::qWaitFor([this] { return m_finished.count() > 0; }, 5000);
        }
    }

    // The first line the command writes to stdout, without its newline; empty after timeoutMs.
    QByteArray firstLine(int timeoutMs = 20000)
    {
        (void)QTest::qWaitFor([this] { return readOut().contains('\n') || m_finished.count() > 0; }, timeoutMs);
        const qsizetype end = m_out.indexOf('\n');
        return end < 0 ? QByteArray() : m_out.left(end);
    }

    // Waits until stderr contains text (or the process ends); true when it does.
    bool waitForError(const QByteArray &text, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return readErr().contains(text) || m_finished.count() > 0; }, timeoutMs)
            && m_err.contains(text);
    }
    QByteArray errorSoFar() { return readErr(); }

    CliRun wait(int timeoutMs = 30000)
    {
        CliRun run;
        run.finished = QTest::qWaitFor([this] { return m_finished.count() > 0; }, timeoutMs);
        if (run.finished && m_process->exitStatus() == QProcess::NormalExit)
            run.exitCode = m_process->exitCode();
        run.out = readOut();
        run.err = readErr();
        return run;
    }

private:
    const QByteArray &readOut()
    {
        m_out += m_process->readAllStandardOutput();
        return m_out;
    }
    const QByteArray &readErr()
    {
        m_err += m_process->readAllStandardError();
        return m_err;
    }

    std::unique_ptr<QProcess> m_process;
    QSignalSpy m_finished;
    QByteArray m_out;
    QByteArray m_err;
};
