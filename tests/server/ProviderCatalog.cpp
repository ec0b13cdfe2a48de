#include "ProviderCatalog.h"
#include "FieldSpeller.h"

#include <QJsonArray>

namespace MesheryTest {

namespace {

QJsonArray strings(std::initializer_list<const char *> texts)
{
    QJsonArray array;
    for (const char *text : texts)
        array.append(QString::fromLatin1(text));
    return array;
}

QJsonObject capability(const char *feature, const char *endpoint)
{
    return {{QStringLiteral("feature"), QString::fromLatin1(feature)},
            {QStringLiteral("endpoint"), QString::fromLatin1(endpoint)}};
}

} // namespace

ProviderCatalog::ProviderCatalog(const ServerOptions &options, QUrl providerBaseUrl)
    : m_options(options), m_providerBaseUrl(std::move(providerBaseUrl))
{
}

ProviderCatalog::Kind ProviderCatalog::kindOf(const QString &key) const
{
    if (key.isEmpty())
        return Kind::Unknown;
    if (key == m_options.remoteProviderKey)
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
    case Kind::Remote: return m_options.remoteProviderKey;
    case Kind::Local: return m_options.localProviderName;
    case Kind::Unknown: break;
    }
    return QString();
}

QStringList ProviderCatalog::keys() const
{
    return {m_options.remoteProviderKey, m_options.localProviderName};
}

QJsonObject ProviderCatalog::all() const
{
    return {{m_options.remoteProviderKey, entry(Kind::Remote)}, {m_options.localProviderName, entry(Kind::Local)}};
}

QJsonObject ProviderCatalog::entry(Kind kind) const
{
    const FieldSpeller name(m_options.spelling);
    if (kind == Kind::Local) {
        return {
            {name("providerType"), QStringLiteral("local")},
            {name("providerName"), m_options.localProviderName},
            {name("providerDescription"), strings({"Ephemeral sessions", "Environment setup not saved",
                                                   "No performance test result history", "Free Use"})},
        };
    }
    if (kind == Kind::Unknown)
        return {};
    return {
        {name("providerType"), QStringLiteral("remote")},
        {name("providerName"), m_options.remoteProviderKey},
        {name("providerUrl"), m_options.providerUrl.isEmpty() ? m_providerBaseUrl.toString() : m_options.providerUrl},
        {name("packageVersion"), QStringLiteral("v0.8.1")},
        {name("providerDescription"), strings({"Persistent sessions", "Save environment setup",
                                               "Retrieve performance test results"})},
        // These three keep their names in both server generations.
        {QStringLiteral("capabilities"), QJsonArray{capability("sync-prefs", "/user/preferences"),
                                                    capability("persist-results", "/results")}},
        {QStringLiteral("extensions"), QJsonObject()},
        {QStringLiteral("redirects"), QJsonObject()},
    };
}

} // namespace MesheryTest
