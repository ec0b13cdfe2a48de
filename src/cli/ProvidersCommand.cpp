// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProvidersCommand.h"

#include "ApiClient.h"
#include "MesheryTypes.h"

#include <QJsonArray>

namespace MesheryAuth::Cli {

QString ProvidersCommand::summary() const
{
    return tr("List the server's providers: key, name, type (local/remote) and URL.");
}

QStringList ProvidersCommand::synopsis() const
{
    return {QStringLiteral("providers [--json]")};
}

void ProvidersCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(jsonOption());
}

void ProvidersCommand::run(const QCommandLineParser &parser)
{
    output().setJson(parser.isSet(jsonOption()));
    if (!expectArguments(parser.positionalArguments(), 0, 0))
        return;
    // Listing providers needs no sign-in: with nothing chosen, ask the default local server.
    const auto profile = profileOrFail(CliContext::Fallback::DefaultServer);
    if (!profile)
        return;
    ApiCall *call = context()->client(*profile, {})->providers();
    connect(call, &ApiCall::finished, this, [this, server = profile->serverUrl](const ApiResult &result) {
        if (!result.isOk()) {
            fail(CliError::fromApi(result.error));
            return;
        }
        const auto providers = result.valueAs<QList<Provider>>();
        const auto typeOf = [](const Provider &provider) {
            return provider.isLocal() ? QStringLiteral("local") : QStringLiteral("remote");
        };
        if (output().isJson()) {
            QJsonArray list;
            for (const Provider &provider : providers) {
                list.append(QJsonObject{
                    {QStringLiteral("key"), provider.key},
                    {QStringLiteral("name"), provider.name},
                    {QStringLiteral("type"), typeOf(provider)},
                    {QStringLiteral("url"), Output::orNull(provider.url.toString())},
                });
            }
            output().document({{QStringLiteral("server"), server.toString()}, {QStringLiteral("providers"), list}});
        } else {
            QList<QStringList> rows;
            for (const Provider &provider : providers)
                rows << QStringList{provider.key, provider.name, typeOf(provider), provider.url.toString()};
            output().table({tr("KEY"), tr("NAME"), tr("TYPE"), tr("URL")}, rows);
        }
        finish();
    });
}

} // namespace MesheryAuth::Cli
