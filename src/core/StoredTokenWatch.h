// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace MesheryAuth {

class ProfileStore;
class TokenNotices;
class TokenVault;
class VaultJob;
struct ServerProfile;

// Gives the notices the stored tokens of the profiles that are not open in the window: reads
// them from the vault one after another (never two loads at once, as a load may move an entry
// of an earlier version), hands each to TokenNotices, which keeps only a digest, its expiry and
// its age, and drops the token. The open profile is the session's to report.
class StoredTokenWatch : public QObject
{
    Q_OBJECT

public:
    StoredTokenWatch(ProfileStore *profiles, TokenVault *vault, TokenNotices *notices, QObject *parent = nullptr);

    // Reads every profile but openId again (after a start, a change of the profiles, a switch).
    void refresh(const QString &openId);

signals:
    void finished(); // the last refresh has read all it asked for

private:
    void loadNext();

    ProfileStore *m_profiles;
    TokenVault *m_vault;
    TokenNotices *m_notices;
    QString m_openId;
    QList<ServerProfile> m_queue;
    QPointer<VaultJob> m_loading;
    int m_generation = 0; // a refresh makes the loads of the one before moot
};

} // namespace MesheryAuth
