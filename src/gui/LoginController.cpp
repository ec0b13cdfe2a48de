#include "LoginController.h"

#include "BrowserLoginLoader.h"
#include "PasteTokenDialog.h"
#include "SystemBrowserLoginDialog.h"
#include "TokenConfirmation.h"

#include <QWidget>

namespace MesheryAuth {

LoginController::LoginController(Session *session, SignInService *signIn, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_signIn(signIn)
    , m_window(window)
{
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
    case Method::EmbeddedBrowser: logInEmbedded(*provider); break;
    case Method::SystemBrowser: logInSystemBrowser(*provider); break;
    case Method::PasteToken: logInWithPastedToken(*provider); break;
    }
}

void LoginController::logInLocal(const Provider &provider)
{
    setBusy(true);
    emit message(tr("Selecting the Local provider…"));
    m_signIn->signInLocal(m_session->profile(), provider.key, this, [this](const SignInResult &result) { finish(result); });
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
    request.trustCertificate = m_trustCertificate;
    EmbeddedLoginCallbacks callbacks;
    const QString key = provider.key;
    callbacks.tokenCaught = [this, key](const QByteArray &token) { confirmAndKeep(key, token); };
    callbacks.useSystemBrowserInstead = [this, provider] {
        // Queued: the embedded dialog is still closing.
        QMetaObject::invokeMethod(this, [this, provider] { logInSystemBrowser(provider); }, Qt::QueuedConnection);
    };
    QDialog *dialog = factory->createLoginDialog(request, callbacks, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("embeddedLoginDialog"));
    dialog->open();
}

void LoginController::logInSystemBrowser(const Provider &provider)
{
    SystemBrowserLogin::Options options;
    options.serverUrl = m_session->profile().serverUrl;
    options.provider = provider;
    options.mesheryVersion = m_session->serverBuild();
    options.requestTimeout = std::chrono::seconds(m_session->profile().timeoutSeconds);
    auto *dialog = new SystemBrowserLoginDialog(options, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("systemBrowserLoginDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setBusy(true);
        m_signIn->keep(m_session->profile(), dialog->result(), this, [this](const SignInResult &kept) { finish(kept); });
    });
    dialog->open();
    dialog->start();
}

void LoginController::logInWithPastedToken(const Provider &provider)
{
    auto *dialog = new PasteTokenDialog(m_signIn, m_session->profile(), provider.key, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("pasteTokenDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { finish(dialog->result()); });
    dialog->open();
}

void LoginController::confirmAndKeep(const QString &providerKey, const QByteArray &token)
{
    setBusy(true);
    emit message(tr("Login received; checking it with the server…"));
    const ServerProfile profile = m_session->profile();
    auto *confirmation = new TokenConfirmation(profile.serverUrl, std::chrono::seconds(profile.timeoutSeconds), this);
    connect(confirmation, &TokenConfirmation::finished, this, [this, confirmation, profile](const SignInResult &result) {
        confirmation->deleteLater();
        if (!result.isOk()) {
            finish(result);
            return;
        }
        m_signIn->keep(profile, result, this, [this](const SignInResult &kept) { finish(kept); });
    });
    confirmation->start(providerKey, token, TokenConfirmation::Steps::TokenAndUser);
}

void LoginController::finish(const SignInResult &result)
{
    setBusy(false);
    if (!result.isOk()) {
        emit failed(result.error);
        return;
    }
    m_session->signedIn(result);
    emit message(tr("Signed in as %1.").arg(result.user.displayName()));
}

void LoginController::logOut()
{
    setBusy(true);
    emit message(tr("Signing out…"));
    m_signIn->logout(m_session->profile(), this, [this](const SignInResult &result) {
        setBusy(false);
        if (!result.isOk()) {
            emit failed(result.error);
            return;
        }
        m_session->signedOut();
        emit message(tr("Signed out; this server's tokens were removed from the keychain."));
    });
}

} // namespace MesheryAuth
