// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProfileService.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ProfileDialog;
}

namespace MesheryAuth {

class ProfileSecurityPage;

// Adds or edits a server profile; refuses a bad address or unusable certificate files with the
// reason, in place. A client key's passphrase goes to the keychain, never to the settings.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // Edits this profile, or adds it when it has no id yet (ProfileStore::newProfile): then the
    // address and name start empty, with the default server and "taken from the address" as their
    // placeholders, and the rest (time limit, trust) as the profile has it.
    ProfileDialog(ProfileService *service, const ServerProfile &profile, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ServerProfile profile() const { return m_profile; }

private:
    void save();
    // After the trust files were found usable.
    void saveChecked(ServerProfile edited, const std::optional<QByteArray> &passphrase);
    void showProblem(const QString &text, QWidget *where);

    QScopedPointer<Ui::ProfileDialog> m_ui;
    ProfileSecurityPage *m_security;
    ProfileService *m_service;
    ServerProfile m_profile;
};

} // namespace MesheryAuth
