// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "Job.h"
#include "MesheryTypes.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>

namespace MesheryAuth {

class ApiCall;
class ApiClient;
struct ApiResult;
class ProviderFeaturesJob;

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
    // which the server checks), as a job of the client's. A Local provider is decided without a call.
    static ProviderFeaturesJob *fetch(ApiClient *client);

private:
    QString m_providerKey;
    bool m_known = false;
    bool m_local = false;
    QStringList m_features;
};

struct ProviderFeaturesResult {
    // Unknown (every feature offered) when the capabilities could not be read: then each
    // feature's own call tells what is wrong.
    ProviderFeatures features;
    ApiError error; // why they could not be read; Cancelled after cancel()
    bool isOk() const { return error.isOk(); }
};

// Reading a provider's features (see Job and ProviderFeatures::fetch).
class ProviderFeaturesJob : public Job
{
    Q_OBJECT

public:
    explicit ProviderFeaturesJob(ApiClient *client);

public slots:
    // Finishes with Cancelled (at once, or when the call in flight has stopped).
    void cancel();

signals:
    void finished(const MesheryAuth::ProviderFeaturesResult &result);

protected:
    void start() override;

private:
    void onAnswered(const ApiResult &result);
    void finish(const ProviderFeaturesResult &result);

    QString m_providerKey;
    QPointer<ApiCall> m_call; // none for the Local provider
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::ProviderFeaturesResult)
