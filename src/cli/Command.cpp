// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Command.h"

#include "MesheryTypes.h"
#include "TokenVault.h"

namespace MesheryAuth::Cli {

Command::Command(CliContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void Command::addOptions(QCommandLineParser &)
{
}

void Command::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(
        this, [this, code] { emit finished(int(code)); }, Qt::QueuedConnection);
}

void Command::fail(const CliError &error)
{
    if (m_finished)
        return;
    output().error(error);
    finish(error.exitCode());
}

bool Command::expectArguments(const QStringList &arguments, int min, int max)
{
    if (arguments.size() >= min && arguments.size() <= max)
        return true;
    const QString help = tr("See meshery-auth-cli %1 --help.").arg(name());
    if (arguments.size() < min)
        fail(CliError::usage(tr("The command \"%1\" needs more arguments.").arg(name()), help));
    else
        fail(CliError::usage(
            tr("Too many arguments for \"%1\". Tokens are never taken as arguments: use login --token-stdin.")
                .arg(name()),
            help));
    return false;
}

CliError Command::notSignedIn(const ServerProfile &profile) const
{
    const QString server = profile.serverUrl.toString();
    const QString provider = profile.provider.isEmpty() ? QStringLiteral("KEY") : profile.provider;
    return CliError::notSignedIn(
        tr("You are not signed in to %1.").arg(server),
        tr("Log in with: meshery-auth-cli --server %1 login --provider %2").arg(server, provider));
}

void Command::loadToken(const ServerProfile &profile, Need need)
{
    if (need == Need::Token && profile.provider.isEmpty()) {
        fail(notSignedIn(profile)); // no provider chosen: nothing in the keychain to look for
        return;
    }
    VaultJob *job = context()->vault()->load(profile.tokenSlot());
    connect(job, &VaultJob::finished, this, [this, profile, need](const VaultResult &loaded) {
        if (!loaded.isOk()) {
            fail(CliError::fromApi(loaded.error));
            return;
        }
        const bool usable = !profile.provider.isEmpty() && (loaded.found || isLocalProviderName(profile.provider));
        if (need == Need::Token && !usable) {
            fail(notSignedIn(profile));
            return;
        }
        emit tokenLoaded(profile, loaded.token);
    });
}

QCommandLineOption Command::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print one JSON document (see docs/cli.md)."));
}

std::optional<ServerProfile> Command::profileOrFail(CliContext::Fallback fallback)
{
    CliError error;
    auto profile = context()->resolveProfile(fallback, &error);
    if (!profile)
        fail(error);
    return profile;
}

} // namespace MesheryAuth::Cli
