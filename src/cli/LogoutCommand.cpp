// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "LogoutCommand.h"

#include "SignInService.h"

namespace MesheryAuth::Cli {

QString LogoutCommand::summary() const
{
    return tr("Log out at the server and remove the profile's tokens from the keychain.");
}

QStringList LogoutCommand::synopsis() const
{
    return {QStringLiteral("logout")};
}

void LogoutCommand::run(const QCommandLineParser &parser)
{
    if (!expectArguments(parser.positionalArguments(), 0, 0))
        return;
    CliError error;
    const auto profile = context()->resolveProfile(CliContext::Fallback::None, &error);
    if (!profile && error.exitCode() != ExitCode::NotSignedIn) {
        fail(error);
        return;
    }
    if (!profile || profile->id.isEmpty()) {
        // Nothing saved, so nothing in the keychain either (the vault indexes saved profiles).
        output().note(tr("Not signed in: there is nothing to log out of."));
        finish();
        return;
    }
    SignInJob *job = context()->signIn()->logout(*profile);
    connect(job, &SignInJob::finished, this, [this, profile = *profile](const SignInResult &result) {
        if (!result.isOk()) {
            fail(CliError::fromApi(result.error));
            return;
        }
        if (result.revokedAtProvider) {
            output().line(tr("Logged out of %1 at the provider; its tokens were removed from the keychain.")
                              .arg(profile.serverUrl.toString()));
        } else {
            output().line(tr("The tokens of %1 were removed from the keychain.").arg(profile.serverUrl.toString()));
            output().note(tr("The provider may still accept the token until it expires: the server could not end the "
                             "session there (that needs the session of a browser login; a token from --token-stdin has "
                             "none). Revoke it on the provider's API tokens page."));
        }
        finish();
    });
}

} // namespace MesheryAuth::Cli
