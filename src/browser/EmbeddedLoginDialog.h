// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BrowserLoginPlugin.h"
#include "LoginCallbackMatcher.h"

#include <QDialog>
#include <QScopedPointer>
#include <QTimer>

class QWebEngineCertificateError;
class QWebEngineProfile;
class QWebEngineView;

namespace Ui {
class EmbeddedLoginDialog;
}

namespace MesheryAuth {

class LoginPage;

// One login in an embedded browser: a fresh off-the-record profile (no cookie outlives the
// dialog), the address of the page being shown, progress, and a way out to the system browser.
// The token is caught from the callback navigation or the server's token cookie.
class EmbeddedLoginDialog : public QDialog
{
    Q_OBJECT

public:
    EmbeddedLoginDialog(const EmbeddedLoginRequest &request, const EmbeddedLoginCallbacks &callbacks,
                        QWidget *parent = nullptr);
    ~EmbeddedLoginDialog() override;

    void start();

private:
    void onTokenCaught(const LoginCallback &callback);
    void onUrlChanged(const QUrl &url);
    void onLoadFinished(bool ok);
    void onCertificateError(const QWebEngineCertificateError &error);
    void showProblem(const QString &message);

    QScopedPointer<Ui::EmbeddedLoginDialog> m_ui;
    EmbeddedLoginRequest m_request;
    EmbeddedLoginCallbacks m_callbacks;
    LoginCallbackMatcher m_matcher;
    QWebEngineProfile *m_profile;
    LoginPage *m_page;
    QWebEngineView *m_view;
    QTimer m_timeLimit;
    QString m_certificateProblem;
    bool m_caught = false;
};

} // namespace MesheryAuth
