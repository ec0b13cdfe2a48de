// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
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
    m_chosenId = arguments.value(1).trimmed();
    connect(this, &Command::tokenLoaded, this, &OrgsCommand::onTokenLoaded);
    loadToken(*profile, Need::Token);
}

void OrgsCommand::onTokenLoaded(const ServerProfile &profile, const QByteArray &token)
{
    m_profile = profile;
    m_client = context()->client(profile, token);
    connect(ProviderFeatures::fetch(m_client), &ProviderFeaturesJob::finished, this, &OrgsCommand::onFeatures);
}

void OrgsCommand::onFeatures(const ProviderFeaturesResult &result)
{
    // Unreadable features are unknown ones: the organizations call itself tells what is wrong.
    if (!result.features.offers(ProviderFeature::Organizations)) {
        notOffered(m_profile, m_chosenId, result.features);
        return;
    }
    fetchPage(0);
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

void OrgsCommand::fetchPage(int page)
{
    OrganizationQuery query;
    query.page = page;
    query.pageSize = PageSize;
    connect(m_client->organizations(query), &ApiCall::finished, this,
            [this, page](const ApiResult &result) { onPage(page, result); });
}

void OrgsCommand::onPage(int page, const ApiResult &result)
{
    if (!result.isOk()) {
        fail(CliError::fromApi(result.error));
        return;
    }
    const auto found = result.valueAs<OrganizationPage>();
    m_collected += found.organizations;
    if (m_collected.size() > MaxOrganizations) {
        fail(CliError::failure(
            QStringLiteral("too-many-organizations"),
            tr("The server listed more than %1 organizations; none are shown.").arg(MaxOrganizations),
            tr("No real account has that many: check the server address, or ask its administrator.")));
        return;
    }
    if (!found.organizations.isEmpty() && m_collected.size() < found.totalCount && page + 1 < MaxPages) {
        fetchPage(page + 1);
        return;
    }
    if (m_chosenId.isEmpty())
        list(m_profile, m_collected);
    else
        use(m_profile, m_chosenId, m_collected);
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
        fail(CliError::failure(
            QStringLiteral("organization-not-found"),
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
                           {QStringLiteral("organization"),
                            QJsonObject{{QStringLiteral("id"), found->id},
                                        {QStringLiteral("name"), found->name},
                                        {QStringLiteral("active"), true}}}});
    } else {
        output().line(tr("The active organization of %1 is now %2 (%3).").arg(profile.name, found->name, found->id));
    }
    finish();
}

} // namespace MesheryAuth::Cli
