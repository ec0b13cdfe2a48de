// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace MesheryAuth {

// Desktop notifications through org.freedesktop.Notifications, every call asynchronous with a
// timeout. A notice belongs to a key (a profile id): a newer one for the same key replaces the
// older on screen, and its "Log in again" action comes back as loginRequested(key). Only the
// notifications this object sent are answered to: ids are checked, anything else on the bus is
// ignored. Without the service (or when it fails) the fallback shows the words instead.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int CallTimeoutMs = 5000;
    static QString loginAction() { return QStringLiteral("login"); }

    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    void setFallback(std::function<void(const QString &title, const QString &body)> fallback);
    void notify(const QString &key, const QString &title, const QString &body);

signals:
    void loginRequested(const QString &key); // the "Log in again" action
    void activated(const QString &key); // the notification itself was clicked
    void delivered(const QString &key, bool onDesktop); // sent to the service, or to the fallback

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    struct Pending {
        QString key = {};
        QString title = {};
        QString body = {};
    };
    void askCapabilities();
    void send(const Pending &notice);
    void fallBack(const Pending &notice);

    QDBusConnection m_bus;
    std::function<void(const QString &, const QString &)> m_fallback;
    std::optional<QStringList> m_capabilities; // known once the service answered
    bool m_asking = false;
    QList<Pending> m_waiting; // until the capabilities are known
    QHash<uint, QString> m_keys; // our notifications on screen: id -> key
};

} // namespace MesheryAuth
