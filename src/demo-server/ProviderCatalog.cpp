// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProviderCatalog.h"
#include "FieldSpeller.h"

#include <QJsonArray>

#include <algorithm>

namespace MesheryTest {

namespace {

QJsonArray strings(std::initializer_list<const char *> texts)
{
    QJsonArray array;
    for (const char *text : texts)
        array.append(QString::fromLatin1(text));
    return array;
}

// Where this fake remote provider would serve each feature; a real provider names its own paths.
struct FeatureEndpoint {
    const char *feature;
    const char *endpoint;
};
constexpr FeatureEndpoint kRemoteEndpoints[] = {
    {"sync-prefs", "/user/preferences"},
    {"persist-results", "/results"},
    {"users-profile", "/api/identity/users/profile"},
    {"users-keys", "/api/identity/users/keys"},
    {"users-identity", "/api/identity/users"},
    {"organizations", "/api/identity/orgs"},
    {"workspaces", "/api/workspaces"},
    {"environments", "/api/environments"},
    {"persist-anonymous-user", "/api/identity/users/anonymous"},
};

// What DefaultLocalProvider.Initialize lists (server/models/default_local_provider.go): no
// endpoints, and neither organizations nor workspaces.
constexpr const char *kLocalFeatures[] = {
    "persist-meshery-patterns",
    "persist-meshery-applications",
    "persist-meshery-filters",
    "persist-credentials",
};

QJsonObject capability(const QString &feature)
{
    QJsonObject object{{QStringLiteral("feature"), feature}};
    for (const FeatureEndpoint &known : kRemoteEndpoints) {
        // Go's omitempty: a feature without an endpoint has no "endpoint" field.
        if (feature == QLatin1String(known.feature))
            object.insert(QStringLiteral("endpoint"), QString::fromLatin1(known.endpoint));
    }
    return object;
}

} // namespace

ProviderCatalog::ProviderCatalog(const ServerOptions &options, QUrl providerBaseUrl)
    : m_options(options)
    , m_providerBaseUrl(std::move(providerBaseUrl))
{
}

ProviderCatalog::Kind ProviderCatalog::kindOf(const QString &key) const
{
    if (key.isEmpty())
        return Kind::Unknown;
    if (key == m_options.remoteProviderKey || m_options.otherRemoteProviders.contains(key))
        return Kind::Remote;
    if (key.compare(m_options.localProviderName, Qt::CaseInsensitive) == 0
        || key.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0
        || key.compare(QLatin1String("Local"), Qt::CaseInsensitive) == 0)
        return Kind::Local;
    return Kind::Unknown;
}

QString ProviderCatalog::canonicalKey(Kind kind) const
{
    switch (kind) {
    case Kind::Remote:
        return m_options.remoteProviderKey;
    case Kind::Local:
        return m_options.localProviderName;
    case Kind::Unknown:
        break;
    }
    return QString();
}

QStringList ProviderCatalog::keys() const
{
    return QStringList{m_options.remoteProviderKey} + m_options.otherRemoteProviders
        + QStringList{m_options.localProviderName};
}

QJsonObject ProviderCatalog::all() const
{
    QJsonObject providers{{m_options.remoteProviderKey, entry(Kind::Remote)},
                          {m_options.localProviderName, entry(Kind::Local)}};
    for (const QString &key : m_options.otherRemoteProviders)
        providers.insert(key, remoteEntry(key));
    return providers;
}

QJsonObject ProviderCatalog::entry(Kind kind) const
{
    const FieldSpeller name(m_options.spelling);
    if (kind == Kind::Local) {
        return {
            {name("providerType"), QStringLiteral("local")},
            {name("providerName"), m_options.localProviderName},
            {name("providerDescription"),
             strings({"Ephemeral sessions", "Environment setup not saved", "No performance test result history",
                      "Free Use"})},
            {QStringLiteral("capabilities"), capabilities(Kind::Local)},
        };
    }
    if (kind == Kind::Unknown)
        return {};
    return remoteEntry(m_options.remoteProviderKey);
}

QJsonObject ProviderCatalog::remoteEntry(const QString &key) const
{
    const FieldSpeller name(m_options.spelling);
    QJsonObject remote{
        {name("providerType"), QStringLiteral("remote")},
        {name("providerName"), key},
        {name("providerUrl"), m_options.providerUrl.isEmpty() ? m_providerBaseUrl.toString() : m_options.providerUrl},
        {name("packageVersion"), QStringLiteral("v0.8.1")},
        {name("providerDescription"),
         strings({"Persistent sessions", "Save environment setup", "Retrieve performance test results"})},
        // These three keep their names in both server generations.
        {QStringLiteral("capabilities"), capabilities(Kind::Remote)},
        {QStringLiteral("extensions"), QJsonObject()},
        {QStringLiteral("redirects"), QJsonObject()},
    };
    // ProviderProperties marks capabilities omitempty (server/models/providers.go): none, no field.
    if (m_options.remoteCapabilities.isEmpty())
        remote.remove(QStringLiteral("capabilities"));
    return remote;
}

QJsonArray ProviderCatalog::capabilities(Kind kind) const
{
    QJsonArray array;
    if (kind == Kind::Local) {
        for (const char *feature : kLocalFeatures)
            array.append(capability(QString::fromLatin1(feature)));
    } else if (kind == Kind::Remote) {
        for (const QString &feature : m_options.remoteCapabilities)
            array.append(capability(feature));
    }
    return array;
}

bool ProviderCatalog::offers(Kind kind, const QString &feature) const
{
    const QJsonArray listed = capabilities(kind);
    return std::any_of(listed.begin(), listed.end(), [&feature](const QJsonValue &entry) {
        return entry[QLatin1String("feature")].toString() == feature;
    });
}

} // namespace MesheryTest
