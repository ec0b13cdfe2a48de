// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SystemBrowserLoginDialog.h"
#include "ui_SystemBrowserLoginDialog.h"

#include "WebAddress.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

namespace MesheryAuth {

SystemBrowserLoginDialog::SystemBrowserLoginDialog(const SystemBrowserLogin::Options &options, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SystemBrowserLoginDialog)
    , m_options(options)
    , m_open([](const QUrl &url) { return isWebAddress(url) && QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Log in to Meshery with %1").arg(options.provider.name));
    connect(&m_login, &SystemBrowserLogin::tokenArrived, this,
            [this] { m_ui->statusLabel->setText(tr("Login received; checking it with the server…")); });
    connect(&m_login, &SystemBrowserLogin::finished, this, &SystemBrowserLoginDialog::onFinished);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, [this] {
        // The link holds no secret: only where to send the browser back to.
        QGuiApplication::clipboard()->setText(m_login.loginUrl().toString(QUrl::FullyEncoded));
        m_ui->statusLabel->setText(tr("Link copied. Open it in a browser on this computer."));
    });
    connect(m_ui->openAgainButton, &QPushButton::clicked, this, [this] { m_open(m_login.loginUrl()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_login.isRunning())
            m_login.cancel();
        reject();
    });
}

SystemBrowserLoginDialog::~SystemBrowserLoginDialog() = default;

void SystemBrowserLoginDialog::start()
{
    QString problem;
    if (!m_login.start(m_options, &problem)) {
        m_ui->waitingIndicator->hide();
        m_ui->statusLabel->setText(problem);
        return;
    }
    m_ui->loginLinkEdit->setText(m_login.loginUrl().toString(QUrl::FullyEncoded));
    m_ui->loginLinkEdit->setCursorPosition(0);
    m_ui->waitingIndicator->show();
    if (!m_open(m_login.loginUrl()))
        m_ui->statusLabel->setText(
            tr("No browser could be opened. Copy the login link and open it in a browser on this computer."));
    else
        m_ui->statusLabel->setText(
            tr("Waiting for the login (up to %n minute(s))…", nullptr,
               int(std::chrono::duration_cast<std::chrono::minutes>(m_options.timeLimit).count())));
}

void SystemBrowserLoginDialog::onFinished(const SignInResult &result)
{
    m_result = result;
    m_ui->waitingIndicator->hide();
    if (result.isOk()) {
        accept();
        return;
    }
    if (result.error.kind() == ApiError::Kind::Cancelled)
        return;
    m_ui->statusLabel->setText(result.error.toDisplayString());
    m_ui->cancelButton->setText(tr("Close"));
    m_ui->openAgainButton->setEnabled(false);
    m_ui->copyLinkButton->setEnabled(false);
}

} // namespace MesheryAuth
