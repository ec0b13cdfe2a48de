// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MesheryctlSync.h"
#include "ProfileService.h"
#include "ProfileStore.h"
#include "SignInService.h"
#include "TokenVault.h"

#include <QPointer>

class QSettings;

namespace MesheryAuth {

// The core objects the window and the CLI share, built in one place. They are plain members:
// built in the order declared below, each from the ones above it, and destroyed in the reverse
// order, so nothing outlives what it points to. No QObject parent decides when any of them goes.
class AppCore
{
public:
    // settings: profiles, the vault's index and the demo profile's id; it must outlive the core.
    // keychainService: the keychain's service name (tests may use their own).
    explicit AppCore(QSettings *settings, const QString &keychainService = TokenVault::defaultService());

    QSettings *settings() const { return m_settings; }
    ProfileStore *profiles() { return &m_profiles; }
    TokenVault *vault() { return &m_vault; }
    SignInService *signIn() { return &m_signIn; }
    ProfileService *profileService() { return &m_profileService; }
    MesheryctlSync *mesheryctl() { return &m_mesheryctl; }
    // The index check started with the core (TokenVault::repairIndex); null once finished.
    VaultJob *indexRepair() const { return m_indexRepair; }

private:
    QSettings *m_settings;
    ProfileStore m_profiles;
    TokenVault m_vault;
    SignInService m_signIn;
    ProfileService m_profileService;
    MesheryctlSync m_mesheryctl;
    QPointer<VaultJob> m_indexRepair;
};

} // namespace MesheryAuth
