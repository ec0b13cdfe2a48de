// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "LoginCommand.h"

#include "ApiClient.h"
#include "SignInService.h"
#include "SystemBrowser.h"
#include "SystemBrowserLogin.h"
#include "TokenInput.h"

namespace MesheryAuth::Cli {

namespace {
const QCommandLineOption ProviderOption(QStringLiteral("provider"), QString(), QStringLiteral("KEY"));
const QCommandLineOption WebOption(QStringLiteral("web"));
const QCommandLineOption TokenStdinOption(QStringLiteral("token-stdin"));
const QCommandLineOption PrintUrlOption(QStringLiteral("print-url"));

QCommandLineOption described(QCommandLineOption option, const QString &description)
{
    option.setDescription(description);
    return option;
}
} // namespace

QString LoginCommand::summary() const
{
    return tr("Sign in with a provider and keep the token in the system keychain.");
}

QStringList LoginCommand::synopsis() const
{
    return {QStringLiteral("login --provider KEY [--web | --token-stdin | --print-url]")};
}

void LoginCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(described(ProviderOption,
                               tr("The provider to sign in with (see the providers command); "
                                  "default: the profile's.")));
    parser.addOption(described(WebOption, tr("Sign in in the system browser (the default for remote providers).")));
    parser.addOption(
        described(TokenStdinOption, tr("Read an API token from standard input and check it with the server.")));
    parser.addOption(described(PrintUrlOption,
                               tr("Like --web, but only print the login URL on stdout (one line) and "
                                  "wait for the browser to come back.")));
}

void LoginCommand::run(const QCommandLineParser &parser)
{
    if (!expectArguments(parser.positionalArguments(), 0, 0))
        return;
    const QList<QPair<QCommandLineOption, Mode>> modes{
        {WebOption, Mode::Web}, {PrintUrlOption, Mode::PrintUrl}, {TokenStdinOption, Mode::TokenStdin}};
    int chosen = 0;
    for (const auto &[option, mode] : modes) {
        if (parser.isSet(option)) {
            m_mode = mode;
            ++chosen;
        }
    }
    if (chosen > 1) {
        fail(CliError::usage(tr("Choose one of --web, --token-stdin and --print-url.")));
        return;
    }
    m_modeChosen = chosen == 1;

    const auto profile = profileOrFail(CliContext::Fallback::DefaultServer);
    if (!profile)
        return;
    m_profile = *profile;
    m_providerKey = parser.isSet(ProviderOption) ? parser.value(ProviderOption).trimmed() : m_profile.provider;
    if (m_providerKey.isEmpty()) {
        fail(CliError::usage(tr("Choose a provider with --provider KEY."),
                             tr("List the server's providers with: meshery-auth-cli providers")));
        return;
    }
    // The token would be refused on its way anyway: say so before a browser opens or a token is read.
    if (!isLocalProviderName(m_providerKey) && !m_profile.trust.allowsTokenTo(m_profile.serverUrl)) {
        fail(CliError::fromApi(
            ApiError(ApiError::Kind::UnencryptedConnection, m_profile.serverUrl.toString(QUrl::RemovePath))));
        return;
    }

    ApiCall *call = context()->client(m_profile, {})->providers();
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result.isOk()) {
            fail(CliError::fromApi(result.error));
            return;
        }
        const auto providers = result.valueAs<QList<Provider>>();
        QStringList keys;
        for (const Provider &provider : providers)
            keys << provider.key;
        // As the server resolves it: "Local" finds its "None" and the other way round.
        if (const auto provider = findProvider(providers, m_providerKey)) {
            useProvider(*provider);
            return;
        }
        for (const Provider &provider : providers) {
            if (provider.key.compare(m_providerKey, Qt::CaseInsensitive) == 0) {
                useProvider(provider);
                return;
            }
        }
        fail(CliError::failure(
            QStringLiteral("provider-not-found"),
            tr("The server %1 does not offer the provider \"%2\".").arg(m_profile.serverUrl.toString(), m_providerKey),
            tr("It offers: %1.").arg(keys.join(QStringLiteral(", ")))));
    });
}

void LoginCommand::useProvider(const Provider &provider)
{
    if (provider.isLocal()) {
        if (m_modeChosen)
            output().note(tr("The %1 provider needs no token and no browser: selecting it.").arg(provider.key));
        // The time limit is --timeout's (this run only), not the one the profile is saved with.
        reportWhenDone(context()->signIn()->signInLocal(m_profile, provider.key, context()->timeoutFor(m_profile)));
        return;
    }
    if (m_mode == Mode::TokenStdin) {
        QString tooLong;
        const QByteArray token = TokenInput::read(&tooLong);
        if (!tooLong.isEmpty()) {
            fail(CliError::fromApi(ApiError(ApiError::Kind::InvalidToken, tooLong)));
            return;
        }
        if (token.isEmpty()) {
            fail(CliError::usage(
                tr("No token arrived on standard input."),
                tr("Pipe it in, for example: meshery-auth-cli login --provider %1 --token-stdin < token.txt")
                    .arg(provider.key)));
            return;
        }
        reportWhenDone(
            context()->signIn()->signInWithToken(m_profile, provider.key, token, context()->timeoutFor(m_profile)));
        return;
    }
    // mesheryctl passes the server's build on to the provider; a server that does not say is
    // no reason to stop.
    ApiCall *call = context()->client(m_profile, {})->serverVersion();
    connect(call, &ApiCall::finished, this, [this, provider](const ApiResult &result) {
        startBrowserFlow(provider, result.isOk() ? result.valueAs<ServerVersion>().build : QString());
    });
}

void LoginCommand::startBrowserFlow(const Provider &provider, const QString &mesheryVersion)
{
    m_browserLogin = new SystemBrowserLogin(this);
    connect(m_browserLogin, &SystemBrowserLogin::tokenArrived, this,
            [this] { output().note(tr("Login received; checking it with the server…")); });
    connect(m_browserLogin, &SystemBrowserLogin::finished, this, [this](const SignInResult &result) {
        if (!result.isOk()) {
            fail(CliError::fromApi(result.error));
            return;
        }
        keep(result);
    });

    SystemBrowserLogin::Options options;
    options.serverUrl = m_profile.serverUrl;
    options.provider = provider;
    options.mesheryVersion = mesheryVersion;
    options.requestTimeout = context()->timeoutFor(m_profile);
    options.trust = m_profile.trust;
    options.profileId = m_profile.id;
    options.vault = context()->vault();
    QString problem;
    if (!m_browserLogin->start(options, &problem)) {
        fail(CliError::failure(QStringLiteral("login-not-started"), problem));
        return;
    }
    const QString url = m_browserLogin->loginUrl().toString(QUrl::FullyEncoded);
    if (m_mode == Mode::PrintUrl) {
        output().line(url);
    } else if (SystemBrowser::open(m_browserLogin->loginUrl())) {
        output().note(tr("Your browser was asked to open the login page of %1. If it did not, open this address:")
                          .arg(provider.name));
        output().note(url);
    } else {
        output().note(tr("No browser could be opened. Open this address in a browser on this computer:"));
        output().note(url);
    }
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(options.timeLimit).count();
    output().note(tr("Waiting for the login (up to %n minute(s); Ctrl+C cancels)…", nullptr, int(minutes)));
}

void LoginCommand::keep(const SignInResult &confirmed)
{
    reportWhenDone(context()->signIn()->keep(m_profile, confirmed));
}

void LoginCommand::reportWhenDone(SignInJob *job)
{
    connect(job, &SignInJob::finished, this, [this](const SignInResult &kept) {
        if (!kept.isOk()) {
            fail(CliError::fromApi(kept.error));
            return;
        }
        const QString server = m_profile.serverUrl.toString();
        const QString who = kept.user.email.isEmpty() || kept.user.displayName() == kept.user.email
            ? kept.user.displayName()
            : QStringLiteral("%1 <%2>").arg(kept.user.displayName(), kept.user.email);
        if (kept.token.isEmpty())
            say(tr("Using the %1 provider of %2 (no token needed), as %3.").arg(kept.provider, server, who));
        else
            say(tr("Signed in to %1 with %2 as %3; the token is in the system keychain.")
                    .arg(server, kept.provider, who));
        finish();
    });
}

void LoginCommand::say(const QString &text) const
{
    if (m_mode == Mode::PrintUrl)
        output().note(text);
    else
        output().line(text);
}

} // namespace MesheryAuth::Cli
