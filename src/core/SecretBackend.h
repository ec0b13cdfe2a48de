// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Job.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace MesheryAuth {

struct KeychainOutcome {
    enum class Status { Ok, NotFound, Unavailable, AccessDenied };
    Status status = Status::Ok;
    QString backendMessage; // the keychain's own words, for the user and for bug reports
    QByteArray value; // what was read
    bool isOk() const { return status == Status::Ok; }
};

// One read, write or removal of one entry (see Job).
class SecretJob : public Job
{
    Q_OBJECT

signals:
    void finished(const MesheryAuth::KeychainOutcome &outcome);

protected:
    using Job::Job;
    void finish(const KeychainOutcome &outcome);
};

// Where TokenVault keeps its entries: the OS keychain (KeychainStore), or memory for a
// session-only vault (MemorySecrets). Names are the vault's; values are opaque bytes.
class SecretBackend
{
public:
    virtual ~SecretBackend() = default;
    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QByteArray &value) = 0;
    virtual SecretJob *remove(const QString &key) = 0; // an absent entry counts as removed
    // Ok, or AccessDenied when the store is locked: asked when an entry that should be there is not.
    virtual SecretJob *checkUnlocked() = 0;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::KeychainOutcome)
