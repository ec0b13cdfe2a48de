// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QDialog>
#include <QScopedPointer>

class QPushButton;

namespace Ui {
class CertificateDialog;
}

namespace MesheryAuth {

// Shows a certificate the system did not trust (ApiError::Kind::Tls) or that is not the one
// pinned for the server (CertificateChanged, said louder), with what is wrong with it. Reject
// is the default; Trust is enabled only once the user ticks that they trust it for this server.
// Accepted means trust it; the caller pins fingerprint().
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const QString &serverHost, const ApiError &error, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    QString fingerprint() const { return m_fingerprint; }
    bool isChangedCertificate() const { return m_changed; }

private:
    QScopedPointer<Ui::CertificateDialog> m_ui;
    QString m_fingerprint;
    bool m_changed;
};

} // namespace MesheryAuth
