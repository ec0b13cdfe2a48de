// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BrowserCertificatePolicy.h"
#include "BrowserHelperProtocol.h"
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
// The token is caught from the main frame's navigation to the server's callback. A certificate
// the system does not trust is looked past only as the request's trust says
// (BrowserCertificatePolicy); there is no click-through.
class EmbeddedLoginDialog : public QDialog
{
    Q_OBJECT

public:
    using Request = BrowserHelper::LoginRequest;

    explicit EmbeddedLoginDialog(const Request &request, QWidget *parent = nullptr);
    ~EmbeddedLoginDialog() override;

    void start();

signals:
    void tokenCaught(const MesheryAuth::LoginCallback &callback); // the dialog then closes itself
    void systemBrowserWanted(); // likewise
    void pageShown(const QUrl &url);

private:
    void onTokenCaught(const LoginCallback &callback);
    void onUrlChanged(const QUrl &url);
    void onLoadFinished(bool ok);
    void onCertificateError(const QWebEngineCertificateError &error);
    void showProblem(const QString &message);

    QScopedPointer<Ui::EmbeddedLoginDialog> m_ui;
    Request m_request;
    BrowserCertificatePolicy m_certificatePolicy;
    LoginCallbackMatcher m_matcher;
    QWebEngineProfile *m_profile;
    LoginPage *m_page;
    QWebEngineView *m_view;
    QTimer m_timeLimit;
    QString m_certificateProblem;
    bool m_caught = false;
};

} // namespace MesheryAuth
