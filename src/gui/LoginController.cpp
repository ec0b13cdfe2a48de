// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "LoginController.h"

#include "BrowserLoginLoader.h"
#include "LoginCallbackMatcher.h"
#include "PasteTokenDialog.h"
#include "SystemBrowserLoginDialog.h"
#include "WebAddress.h"

#include <QWidget>

namespace MesheryAuth {

LoginController::LoginController(Session *session, SignInService *signIn, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_signIn(signIn)
    , m_window(window)
{
}

LoginController::~LoginController()
{
    delete m_dialog;
}

void LoginController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void LoginController::logIn(Method method)
{
    const auto provider = m_session->provider(m_session->profile().provider);
    if (!provider) {
        emit message(tr("Choose a provider first."));
        return;
    }
    if (provider->isLocal()) {
        logInLocal(*provider);
        return;
    }
    switch (method) {
    case Method::EmbeddedBrowser:
        logInEmbedded(*provider);
        break;
    case Method::SystemBrowser:
        logInSystemBrowser(*provider);
        break;
    case Method::PasteToken:
        logInWithPastedToken(*provider);
        break;
    }
}

void LoginController::logInLocal(const Provider &provider)
{
    setBusy(true);
    emit message(tr("Selecting the Local provider…"));
    const ServerProfile profile = m_session->profile();
    connect(m_signIn->signInLocal(profile, provider.key), &SignInJob::finished, this,
            [this, profile](const SignInResult &result) { finish(profile, result); });
}

void LoginController::logInEmbedded(const Provider &provider)
{
    QString problem;
    BrowserLoginFactory *factory = BrowserLoginLoader::factory(&problem);
    if (!factory) {
        emit message(problem);
        logInSystemBrowser(provider);
        return;
    }
    EmbeddedLoginRequest request;
    request.serverUrl = m_session->profile().serverUrl;
    request.providerKey = provider.key;
    request.providerName = provider.name;
    request.providerUrl = provider.url;
    request.trustCertificate = m_trustCertificate;
    if (provider.persistsAnonymousUsers() && isWebAddress(provider.url)) {
        // The server's own start would hand out an anonymous session, not this user's login:
        // open the provider's login page directly, as the server would, with its callback.
        const QUrl callback = LoginCallbackMatcher(request.serverUrl).callbackUrl();
        request.startUrl = SystemBrowserLogin::providerLoginUrl(provider.url, callback.toString(),
                                                                provider.packageVersion, m_session->serverBuild());
        emit message(tr("%1 signs visitors in anonymously; its own login page opens instead.").arg(provider.name));
    }
    EmbeddedLoginCallbacks callbacks;
    const QString key = provider.key;
    // The login belongs to the profile it started on, whatever the window shows when it ends.
    const ServerProfile profile = m_session->profile();
    callbacks.tokenCaught = [this, profile, key](const LoginCallback &callback) {
        confirmAndKeep(profile, key, callback);
    };
    callbacks.useSystemBrowserInstead = [this, provider] {
        // Queued: the embedded dialog is still closing.
        QMetaObject::invokeMethod(
            this, [this, provider] { logInSystemBrowser(provider); }, Qt::QueuedConnection);
    };
    QDialog *dialog = factory->createLoginDialog(request, callbacks, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("embeddedLoginDialog"));
    m_dialog = dialog;
    dialog->open();
}

void LoginController::logInSystemBrowser(const Provider &provider)
{
    const ServerProfile profile = m_session->profile();
    SystemBrowserLogin::Options options;
    options.serverUrl = profile.serverUrl;
    options.provider = provider;
    options.mesheryVersion = m_session->serverBuild();
    options.requestTimeout = std::chrono::seconds(profile.timeoutSeconds);
    auto *dialog = new SystemBrowserLoginDialog(options, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("systemBrowserLoginDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, profile] {
        setBusy(true);
        connect(m_signIn->keep(profile, dialog->result()), &SignInJob::finished, this,
                [this, profile](const SignInResult &kept) { finish(profile, kept); });
    });
    m_dialog = dialog;
    dialog->open();
    dialog->start();
}

void LoginController::logInWithPastedToken(const Provider &provider)
{
    const ServerProfile profile = m_session->profile();
    auto *dialog = new PasteTokenDialog(m_signIn, profile, provider.key, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("pasteTokenDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, profile] { finish(profile, dialog->result()); });
    m_dialog = dialog;
    dialog->open();
}

void LoginController::confirmAndKeep(const ServerProfile &profile, const QString &providerKey,
                                     const LoginCallback &callback)
{
    setBusy(true);
    emit message(tr("Login received; checking it with the server…"));
    connect(m_signIn->confirmThenKeep(profile, providerKey, callback, TokenConfirmation::Steps::TokenAndUser),
            &SignInJob::finished, this, [this, profile](const SignInResult &kept) { finish(profile, kept); });
}

void LoginController::finish(const ServerProfile &startedOn, const SignInResult &result)
{
    setBusy(false);
    if (!result.isOk()) {
        emit failed(result.error);
        return;
    }
    // The window moved on to another server meanwhile: the token is kept for the one the login
    // started on (SignInService::keep), and this session is not handed someone else's account.
    const ServerProfile shown = m_session->profile();
    if (shown.id != startedOn.id || shown.serverUrl != startedOn.serverUrl) {
        emit message(tr("Signed in to %1 as %2.").arg(startedOn.name, result.user.displayName()));
        return;
    }
    m_session->signedIn(result);
    emit message(tr("Signed in as %1.").arg(result.user.displayName()));
}

void LoginController::logOut()
{
    setBusy(true);
    emit message(tr("Signing out…"));
    const ServerProfile startedOn = m_session->profile();
    connect(m_signIn->logout(startedOn), &SignInJob::finished, this, [this, startedOn](const SignInResult &result) {
        setBusy(false);
        if (!result.isOk()) {
            emit failed(result.error);
            return;
        }
        // The window moved on meanwhile: the profile shown now keeps its own sign-in.
        if (m_session->profile().id != startedOn.id) {
            emit message(tr("Signed out of %1.").arg(startedOn.name));
            return;
        }
        m_session->signedOut();
        if (result.revokedAtProvider) {
            emit message(tr("Signed out at the provider; this server's tokens were removed from this computer."));
            return;
        }
        const auto provider = m_session->provider(result.provider);
        const QString where =
            provider && provider->url.isValid() ? QStringLiteral(" (%1)").arg(provider->url.toString()) : QString();
        emit warning(
            tr("The token was removed from this computer, but the provider may still accept it until it expires."),
            tr("The server could not end the session at the provider: that needs the session of a browser login, "
               "and a pasted API token has none. Revoke the token on the provider's API tokens page%1.")
                .arg(where));
    });
}

} // namespace MesheryAuth
