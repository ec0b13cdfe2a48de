// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SignInService.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class PasteTokenDialog;
}

namespace MesheryAuth {

// Takes a pasted API token, has the server confirm it (and say whose it is) before anything is
// stored, and closes on success; on failure it says why and keeps the text for another try.
class PasteTokenDialog : public QDialog
{
    Q_OBJECT

public:
    PasteTokenDialog(SignInService *signIn, const ServerProfile &profile, const QString &providerKey,
                     QWidget *parent = nullptr);
    ~PasteTokenDialog() override;

    SignInResult result() const { return m_result; }

private:
    void check();
    void setChecking(bool checking);

    QScopedPointer<Ui::PasteTokenDialog> m_ui;
    SignInService *m_signIn;
    ServerProfile m_profile;
    QString m_provider;
    SignInResult m_result;
};

} // namespace MesheryAuth
