// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "CertificateDialog.h"
#include "ui_CertificateDialog.h"

#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace MesheryAuth {

CertificateDialog::CertificateDialog(const QString &serverHost, const ApiError &error, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::CertificateDialog)
    , m_fingerprint(error.certificate().sha256Fingerprint)
    , m_changed(error.kind() == ApiError::Kind::CertificateChanged)
{
    m_ui->setupUi(this);
    const TlsCertificateInfo certificate = error.certificate();
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    if (m_changed) {
        setWindowTitle(tr("The server's certificate has changed"));
        m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize));
        m_ui->headlineLabel->setText(
            tr("<b>The server's certificate has changed.</b> %1 no longer shows the certificate you trusted for it. "
               "This may be an attack: someone between you and the server may be trying to read your token. Trust "
               "the new certificate only if the server's administrator told you it was replaced.")
                .arg(serverHost.toHtmlEscaped()));
    } else {
        setWindowTitle(tr("Untrusted certificate"));
        m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
        m_ui->headlineLabel->setText(
            tr("<b>%1 shows a certificate this computer does not trust.</b> Nothing was sent to it. Trust the "
               "certificate only if its fingerprint matches the one the server's administrator gave you.")
                .arg(serverHost.toHtmlEscaped()));
    }
    m_ui->headlineLabel->setAccessibleName(windowTitle());
    const QStringList problems = error.tlsProblems();
    m_ui->problemsLabel->setText(problems.isEmpty() ? error.message() : problems.join(QLatin1Char('\n')));
    m_ui->subjectLabel->setText(certificate.subject);
    m_ui->issuerLabel->setText(certificate.issuer);
    const QLocale locale;
    m_ui->validityLabel->setText(tr("from %1 until %2")
                                     .arg(locale.toString(certificate.validFrom.toLocalTime(), QLocale::LongFormat),
                                          locale.toString(certificate.validUntil.toLocalTime(), QLocale::LongFormat)));
    m_ui->namesLabel->setText(
        certificate.alternativeNames.isEmpty() ? tr("(none)") : certificate.alternativeNames.join(QLatin1String(", ")));
    m_ui->fingerprintEdit->setText(m_fingerprint);
    m_ui->fingerprintEdit->setCursorPosition(0);

    QPushButton *reject = m_ui->buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("rejectButton"));
    QPushButton *trust = m_ui->buttons->addButton(tr("&Trust"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setAutoDefault(false);
    trust->setEnabled(false);
    reject->setDefault(true);
    // No fingerprint, nothing to pin: the dialog only explains.
    m_ui->trustCheck->setEnabled(!m_fingerprint.isEmpty());
    connect(m_ui->trustCheck, &QCheckBox::toggled, trust, &QPushButton::setEnabled);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ui->trustCheck->isChecked() && !m_fingerprint.isEmpty())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reject->setFocus();
}

CertificateDialog::~CertificateDialog() = default;

} // namespace MesheryAuth
