// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileSecurityPage.h"
#include "ui_ProfileSecurityPage.h"

#include <QFileDialog>

namespace MesheryAuth {

ProfileSecurityPage::ProfileSecurityPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::ProfileSecurityPage)
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->caFileEdit); // where the dialog sends the user to fix a file
    const QString pem = tr("PEM certificates (*.pem *.crt *.cer);;All files (*)");
    connect(m_ui->caFileBrowse, &QPushButton::clicked, this,
            [this, pem] { browse(m_ui->caFileEdit, tr("CA file for this server"), pem); });
    connect(m_ui->clientCertificateBrowse, &QPushButton::clicked, this, [this] {
        browse(m_ui->clientCertificateEdit, tr("Client certificate"),
               tr("Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)"));
    });
    connect(m_ui->clientKeyBrowse, &QPushButton::clicked, this,
            [this] { browse(m_ui->clientKeyEdit, tr("Client key"), tr("PEM keys (*.pem *.key);;All files (*)")); });
    // A passphrase typed and "forget it" ticked would contradict each other.
    connect(m_ui->forgetPassphraseCheck, &QCheckBox::toggled, m_ui->passphraseEdit, [this](bool forget) {
        m_ui->passphraseEdit->setEnabled(!forget);
        if (forget)
            m_ui->passphraseEdit->clear();
    });
    connect(m_ui->removePinButton, &QPushButton::clicked, this, [this] { delete m_ui->pinsList->currentItem(); });
    connect(m_ui->pinsList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->removePinButton->setEnabled(row >= 0); });
    m_ui->removePinButton->setEnabled(false);
}

ProfileSecurityPage::~ProfileSecurityPage() = default;

void ProfileSecurityPage::setTrust(const ServerTrust &trust)
{
    m_ui->caFileEdit->setText(trust.caFile);
    m_ui->clientCertificateEdit->setText(trust.clientCertificateFile);
    m_ui->clientKeyEdit->setText(trust.clientKeyFile);
    m_ui->pinsList->clear();
    m_ui->pinsList->addItems(trust.pinnedCertificates);
    if (m_ui->pinsList->count() > 0)
        m_ui->pinsList->setCurrentRow(0);
    m_plainHttpConfirmed = trust.plainHttpConfirmed;
    m_ui->plainHttpCheck->setChecked(trust.plainHttpConfirmed);
}

ServerTrust ProfileSecurityPage::trust() const
{
    ServerTrust trust;
    trust.caFile = m_ui->caFileEdit->text().trimmed();
    trust.clientCertificateFile = m_ui->clientCertificateEdit->text().trimmed();
    trust.clientKeyFile = m_ui->clientKeyEdit->text().trimmed();
    for (int row = 0; row < m_ui->pinsList->count(); ++row)
        trust.pinnedCertificates << m_ui->pinsList->item(row)->text();
    trust.plainHttpConfirmed = !m_ui->plainHttpCheck->isHidden() && m_ui->plainHttpCheck->isChecked();
    return trust;
}

std::optional<QByteArray> ProfileSecurityPage::passphrase() const
{
    if (m_ui->forgetPassphraseCheck->isChecked())
        return QByteArray();
    if (m_ui->passphraseEdit->text().isEmpty())
        return std::nullopt;
    return m_ui->passphraseEdit->text().toUtf8();
}

void ProfileSecurityPage::setServerUrl(const QUrl &url)
{
    m_ui->plainHttpCheck->setHidden(!ServerTrust::isUnencryptedRemote(url) && !m_plainHttpConfirmed);
}

void ProfileSecurityPage::browse(QLineEdit *edit, const QString &title, const QString &filter)
{
    const QString chosen = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
    if (!chosen.isEmpty())
        edit->setText(chosen);
}

} // namespace MesheryAuth
