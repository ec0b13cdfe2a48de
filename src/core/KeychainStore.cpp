// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "KeychainStore.h"

#include "KeyringLockCheck.h"

#include <qt6keychain/keychain.h>

namespace MesheryAuth {

namespace {

KeychainOutcome outcomeOf(const QKeychain::Job &job)
{
    KeychainOutcome outcome;
    outcome.backendMessage = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        outcome.status = KeychainOutcome::Status::Ok;
        outcome.backendMessage.clear();
        break;
    case QKeychain::EntryNotFound:
        outcome.status = KeychainOutcome::Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        outcome.status = KeychainOutcome::Status::AccessDenied;
        break;
    default:
        outcome.status = KeychainOutcome::Status::Unavailable;
        break;
    }
    return outcome;
}

bool worthRetrying(const KeychainOutcome &outcome)
{
    return outcome.status == KeychainOutcome::Status::Unavailable;
}

} // namespace

KeychainJob::KeychainJob(Operation operation, const QString &service, const QString &key, const QByteArray &value,
                         Limits limits, QObject *parent)
    : SecretJob(parent)
    , m_operation(operation)
    , m_service(service)
    , m_key(key)
    , m_value(value)
    , m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &KeychainJob::onTimeout);
}

void KeychainJob::start()
{
    attempt();
}

void KeychainJob::attempt()
{
    // QtKeychain's jobs have no parent: its libsecret backend calls back into a job after its
    // asynchronous D-Bus call returns, so that job must outlive this one. It deletes itself.
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        // Text, not binary: tokens are ASCII, and a person inspecting the keyring sees them as is.
        write->setTextData(QString::fromUtf8(m_value));
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(m_key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, &KeychainJob::onAnswer);
    m_timer.start(m_limits.timeout);
    job->start();
}

void KeychainJob::onAnswer(QKeychain::Job *answered)
{
    // Whichever comes first, the answer or the time limit, decides; the other is ignored.
    if (isFinished() || !m_timer.isActive())
        return;
    m_timer.stop();
    KeychainOutcome outcome = outcomeOf(*answered);
    if (m_operation == Operation::Read && outcome.isOk())
        outcome.value = static_cast<QKeychain::ReadPasswordJob *>(answered)->textData().toUtf8();
    if (m_operation == Operation::Remove && outcome.status == KeychainOutcome::Status::NotFound)
        outcome.status = KeychainOutcome::Status::Ok;
    if (!m_retried && worthRetrying(outcome)) {
        m_retried = true;
        QTimer::singleShot(m_limits.retryDelay, this, &KeychainJob::attempt);
        return;
    }
    finish(outcome);
}

void KeychainJob::onTimeout()
{
    KeychainOutcome outcome;
    outcome.status = KeychainOutcome::Status::Unavailable;
    outcome.backendMessage =
        KeychainStore::tr("The keychain did not answer within %n second(s).", nullptr,
                          int(std::chrono::duration_cast<std::chrono::seconds>(m_limits.timeout).count()));
    finish(outcome);
}

KeychainStore::KeychainStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

KeychainJob *KeychainStore::read(const QString &key)
{
    return new KeychainJob(KeychainJob::Operation::Read, m_service, key, {}, m_limits, this);
}

KeychainJob *KeychainStore::write(const QString &key, const QByteArray &value)
{
    return new KeychainJob(KeychainJob::Operation::Write, m_service, key, value, m_limits, this);
}

SecretJob *KeychainStore::checkUnlocked()
{
    return new KeyringLockCheck(m_limits.timeout, this);
}

KeychainJob *KeychainStore::remove(const QString &key)
{
    return new KeychainJob(KeychainJob::Operation::Remove, m_service, key, {}, m_limits, this);
}

} // namespace MesheryAuth
