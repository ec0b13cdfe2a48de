#include "OrgsCommand.h"

#include "ApiClient.h"

#include <QJsonArray>

#include <algorithm>

namespace MesheryAuth::Cli {

namespace {
constexpr int PageSize = 100;
constexpr int MaxPages = 100; // a server that keeps saying "more" must not keep us forever
constexpr int MaxOrganizations = 10000; // and one that sends full pages must not fill memory
} // namespace

QString OrgsCommand::summary() const
{
    return tr("List your organizations (id, name), or choose the active one with \"orgs use ID\".");
}

QStringList OrgsCommand::synopsis() const
{
    return {QStringLiteral("orgs [--json]"), QStringLiteral("orgs use ID [--json]")};
}

void OrgsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("use"), tr("Make the organization with this id the active one."),
                                 QStringLiteral("[use ID]"));
}

void OrgsCommand::run(const QCommandLineParser &parser)
{
    output().setJson(parser.isSet(jsonOption()));
    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty() && arguments.constFirst() != QLatin1String("use")) {
        fail(CliError::usage(tr("Unknown subcommand of \"orgs\"; the only one is \"use ID\"."),
                             tr("See meshery-auth-cli orgs --help.")));
        return;
    }
    if (!arguments.isEmpty() && !expectArguments(arguments, 2, 2))
        return;
    const auto profile = profileOrFail(CliContext::Fallback::None);
    if (!profile)
        return;
    const QString chosenId = arguments.value(1).trimmed();
    loadToken(*profile, Need::Token, [this, profile = *profile, chosenId](const QByteArray &token) {
        ApiClient *client = context()->client(profile, token);
        ProviderFeatures::fetch(client, this, [this, client, profile, chosenId](const ProviderFeatures &features) {
            if (!features.offers(ProviderFeature::Organizations)) {
                notOffered(profile, chosenId, features);
                return;
            }
            fetchAll(client, 0, {}, [this, profile, chosenId](const QList<Organization> &all) {
                if (chosenId.isEmpty())
                    list(profile, all);
                else
                    use(profile, chosenId, all);
            });
        });
    });
}

void OrgsCommand::notOffered(const ServerProfile &profile, const QString &chosenId, const ProviderFeatures &features)
{
    const QString why = features.notOffered(ProviderFeature::Organizations);
    if (!chosenId.isEmpty()) {
        fail(CliError::failure(QStringLiteral("organizations-not-offered"), why,
                               tr("Sign in with a provider that offers organizations, such as Meshery Cloud.")));
        return;
    }
    // Not a failure: the list is empty because there is nothing to list.
    if (output().isJson()) {
        output().document({{QStringLiteral("server"), profile.serverUrl.toString()},
                           {QStringLiteral("activeOrganizationId"), Output::orNull(profile.organizationId)},
                           {QStringLiteral("organizationsOffered"), false},
                           {QStringLiteral("organizations"), QJsonArray()}});
    } else {
        output().note(why);
    }
    finish();
}

void OrgsCommand::fetchAll(ApiClient *client, int page, QList<Organization> collected, Done done)
{
    OrganizationQuery query;
    query.page = page;
    query.pageSize = PageSize;
    ApiCall *call = client->organizations(query);
    connect(call, &ApiCall::finished, this, [this, client, page, collected, done](const ApiResult &result) mutable {
        if (!result.isOk()) {
            fail(CliError::fromApi(result.error));
            return;
        }
        const auto found = result.valueAs<OrganizationPage>();
        collected += found.organizations;
        if (collected.size() > MaxOrganizations) {
            fail(CliError::failure(QStringLiteral("too-many-organizations"),
                                   tr("The server listed more than %1 organizations; none are shown.").arg(MaxOrganizations),
                                   tr("No real account has that many: check the server address, or ask its administrator.")));
            return;
        }
        if (found.organizations.isEmpty() || collected.size() >= found.totalCount || page + 1 >= MaxPages) {
            done(collected);
            return;
        }
        fetchAll(client, page + 1, collected, done);
    });
}

void OrgsCommand::list(const ServerProfile &profile, const QList<Organization> &organizations)
{
    if (output().isJson()) {
        QJsonArray array;
        for (const Organization &org : organizations) {
            array.append(QJsonObject{{QStringLiteral("id"), org.id},
                                     {QStringLiteral("name"), org.name},
                                     {QStringLiteral("active"), org.id == profile.organizationId}});
        }
        output().document({{QStringLiteral("server"), profile.serverUrl.toString()},
                           {QStringLiteral("activeOrganizationId"), Output::orNull(profile.organizationId)},
                           {QStringLiteral("organizationsOffered"), true},
                           {QStringLiteral("organizations"), array}});
    } else if (organizations.isEmpty()) {
        output().note(tr("You belong to no organization."));
    } else {
        QList<QStringList> rows;
        for (const Organization &org : organizations)
            rows << QStringList{org.id == profile.organizationId ? QStringLiteral("*") : QString(), org.id, org.name};
        output().table({tr("ACTIVE"), tr("ID"), tr("NAME")}, rows);
    }
    finish();
}

void OrgsCommand::use(ServerProfile profile, const QString &id, const QList<Organization> &organizations)
{
    const auto found = std::find_if(organizations.cbegin(), organizations.cend(),
                                    [&id](const Organization &org) { return org.id == id; });
    if (found == organizations.cend()) {
        fail(CliError::failure(QStringLiteral("organization-not-found"),
                               tr("You belong to no organization with the id \"%1\" on %2.").arg(id, profile.serverUrl.toString()),
                               tr("List your organizations with: meshery-auth-cli orgs")));
        return;
    }
    // The profile as stored: --timeout is for this run and must not be saved with it.
    profile.organizationId = found->id;
    const ApiError saved = context()->profiles()->save(profile);
    if (!saved.isOk()) {
        fail(CliError::failure(QStringLiteral("profile-not-saved"), saved.brief(), saved.hint()));
        return;
    }
    if (output().isJson()) {
        output().document({{QStringLiteral("server"), profile.serverUrl.toString()},
                           {QStringLiteral("activeOrganizationId"), found->id},
                           {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), found->id},
                                                                        {QStringLiteral("name"), found->name},
                                                                        {QStringLiteral("active"), true}}}});
    } else {
        output().line(tr("The active organization of %1 is now %2 (%3).").arg(profile.name, found->name, found->id));
    }
    finish();
}

} // namespace MesheryAuth::Cli
