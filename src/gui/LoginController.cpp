// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "LoginController.h"

#include "LoginCallbackMatcher.h"
#include "PasteTokenDialog.h"
#include "SystemBrowserLoginDialog.h"
#include "WebAddress.h"
#include "WindowInputBlocker.h"

#include <QMessageBox>
#include <QPushButton>
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
    delete m_plainHttpQuestion;
    delete m_dialog;
    delete m_embedded; // and its helper with it
}

bool LoginController::isAsking() const
{
    return m_dialog || m_plainHttpQuestion;
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

bool LoginController::tokenMayTravel(const std::function<void()> &proceed)
{
    const ServerProfile profile = m_session->profile();
    if (profile.trust.allowsTokenTo(profile.serverUrl))
        return true;
    if (m_plainHttpQuestion)
        return false; // one question at a time: it is in front already
    const QString host = profile.serverUrl.host();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Send your token unencrypted?"),
                                tr("%1 is reached over plain http: your token travels unencrypted to %1, and anyone "
                                   "on the network between can read it and use your account.")
                                    .arg(host),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("plainHttpConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Use an https:// address if the server offers one. Send the token anyway only on a "
                               "network you trust; you are asked once for this server."));
    QPushButton *send = box->addButton(tr("&Send my token unencrypted"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendUnencryptedButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(send, &QPushButton::clicked, this, [this, profile, proceed] {
        // The window may have moved on to another server while the question was open.
        if (m_session->profile().id != profile.id || m_session->profile().serverUrl != profile.serverUrl)
            return;
        ServerTrust trust = m_session->profile().trust;
        trust.plainHttpConfirmed = true;
        const ApiError error = m_session->saveTrust(trust);
        if (!error.isOk()) {
            emit failed(error);
            return;
        }
        proceed();
    });
    connect(cancel, &QPushButton::clicked, this, [this] { emit message(tr("Nothing was sent.")); });
    m_plainHttpQuestion = box;
    box->open();
    return false;
}

void LoginController::logInLocal(const Provider &provider)
{
    // No question about plain http here: the Local provider has no token to send.
    setBusy(true);
    emit message(tr("Selecting the Local provider…"));
    const ServerProfile profile = m_session->profile();
    connect(m_signIn->signInLocal(profile, provider.key), &SignInJob::finished, this,
            [this, profile](const SignInResult &result) { finish(profile, result); });
}

void LoginController::logInEmbedded(const Provider &provider)
{
    if (m_embedded)
        return; // one login at a time: its dialog is in front already
    if (!tokenMayTravel([this, provider] { logInEmbedded(provider); }))
        return;
    const ServerProfile profile = m_session->profile();
    BrowserHelper::LoginRequest request;
    request.serverUrl = profile.serverUrl;
    request.providerKey = provider.key;
    request.providerName = provider.name;
    request.providerUrl = provider.url;
    if (const QString cannot = giveTrust(profile.trust, &request); !cannot.isEmpty()) {
        offerSystemBrowser(provider, cannot);
        return;
    }
    QWidget *window = m_window->window();
    request.parentWindow = quint64(window->winId());
    request.parentGeometry = window->frameGeometry();
    if (provider.persistsAnonymousUsers() && isWebAddress(provider.url)) {
        // The server's own start would hand out an anonymous session, not this user's login:
        // open the provider's login page directly, as the server would, with its callback.
        const QUrl callback = LoginCallbackMatcher(request.serverUrl).callbackUrl();
        request.startUrl = SystemBrowserLogin::providerLoginUrl(provider.url, callback.toString(),
                                                                provider.packageVersion, m_session->serverBuild());
        emit message(tr("%1 signs visitors in anonymously; its own login page opens instead.").arg(provider.name));
    } else {
        emit message(tr("Opening the login page of %1 (Esc cancels)…")
                         .arg(provider.name.isEmpty() ? provider.key : provider.name));
    }
    m_embedded = new EmbeddedLoginJob(request, this);
    // The helper's dialog is modal to the window, as one of this process would be.
    auto *blocker = new WindowInputBlocker(window, m_embedded);
    connect(blocker, &WindowInputBlocker::inputBlocked, m_embedded, &EmbeddedLoginJob::raiseDialog);
    connect(blocker, &WindowInputBlocker::escapePressed, m_embedded, &EmbeddedLoginJob::cancel);
    // The login belongs to the profile it started on, whatever the window shows when it ends.
    connect(m_embedded, &EmbeddedLoginJob::finished, this,
            [this, profile, provider](const EmbeddedLoginResult &result) {
                embeddedLoginEnded(profile, provider, result);
            });
}

QString LoginController::giveTrust(const ServerTrust &trust, BrowserHelper::LoginRequest *request) const
{
    // Qt WebEngine would need the client key itself, decrypted, in the helper process: the
    // client certificate stays with the API client, and the login with the system browser.
    if (trust.hasClientCertificate())
        return tr("The built-in browser cannot present client certificates, and this server's profile uses one.");
    const ApiError error = request->setTrust(trust);
    return error.isOk() ? QString() : error.detail();
}

void LoginController::embeddedLoginEnded(const ServerProfile &profile, const Provider &provider,
                                         const EmbeddedLoginResult &result)
{
    switch (result.outcome) {
    case EmbeddedLoginResult::Outcome::Caught:
        confirmAndKeep(profile, provider.key, result.callback);
        break;
    case EmbeddedLoginResult::Outcome::SystemBrowserWanted:
        logInSystemBrowser(provider);
        break;
    case EmbeddedLoginResult::Outcome::Cancelled:
        emit message(tr("Login cancelled."));
        break;
    case EmbeddedLoginResult::Outcome::Failed:
        offerSystemBrowser(provider, result.problem);
        break;
    }
}

void LoginController::offerSystemBrowser(const Provider &provider, const QString &problem)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The embedded browser failed"), problem, QMessageBox::NoButton,
                                m_window);
    box->setObjectName(QStringLiteral("embeddedBrowserFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("You can log in with your system browser instead."));
    QPushButton *systemBrowser = box->addButton(tr("Log in with &system browser"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(systemBrowser);
    connect(systemBrowser, &QPushButton::clicked, this, [this, provider] { logInSystemBrowser(provider); });
    m_dialog = box;
    box->open();
}

void LoginController::logInSystemBrowser(const Provider &provider)
{
    if (!tokenMayTravel([this, provider] { logInSystemBrowser(provider); }))
        return;
    const ServerProfile profile = m_session->profile();
    SystemBrowserLogin::Options options;
    options.serverUrl = profile.serverUrl;
    options.provider = provider;
    options.mesheryVersion = m_session->serverBuild();
    options.requestTimeout = std::chrono::seconds(profile.timeoutSeconds);
    options.trust = profile.trust;
    options.profileId = profile.id;
    options.vault = m_session->vault();
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
    if (!tokenMayTravel([this, provider] { logInWithPastedToken(provider); }))
        return;
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
