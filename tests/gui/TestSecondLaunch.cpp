// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The shipped meshery-auth started twice, as a user double-clicks it twice: the second launch
// hands its --server to the window already up and leaves at once.
#include "MesheryTestServer.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using MesheryTest::MesheryTestServer;

class TestSecondLaunch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString runtimeDir() const { return m_dir.filePath(QStringLiteral("runtime")); }

    // Settings and runtime folder of this test's own: the launches meet each other only. On the
    // test command's X server, so raising the window is real.
    void start(QProcess &app, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QStringLiteral(MESHERY_AUTH_EXE), arguments);
    }

    bool listening() const
    {
        return !QDir(runtimeDir())
                    .entryList({QStringLiteral("meshery-auth-*.socket")}, QDir::AllEntries | QDir::System)
                    .isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(runtimeDir()));
        QVERIFY(QFile::setPermissions(runtimeDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void aSecondLaunchHandsOverItsServerAndLeaves()
    {
        MesheryTestServer server;
        QVERIFY(server.start());
        QProcess first;
        start(first, {});
        QVERIFY(first.waitForStarted());
        const auto stop = qScopeGuard([&first] {
            first.terminate();
            if (!first.waitForFinished(10000))
                first.kill();
        });
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 30000);
        QCOMPARE(server.requestCount(QStringLiteral("/api/providers")), 0);

        QProcess second;
        start(second, {QStringLiteral("--server"), server.baseUrl().toString()});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        // The first window opened it: it asks the server for its providers.
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(QStringLiteral("/api/providers")) > 0, 30000);
        QCOMPARE(first.state(), QProcess::Running);

        // A bare second launch only raises the window, and leaves too.
        QProcess third;
        start(third, {});
        QVERIFY(third.waitForFinished(20000));
        QCOMPARE(third.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestSecondLaunch)
#include "TestSecondLaunch.moc"
