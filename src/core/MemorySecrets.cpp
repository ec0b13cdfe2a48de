// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "MemorySecrets.h"

#include <functional>

namespace MesheryAuth {

namespace {

// Does its work when it starts, as a keychain job would, so operations keep their order.
class MemoryJob : public SecretJob
{
public:
    MemoryJob(std::function<KeychainOutcome()> work, QObject *parent)
        : SecretJob(parent)
        , m_work(std::move(work))
    {
    }

protected:
    void start() override { finish(m_work()); }

private:
    std::function<KeychainOutcome()> m_work;
};

} // namespace

MemorySecrets::MemorySecrets(QObject *parent)
    : QObject(parent)
{
}

SecretJob *MemorySecrets::read(const QString &key)
{
    return new MemoryJob(
        [this, key] {
            KeychainOutcome outcome;
            if (const auto found = m_values.constFind(key); found != m_values.cend())
                outcome.value = *found;
            else
                outcome.status = KeychainOutcome::Status::NotFound;
            return outcome;
        },
        this);
}

SecretJob *MemorySecrets::write(const QString &key, const QByteArray &value)
{
    return new MemoryJob(
        [this, key, value] {
            m_values.insert(key, value);
            return KeychainOutcome();
        },
        this);
}

SecretJob *MemorySecrets::checkUnlocked()
{
    return new MemoryJob([] { return KeychainOutcome(); }, this);
}

SecretJob *MemorySecrets::remove(const QString &key)
{
    return new MemoryJob(
        [this, key] {
            m_values.remove(key);
            return KeychainOutcome();
        },
        this);
}

} // namespace MesheryAuth
