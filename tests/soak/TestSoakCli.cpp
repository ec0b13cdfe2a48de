// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Login/logout cycles with meshery-auth-cli as a user runs it (a process per command, the token on
// stdin) against meshery-auth-demo-server (a process too) and the real keychain. Afterwards no
// keychain entry of the server is left, the settings file has not grown, a login's peak memory
// has not grown by 5 MiB since the warm-up, and the demo server holds no more file descriptors
// (connections the CLI left open). The demo server's own memory is reported, not judged: it keeps
// every request and token for the tests to inspect.
// MESHERY_SOAK_CLI_CYCLES (default 1,000, what CI runs: about five minutes).
#include "CliRunner.h"
#include "SoakSupport.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int WarmUpCycles = 10;

} // namespace

class TestSoakCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        return environment;
    }

    qint64 settingsSize() const
    {
        return QFileInfo(m_home.filePath(QStringLiteral(".config/meshery-auth/meshery-auth.conf"))).size();
    }

    // One CLI run under GNU time: its exit code, and its peak resident memory in KiB.
    QPair<CliRun, qint64> timed(const QStringList &arguments, const QByteArray &input = {})
    {
        const QString report = m_home.filePath(QStringLiteral("maxrss"));
        const CliRun result = CliProcess(environment(), arguments, input,
                                         {QStringLiteral("/usr/bin/time"), QStringLiteral("-f"), QStringLiteral("%M"),
                                          QStringLiteral("-o"), report})
                                  .wait();
        QFile file(report);
        const qint64 peak = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : -1;
        return {result, peak};
    }

private slots:
    void loginLogoutCycles()
    {
        QVERIFY(m_home.isValid());
        TestSupport::DemoServerProcess server(QStringLiteral(MESHERY_AUTH_DEMO_SERVER_EXE));
        QVERIFY2(server.isRunning(), "the demo server did not start");
        const QString url = server.url().toString();
        const int cycles = Soak::cycles("MESHERY_SOAK_CLI_CYCLES", 1000);
        QElapsedTimer clock;
        clock.start();

        int serverFds = 0;
        qint64 serverKiB = 0, settingsBytes = 0, cliPeakKiB = 0, lastCliPeakKiB = 0;
        for (int cycle = 1; cycle <= cycles; ++cycle) {
            const QByteArray token = server.issueToken(QStringLiteral("soak"));
            QVERIFY(!token.isEmpty());
            const auto [login, loginPeak] =
                timed({QStringLiteral("--server"), url, QStringLiteral("login"), QStringLiteral("--provider"),
                       QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                      token + '\n');
            QVERIFY2(login.exitCode == 0, qPrintable(QStringLiteral("cycle %1: ").arg(cycle) + login.describe()));
            const CliRun logout =
                CliProcess(environment(), {QStringLiteral("--server"), url, QStringLiteral("logout")}).wait();
            QVERIFY2(logout.exitCode == 0, qPrintable(QStringLiteral("cycle %1: ").arg(cycle) + logout.describe()));
            lastCliPeakKiB = loginPeak;
            if (cycle == WarmUpCycles) {
                QTest::qWait(500); // the server has closed the connections of the CLI runs that ended
                serverFds = Soak::fileDescriptors(server.processId());
                serverKiB = Soak::residentKiB(server.processId());
                settingsBytes = settingsSize();
                cliPeakKiB = loginPeak;
            }
        }

        // A connection of the last run may still be closing: growth is what stays.
        (void)QTest::qWaitFor([&] { return Soak::fileDescriptors(server.processId()) <= serverFds; }, 3000);
        const int serverFdsAfter = Soak::fileDescriptors(server.processId());
        const qint64 serverKiBAfter = Soak::residentKiB(server.processId());
        const int left = Soak::keychainEntries(QStringLiteral("meshery-auth"), server.url());
        qInfo("%d cycles in %.1f s; demo server: %d -> %d fds, %lld -> %lld KiB RSS; CLI login peak RSS %lld -> "
              "%lld KiB; settings %lld -> %lld bytes; keychain entries of the server left: %d",
              cycles, clock.elapsed() / 1000.0, serverFds, serverFdsAfter, serverKiB, serverKiBAfter, cliPeakKiB,
              lastCliPeakKiB, settingsBytes, settingsSize(), left);
        QCOMPARE(left, 0);
        QVERIFY2(serverFdsAfter <= serverFds, "the demo server holds more file descriptors");
        QVERIFY2(lastCliPeakKiB - cliPeakKiB < 5 * 1024, "a login needs 5 MiB more than after the warm-up");
        QVERIFY2(settingsSize() <= settingsBytes, "the settings file grows with each login");
    }

    // The count is not vacuous: an entry the CLI leaves is seen.
    void aLeftEntryIsCounted()
    {
        TestSupport::DemoServerProcess server(QStringLiteral(MESHERY_AUTH_DEMO_SERVER_EXE));
        QVERIFY(server.isRunning());
        const QByteArray token = server.issueToken(QStringLiteral("soak"));
        const CliRun login =
            CliProcess(environment(),
                       {QStringLiteral("--server"), server.url().toString(), QStringLiteral("login"),
                        QStringLiteral("--provider"), QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                       token + '\n')
                .wait();
        QCOMPARE(login.exitCode, 0);
        QCOMPARE(Soak::keychainEntries(QStringLiteral("meshery-auth"), server.url()), 1);
        const CliRun logout =
            CliProcess(environment(), {QStringLiteral("--server"), server.url().toString(), QStringLiteral("logout")})
                .wait();
        QCOMPARE(logout.exitCode, 0);
        QCOMPARE(Soak::keychainEntries(QStringLiteral("meshery-auth"), server.url()), 0);
    }
};

QTEST_GUILESS_MAIN(TestSoakCli)
#include "TestSoakCli.moc"
