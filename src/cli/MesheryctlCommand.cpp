// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "MesheryctlCommand.h"

#include "MesheryctlFiles.h"

#include <QDir>
#include <QJsonArray>

namespace MesheryAuth::Cli {

namespace {
QCommandLineOption configOption()
{
    return QCommandLineOption(
        QStringLiteral("config"),
        QCoreApplication::translate("MesheryAuth::Cli::MesheryctlCommand",
                                    "mesheryctl's config.yaml (default: ~/.meshery/config.yaml)."),
        QStringLiteral("PATH"));
}
QCommandLineOption contextOption()
{
    return QCommandLineOption(
        QStringLiteral("context"),
        QCoreApplication::translate("MesheryAuth::Cli::MesheryctlCommand",
                                    "export: the mesheryctl context to write (default: the one for "
                                    "this server, else a new one named after it)."),
        QStringLiteral("NAME"));
}
QCommandLineOption replaceOption()
{
    return QCommandLineOption(
        QStringLiteral("replace"),
        QCoreApplication::translate("MesheryAuth::Cli::MesheryctlCommand",
                                    "export: overwrite a token file that holds a different token."));
}
} // namespace

QString MesheryctlCommand::summary() const
{
    return tr("Import mesheryctl's contexts and tokens, or export the profile's token to mesheryctl.");
}

QStringList MesheryctlCommand::synopsis() const
{
    return {QStringLiteral("mesheryctl import [--config PATH] [--json]"),
            QStringLiteral("mesheryctl export [--config PATH] [--context NAME] [--replace] [--json]")};
}

void MesheryctlCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(configOption());
    parser.addOption(contextOption());
    parser.addOption(replaceOption());
    parser.addOption(jsonOption());
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("import: every mesheryctl context becomes a profile, its token goes into the keychain; "
           "export: the profile's token becomes mesheryctl's auth.json and current context."),
        QStringLiteral("import|export"));
}

void MesheryctlCommand::run(const QCommandLineParser &parser)
{
    output().setJson(parser.isSet(jsonOption()));
    const QStringList arguments = parser.positionalArguments();
    if (!expectArguments(arguments, 1, 1))
        return;
    const QString action = arguments.constFirst();
    const QString configPath =
        QDir::cleanPath(parser.isSet(configOption()) ? QDir::current().absoluteFilePath(parser.value(configOption()))
                                                     : MesheryctlFiles::defaultConfigPath());
    m_sync = new MesheryctlSync(context()->profiles(), context()->vault(), this);
    if (action == QLatin1String("import")) {
        if (parser.isSet(contextOption()) || parser.isSet(replaceOption())) {
            fail(CliError::usage(tr("--context and --replace are options of \"mesheryctl export\".")));
            return;
        }
        importAll(configPath);
    } else if (action == QLatin1String("export")) {
        exportProfile(configPath, parser.value(contextOption()).trimmed(), parser.isSet(replaceOption()));
    } else {
        fail(CliError::usage(tr("Unknown action of \"mesheryctl\"; use import or export."),
                             tr("See meshery-auth-cli mesheryctl --help.")));
    }
}

void MesheryctlCommand::importAll(const QString &configPath)
{
    MesheryctlImportJob *job = m_sync->importAll(configPath, {});
    connect(job, &MesheryctlImportJob::finished, this, [this, configPath](const MesheryctlImportOutcome &outcome) {
        if (!outcome.isOk()) {
            fail(CliError::failure(QStringLiteral("mesheryctl-config"), outcome.error.brief()));
            return;
        }
        showImport(configPath, outcome);
    });
}

QString MesheryctlCommand::resultText(const MesheryctlSync::ImportedProfile &imported)
{
    if (imported.tokenStored)
        return tr("token stored");
    if (imported.localSignIn)
        return tr("signed in, Local provider (no token needed)");
    if (imported.loggedOut)
        return tr("imported, no token (logged out)");
    return {};
}

void MesheryctlCommand::showImport(const QString &configPath, const MesheryctlSync::ImportOutcome &outcome)
{
    ExitCode code = ExitCode::Ok;
    QJsonArray array;
    QList<QStringList> rows;
    for (const MesheryctlSync::ImportedProfile &imported : outcome.profiles) {
        const auto profile = context()->profiles()->profile(imported.profileId);
        QString result = resultText(imported);
        const QString error = imported.isOk() ? QString() : imported.error.brief();
        if (!imported.isOk()) {
            result = error;
            // A context that got as far as a saved profile can only have failed at the keychain.
            const ExitCode failed = imported.profileId.isEmpty() ? ExitCode::Failure : ExitCode::Keychain;
            if (code != ExitCode::Keychain)
                code = failed;
        }
        rows << QStringList{imported.contextName, profile ? profile->name : tr("-"), result};
        array.append(QJsonObject{
            {QStringLiteral("context"), imported.contextName},
            {QStringLiteral("profileId"), Output::orNull(imported.profileId)},
            {QStringLiteral("profileName"), profile ? QJsonValue(profile->name) : QJsonValue()},
            {QStringLiteral("server"), profile ? QJsonValue(profile->serverUrl.toString()) : QJsonValue()},
            {QStringLiteral("tokenStored"), imported.tokenStored},
            {QStringLiteral("loggedOut"), imported.loggedOut},
            {QStringLiteral("localSignIn"), imported.localSignIn},
            {QStringLiteral("error"), Output::orNull(error)},
        });
    }
    for (const QString &warning : outcome.warnings)
        output().note(tr("Warning: %1").arg(warning));
    if (output().isJson()) {
        output().document({{QStringLiteral("config"), configPath},
                           {QStringLiteral("profiles"), array},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings)}});
    } else if (rows.isEmpty()) {
        output().note(tr("%1 has no contexts to import.").arg(configPath));
    } else {
        output().table({tr("CONTEXT"), tr("PROFILE"), tr("RESULT")}, rows);
    }
    if (code != ExitCode::Ok)
        output().note(tr("Error: some contexts could not be imported (see above)."));
    finish(code);
}

void MesheryctlCommand::exportProfile(const QString &configPath, const QString &contextName, bool replace)
{
    const auto profile = profileOrFail(CliContext::Fallback::None);
    if (!profile)
        return;
    // Read here first, so "not signed in" (3) and "keychain unavailable" (5) have the same
    // messages and exit codes as in every other command.
    connect(this, &Command::tokenLoaded, this, [this, configPath, contextName, replace](const ServerProfile &loaded) {
        MesheryctlExportJob *job = m_sync->exportProfile(loaded, configPath, contextName,
                                                         replace ? MesheryctlFiles::ExistingFile::Replace
                                                                 : MesheryctlFiles::ExistingFile::Keep);
        connect(job, &MesheryctlExportJob::finished, this,
                [this, loaded, configPath](const MesheryctlExportOutcome &outcome) {
                    showExport(configPath, loaded, outcome);
                });
    });
    loadToken(*profile, Need::Token);
}

void MesheryctlCommand::showExport(const QString &configPath, const ServerProfile &profile,
                                   const MesheryctlSync::ExportOutcome &outcome)
{
    if (outcome.needsReplaceConfirmation()) {
        fail(CliError::failure(QStringLiteral("token-file-exists"), outcome.error.detail(),
                               tr("Run the export again with --replace to overwrite it.")));
        return;
    }
    if (!outcome.isOk()) {
        fail(CliError::failure(QStringLiteral("mesheryctl-export"), outcome.error.brief()));
        return;
    }
    if (output().isJson()) {
        output().document({{QStringLiteral("config"), configPath},
                           {QStringLiteral("context"), outcome.contextName},
                           {QStringLiteral("authFile"), outcome.authFilePath},
                           {QStringLiteral("server"), profile.serverUrl.toString()},
                           {QStringLiteral("provider"), Output::orNull(profile.provider)}});
    } else {
        output().line(tr("Exported %1 to the mesheryctl context %2 (current now) in %3; token file: %4.")
                          .arg(profile.serverUrl.toString(), outcome.contextName, configPath, outcome.authFilePath));
    }
    finish();
}

} // namespace MesheryAuth::Cli
