// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BrowserHelperProtocol.h"
#include "LoginCallbackMatcher.h"
#include "TlsCertificateInfo.h"

#include <QDialog>
#include <QScopedPointer>
#include <QTimer>

#include <functional>

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
// The token is caught from the main frame's navigation to the server's callback.
class EmbeddedLoginDialog : public QDialog
{
    Q_OBJECT

public:
    using Request = BrowserHelper::LoginRequest;
    // Whether to trust a certificate the system does not, for host; unset: the request's trusted
    // fingerprints, then the user is asked if the request allows it.
    using CertificateTrust = std::function<bool(const QString &host, const TlsCertificateInfo &certificate)>;

    explicit EmbeddedLoginDialog(const Request &request, QWidget *parent = nullptr);
    ~EmbeddedLoginDialog() override;

    void setCertificateTrust(CertificateTrust trust) { m_trustCertificate = std::move(trust); }
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
    bool trusts(const QString &host, const TlsCertificateInfo &certificate, const QString &description);
    void showProblem(const QString &message);

    QScopedPointer<Ui::EmbeddedLoginDialog> m_ui;
    Request m_request;
    CertificateTrust m_trustCertificate;
    LoginCallbackMatcher m_matcher;
    QWebEngineProfile *m_profile;
    LoginPage *m_page;
    QWebEngineView *m_view;
    QTimer m_timeLimit;
    QString m_certificateProblem;
    bool m_caught = false;
};

} // namespace MesheryAuth
