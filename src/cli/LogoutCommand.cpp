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
    context()->signIn()->logout(*profile, this, [this, profile = *profile](const SignInResult &result) {
        if (!result.isOk()) {
            fail(CliError::fromApi(result.error));
            return;
        }
        output().line(tr("Logged out of %1; its tokens were removed from the keychain.").arg(profile.serverUrl.toString()));
        finish();
    });
}

} // namespace MesheryAuth::Cli
