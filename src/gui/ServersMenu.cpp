// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ServersMenu.h"

#include "AppCore.h"
#include "DemoServer.h"
#include "ProfileDialog.h"
#include "Session.h"
#include "StatusMessage.h"

#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

namespace MesheryAuth {

ServersMenu::ServersMenu(QToolButton *button, AppCore *core, Session *session, QWidget *window)
    : QObject(window)
    , m_profiles(core->profiles())
    , m_profileService(core->profileService())
    , m_session(session)
    , m_window(window)
    , m_demo(new DemoServer(this))
    , m_mesheryctl(core->mesheryctl())
{
    auto *menu = new QMenu(button);
    menu->addAction(tr("&Add server…"), this, &ServersMenu::addServer);
    menu->addAction(tr("&Edit server…"), this, &ServersMenu::editServer);
    menu->addAction(tr("&Remove server"), this, &ServersMenu::removeServer);
    menu->addSeparator();
    menu->addAction(tr("&Import from mesheryctl"), this, &ServersMenu::importFromMesheryctl);
    menu->addAction(tr("E&xport to mesheryctl"), this, &ServersMenu::exportToMesheryctl);
    menu->addSeparator();
    menu->addAction(tr("Try the &demo server"), this, &ServersMenu::startDemoServer);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);

    connect(m_demo, &DemoServer::started, this, &ServersMenu::openDemoProfile);
    connect(m_demo, &DemoServer::failed, this, [this](const QString &text) {
        emit message(text, MessageTimeoutMs);
        QMessageBox::warning(m_window, m_window->windowTitle(), text);
    });
}

void ServersMenu::addServer()
{
    ProfileDialog dialog(m_profileService, m_profiles->newProfile(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit showProfile(dialog.profile());
}

void ServersMenu::editServer()
{
    const ServerProfile before = m_session->profile();
    ProfileDialog dialog(m_profileService, before, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit showProfile(dialog.profile());
}

void ServersMenu::removeServer()
{
    const ServerProfile profile = m_session->profile();
    if (profile.id.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Remove server"), tr("Remove %1 and delete its tokens from the keychain?").arg(profile.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    connect(m_profileService->remove(profile), &VaultJob::finished, this, [this, profile](const VaultResult &removed) {
        if (const ApiError &error = removed.error; !error.isOk()) {
            // Tokens go first: a keychain failure keeps the server; a settings failure comes after.
            const bool tokensGone = error.kind() == ApiError::Kind::SettingsNotWritable;
            emit showCurrentProfile();
            emit failed(tokensGone ? tr("The server's tokens were removed, but the server could not be removed from "
                                        "the settings.")
                                   : tr("The server's tokens could not be removed; the server was kept."),
                        error);
            return;
        }
        emit showCurrentProfile();
        emit message(tr("Removed %1 and its tokens.").arg(profile.name), MessageTimeoutMs);
    });
}

void ServersMenu::importFromMesheryctl()
{
    emit message(tr("Importing from mesheryctl…"), MessageTimeoutMs);
    connect(m_mesheryctl->importAll({}, {}), &MesheryctlImportJob::finished, this,
            [this](const MesheryctlImportOutcome &outcome) {
                emit showCurrentProfile(); // its token may have just arrived
                QStringList lines;
                if (!outcome.isOk())
                    lines << outcome.error.brief();
                int imported = 0;
                for (const auto &profile : outcome.profiles) {
                    if (!profile.isOk())
                        lines << tr("%1: %2").arg(profile.contextName, profile.error.brief());
                    else
                        ++imported;
                }
                lines << outcome.warnings;
                const QString summary = tr("Imported %n context(s) from mesheryctl.", nullptr, imported);
                auto *box = new QMessageBox(lines.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                            m_window->windowTitle(), summary, QMessageBox::Ok, m_window);
                box->setObjectName(QStringLiteral("importReport"));
                box->setInformativeText(lines.join(QLatin1Char('\n')));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                emit message(summary, MessageTimeoutMs);
            });
}

void ServersMenu::exportToMesheryctl()
{
    const ServerProfile profile = m_session->profile();
    const auto finish = [this](const MesheryctlExportOutcome &outcome) {
        emit message(outcome.isOk() ? tr("mesheryctl now uses this sign-in (context \"%1\", %2).")
                                          .arg(outcome.contextName, outcome.authFilePath)
                                    : tr("Export to mesheryctl failed: %1").arg(outcome.error.brief()),
                     2 * MessageTimeoutMs);
    };
    const auto askToReplace = [this, profile, finish](const MesheryctlExportOutcome &outcome) {
        if (!outcome.needsReplaceConfirmation()) {
            finish(outcome);
            return;
        }
        const auto answer = QMessageBox::question(
            m_window, tr("Replace mesheryctl's token?"),
            tr("%1 holds another token. Replace it with this server's?").arg(outcome.authFilePath),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            connect(m_mesheryctl->exportProfile(profile, {}, {}, MesheryctlFiles::ExistingFile::Replace),
                    &MesheryctlExportJob::finished, this, finish);
    };
    connect(m_mesheryctl->exportProfile(profile, {}, {}, MesheryctlFiles::ExistingFile::Keep),
            &MesheryctlExportJob::finished, this, askToReplace);
}

void ServersMenu::startDemoServer()
{
    if (m_demo->isRunning()) {
        openDemoProfile(m_demo->url());
        return;
    }
    emit message(tr("Starting the demo server…"), MessageTimeoutMs);
    m_demo->start();
}

void ServersMenu::openDemoProfile(const QUrl &url)
{
    ServerProfile demo;
    const ApiError problem = m_profileService->saveDemoProfile(url, &demo);
    if (!problem.isOk()) {
        emit message(problem.brief(), MessageTimeoutMs);
        return;
    }
    emit showProfile(demo);
    emit message(tr("Demo server running at %1: sign in with any user name and the password \"%2\".")
                     .arg(url.toString(), QLatin1String(DemoServer::Password)),
                 3 * MessageTimeoutMs);
}

} // namespace MesheryAuth
