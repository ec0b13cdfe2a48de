// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "ServerProfile.h"

#include <QObject>

class QSettings;
class QUrl;

namespace MesheryAuth {

class ProfileStore;
class TokenVault;
class VaultJob;

// The use cases of server profiles that span the store and the vault, written once for the
// window and the CLI: removing a profile with its tokens, saving an edit (a new address is
// another server), and the one profile of the built-in demo server.
class ProfileService : public QObject
{
    Q_OBJECT

public:
    // settings, profiles and vault must outlive the service.
    ProfileService(QSettings *settings, ProfileStore *profiles, TokenVault *vault, QObject *parent = nullptr);

    // Where a profile's secrets go (its tokens, its client key's passphrase).
    TokenVault *vault() const { return m_vault; }

    // Deletes every token of the profile, then the profile. Tokens first: a profile whose tokens
    // could not be deleted is kept, so a later try can.
    VaultJob *remove(const ServerProfile &profile);

    // Saves edited, the profile before as it was stored (no id: a new profile). A new address is
    // another server: the provider choice and the organization do not carry over, and the old
    // address's token is deleted (nothing could use it any more).
    ApiError save(const ServerProfile &before, ServerProfile &edited);

    // The one "Demo" profile, pointed at wherever the demo server runs this time; saved, and
    // found again next time.
    ApiError saveDemoProfile(const QUrl &url, ServerProfile *demo);

private:
    QSettings *m_settings;
    ProfileStore *m_profiles;
    TokenVault *m_vault;
};

} // namespace MesheryAuth
