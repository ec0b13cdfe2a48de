// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

class QSettings;

namespace MesheryAuth {

struct TokenSlot;

// When each token was stored, beside the vault's index of entry names (group "tokenStoredAt"):
// the age by which a token without an issued-at claim is judged for the rotation reminder.
// A time only, never the token. The settings file is the user's to edit: a time that does not
// parse reads as unknown.
class StoredAtIndex
{
public:
    explicit StoredAtIndex(QSettings *settings)
        : m_settings(settings)
    {
    }

    QDateTime storedAt(const TokenSlot &slot) const; // UTC; invalid when unknown
    void record(const TokenSlot &slot, const QDateTime &when);
    void forget(const TokenSlot &slot);
    void forgetProfile(const QString &profileId);

private:
    QSettings *m_settings;
};

} // namespace MesheryAuth
