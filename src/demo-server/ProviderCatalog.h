// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The providers a test server offers (one remote, one local, and any other remote ones the options
// name) and their /api/providers entries.
#pragma once

#include "ServerOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace MesheryTest {

class ProviderCatalog
{
public:
    enum class Kind { Unknown, Remote, Local };

    ProviderCatalog(const ServerOptions &options, QUrl providerBaseUrl);

    // The remote key matches exactly; the local provider also answers to "None" and "Local" in
    // any case, as real servers treat both names as the same provider.
    Kind kindOf(const QString &key) const;
    QString canonicalKey(Kind kind) const;
    QStringList keys() const;

    QJsonObject all() const; // keyed by provider key, as GET /api/providers answers
    QJsonObject entry(Kind kind) const; // one provider's properties

    // [{feature, endpoint}], as server/models/providers.go's Capabilities serialise.
    QJsonArray capabilities(Kind kind) const;
    // Capabilities.IsSupported (server/models/providers.go): what the provider's calls check first.
    bool offers(Kind kind, const QString &feature) const;

private:
    QJsonObject remoteEntry(const QString &key) const;

    const ServerOptions &m_options;
    QUrl m_providerBaseUrl;
};

} // namespace MesheryTest
