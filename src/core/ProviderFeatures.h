#pragma once

#include "MesheryTypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace MesheryAuth {

class ApiCall;
class ApiClient;

// The provider features this app uses: Feature constants of Meshery's server/models/providers.go.
enum class ProviderFeature { Organizations, Workspaces };

// What the signed-in user's provider offers. A Meshery server checks the provider's capabilities
// before it answers a feature's calls (server/models/remote_provider.go) and refuses the call
// without one, so the app asks only for what is offered, and says so plainly otherwise.
class ProviderFeatures
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::ProviderFeatures)

public:
    // Unknown: every feature counts as offered, and its own call tells what is wrong.
    explicit ProviderFeatures(QString providerKey = {});
    // From a provider's properties. A list of capabilities decides; a remote provider that lists
    // none at all is unknown. The Local provider has neither organizations nor workspaces.
    static ProviderFeatures of(const QString &providerKey, const Provider &provider);

    static QString featureName(ProviderFeature feature); // "organizations", "workspaces"

    bool isKnown() const { return m_known; }
    bool offers(ProviderFeature feature) const;
    // "The provider Meshery does not offer organizations.", or the Local provider's sentence.
    QString notOffered(ProviderFeature feature) const;

    // Reads GET /api/provider/capabilities with the client's session (the user's own capabilities,
    // which the server checks), then calls done once, in context. An unanswered call leaves the
    // features unknown. A Local provider is decided without a call: done runs before this returns,
    // and the result is null. A cancelled call never calls done.
    static ApiCall *fetch(ApiClient *client, QObject *context, std::function<void(const ProviderFeatures &)> done);

private:
    QString m_providerKey;
    bool m_known = false;
    bool m_local = false;
    QStringList m_features;
};

} // namespace MesheryAuth
