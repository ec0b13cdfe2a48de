// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SecretBackend.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace MesheryAuth {

// One read, write or removal in the OS keychain. A backend that fails is asked once more after a
// short pause (a keyring often starts on first use); an attempt that gets no answer within the
// time limit counts as unavailable.
class KeychainJob : public SecretJob
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    struct Limits {
        std::chrono::milliseconds retryDelay;
        std::chrono::milliseconds timeout;
    };

    KeychainJob(Operation operation, const QString &service, const QString &key, const QByteArray &value, Limits limits,
                QObject *parent);

protected:
    void start() override;

private:
    void attempt();
    void onAnswer(QKeychain::Job *answered);
    void onTimeout();

    Operation m_operation;
    QString m_service;
    QString m_key;
    QByteArray m_value;
    Limits m_limits;
    QTimer m_timer;
    bool m_retried = false;
};

// The OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager), one entry per job. Never falls back to plain text.
class KeychainStore : public QObject, public SecretBackend
{
    Q_OBJECT

public:
    explicit KeychainStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_limits.retryDelay = delay; }
    void setTimeout(std::chrono::milliseconds timeout) { m_limits.timeout = timeout; }

    KeychainJob *read(const QString &key) override;
    KeychainJob *write(const QString &key, const QByteArray &value) override;
    KeychainJob *remove(const QString &key) override; // an absent entry counts as removed
    SecretJob *checkUnlocked() override;

private:
    QString m_service;
    KeychainJob::Limits m_limits{std::chrono::milliseconds(1000), std::chrono::milliseconds(30000)};
};

} // namespace MesheryAuth
