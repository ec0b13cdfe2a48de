// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"
#include "MesheryTypes.h"
#include "ProviderFeatures.h"

namespace MesheryAuth {
class ApiClient;
}

namespace MesheryAuth::Cli {

// orgs [--json] lists the signed-in user's organizations; orgs use ID makes one the profile's
// active organization, which the window and later calls then act for.
class OrgsCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("orgs"); }
    QString summary() const override;
    QStringList synopsis() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;

private:
    // The steps, in order: the token, the provider's features, every page of organizations
    // (the server hands them out 100 at a time at most), then the list or the choice.
    void onTokenLoaded(const ServerProfile &profile, const QByteArray &token);
    void onFeatures(const ProviderFeaturesResult &result);
    void fetchPage(int page);
    void onPage(int page, const ApiResult &result);
    void list(const ServerProfile &profile, const QList<Organization> &organizations);
    // The provider has no organizations: the server would refuse the call, so none is made.
    void notOffered(const ServerProfile &profile, const QString &chosenId, const ProviderFeatures &features);
    void use(ServerProfile profile, const QString &id, const QList<Organization> &organizations);

    ServerProfile m_profile;
    QString m_chosenId; // orgs use ID; empty: list them
    ApiClient *m_client = nullptr; // the context's
    QList<Organization> m_collected;
};

} // namespace MesheryAuth::Cli
