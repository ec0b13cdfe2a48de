// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ServerState.h"

namespace MesheryTest {

QUrl ServerState::providerBaseUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/provider-site"));
    return url;
}

QString ServerState::issuer() const
{
    return providerBaseUrl().toString() + QStringLiteral("/hydra/");
}

QByteArray ServerState::issueToken(const QString &userName, std::optional<qint64> lifetimeSecs, Refresh refresh)
{
    return m_tokens.issue(userName, lifetimeSecs.value_or(m_options.tokenLifetimeSecs), issuer(), refresh);
}

QByteArray ServerState::renewToken(const QByteArray &token)
{
    return m_tokens.renewed(token, m_options.tokenLifetimeSecs, issuer());
}

} // namespace MesheryTest
