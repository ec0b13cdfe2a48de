// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileDialog.h"
#include "ui_ProfileDialog.h"

#include "ProfileSecurityPage.h"
#include "TlsMaterial.h"
#include "TokenVault.h"

#include <QPushButton>

namespace MesheryAuth {

ProfileDialog::ProfileDialog(ProfileService *service, const ServerProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ProfileDialog)
    , m_service(service)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    m_security = new ProfileSecurityPage;
    m_ui->tabs->addTab(m_security, m_security->windowTitle());
    m_security->setTrust(profile.trust);
    m_security->setServerUrl(profile.serverUrl);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, m_security,
            [this](const QString &text) { m_security->setServerUrl(QUrl(text.trimmed())); });
    setWindowTitle(profile.id.isEmpty() ? tr("Add a server") : tr("Edit server"));
    if (!profile.id.isEmpty()) {
        m_ui->urlEdit->setText(profile.serverUrl.toString());
        m_ui->nameEdit->setText(profile.name);
    }
    m_ui->timeoutSpin->setRange(ServerProfile::MinTimeoutSeconds, ServerProfile::MaxTimeoutSeconds);
    m_ui->timeoutSpin->setValue(profile.timeoutSeconds);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::save()
{
    ServerProfile edited = m_profile;
    edited.serverUrl = QUrl(m_ui->urlEdit->text().trimmed().isEmpty() ? QString() : m_ui->urlEdit->text().trimmed());
    edited.name = m_ui->nameEdit->text();
    edited.timeoutSeconds = m_ui->timeoutSpin->value();
    edited.trust = m_security->trust();
    const std::optional<QByteArray> passphrase = m_security->passphrase();
    // Files that cannot be used are refused here, not at the next sign-in. An encrypted key with
    // no passphrase typed may use the one in the keychain: the connection says so if there is none.
    // Read off the UI thread: a key file can be made to take long to open.
    m_ui->buttons->setEnabled(false);
    auto *check =
        new TlsMaterialJob(edited.trust, passphrase && !passphrase->isEmpty() ? passphrase : std::nullopt, this);
    connect(check, &TlsMaterialJob::finished, this, [this, edited, passphrase](const TlsMaterial &material) {
        m_ui->buttons->setEnabled(true);
        if (!material.isOk() && !(material.needsPassphrase && !passphrase)) {
            showProblem(material.error.brief(), m_security);
            return;
        }
        saveChecked(edited, passphrase);
    });
}

void ProfileDialog::saveChecked(ServerProfile edited, const std::optional<QByteArray> &passphrase)
{
    const ApiError problem = m_service->save(m_profile, edited);
    if (!problem.isOk()) {
        showProblem(problem.brief(), m_ui->urlEdit);
        return;
    }
    m_profile = edited;
    if (!passphrase || !m_service->vault()) {
        accept();
        return;
    }
    // The passphrase goes to the keychain once the profile has its id; the dialog waits for it.
    m_ui->buttons->setEnabled(false);
    connect(m_service->vault()->storeKeyPassphrase(m_profile.id, *passphrase), &VaultJob::finished, this,
            [this](const VaultResult &stored) {
                m_ui->buttons->setEnabled(true);
                if (!stored.isOk()) {
                    showProblem(tr("The server was saved, but the key passphrase could not be stored: %1")
                                    .arg(stored.error.message()),
                                m_security);
                    return;
                }
                accept();
            });
}

void ProfileDialog::showProblem(const QString &text, QWidget *where)
{
    m_ui->problemLabel->setText(text);
    if (where == m_security)
        m_ui->tabs->setCurrentWidget(m_security);
    else
        m_ui->tabs->setCurrentIndex(0);
    where->setFocus();
}

} // namespace MesheryAuth
