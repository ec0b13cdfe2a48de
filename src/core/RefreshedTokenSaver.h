// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "TokenVault.h"

#include <QObject>

namespace MesheryAuth {

class ApiClient;

// Keeps a session that the server renewed: whenever the client reports a refreshed token
// (Set-Cookie: token=...), it goes into the vault, so the renewed session survives a restart.
class RefreshedTokenSaver : public QObject
{
    Q_OBJECT

public:
    RefreshedTokenSaver(ApiClient *client, TokenVault *vault, QObject *parent = nullptr);

    // Whose token the client is using; refreshes are stored there.
    void setSlot(const TokenSlot &slot) { m_slot = slot; }

signals:
    void saved();
    void failed(const MesheryAuth::ApiError &error);

private:
    void save(const QByteArray &token);

    TokenVault *m_vault;
    TokenSlot m_slot;
};

} // namespace MesheryAuth
