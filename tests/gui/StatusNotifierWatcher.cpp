// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// A minimal tray host for the tests: org.kde.StatusNotifierWatcher on the session bus, saying a
// host is registered, so that Qt's QSystemTrayIcon::isSystemTrayAvailable() is true on Xvfb and
// the app's icon registers as a StatusNotifierItem. It only lists the items; it draws nothing.
// Prints "ready" once the name is taken; exits when its standard input closes.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSocketNotifier>
#include <QStringList>

#include <cstdio>
#include <unistd.h>

namespace {

class Watcher : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)

public:
    bool isHostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const { return m_items; }

public slots:
    // An item names its bus name (or its object path, with the sender's name implied).
    void RegisterStatusNotifierItem(const QString &service, const QDBusMessage &message)
    {
        const QString item = service.startsWith(QLatin1Char('/')) ? message.service() + service : service;
        if (item.size() <= 255 && !m_items.contains(item)) {
            m_items << item;
            emit StatusNotifierItemRegistered(item);
        }
    }
    void RegisterStatusNotifierHost(const QString &) { }

signals:
    void StatusNotifierItemRegistered(const QString &service);
    void StatusNotifierHostRegistered();

private:
    QStringList m_items;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Watcher watcher;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), &watcher,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals
                                | QDBusConnection::ExportAllProperties)
        || !bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"))) {
        std::fprintf(stderr, "cannot serve org.kde.StatusNotifierWatcher: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    // The test that started it holds its standard input: when the test ends, so does this.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&app] {
        char byte;
        if (::read(STDIN_FILENO, &byte, 1) <= 0)
            app.quit();
    });
    std::puts("ready");
    std::fflush(stdout);
    return app.exec();
}

#include "StatusNotifierWatcher.moc"
