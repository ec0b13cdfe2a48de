// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "RefreshedTokenSaver.h"

#include "ApiClient.h"

namespace MesheryAuth {

RefreshedTokenSaver::RefreshedTokenSaver(ApiClient *client, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
{
    connect(client, &ApiClient::tokenRefreshed, this, &RefreshedTokenSaver::save);
}

void RefreshedTokenSaver::save(const QByteArray &token)
{
    if (m_slot.profileId.isEmpty())
        return; // a transient client (e.g. a one-off check) owns no stored session
    connect(m_vault->store(m_slot, token), &VaultJob::finished, this, [this](const VaultResult &result) {
        if (result.isOk())
            emit saved();
        else
            emit failed(result.error);
    });
}

} // namespace MesheryAuth
