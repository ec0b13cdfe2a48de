// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// What the endpoints of one test server share: its options, where it listens, its tokens, faults
// and fixed data.
#pragma once

#include "FaultInjector.h"
#include "OrganizationDirectory.h"
#include "ProviderCatalog.h"
#include "ServerOptions.h"
#include "TokenRegistry.h"

#include <QUrl>

#include <optional>

namespace MesheryTest {

class ServerState
{
public:
    explicit ServerState(ServerOptions options)
        : m_options(std::move(options))
    {
    }

    const ServerOptions &options() const { return m_options; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl providerBaseUrl() const;
    ProviderCatalog providers() const { return ProviderCatalog(m_options, providerBaseUrl()); }

    // Issued by the fake provider's authorization server, so "iss" points into the provider site.
    QByteArray issueToken(const QString &userName, std::optional<qint64> lifetimeSecs = std::nullopt,
                          Refresh refresh = Refresh::Allowed);
    // The renewal of an expired, refreshable token (empty when the provider would refuse it).
    QByteArray renewToken(const QByteArray &token);
    TokenRegistry &tokens() { return m_tokens; }
    const TokenRegistry &tokens() const { return m_tokens; }
    FaultInjector &faults() { return m_faults; }
    const OrganizationDirectory &organizations() const { return m_organizations; }

private:
    QString issuer() const;

    ServerOptions m_options;
    QUrl m_baseUrl;
    TokenRegistry m_tokens;
    FaultInjector m_faults;
    OrganizationDirectory m_organizations;
};

} // namespace MesheryTest
