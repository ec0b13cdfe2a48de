// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// One window per user: the primary takes a second launch's command line over a real local
// socket, takes over a dead instance's socket file, and shrugs off what a hostile client sends.
#include "LaunchOptions.h"
#include "SingleInstance.h"

#include <QDataStream>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <future>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace MesheryAuth;

namespace {
const QStringList ServerArguments{QStringLiteral("meshery-auth"), QStringLiteral("--server"),
                                  QStringLiteral("http://127.0.0.1:9081")};

// sendToPrimary() blocks, and the primary answers from this thread's event loop: the sender runs
// on a thread of its own.
std::future<bool> sendInBackground(const QStringList &arguments, const QString &name)
{
    return std::async(std::launch::async, [arguments, name] { return SingleInstance::sendToPrimary(arguments, name); });
}

bool waitFor(std::future<bool> &sent)
{
    const bool ready =
        QTest::qWaitFor([&] { return sent.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 20000);
    return ready && sent.get();
}

QByteArray framed(const QByteArray &payload)
{
    QByteArray message;
    QDataStream(&message, QIODevice::WriteOnly) << quint32(payload.size());
    return message + payload;
}

// A message as a second launch writes it, from its parts.
QByteArray message(quint32 magic, quint32 version, const QStringList &arguments)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << magic << version << arguments;
    return framed(payload);
}

constexpr quint32 Magic = 0x4d415331;
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString socketName() const { return m_dir.filePath(QStringLiteral("instance.socket")); }

    // Writes bytes as a raw client; true when the primary hung up on it (nothing accepted). A whole
    // message is judged as it arrives: well within the read timeout, which is for a silent client.
    bool primaryHangsUpOn(const QByteArray &bytes, int withinMs = SingleInstance::ReadTimeoutMs / 2)
    {
        QLocalSocket client;
        client.connectToServer(socketName());
        if (!client.waitForConnected(5000))
            return false;
        client.write(bytes);
        const bool hungUp = QTest::qWaitFor([&] { return client.state() == QLocalSocket::UnconnectedState; }, withinMs);
        return hungUp && !client.readAll().contains('A');
    }

    // The primary still takes a proper second launch.
    void stillWorks(SingleInstance &primary)
    {
        QSignalSpy received(&primary, &SingleInstance::argumentsReceived);
        auto sent = sendInBackground(ServerArguments, socketName());
        QVERIFY(waitFor(sent));
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), ServerArguments);
    }

private slots:
    void primaryReceivesWhatASecondLaunchSends()
    {
        SingleInstance primary(socketName());
        QVERIFY(primary.listen());
        stillWorks(primary);
    }

    void withoutAPrimaryNothingIsSent()
    {
        QVERIFY(!SingleInstance::sendToPrimary(ServerArguments, socketName(), 1000));
    }

    void aSecondListenFailsSoItKnowsItIsSecondary()
    {
        SingleInstance primary(socketName());
        QVERIFY(primary.listen());
        SingleInstance second(socketName());
        QVERIFY(!second.listen());
        QVERIFY(!second.isListening());
        // And it left the primary's socket alone.
        stillWorks(primary);
    }

    void aDeadInstancesSocketFileIsTakenOver()
    {
        // What a crashed instance leaves: a socket file that nobody listens on.
        const QByteArray path = QFile::encodeName(socketName());
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        memcpy(address.sun_path, path.constData(), path.size());
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(socketName()));

        SingleInstance primary(socketName());
        QVERIFY(primary.listen());
        stillWorks(primary);
    }

    void theSocketIsForItsUserOnly()
    {
        SingleInstance primary(socketName());
        QVERIFY(primary.listen());
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QVERIFY(!(QFileInfo(socketName()).permissions() & others));
    }

    void hostileMessagesAreDropped_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << framed(QByteArray(100, '\xff'));
        QTest::newRow("too long a length") << QByteArray("\xff\xff\xff\xff garbage");
        // A proper message, only bigger than any command line: refused before it is read.
        QTest::newRow("oversized") << message(Magic, 1,
                                              {QStringLiteral("meshery-auth"), QStringLiteral("--server"),
                                               QString(SingleInstance::MaxMessageBytes, QLatin1Char('a'))});
        QTest::newRow("wrong magic") << message(0x12345678, 1, ServerArguments);
        QTest::newRow("wrong version") << message(Magic, 2, ServerArguments);
        QTest::newRow("unknown option") << message(Magic, 1,
                                                   {QStringLiteral("meshery-auth"), QStringLiteral("--evil")});
        QTest::newRow("a file name") << message(Magic, 1,
                                                {QStringLiteral("meshery-auth"), QStringLiteral("/etc/passwd")});
        QTest::newRow("help") << message(Magic, 1, {QStringLiteral("meshery-auth"), QStringLiteral("--help")});
        QTest::newRow("empty") << message(Magic, 1, {});
        QByteArray trailing = message(Magic, 1, ServerArguments);
        trailing.append("x");
        trailing[3] = char(trailing[3] + 1);
        QTest::newRow("bytes after the list") << trailing;
        // A list that claims four billion strings in a few bytes: nothing is reserved for them.
        QByteArray claims;
        QDataStream out(&claims, QIODevice::WriteOnly);
        out << Magic << quint32(1) << quint32(0xfffffff0);
        QTest::newRow("huge count") << framed(claims);
    }

    void hostileMessagesAreDropped()
    {
        QFETCH(QByteArray, bytes);
        SingleInstance primary(socketName());
        QVERIFY(primary.listen());
        QSignalSpy received(&primary, &SingleInstance::argumentsReceived);
        QVERIFY(primaryHangsUpOn(bytes));
        QCOMPARE(received.count(), 0);
        stillWorks(primary);
    }

    void aSilentClientIsCutOff()
    {
        SingleInstance primary(socketName());
        QVERIFY(primary.listen());
        // Half a message, then nothing: the primary does not wait for the rest for ever.
        QVERIFY(primaryHangsUpOn(message(Magic, 1, ServerArguments).left(10), SingleInstance::ReadTimeoutMs + 5000));
        stillWorks(primary);
    }

    void launchOptionsRoundTrip()
    {
        const LaunchOptions options{QStringLiteral("https://meshery.example:9081"), true};
        const auto parsed = LaunchOptions::parse(options.toArguments());
        QVERIFY(parsed);
        QCOMPARE(parsed->server, options.server);
        QCOMPARE(parsed->demo, true);
        QVERIFY(!LaunchOptions::parse({}));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
