#include "ProviderFeatures.h"

#include "ApiClient.h"

namespace MesheryAuth {

ProviderFeatures::ProviderFeatures(QString providerKey)
    : m_providerKey(std::move(providerKey))
    , m_local(isLocalProviderName(m_providerKey))
{
    // Meshery's Local provider (DefaultLocalProvider) lists neither feature, whatever it answers.
    m_known = m_local;
}

ProviderFeatures ProviderFeatures::of(const QString &providerKey, const Provider &provider)
{
    ProviderFeatures features(providerKey);
    features.m_local = features.m_local || provider.isLocal();
    for (const ProviderCapability &capability : provider.capabilities)
        features.m_features << capability.feature;
    // The field is omitted when empty (omitempty): a remote provider without it may be an older or
    // unusual server, so its calls still decide.
    features.m_known = features.m_local || !features.m_features.isEmpty();
    return features;
}

QString ProviderFeatures::featureName(ProviderFeature feature)
{
    switch (feature) {
    case ProviderFeature::Organizations: return QStringLiteral("organizations");
    case ProviderFeature::Workspaces: return QStringLiteral("workspaces");
    }
    return {};
}

bool ProviderFeatures::offers(ProviderFeature feature) const
{
    if (m_local)
        return false;
    return !m_known || m_features.contains(featureName(feature));
}

QString ProviderFeatures::notOffered(ProviderFeature feature) const
{
    if (m_local) {
        return feature == ProviderFeature::Organizations
            ? tr("Organizations come with remote providers such as Meshery Cloud; the Local provider has none.")
            : tr("Workspaces come with remote providers such as Meshery Cloud; the Local provider has none.");
    }
    return feature == ProviderFeature::Organizations ? tr("The provider %1 does not offer organizations.").arg(m_providerKey)
                                                     : tr("The provider %1 does not offer workspaces.").arg(m_providerKey);
}

ApiCall *ProviderFeatures::fetch(ApiClient *client, QObject *context, std::function<void(const ProviderFeatures &)> done)
{
    const QString key = client->provider();
    if (isLocalProviderName(key)) {
        done(ProviderFeatures(key));
        return nullptr;
    }
    ApiCall *call = client->providerCapabilities();
    QObject::connect(call, &ApiCall::finished, context, [key, done = std::move(done)](const ApiResult &result) {
        if (result.error.kind() == ApiError::Kind::Cancelled)
            return;
        done(result.isOk() ? of(key, result.valueAs<Provider>()) : ProviderFeatures(key));
    });
    return call;
}

} // namespace MesheryAuth
