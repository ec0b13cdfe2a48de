#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace MesheryAuth {

struct KeychainOutcome {
    enum class Status { Ok, NotFound, Unavailable, AccessDenied };
    Status status = Status::Ok;
    QString backendMessage; // the keychain's own words, for the user and for bug reports
    QByteArray value;       // what was read
    bool isOk() const { return status == Status::Ok; }
};

// One entry at a time in the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager), asynchronously. Never falls back to plain text. A backend that
// fails is asked once more after a short pause (a keyring often starts on first use); a backend
// that does not answer within the time limit counts as unavailable.
class KeychainStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const KeychainOutcome &)>;

    explicit KeychainStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void read(const QString &key, Callback done);
    void write(const QString &key, const QByteArray &value, Callback done);
    void remove(const QString &key, Callback done); // an absent entry counts as removed

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QByteArray &value, Callback done, bool isRetry);

    QString m_service;
    std::chrono::milliseconds m_retryDelay{1000};
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace MesheryAuth
