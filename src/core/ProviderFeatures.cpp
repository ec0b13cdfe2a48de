// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
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
    case ProviderFeature::Organizations:
        return QStringLiteral("organizations");
    case ProviderFeature::Workspaces:
        return QStringLiteral("workspaces");
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
    return feature == ProviderFeature::Organizations
        ? tr("The provider %1 does not offer organizations.").arg(m_providerKey)
        : tr("The provider %1 does not offer workspaces.").arg(m_providerKey);
}

ProviderFeaturesJob *ProviderFeatures::fetch(ApiClient *client)
{
    return new ProviderFeaturesJob(client);
}

ProviderFeaturesJob::ProviderFeaturesJob(ApiClient *client)
    : Job(client)
    , m_providerKey(client->provider())
{
    qRegisterMetaType<MesheryAuth::ProviderFeaturesResult>();
    if (!isLocalProviderName(m_providerKey)) {
        m_call = client->providerCapabilities();
        connect(m_call, &ApiCall::finished, this, &ProviderFeaturesJob::onAnswered);
    }
}

void ProviderFeaturesJob::start()
{
    if (!m_call && !isFinished())
        finish({ProviderFeatures(m_providerKey), {}}); // the Local provider: known without asking
}

void ProviderFeaturesJob::cancel()
{
    if (m_call)
        m_call->cancel(); // lands in onAnswered
    else
        finish({ProviderFeatures(m_providerKey), ApiError(ApiError::Kind::Cancelled)});
}

void ProviderFeaturesJob::onAnswered(const ApiResult &result)
{
    m_call = nullptr;
    finish({result.isOk() ? ProviderFeatures::of(m_providerKey, result.valueAs<Provider>())
                          : ProviderFeatures(m_providerKey),
            result.error});
}

void ProviderFeaturesJob::finish(const ProviderFeaturesResult &result)
{
    if (settle())
        emit finished(result);
}

} // namespace MesheryAuth
