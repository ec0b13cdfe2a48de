// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfilesCommand.h"

#include "JsonForms.h"
#include "ProfileService.h"
#include "ServerAddress.h"

#include <QJsonArray>

namespace MesheryAuth::Cli {

QString ProfilesCommand::summary() const
{
    return tr("List, add, remove or choose the current server profile.");
}

QStringList ProfilesCommand::synopsis() const
{
    return {QStringLiteral("profiles [--json]"), QStringLiteral("profiles add NAME URL [--json]"),
            QStringLiteral("profiles remove NAME [--json]"), QStringLiteral("profiles use NAME [--json]")};
}

void ProfilesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(jsonOption());
    parser.addPositionalArgument(
        QStringLiteral("subcommand"),
        tr("add NAME URL: save a new profile; remove NAME: forget a profile and delete its tokens; "
           "use NAME: make a profile current. Without one: list the profiles."),
        QStringLiteral("[add|remove|use ...]"));
}

void ProfilesCommand::run(const QCommandLineParser &parser)
{
    output().setJson(parser.isSet(jsonOption()));
    const QStringList arguments = parser.positionalArguments();
    const QString subcommand = arguments.value(0);
    if (subcommand.isEmpty()) {
        list();
    } else if (subcommand == QLatin1String("add")) {
        if (expectArguments(arguments, 3, 3))
            add(arguments.at(1).trimmed(), arguments.at(2).trimmed());
    } else if (subcommand == QLatin1String("remove")) {
        if (expectArguments(arguments, 2, 2))
            remove(arguments.at(1).trimmed());
    } else if (subcommand == QLatin1String("use")) {
        if (expectArguments(arguments, 2, 2))
            use(arguments.at(1).trimmed());
    } else {
        fail(CliError::usage(tr("Unknown subcommand of \"profiles\"; use add, remove or use."),
                             tr("See meshery-auth-cli profiles --help.")));
    }
}

void ProfilesCommand::list()
{
    ProfileStore *store = context()->profiles();
    const QList<ServerProfile> profiles = store->profiles();
    const QString currentId = store->currentId();
    if (output().isJson()) {
        QJsonArray array;
        for (const ServerProfile &profile : profiles) {
            QJsonObject object = JsonForms::profile(profile);
            object.insert(QStringLiteral("current"), profile.id == currentId);
            array.append(object);
        }
        output().document(
            {{QStringLiteral("currentProfileId"), Output::orNull(store->current() ? currentId : QString())},
             {QStringLiteral("profiles"), array}});
    } else if (profiles.isEmpty()) {
        output().note(tr("No profiles yet. Add one with: meshery-auth-cli profiles add NAME URL"));
    } else {
        QList<QStringList> rows;
        for (const ServerProfile &profile : profiles) {
            rows << QStringList{profile.id == currentId ? QStringLiteral("*") : QString(), profile.name,
                                profile.serverUrl.toString(), profile.provider.isEmpty() ? tr("-") : profile.provider};
        }
        output().table({tr("CURRENT"), tr("NAME"), tr("SERVER"), tr("PROVIDER")}, rows);
    }
    finish();
}

std::optional<ServerProfile> ProfilesCommand::existing(const QString &name)
{
    if (auto found = context()->findProfile(name))
        return found;
    fail(CliError::failure(QStringLiteral("profile-not-found"), tr("There is no profile named \"%1\".").arg(name),
                           tr("List the profiles with: meshery-auth-cli profiles")));
    return std::nullopt;
}

void ProfilesCommand::add(const QString &name, const QString &address)
{
    ProfileStore *store = context()->profiles();
    if (name.isEmpty()) {
        fail(CliError::usage(tr("The profile needs a name.")));
        return;
    }
    const QList<ServerProfile> all = store->profiles();
    for (const ServerProfile &other : all) {
        // Commands name profiles, so two of the same name could not be told apart.
        if (other.name.compare(name, Qt::CaseInsensitive) == 0) {
            fail(CliError::failure(QStringLiteral("profile-exists"),
                                   tr("A profile named \"%1\" already exists.").arg(other.name),
                                   tr("Choose another name, or remove that one first.")));
            return;
        }
    }
    QString problem;
    const QUrl url = ServerAddress::normalise(address, &problem);
    if (!url.isValid()) {
        fail(CliError::usage(problem));
        return;
    }
    ServerProfile profile = ProfileStore::draft(url);
    profile.name = name;
    const ApiError saved = store->save(profile);
    if (!saved.isOk()) {
        fail(CliError::failure(QStringLiteral("profile-not-saved"), saved.brief(), saved.hint()));
        return;
    }
    QString message = tr("Added the profile %1 for %2.").arg(profile.name, profile.serverUrl.toString());
    if (!store->current()) {
        store->setCurrentId(profile.id); // the first profile is the one to use
        message += QLatin1Char(' ') + tr("It is now the current profile.");
    }
    printProfile(QStringLiteral("profile"), profile, message);
}

void ProfilesCommand::remove(const QString &name)
{
    const auto profile = existing(name);
    if (!profile)
        return;
    VaultJob *job = context()->core()->profileService()->remove(*profile);
    connect(job, &VaultJob::finished, this, [this, profile = *profile](const VaultResult &removed) {
        if (!removed.isOk()) {
            fail(CliError::fromApi(removed.error));
            return;
        }
        printProfile(QStringLiteral("removed"), profile,
                     tr("Removed the profile %1 and its tokens.").arg(profile.name));
    });
}

void ProfilesCommand::use(const QString &name)
{
    const auto profile = existing(name);
    if (!profile)
        return;
    context()->profiles()->setCurrentId(profile->id);
    printProfile(QStringLiteral("profile"), *profile,
                 tr("Now using %1 (%2).").arg(profile->name, profile->serverUrl.toString()));
}

void ProfilesCommand::printProfile(const QString &key, const ServerProfile &profile, const QString &message)
{
    if (output().isJson()) {
        QJsonObject object = JsonForms::profile(profile);
        object.insert(QStringLiteral("current"), context()->profiles()->currentId() == profile.id);
        output().document({{key, object}});
    } else {
        output().line(message);
    }
    finish();
}

} // namespace MesheryAuth::Cli
