// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SecretBackend.h"

#include <QHash>
#include <QObject>

namespace MesheryAuth {

// Session-only mode: entries live in this process and nowhere else. Answers still arrive later,
// like the keychain's, so the vault has one code path.
class MemorySecrets : public QObject, public SecretBackend
{
    Q_OBJECT

public:
    explicit MemorySecrets(QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &value) override;
    SecretJob *remove(const QString &key) override;
    SecretJob *checkUnlocked() override; // never locked
    void clear() { m_values.clear(); }

private:
    QHash<QString, QByteArray> m_values;
};

} // namespace MesheryAuth
