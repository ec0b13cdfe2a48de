// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "KeyringLockCheck.h"

#include "KeychainStore.h"

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace MesheryAuth {

KeyringLockCheck::KeyringLockCheck(std::chrono::milliseconds timeout, QObject *parent)
    : SecretJob(parent)
    , m_timeout(timeout)
{
}

void KeyringLockCheck::start()
{
#ifdef Q_OS_LINUX
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    // Not a service to start: a keyring that is not running is not locked, just absent.
    get.setAutoStartService(false);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, int(m_timeout.count())), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *answered) {
        const QDBusPendingReply<QDBusVariant> reply = *answered;
        KeychainOutcome outcome;
        // Anything but a clear "true" (an error, another type) makes no claim.
        if (!reply.isError() && reply.value().variant().toBool()) {
            outcome.status = KeychainOutcome::Status::AccessDenied;
            outcome.backendMessage = KeychainStore::tr("The keyring is locked.");
        }
        answered->deleteLater();
        finish(outcome);
    });
#else
    finish({});
#endif
}

} // namespace MesheryAuth
