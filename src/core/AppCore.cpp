// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppCore.h"

namespace MesheryAuth {

AppCore::AppCore(QSettings *settings, const QString &keychainService)
    : m_settings(settings)
    , m_profiles(settings)
    , m_vault(settings, keychainService)
    , m_signIn(&m_profiles, &m_vault)
    , m_profileService(settings, &m_profiles, &m_vault)
    , m_mesheryctl(&m_profiles, &m_vault)
    // A crash may have left the vault's index naming entries that are gone; checked once per start.
    , m_indexRepair(m_vault.repairIndex())
{
}

} // namespace MesheryAuth
