// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "MesheryctlSync.h"

#include "Logging.h"
#include "MesheryTypes.h"
#include "ServerAddress.h"
#include "TokenValidator.h"

#include <QFileInfo>

namespace MesheryAuth {

void MesheryctlImportJob::finish(const MesheryctlImportOutcome &outcome)
{
    if (settle())
        emit finished(outcome);
}

void MesheryctlExportJob::finish(const MesheryctlExportOutcome &outcome)
{
    if (settle())
        emit finished(outcome);
}

namespace {

ApiError unreadable(const QString &detail)
{
    return ApiError(ApiError::Kind::MesheryctlUnreadable, detail);
}

// Every context of config.yaml, one after the other: a profile for its server, its token into
// the vault. A context that cannot be imported is reported and the next one goes on.
class ImportJob : public MesheryctlImportJob
{
public:
    ImportJob(ProfileStore *profiles, TokenVault *vault, const QString &configPath, const QString &mesheryFolder,
              QObject *parent)
        : MesheryctlImportJob(parent)
        , m_profiles(profiles)
        , m_vault(vault)
        , m_configPath(configPath.isEmpty() ? MesheryctlFiles::defaultConfigPath() : configPath)
        // Bare token locations live beside the config file (~/.meshery for mesheryctl's own).
        , m_mesheryFolder(mesheryFolder.isEmpty() ? QFileInfo(m_configPath).absolutePath() : mesheryFolder)
    {
    }

protected:
    void start() override
    {
        const MesheryctlFiles::ImportReport report = MesheryctlFiles::importAll(m_configPath, m_mesheryFolder);
        m_outcome.warnings = report.warnings;
        if (!report.error.isEmpty())
            m_outcome.error = unreadable(report.error);
        m_pending = report.contexts;
        importNext();
    }

private:
    void importNext()
    {
        while (!m_pending.isEmpty()) {
            if (importContext(m_pending.takeFirst()))
                return; // its token is on its way to the vault: onTokenStored goes on
        }
        finish(m_outcome);
    }

    // False when done with the context; true when its token is being stored.
    bool importContext(const MesheryctlFiles::ImportedContext &imported)
    {
        MesheryctlImportedProfile result;
        result.contextName = imported.context.name;
        const auto skip = [&](const ApiError &error) {
            result.error = error;
            m_outcome.profiles << result;
            return false;
        };
        if (!imported.error.isEmpty())
            return skip(unreadable(imported.error));

        QString problem;
        const QUrl url = ServerAddress::normalise(imported.context.endpoint, &problem);
        // The token file says which provider the token belongs to; the context's choice comes next.
        const QString provider = !imported.auth.provider.isEmpty() ? imported.auth.provider : imported.context.provider;
        if (!url.isValid())
            return skip(unreadable(MesheryctlSync::tr("Context \"%1\": %2").arg(imported.context.name, problem)));
        // auth.json is anyone's file: a bad token makes neither a profile nor a keychain entry.
        if (!imported.auth.loggedOut && !imported.auth.token.isEmpty()) {
            const ApiError refused = TokenValidator::check(imported.auth.token, imported.tokenPath);
            if (!refused.isOk())
                return skip(
                    ApiError(refused.kind(),
                             MesheryctlSync::tr("Context \"%1\": %2").arg(imported.context.name, refused.detail())));
        }
        ServerProfile profile = m_profiles->findByServer(url, provider).value_or(m_profiles->newProfile(url));
        if (profile.id.isEmpty())
            profile.name = imported.context.name;
        profile.provider = provider;
        if (const ApiError saved = m_profiles->save(profile); !saved.isOk()) {
            const QString why = saved.detail().isEmpty() ? saved.message() : saved.detail();
            return skip(
                ApiError(saved.kind(), MesheryctlSync::tr("Context \"%1\": %2").arg(imported.context.name, why)));
        }
        result.profileId = profile.id;
        if (m_profiles->currentId().isEmpty())
            m_profiles->setCurrentId(profile.id);
        if (imported.auth.token.isEmpty()) {
            // The Local provider needs no token: the saved profile is its sign-in, as
            // SignInService::keep makes one. Any other provider without a token is logged out.
            result.localSignIn = isLocalProviderName(provider);
            result.loggedOut = !result.localSignIn;
            m_outcome.profiles << result;
            return false;
        }
        m_current = result;
        // mesheryctl keeps no session cookie: an older browser login's must not stay beside this token.
        connect(m_vault->store(profile.tokenSlot(), imported.auth.token, QByteArray()), &VaultJob::finished, this,
                &ImportJob::onTokenStored);
        return true;
    }

    void onTokenStored(const VaultResult &stored)
    {
        m_current.tokenStored = stored.isOk();
        m_current.error = stored.error;
        m_outcome.profiles << m_current;
        importNext();
    }

    ProfileStore *m_profiles;
    TokenVault *m_vault;
    QString m_configPath;
    QString m_mesheryFolder;
    QList<MesheryctlFiles::ImportedContext> m_pending;
    MesheryctlImportedProfile m_current; // the context whose token is being stored
    MesheryctlImportOutcome m_outcome;
};

// The profile's token from the vault, then mesheryctl's files written.
class ExportJob : public MesheryctlExportJob
{
public:
    ExportJob(TokenVault *vault, const ServerProfile &profile, const QString &configPath, const QString &contextName,
              MesheryctlFiles::ExistingFile existing, QObject *parent)
        : MesheryctlExportJob(parent)
        , m_vault(vault)
        , m_profile(profile)
        , m_configPath(configPath.isEmpty() ? MesheryctlFiles::defaultConfigPath() : configPath)
        , m_contextName(contextName)
        , m_existing(existing)
    {
    }

protected:
    void start() override
    {
        connect(m_vault->load(m_profile.tokenSlot()), &VaultJob::finished, this, &ExportJob::onTokenLoaded);
    }

private:
    void onTokenLoaded(const VaultResult &loaded)
    {
        MesheryctlExportOutcome outcome;
        if (!loaded.isOk()) {
            outcome.error = loaded.error;
        } else if (!loaded.found && !isLocalProviderName(m_profile.provider)) {
            outcome.error =
                ApiError(ApiError::Kind::NotSignedIn,
                         MesheryctlSync::tr("No token is stored for %1; log in first.").arg(m_profile.name));
        } else {
            outcome = writeFiles(loaded.token);
        }
        finish(outcome);
    }

    MesheryctlExportOutcome writeFiles(const QByteArray &token) const;

    TokenVault *m_vault;
    ServerProfile m_profile;
    QString m_configPath;
    QString m_contextName;
    MesheryctlFiles::ExistingFile m_existing;
};

MesheryctlExportOutcome ExportJob::writeFiles(const QByteArray &token) const
{
    MesheryctlExportOutcome outcome;
    // Reuse the context that already points at this server, and the token file it names.
    MesheryctlFiles::ContextUpdate update;
    update.endpoint = m_profile.serverUrl.toString();
    update.provider = m_profile.provider;
    update.makeCurrent = true;
    QString tokenLocation;
    const auto config = MesheryctlFiles::readConfig(m_configPath);
    const bool configExists = QFileInfo::exists(m_configPath);
    if (configExists && !config.ok()) {
        outcome.error = unreadable(config.error);
        return outcome;
    }
    for (const MesheryctlContext &candidate : config.value.contexts) {
        const bool named = !m_contextName.isEmpty() && candidate.name == m_contextName;
        const bool sameServer =
            m_contextName.isEmpty() && ServerAddress::normalise(candidate.endpoint) == m_profile.serverUrl;
        if (named || sameServer) {
            update.contextName = candidate.name;
            update.tokenName = candidate.tokenName;
            if (const auto entry = config.value.token(candidate.tokenName))
                tokenLocation = entry->location;
            break;
        }
    }
    if (update.contextName.isEmpty())
        update.contextName =
            m_contextName.isEmpty() ? MesheryctlFiles::contextNameFor(m_profile.serverUrl) : m_contextName;
    if (update.tokenName.isEmpty())
        update.tokenName = config.value.contexts.isEmpty() ? QStringLiteral("default") : update.contextName;
    if (tokenLocation.isEmpty()) {
        tokenLocation = config.value.contexts.isEmpty() ? QStringLiteral("auth.json")
                                                        : QStringLiteral("auth-%1.json").arg(update.contextName);
        update.tokenLocation = tokenLocation;
    }
    const QString mesheryFolder = QFileInfo(m_configPath).absolutePath();
    outcome.contextName = update.contextName;
    outcome.authFilePath = MesheryctlFiles::resolveTokenLocation(tokenLocation, mesheryFolder);

    const auto failedWrite = [&outcome](const MesheryctlFiles::WriteResult &result) {
        outcome.error = ApiError(result.needsReplaceConfirmation ? ApiError::Kind::MesheryctlTokenInTheWay
                                                                 : ApiError::Kind::MesheryctlUnwritable,
                                 result.error);
        return outcome;
    };
    // A token file in the way stops the export before anything is written, as it always has.
    const auto writable = MesheryctlFiles::checkAuthFile(outcome.authFilePath, m_profile.provider, token, m_existing);
    if (!writable.ok)
        return failedWrite(writable);
    // config.yaml first: when it cannot be written (refused, broken, unwritable) no token is left
    // on disk in a file that no context names. Both writes create a missing folder 0700.
    const auto updated = MesheryctlFiles::updateConfig(m_configPath, update);
    if (!updated.ok)
        return failedWrite(updated);
    const auto written = MesheryctlFiles::writeAuthFile(outcome.authFilePath, m_profile.provider, token, m_existing);
    if (!written.ok)
        return failedWrite(written);
    return outcome;
}

} // namespace

MesheryctlSync::MesheryctlSync(ProfileStore *profiles, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_vault(vault)
{
    qRegisterMetaType<MesheryAuth::MesheryctlImportOutcome>();
    qRegisterMetaType<MesheryAuth::MesheryctlExportOutcome>();
}

MesheryctlImportJob *MesheryctlSync::importAll(const QString &configPath, const QString &mesheryFolder)
{
    auto *job = new ImportJob(m_profiles, m_vault, configPath, mesheryFolder, this);
    qCDebug(lcMesheryctl).noquote() << "import from"
                                    << (configPath.isEmpty() ? MesheryctlFiles::defaultConfigPath() : configPath);
    connect(job, &MesheryctlImportJob::finished, job, [](const MesheryctlImportOutcome &outcome) {
        if (!outcome.isOk()) {
            qCInfo(lcMesheryctl).noquote() << "import failed:" << outcome.error.id() << outcome.error.detail();
            return;
        }
        for (const MesheryctlImportedProfile &profile : outcome.profiles) {
            if (!profile.error.isOk())
                qCInfo(lcMesheryctl).noquote()
                    << "context" << profile.contextName << "not imported:" << profile.error.id();
            else
                qCDebug(lcMesheryctl).noquote()
                    << "context" << profile.contextName << "imported as profile" << profile.profileId;
        }
    });
    return job;
}

MesheryctlExportJob *MesheryctlSync::exportProfile(const ServerProfile &profile, const QString &configPath,
                                                   const QString &contextName, MesheryctlFiles::ExistingFile existing)
{
    auto *job = new ExportJob(m_vault, profile, configPath, contextName, existing, this);
    qCDebug(lcMesheryctl).noquote() << "export profile" << profile.id;
    connect(job, &MesheryctlExportJob::finished, job, [](const MesheryctlExportOutcome &outcome) {
        if (outcome.isOk())
            qCDebug(lcMesheryctl).noquote()
                << "exported as context" << outcome.contextName << "to" << outcome.authFilePath;
        else
            qCInfo(lcMesheryctl).noquote() << "export failed:" << outcome.error.id();
    });
    return job;
}

} // namespace MesheryAuth
