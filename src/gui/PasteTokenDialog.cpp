// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "PasteTokenDialog.h"
#include "ui_PasteTokenDialog.h"

#include <QPushButton>

namespace MesheryAuth {

PasteTokenDialog::PasteTokenDialog(SignInService *signIn, const ServerProfile &profile, const QString &providerKey,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::PasteTokenDialog)
    , m_signIn(signIn)
    , m_profile(profile)
    , m_provider(providerKey)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->checkingIndicator->hide();
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        m_ui->problemLabel->clear();
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasteTokenDialog::check);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PasteTokenDialog::~PasteTokenDialog() = default;

void PasteTokenDialog::check()
{
    setChecking(true);
    SignInJob *job = m_signIn->signInWithToken(m_profile, m_provider, m_ui->tokenEdit->text().toUtf8());
    connect(job, &SignInJob::finished, this, [this](const SignInResult &result) {
        setChecking(false);
        m_result = result;
        if (result.isOk()) {
            accept();
            return;
        }
        m_ui->problemLabel->setText(result.error.toDisplayString());
        m_ui->tokenEdit->setFocus();
        m_ui->tokenEdit->selectAll();
    });
}

void PasteTokenDialog::setChecking(bool checking)
{
    m_ui->checkingIndicator->setVisible(checking);
    m_ui->tokenEdit->setEnabled(!checking);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!checking);
    if (checking)
        m_ui->problemLabel->setText(tr("Checking the token with the server…"));
}

} // namespace MesheryAuth
