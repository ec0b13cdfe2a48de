// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EmbeddedLoginJob.h"
#include "LoginCallback.h"
#include "Session.h"
#include "SignInService.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;
class QWidget;

namespace MesheryAuth {

// Runs the sign-in the user asked for and hands the outcome to the session: the embedded browser
// (in its helper process), the system browser, a pasted API token, or the Local provider's no-login.
class LoginController : public QObject
{
    Q_OBJECT

public:
    enum class Method { EmbeddedBrowser, SystemBrowser, PasteToken };

    LoginController(Session *session, SignInService *signIn, QWidget *window);
    // A login dialog still open goes too: it uses the sign-in service or calls back here.
    ~LoginController() override;

    // With the profile's provider; the Local provider needs no browser whatever the method.
    void logIn(Method method);
    void logInEmbedded(const Provider &provider);
    void logInSystemBrowser(const Provider &provider);
    void logInWithPastedToken(const Provider &provider);
    // The embedded login running now, if any.
    EmbeddedLoginJob *embeddedLogin() const { return m_embedded; }
    void logOut();
    bool isBusy() const { return m_busy; }
    // A login's dialog (or the question before it) is open: another login would open a second.
    bool isAsking() const;

signals:
    void busyChanged(bool busy);
    void message(const QString &text); // for the status bar
    void failed(const MesheryAuth::ApiError &error);
    void warning(const QString &text, const QString &whatToDo); // something the user must act on

private:
    // True when a token may go to the open profile's server now. For plain http to another
    // computer the user is asked once per profile; proceed runs when they agree (the consent
    // saved first), nothing when they cancel.
    bool tokenMayTravel(const std::function<void()> &proceed);
    void logInLocal(const Provider &provider);
    // The helper's share of the profile's trust; a sentence when the embedded browser cannot
    // honour it (a client certificate, an unusable CA file) and the system browser is offered.
    QString giveTrust(const ServerTrust &trust, BrowserHelper::LoginRequest *request) const;
    void embeddedLoginEnded(const ServerProfile &profile, const Provider &provider, const EmbeddedLoginResult &result);
    void offerSystemBrowser(const Provider &provider, const QString &problem);
    void confirmAndKeep(const ServerProfile &profile, const QString &providerKey, const LoginCallback &callback);
    void finish(const ServerProfile &startedOn, const SignInResult &result);
    void setBusy(bool busy);

    Session *m_session;
    SignInService *m_signIn;
    QWidget *m_window;
    bool m_busy = false;
    QPointer<QDialog> m_dialog; // the login dialog open now, a child of the window
    QPointer<QDialog> m_plainHttpQuestion; // or the question before it
    QPointer<EmbeddedLoginJob> m_embedded; // or the embedded login in the helper
};

} // namespace MesheryAuth
