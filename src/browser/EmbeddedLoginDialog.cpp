// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "EmbeddedLoginDialog.h"
#include "ui_EmbeddedLoginDialog.h"

#include "LoginPage.h"
#include "TlsCertificateInfo.h"

#include <QWebEngineCertificateError>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace MesheryAuth {

EmbeddedLoginDialog::EmbeddedLoginDialog(const Request &request, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::EmbeddedLoginDialog)
    , m_request(request)
    , m_certificatePolicy(request.serverUrl, request.trustedCertificates, request.caCertificates)
    , m_matcher(request.serverUrl)
    // No storage name: off the record, so nothing of this login is written to disk.
    , m_profile(new QWebEngineProfile(this))
    , m_page(new LoginPage(m_profile, request.serverUrl, request.providerUrl, this))
    , m_view(new QWebEngineView(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Log in to Meshery with %1")
                       .arg(request.providerName.isEmpty() ? request.providerKey : request.providerName));
    m_view->setPage(m_page);
    m_view->setAccessibleName(tr("Provider login page"));
    m_ui->browserLayout->addWidget(m_view);

    // The token is caught from the main frame's navigation to the server's callback only. A
    // "token" cookie is not enough: a provider that persists anonymous users sets one for the
    // server's host before any login, and a cookie does not say which port or scheme set it.
    connect(m_page, &LoginPage::tokenSeen, this, &EmbeddedLoginDialog::onTokenCaught);
    connect(m_page, &QWebEnginePage::urlChanged, this, &EmbeddedLoginDialog::onUrlChanged);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] { m_ui->loadProgress->setVisible(true); });
    connect(m_page, &QWebEnginePage::loadProgress, m_ui->loadProgress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadFinished, this, &EmbeddedLoginDialog::onLoadFinished);
    connect(m_page, &QWebEnginePage::certificateError, this, &EmbeddedLoginDialog::onCertificateError);

    connect(m_ui->retryButton, &QPushButton::clicked, this, &EmbeddedLoginDialog::start);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->systemBrowserButton, &QPushButton::clicked, this, [this] {
        emit systemBrowserWanted();
        reject();
    });

    m_timeLimit.setSingleShot(true);
    connect(&m_timeLimit, &QTimer::timeout, this, [this] {
        m_page->triggerAction(QWebEnginePage::Stop);
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_request.timeLimit).count();
        showProblem(tr("No login arrived within %n minute(s). Try again, or log in with your system browser.", nullptr,
                       int(std::max<qint64>(minutes, 1))));
    });
}

EmbeddedLoginDialog::~EmbeddedLoginDialog()
{
    // The page must go before its profile, or WebEngine complains and may keep the profile.
    delete m_view;
    delete m_page;
}

void EmbeddedLoginDialog::start()
{
    m_certificateProblem.clear();
    m_ui->pages->setCurrentWidget(m_ui->browserPage);
    m_timeLimit.start(m_request.timeLimit);
    m_page->load(m_request.startUrl.isValid() ? m_request.startUrl : m_matcher.startUrl(m_request.providerKey));
    m_view->setFocus();
}

void EmbeddedLoginDialog::onTokenCaught(const LoginCallback &callback)
{
    if (m_caught)
        return;
    m_caught = true;
    m_timeLimit.stop();
    m_page->triggerAction(QWebEnginePage::Stop);
    emit tokenCaught(callback);
    accept();
}

void EmbeddedLoginDialog::onUrlChanged(const QUrl &url)
{
    // Where the user is typing their password matters: show the host, and whether it is secure.
    const bool secure = url.scheme() == QLatin1String("https");
    m_ui->addressLabel->setText(secure ? tr("\U0001F512 %1 (secure connection)").arg(url.host())
                                       : tr("%1 (not encrypted)").arg(url.host()));
    m_ui->addressLabel->setToolTip(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
}

void EmbeddedLoginDialog::onLoadFinished(bool ok)
{
    m_ui->loadProgress->setVisible(false);
    if (m_caught)
        return;
    if (ok) {
        emit pageShown(m_page->url());
        // The dance ends on the server's own pages only when the token never came: an unknown
        // provider lands on /provider, a session the server already had on /.
        const QUrl url = m_page->url();
        const QString path = url.path();
        if (m_matcher.isServerOrigin(url)
            && (path.isEmpty() || path == QLatin1String("/") || path == QLatin1String("/provider")))
            showProblem(tr("The login ended at %1 without a token. Try again, or log in with your system browser.")
                            .arg(url.toDisplayString(QUrl::RemoveQuery)));
        return;
    }
    if (!m_certificateProblem.isEmpty()) {
        showProblem(m_certificateProblem);
        return;
    }
    showProblem(
        tr("The page at %1 could not be loaded. Check that the server is running and reachable, then try again.")
            .arg(m_page->requestedUrl().host()));
}

namespace {

BrowserCertificatePolicy::Problem problemOf(const QWebEngineCertificateError &error)
{
    switch (error.type()) {
    case QWebEngineCertificateError::CertificateAuthorityInvalid:
        return BrowserCertificatePolicy::Problem::UnknownAuthority;
    case QWebEngineCertificateError::CertificateCommonNameInvalid:
        return BrowserCertificatePolicy::Problem::WrongName;
    case QWebEngineCertificateError::CertificateDateInvalid:
        return BrowserCertificatePolicy::Problem::OutOfDate;
    default:
        return BrowserCertificatePolicy::Problem::Other; // revoked, weak, ...: never looked past
    }
}

} // namespace

void EmbeddedLoginDialog::onCertificateError(const QWebEngineCertificateError &error)
{
    const QUrl url = error.url();
    const QList<QSslCertificate> chain = error.certificateChain();
    auto decision = error;
    if (error.isOverridable() && m_certificatePolicy.accepts(url, problemOf(error), chain)) {
        decision.acceptCertificate();
        return;
    }
    decision.rejectCertificate();
    const TlsCertificateInfo certificate =
        TlsCertificateInfo::fromCertificate(chain.isEmpty() ? QSslCertificate() : chain.constFirst());
    m_certificateProblem = tr("The certificate of %1 is not trusted (%2), so the page was not shown. Only this "
                              "server's own certificate, pinned or issued by its CA file, is trusted here.\n\n%3")
                               .arg(url.host(), error.description(), certificate.toDisplayString());
}

void EmbeddedLoginDialog::showProblem(const QString &message)
{
    m_timeLimit.stop();
    m_ui->problemLabel->setText(message);
    m_ui->pages->setCurrentWidget(m_ui->problemPage);
    m_ui->retryButton->setFocus();
}

} // namespace MesheryAuth
