// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerTrust.h"

#include <QScopedPointer>
#include <QWidget>

#include <optional>

class QLineEdit;

namespace Ui {
class ProfileSecurityPage;
}

namespace MesheryAuth {

// The profile editor's page of what a server is trusted with: its CA file, the client
// certificate and key (the key's passphrase goes to the keychain, never here), the pinned
// certificates and the plain-http consent. It only edits; the dialog checks and saves.
class ProfileSecurityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSecurityPage(QWidget *parent = nullptr);
    ~ProfileSecurityPage() override;

    void setTrust(const ServerTrust &trust);
    ServerTrust trust() const; // as edited
    // The passphrase to store: nullopt keeps the stored one, an empty one forgets it.
    std::optional<QByteArray> passphrase() const;
    // The plain-http consent is offered only for an address it applies to (or while it is given).
    void setServerUrl(const QUrl &url);

private:
    void browse(QLineEdit *edit, const QString &title, const QString &filter);

    QScopedPointer<Ui::ProfileSecurityPage> m_ui;
    bool m_plainHttpConfirmed = false;
};

} // namespace MesheryAuth
