// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A gnome-keyring-daemon of the test's own, on the test's private D-Bus session (one that starts
// no services, so nothing brings a killed daemon back behind the test's back), which the test
// can kill, freeze and thaw. Its login keyring lives under HOME and is unlocked with a throw-away
// password; a restart finds the same keyring on disk.
#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QProcess>
#include <QTest>

#include <signal.h>

class KeyringDaemon
{
public:
    static inline const QString BusName = QStringLiteral("org.freedesktop.secrets");
    static inline const QString LoginCollection = QStringLiteral("/org/freedesktop/secrets/collection/login");

    // Starts the daemon and waits until it owns the Secret Service's name; false if it never does.
    bool start()
    {
        // A runtime folder of its own: a daemon finding another's control socket would only
        // hand that one the password.
        const QString runtime = QDir::home().filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        environment.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        QProcess daemon;
        daemon.setProcessEnvironment(environment);
        daemon.start(
            QStringLiteral("gnome-keyring-daemon"),
            {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--daemonize")});
        daemon.write("test");
        daemon.closeWriteChannel();
        if (!daemon.waitForFinished(15000) || daemon.exitCode() != 0)
            return false;
        return QTest::qWaitFor([this] { return pid() > 0; }, 15000);
    }

    // Lock the login keyring through the Secret Service, as a screen locker or a user in Seahorse
    // does; true once it reports itself locked.
    bool lock()
    {
        const QDBusMessage reply = QDBusConnection::sessionBus().call(
            QDBusMessage::createMethodCall(BusName, QStringLiteral("/org/freedesktop/secrets"),
                                           QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"))
            << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(LoginCollection)}));
        return reply.type() == QDBusMessage::ReplyMessage && isLocked();
    }

    // Unlocking through the Secret Service needs a prompt; gnome-keyring's own interface takes the
    // password directly, sent over a plain (unencrypted, test-only) session.
    bool unlock()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        const QDBusMessage opened =
            bus.call(QDBusMessage::createMethodCall(BusName, QStringLiteral("/org/freedesktop/secrets"),
                                                    QStringLiteral("org.freedesktop.Secret.Service"),
                                                    QStringLiteral("OpenSession"))
                     << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString())));
        if (opened.type() != QDBusMessage::ReplyMessage)
            return false;
        const QDBusObjectPath session = opened.arguments().value(1).value<QDBusObjectPath>();
        QDBusArgument secret;
        secret.beginStructure();
        secret << session << QByteArray() << QByteArray("test") << QStringLiteral("text/plain");
        secret.endStructure();
        const QDBusMessage unlocked = bus.call(
            QDBusMessage::createMethodCall(BusName, QStringLiteral("/org/freedesktop/secrets"),
                                           QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                                           QStringLiteral("UnlockWithMasterPassword"))
            << QVariant::fromValue(QDBusObjectPath(LoginCollection)) << QVariant::fromValue(secret));
        if (unlocked.type() != QDBusMessage::ReplyMessage)
            qWarning("unlock: %s", qPrintable(unlocked.errorMessage()));
        return unlocked.type() == QDBusMessage::ReplyMessage && !isLocked();
    }

    bool isLocked() const
    {
        QDBusMessage get = QDBusMessage::createMethodCall(
            BusName, LoginCollection, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        const QDBusMessage reply = QDBusConnection::sessionBus().call(get);
        return reply.type() == QDBusMessage::ReplyMessage
            && reply.arguments().value(0).value<QDBusVariant>().variant().toBool();
    }

    // The process that owns the Secret Service's name on this bus, as the bus itself reports it.
    uint pid() const
    {
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        if (!bus->isServiceRegistered(BusName))
            return 0;
        return bus->servicePid(BusName).value();
    }

    // SIGKILL, then waits until the name is gone from the bus.
    bool kill()
    {
        const uint owner = pid();
        if (owner == 0 || ::kill(pid_t(owner), SIGKILL) != 0)
            return false;
        return QTest::qWaitFor([] { return !QDBusConnection::sessionBus().interface()->isServiceRegistered(BusName); },
                               15000);
    }

    bool freeze() { return signal(SIGSTOP); }
    bool thaw() { return signal(SIGCONT); }

private:
    bool signal(int number)
    {
        const uint owner = pid();
        return owner > 0 && ::kill(pid_t(owner), number) == 0;
    }
};
