// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "DesktopNotifier.h"

#include "Logging.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QGuiApplication>

namespace MesheryAuth {

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");

QDBusMessage callTo(const QString &method)
{
    return QDBusMessage::createMethodCall(Service, Path, Interface, method);
}
} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    // With the service name, QtDBus takes these signals only from the name's owner.
    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::setFallback(std::function<void(const QString &, const QString &)> fallback)
{
    m_fallback = std::move(fallback);
}

void DesktopNotifier::notify(const QString &key, const QString &title, const QString &body)
{
    const Pending notice{key, title, body};
    if (m_capabilities) {
        send(notice);
        return;
    }
    m_waiting << notice;
    askCapabilities();
}

void DesktopNotifier::askCapabilities()
{
    if (m_asking)
        return;
    m_asking = true;
    auto *watcher =
        new QDBusPendingCallWatcher(m_bus.asyncCall(callTo(QStringLiteral("GetCapabilities")), CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_asking = false;
        const QDBusMessage reply = watcher->reply();
        const QList<Pending> waiting = std::exchange(m_waiting, {});
        if (reply.type() != QDBusMessage::ReplyMessage || reply.signature() != QLatin1String("as")) {
            // Asked again next time: a notification daemon may start later.
            qCInfo(lcGui).noquote() << "no desktop notifications:" << reply.errorName();
            for (const Pending &notice : waiting)
                fallBack(notice);
            return;
        }
        m_capabilities = reply.arguments().constFirst().toStringList();
        for (const Pending &notice : waiting)
            send(notice);
    });
}

void DesktopNotifier::send(const Pending &notice)
{
    // Replaces what this key showed before, if it is still on screen.
    const uint replaces = m_keys.key(notice.key, 0);
    QStringList actions;
    if (m_capabilities->contains(QStringLiteral("actions")))
        actions = {QStringLiteral("default"), tr("Open"), loginAction(), tr("Log in again")};
    // A server that reads markup would take a profile's name for some; the text is plain.
    const QString body =
        m_capabilities->contains(QStringLiteral("body-markup")) ? notice.body.toHtmlEscaped() : notice.body;
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}};
    QDBusMessage call = callTo(QStringLiteral("Notify"));
    call << QGuiApplication::applicationDisplayName() << replaces << QStringLiteral("meshery-auth") << notice.title
         << body << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, notice, replaces] {
        watcher->deleteLater();
        const QDBusMessage reply = watcher->reply();
        if (reply.type() != QDBusMessage::ReplyMessage || reply.signature() != QLatin1String("u")) {
            qCInfo(lcGui).noquote() << "a desktop notification failed:" << reply.errorName();
            m_capabilities.reset(); // the service may be gone: asked again next time
            fallBack(notice);
            return;
        }
        m_keys.remove(replaces);
        m_keys.insert(reply.arguments().constFirst().toUInt(), notice.key);
        emit delivered(notice.key, true);
    });
}

void DesktopNotifier::fallBack(const Pending &notice)
{
    if (m_fallback)
        m_fallback(notice.title, notice.body);
    emit delivered(notice.key, false);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto found = m_keys.constFind(id);
    if (found == m_keys.cend())
        return; // another application's, or made up
    const QString key = *found;
    if (action == loginAction())
        emit loginRequested(key);
    else if (action == QLatin1String("default"))
        emit activated(key);
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    m_keys.remove(id);
}

} // namespace MesheryAuth
