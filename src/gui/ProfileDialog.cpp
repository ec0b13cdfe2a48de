// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileDialog.h"
#include "ui_ProfileDialog.h"

#include "ProfileStore.h"

namespace MesheryAuth {

ProfileDialog::ProfileDialog(ProfileService *service, const ServerProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ProfileDialog)
    , m_service(service)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    setWindowTitle(profile.id.isEmpty() ? tr("Add a server") : tr("Edit server"));
    m_ui->urlEdit->setText(profile.serverUrl.toString());
    m_ui->nameEdit->setText(profile.name);
    m_ui->timeoutSpin->setRange(ServerProfile::MinTimeoutSeconds, ServerProfile::MaxTimeoutSeconds);
    m_ui->timeoutSpin->setValue(profile.timeoutSeconds);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProfileDialog::ProfileDialog(ProfileService *service, QWidget *parent)
    : ProfileDialog(service, ProfileStore::draft(), parent)
{
    m_ui->urlEdit->clear();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::save()
{
    ServerProfile edited = m_profile;
    edited.serverUrl = QUrl(m_ui->urlEdit->text().trimmed().isEmpty() ? QString() : m_ui->urlEdit->text().trimmed());
    edited.name = m_ui->nameEdit->text();
    edited.timeoutSeconds = m_ui->timeoutSpin->value();
    const ApiError problem = m_service->save(m_profile, edited);
    if (!problem.isOk()) {
        m_ui->problemLabel->setText(problem.brief());
        m_ui->urlEdit->setFocus();
        return;
    }
    m_profile = edited;
    accept();
}

} // namespace MesheryAuth
