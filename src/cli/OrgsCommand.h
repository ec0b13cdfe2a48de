#pragma once

#include "Command.h"
#include "MesheryTypes.h"
#include "ProviderFeatures.h"

#include <functional>

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
    using Done = std::function<void(const QList<Organization> &)>;
    // Every page, since the server hands them out 100 at a time at most.
    void fetchAll(ApiClient *client, int page, QList<Organization> collected, Done done);
    void list(const ServerProfile &profile, const QList<Organization> &organizations);
    // The provider has no organizations: the server would refuse the call, so none is made.
    void notOffered(const ServerProfile &profile, const QString &chosenId, const ProviderFeatures &features);
    void use(ServerProfile profile, const QString &id, const QList<Organization> &organizations);
};

} // namespace MesheryAuth::Cli
