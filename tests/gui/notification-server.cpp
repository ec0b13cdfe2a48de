// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// A stand-in notification daemon for the tests: owns org.freedesktop.Notifications on the session
// bus, writes each Notify call as a JSON line to stdout ("ready" first), and on stdin takes
// "action ID KEY" (emits ActionInvoked) and "close ID" (emits NotificationClosed).
// --no-actions: without the "actions" capability; --markup: with "body-markup".
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusContext>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

class Daemon : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList capabilities{QStringLiteral("body")};

public slots:
    QStringList GetCapabilities() { return capabilities; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("notification-server");
    }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        const QJsonObject call{{QStringLiteral("id"), qint64(id)},
                               {QStringLiteral("replaces"), qint64(replacesId)},
                               {QStringLiteral("app"), appName},
                               {QStringLiteral("icon"), appIcon},
                               {QStringLiteral("summary"), summary},
                               {QStringLiteral("body"), body},
                               {QStringLiteral("actions"), QJsonArray::fromStringList(actions)},
                               {QStringLiteral("hints"), QJsonArray::fromStringList(hints.keys())},
                               {QStringLiteral("timeout"), expireTimeout}};
        std::printf("%s\n", QJsonDocument(call).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        return id;
    }
    void CloseNotification(uint id) { emit NotificationClosed(id, 3); }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

public:
    void command(const QString &line)
    {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 3 && words[0] == QLatin1String("action"))
            emit ActionInvoked(words[1].toUInt(), words[2]);
        else if (words.size() == 2 && words[0] == QLatin1String("close"))
            emit NotificationClosed(words[1].toUInt(), 2);
    }

private:
    uint m_lastId = 0;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Daemon daemon;
    const QStringList arguments = app.arguments();
    if (!arguments.contains(QStringLiteral("--no-actions")))
        daemon.capabilities << QStringLiteral("actions");
    if (arguments.contains(QStringLiteral("--markup")))
        daemon.capabilities << QStringLiteral("body-markup");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &daemon,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        || !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::fprintf(stderr, "cannot own org.freedesktop.Notifications: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &daemon, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit(); // the test closed our stdin
            return;
        }
        pending.append(buffer, got);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            daemon.command(QString::fromUtf8(pending.left(end)));
            pending.remove(0, end + 1);
        }
    });
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}

#include "notification-server.moc"
