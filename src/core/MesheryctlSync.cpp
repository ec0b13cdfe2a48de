#include "MesheryctlSync.h"

#include "MesheryTypes.h"
#include "ServerAddress.h"
#include "TokenValidator.h"

#include <QFileInfo>
#include <QPointer>

namespace MesheryAuth {

namespace {
template<typename Outcome>
std::function<void(const Outcome &)> guarded(QObject *context, std::function<void(const Outcome &)> done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    return [guard, hadContext, done = std::move(done)](const Outcome &outcome) {
        if ((!hadContext || guard) && done)
            done(outcome);
    };
}
} // namespace

MesheryctlSync::MesheryctlSync(ProfileStore *profiles, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_vault(vault)
{
}

void MesheryctlSync::importAll(const QString &configPath, const QString &mesheryFolder, QObject *context,
                               std::function<void(const ImportOutcome &)> done)
{
    done = guarded(context, std::move(done));
    const QString path = configPath.isEmpty() ? MesheryctlFiles::defaultConfigPath() : configPath;
    // Bare token locations live beside the config file (~/.meshery for mesheryctl's own).
    const QString folder = mesheryFolder.isEmpty() ? QFileInfo(path).absolutePath() : mesheryFolder;
    const MesheryctlFiles::ImportReport report = MesheryctlFiles::importAll(path, folder);
    ImportOutcome outcome;
    outcome.warnings = report.warnings;
    outcome.error = report.error;
    importNext(report.contexts, outcome, done);
}

void MesheryctlSync::importNext(QList<MesheryctlFiles::ImportedContext> pending, ImportOutcome outcome,
                                std::function<void(const ImportOutcome &)> done)
{
    if (pending.isEmpty()) {
        done(outcome);
        return;
    }
    const MesheryctlFiles::ImportedContext imported = pending.takeFirst();
    ImportedProfile result;
    result.contextName = imported.context.name;
    if (!imported.error.isEmpty()) {
        result.error = imported.error;
        outcome.profiles << result;
        importNext(pending, outcome, done);
        return;
    }

    QString problem;
    const QUrl url = ServerAddress::normalise(imported.context.endpoint, &problem);
    // The token file says which provider the token belongs to; the context's choice comes next.
    const QString provider = !imported.auth.provider.isEmpty() ? imported.auth.provider : imported.context.provider;
    if (!url.isValid()) {
        result.error = tr("Context \"%1\": %2").arg(imported.context.name, problem);
        outcome.profiles << result;
        importNext(pending, outcome, done);
        return;
    }
    // auth.json is anyone's file: a bad token makes neither a profile nor a keychain entry.
    if (!imported.auth.loggedOut && !imported.auth.token.isEmpty()) {
        const ApiError refused = TokenValidator::check(imported.auth.token, imported.tokenPath);
        if (!refused.isOk()) {
            result.error = tr("Context \"%1\": %2 %3").arg(imported.context.name, refused.message(), refused.detail());
            outcome.profiles << result;
            importNext(pending, outcome, done);
            return;
        }
    }
    ServerProfile profile = m_profiles->findByServer(url, provider).value_or(ProfileStore::draft(url));
    if (profile.id.isEmpty())
        profile.name = imported.context.name;
    profile.provider = provider;
    if (const ApiError saved = m_profiles->save(profile); !saved.isOk()) {
        result.error = tr("Context \"%1\": %2").arg(imported.context.name, saved.brief());
        outcome.profiles << result;
        importNext(pending, outcome, done);
        return;
    }
    result.profileId = profile.id;
    if (m_profiles->currentId().isEmpty())
        m_profiles->setCurrentId(profile.id);
    if (imported.auth.token.isEmpty()) {
        // The Local provider needs no token: the saved profile is its sign-in, as
        // SignInService::keep makes one. Any other provider without a token is logged out.
        result.localSignIn = isLocalProviderName(provider);
        result.loggedOut = !result.localSignIn;
        outcome.profiles << result;
        importNext(pending, outcome, done);
        return;
    }
    // mesheryctl keeps no session cookie: an older browser login's must not stay beside this token.
    m_vault->store(
        profile.tokenSlot(), imported.auth.token, this,
        [this, pending, outcome, result, done](const VaultResult &stored) mutable {
            result.tokenStored = stored.isOk();
            if (!stored.isOk())
                result.error = stored.error.message() + QLatin1Char(' ') + stored.error.detail();
            outcome.profiles << result;
            importNext(pending, outcome, done);
        },
        QByteArray());
}

void MesheryctlSync::exportProfile(const ServerProfile &profile, const QString &configPath, const QString &contextName,
                                   MesheryctlFiles::ExistingFile existing, QObject *context,
                                   std::function<void(const ExportOutcome &)> done)
{
    done = guarded(context, std::move(done));
    const QString path = configPath.isEmpty() ? MesheryctlFiles::defaultConfigPath() : configPath;
    m_vault->load(profile.tokenSlot(), this, [this, profile, path, contextName, existing, done](const VaultResult &loaded) {
        ExportOutcome outcome;
        if (!loaded.isOk()) {
            outcome.error = loaded.error.message() + QLatin1Char(' ') + loaded.error.hint();
            done(outcome);
            return;
        }
        if (!loaded.found && !isLocalProviderName(profile.provider)) {
            outcome.error = tr("No token is stored for %1; log in first.").arg(profile.name);
            done(outcome);
            return;
        }
        done(writeFiles(profile, loaded.token, path, contextName, existing));
    });
}

MesheryctlSync::ExportOutcome MesheryctlSync::writeFiles(const ServerProfile &profile, const QByteArray &token,
                                                         const QString &configPath, const QString &contextName,
                                                         MesheryctlFiles::ExistingFile existing)
{
    ExportOutcome outcome;
    // Reuse the context that already points at this server, and the token file it names.
    MesheryctlFiles::ContextUpdate update;
    update.endpoint = profile.serverUrl.toString();
    update.provider = profile.provider;
    update.makeCurrent = true;
    QString tokenLocation;
    const auto config = MesheryctlFiles::readConfig(configPath);
    const bool configExists = QFileInfo::exists(configPath);
    if (configExists && !config.ok()) {
        outcome.error = config.error;
        return outcome;
    }
    for (const MesheryctlContext &candidate : config.value.contexts) {
        const bool named = !contextName.isEmpty() && candidate.name == contextName;
        const bool sameServer = contextName.isEmpty() && ServerAddress::normalise(candidate.endpoint) == profile.serverUrl;
        if (named || sameServer) {
            update.contextName = candidate.name;
            update.tokenName = candidate.tokenName;
            if (const auto entry = config.value.token(candidate.tokenName))
                tokenLocation = entry->location;
            break;
        }
    }
    if (update.contextName.isEmpty())
        update.contextName = contextName.isEmpty() ? MesheryctlFiles::contextNameFor(profile.serverUrl) : contextName;
    if (update.tokenName.isEmpty())
        update.tokenName = config.value.contexts.isEmpty() ? QStringLiteral("default") : update.contextName;
    if (tokenLocation.isEmpty()) {
        tokenLocation = config.value.contexts.isEmpty() ? QStringLiteral("auth.json")
                                                        : QStringLiteral("auth-%1.json").arg(update.contextName);
        update.tokenLocation = tokenLocation;
    }
    const QString mesheryFolder = QFileInfo(configPath).absolutePath();
    outcome.contextName = update.contextName;
    outcome.authFilePath = MesheryctlFiles::resolveTokenLocation(tokenLocation, mesheryFolder);

    // A token file in the way stops the export before anything is written, as it always has.
    const auto writable = MesheryctlFiles::checkAuthFile(outcome.authFilePath, profile.provider, token, existing);
    if (!writable.ok) {
        outcome.needsReplaceConfirmation = writable.needsReplaceConfirmation;
        outcome.error = writable.error;
        return outcome;
    }
    // config.yaml first: when it cannot be written (refused, broken, unwritable) no token is left
    // on disk in a file that no context names. Both writes create a missing folder 0700.
    const auto updated = MesheryctlFiles::updateConfig(configPath, update);
    if (!updated.ok) {
        outcome.error = updated.error;
        return outcome;
    }
    const auto written = MesheryctlFiles::writeAuthFile(outcome.authFilePath, profile.provider, token, existing);
    outcome.ok = written.ok;
    outcome.needsReplaceConfirmation = written.needsReplaceConfirmation;
    outcome.error = written.error;
    return outcome;
}

} // namespace MesheryAuth
