#include "KeychainStore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

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

KeychainStore::KeychainStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

void KeychainStore::read(const QString &key, Callback done)
{
    run(Operation::Read, key, {}, std::move(done), false);
}

void KeychainStore::write(const QString &key, const QByteArray &value, Callback done)
{
    run(Operation::Write, key, value, std::move(done), false);
}

void KeychainStore::remove(const QString &key, Callback done)
{
    run(Operation::Remove, key, {}, std::move(done), false);
}

void KeychainStore::run(Operation operation, const QString &key, const QByteArray &value, Callback done, bool isRetry)
{
    // Jobs have no parent: QtKeychain's libsecret backend calls back into a job after its
    // asynchronous D-Bus call returns, so a job must outlive us if we go first. It deletes itself.
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        // Text, not binary: tokens are ASCII, and a person inspecting the keyring sees them as is.
        write->setTextData(QString::fromUtf8(value));
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // Whichever comes first, the job's answer or the time limit, decides; the other is ignored.
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [done, settled, timer, this] {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        KeychainOutcome outcome;
        outcome.status = KeychainOutcome::Status::Unavailable;
        outcome.backendMessage = tr("The keychain did not answer within %n second(s).", nullptr,
                                    int(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()));
        done(outcome);
    });
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, value, done, settled, timer, isRetry](QKeychain::Job *finishedJob) {
                timer->stop();
                timer->deleteLater();
                if (*settled)
                    return;
                *settled = true;
                KeychainOutcome outcome = outcomeOf(*finishedJob);
                if (operation == Operation::Read && outcome.isOk())
                    outcome.value = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData().toUtf8();
                if (operation == Operation::Remove && outcome.status == KeychainOutcome::Status::NotFound)
                    outcome.status = KeychainOutcome::Status::Ok;
                if (!isRetry && worthRetrying(outcome)) {
                    QTimer::singleShot(m_retryDelay, this, [=] { run(operation, key, value, done, true); });
                    return;
                }
                done(outcome);
            });
    timer->start(m_timeout);
    job->start();
}

} // namespace MesheryAuth
