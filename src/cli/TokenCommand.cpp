// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenCommand.h"

#include "ApiClient.h"
#include "MesheryTypes.h"
#include "TokenFormats.h"
#include "TokenInfo.h"
#include "TokenStatus.h"

namespace MesheryAuth::Cli {

namespace {
const QStringList Formats{QStringLiteral("raw"),     QStringLiteral("bearer"), QStringLiteral("cookie"),
                          QStringLiteral("headers"), QStringLiteral("curl"),   QStringLiteral("mesheryctl")};
QCommandLineOption formatOption()
{
    return QCommandLineOption(
        QStringLiteral("format"),
        QCoreApplication::translate("MesheryAuth::Cli::TokenCommand",
                                    "raw (the token alone, the default), bearer (an Authorization "
                                    "header), cookie (a Cookie header), headers (both, one a line, "
                                    "for curl -H @-), curl (a curl command for /api/user that reads "
                                    "them so) or mesheryctl (an auth.json)."),
        QStringLiteral("FORMAT"), QStringLiteral("raw"));
}
} // namespace

QString TokenCommand::summary() const
{
    return tr("Print the stored token, alone or in a ready-to-use form.");
}

QStringList TokenCommand::synopsis() const
{
    return {QStringLiteral("token [--format raw|bearer|cookie|headers|curl|mesheryctl]")};
}

void TokenCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(formatOption());
}

void TokenCommand::run(const QCommandLineParser &parser)
{
    if (!expectArguments(parser.positionalArguments(), 0, 0))
        return;
    const QString format = parser.value(formatOption()).trimmed().toLower();
    if (!Formats.contains(format)) {
        // Not echoed: what was typed there might be a pasted token.
        fail(CliError::usage(tr("Unknown token format; choose one of: %1.").arg(Formats.join(QStringLiteral(", ")))));
        return;
    }
    const auto profile = profileOrFail(CliContext::Fallback::None);
    if (!profile)
        return;
    connect(this, &Command::tokenLoaded, this,
            [this, format](const ServerProfile &profile, const QByteArray &token) { print(profile, token, format); });
    loadToken(*profile, Need::Token);
}

void TokenCommand::renewThenPrint(const ServerProfile &profile, const QByteArray &token, const QString &format)
{
    // The context's client keeps a renewed token (Set-Cookie) in the keychain before we exit.
    ApiClient *client = context()->client(profile, token);
    connect(client->sessionToken(), &ApiCall::finished, this,
            [this, client, profile, token, format](const ApiResult &result) {
                if (result.error.kind() == ApiError::Kind::Unauthenticated) {
                    failExpired(profile, TokenStatus::of(token, QDateTime::currentDateTimeUtc()).expiry(), true);
                    return;
                }
                if (!result.isOk()) {
                    fail(CliError::fromApi(result.error));
                    return;
                }
                if (client->token() == token) {
                    // The server accepted it without a renewal: its word, not the clock's, decides.
                    output().note(tr("The token's expiry has passed, but the server still accepts it."));
                }
                print(profile, client->token(), format, Expiry::ServerDecided);
            });
}

void TokenCommand::failExpired(const ServerProfile &profile, const QDateTime &expiry, bool serverAsked)
{
    const QString when = expiry.toUTC().toString(Qt::ISODate);
    fail(CliError::notSignedIn(
        serverAsked ? tr("The stored token for %1 expired at %2, and the server did not renew it.")
                          .arg(profile.serverUrl.toString(), when)
                    : tr("The stored token for %1 expired at %2.").arg(profile.serverUrl.toString(), when),
        tr("Log in again: meshery-auth-cli --server %1 login --provider %2")
            .arg(profile.serverUrl.toString(), profile.provider)));
}

void TokenCommand::print(const ServerProfile &profile, const QByteArray &token, const QString &format, Expiry expiry)
{
    if (token.isEmpty()) {
        // Signed in with the Local provider: there is nothing to print, and printing nothing
        // would make "Bearer $(meshery-auth-cli token)" fail in a confusing way.
        fail(CliError::notSignedIn(
            tr("The %1 provider of %2 uses no token.").arg(profile.provider, profile.serverUrl.toString()),
            tr("Log in with a remote provider to get one: meshery-auth-cli login --provider KEY")));
        return;
    }
    const TokenStatus status = TokenStatus::of(token, QDateTime::currentDateTimeUtc());
    if (expiry == Expiry::FromTheToken && status.state() == TokenStatus::State::Expired) {
        if (TokenInfo::decode(token).hasRefreshToken())
            renewThenPrint(profile, token, format);
        else
            failExpired(profile, status.expiry(), false);
        return;
    }
    QByteArray text;
    if (format == QLatin1String("bearer"))
        text = TokenFormats::bearerHeader(token);
    else if (format == QLatin1String("cookie"))
        text = TokenFormats::cookieHeader(token, profile.provider);
    else if (format == QLatin1String("headers"))
        text = TokenFormats::headerLines(token, profile.provider);
    else if (format == QLatin1String("curl"))
        text = TokenFormats::curlCommand(profile);
    else if (format == QLatin1String("mesheryctl"))
        text = TokenFormats::mesheryctlAuthJson(token, profile.provider);
    else
        text = token;
    if (!text.endsWith('\n'))
        text += '\n';
    output().bytes(text);
    finish();
}

} // namespace MesheryAuth::Cli
