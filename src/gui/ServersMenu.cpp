#include "ServersMenu.h"

#include "DemoServer.h"
#include "MesheryctlSync.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "Session.h"
#include "TokenVault.h"

#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QToolButton>

namespace MesheryAuth {

namespace {
const QString DemoProfileKey = QStringLiteral("demo/profileId");
constexpr int MessageTimeoutMs = 6000;
}

ServersMenu::ServersMenu(QToolButton *button, QSettings *settings, ProfileStore *profiles, TokenVault *vault,
                         Session *session, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_vault(vault)
    , m_session(session)
    , m_window(window)
    , m_demo(new DemoServer(this))
    , m_mesheryctl(new MesheryctlSync(profiles, vault, this))
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
    ProfileDialog dialog(m_profiles, ProfileStore::draft(), m_window);
    dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->clear();
    if (dialog.exec() == QDialog::Accepted)
        emit showProfile(dialog.profile());
}

void ServersMenu::editServer()
{
    const ServerProfile before = m_session->profile();
    ProfileDialog dialog(m_profiles, before, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A token belongs to one server: a new address leaves the old one nothing to do.
    if (!before.id.isEmpty() && dialog.profile().serverUrl != before.serverUrl)
        m_vault->remove(before.tokenSlot(), this, {});
    emit showProfile(dialog.profile());
}

void ServersMenu::removeServer()
{
    const ServerProfile profile = m_session->profile();
    if (profile.id.isEmpty())
        return;
    const auto answer = QMessageBox::question(m_window, tr("Remove server"),
                                              tr("Remove %1 and delete its tokens from the keychain?").arg(profile.name),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_vault->removeProfile(profile.id, this, [this, profile](const VaultResult &result) {
        if (!result.isOk()) {
            emit failed(tr("The server's tokens could not be removed; the server was kept."), result.error);
            return;
        }
        m_profiles->remove(profile.id);
        emit showCurrentProfile();
        emit message(tr("Removed %1 and its tokens.").arg(profile.name), MessageTimeoutMs);
    });
}

void ServersMenu::importFromMesheryctl()
{
    emit message(tr("Importing from mesheryctl…"), MessageTimeoutMs);
    m_mesheryctl->importAll({}, {}, this, [this](const MesheryctlSync::ImportOutcome &outcome) {
        emit showCurrentProfile(); // its token may have just arrived
        QStringList lines;
        if (!outcome.error.isEmpty())
            lines << outcome.error;
        int imported = 0;
        for (const auto &profile : outcome.profiles) {
            if (!profile.error.isEmpty())
                lines << tr("%1: %2").arg(profile.contextName, profile.error);
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
    const auto finish = [this](const MesheryctlSync::ExportOutcome &outcome) {
        emit message(outcome.ok ? tr("mesheryctl now uses this sign-in (context \"%1\", %2).").arg(outcome.contextName, outcome.authFilePath)
                                : tr("Export to mesheryctl failed: %1").arg(outcome.error),
                     2 * MessageTimeoutMs);
    };
    m_mesheryctl->exportProfile(profile, {}, {}, MesheryctlFiles::ExistingFile::Keep, this,
                                [this, profile, finish](const MesheryctlSync::ExportOutcome &outcome) {
                                    if (!outcome.needsReplaceConfirmation) {
                                        finish(outcome);
                                        return;
                                    }
                                    const auto answer = QMessageBox::question(
                                        m_window, tr("Replace mesheryctl's token?"),
                                        tr("%1 holds another token. Replace it with this server's?").arg(outcome.authFilePath),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
                                    if (answer == QMessageBox::Yes)
                                        m_mesheryctl->exportProfile(profile, {}, {}, MesheryctlFiles::ExistingFile::Replace,
                                                                    this, finish);
                                });
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
    // One "Demo" profile, pointed at wherever the demo server runs this time.
    ServerProfile demo = m_profiles->profile(m_settings->value(DemoProfileKey).toString()).value_or(ProfileStore::draft(url));
    demo.serverUrl = url;
    demo.name = tr("Demo (built-in test server)");
    const ApiError problem = m_profiles->save(demo);
    if (!problem.isOk()) {
        emit message(problem.brief(), MessageTimeoutMs);
        return;
    }
    m_settings->setValue(DemoProfileKey, demo.id);
    emit showProfile(demo);
    emit message(tr("Demo server running at %1: sign in with any user name and the password \"%2\".")
                     .arg(url.toString(), QLatin1String(DemoServer::Password)),
                 3 * MessageTimeoutMs);
}

} // namespace MesheryAuth
