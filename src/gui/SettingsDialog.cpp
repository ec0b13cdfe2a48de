// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "ServerProfile.h"
#include "Translations.h"

#include <QPushButton>

namespace MesheryAuth {

SettingsDialog::SettingsDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_original(preferences)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    m_ui->clipboardSpin->setRange(Preferences::MinClipboardSeconds, Preferences::MaxClipboardSeconds);
    m_ui->timeoutSpin->setRange(ServerProfile::MinTimeoutSeconds, ServerProfile::MaxTimeoutSeconds);
    m_ui->loginMethodCombo->addItem(tr("The embedded browser"), int(Preferences::LoginMethod::EmbeddedBrowser));
    m_ui->loginMethodCombo->addItem(tr("My system browser"), int(Preferences::LoginMethod::SystemBrowser));
    m_ui->noticeLeadSpin->setRange(Preferences::MinNoticeMinutes, Preferences::MaxNoticeMinutes);
    m_ui->rotationSpin->setRange(0, Preferences::MaxRotationDays);
    // "1 day", "2 days": the unit follows the number, in each language's plural forms.
    connect(m_ui->rotationSpin, &QSpinBox::valueChanged, this,
            [this](int days) { m_ui->rotationSpin->setSuffix(tr(" day(s)", "after the number of days", days)); });
    m_ui->closeActionCombo->addItem(tr("Ask me"), int(Preferences::CloseAction::Ask));
    m_ui->closeActionCombo->addItem(tr("Keep running in the tray"), int(Preferences::CloseAction::HideToTray));
    m_ui->closeActionCombo->addItem(tr("Quit"), int(Preferences::CloseAction::Quit));
    // Each language by its own name, so a user lost in the wrong one still finds theirs.
    m_ui->languageCombo->addItem(tr("As the system is set"), QString());
    for (const Language &language : availableLanguages())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    showValues(preferences);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Fills in the defaults; nothing changes until OK.
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { showValues(Preferences()); });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showValues(const Preferences &p)
{
    m_ui->clipboardSpin->setValue(int(p.clipboardClearAfter.count()));
    m_ui->timeoutSpin->setValue(p.requestTimeoutSeconds);
    m_ui->loginMethodCombo->setCurrentIndex(m_ui->loginMethodCombo->findData(int(p.loginMethod)));
    m_ui->noticeLeadSpin->setValue(int(p.expiryNoticeLead.count()));
    m_ui->rotationSpin->setValue(p.rotationPeriodDays);
    m_ui->closeActionCombo->setCurrentIndex(m_ui->closeActionCombo->findData(int(p.closeAction)));
    // A language this build does not have is the system's, as installTranslations() treats it.
    m_ui->languageCombo->setCurrentIndex(std::max(m_ui->languageCombo->findData(p.language), 0));
    m_ui->startAtLoginCheck->setChecked(p.startAtLogin);
    m_ui->startMinimisedCheck->setChecked(p.startMinimised);
}

Preferences SettingsDialog::preferences() const
{
    Preferences p = m_original;
    p.clipboardClearAfter = std::chrono::seconds(m_ui->clipboardSpin->value());
    p.requestTimeoutSeconds = m_ui->timeoutSpin->value();
    p.loginMethod = Preferences::LoginMethod(m_ui->loginMethodCombo->currentData().toInt());
    p.expiryNoticeLead = std::chrono::minutes(m_ui->noticeLeadSpin->value());
    p.rotationPeriodDays = m_ui->rotationSpin->value();
    p.closeAction = Preferences::CloseAction(m_ui->closeActionCombo->currentData().toInt());
    p.language = m_ui->languageCombo->currentData().toString();
    p.startAtLogin = m_ui->startAtLoginCheck->isChecked();
    p.startMinimised = m_ui->startMinimisedCheck->isChecked();
    return p;
}

} // namespace MesheryAuth
