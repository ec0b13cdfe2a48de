// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SystemBrowserLogin.h"

#include <QDialog>
#include <QScopedPointer>

#include <functional>

namespace Ui {
class SystemBrowserLoginDialog;
}

namespace MesheryAuth {

// Shows a system-browser login while it waits: the link (to copy when no browser opened), a
// busy indicator, what went wrong if anything did, and Cancel. Closes itself on success.
class SystemBrowserLoginDialog : public QDialog
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    SystemBrowserLoginDialog(const SystemBrowserLogin::Options &options, QWidget *parent = nullptr);
    ~SystemBrowserLoginDialog() override;

    // Tests play the browser; the app opens the user's default one.
    void setUrlOpener(UrlOpener opener) { m_open = std::move(opener); }
    void start();
    SignInResult result() const { return m_result; }

private:
    void onFinished(const SignInResult &result);

    QScopedPointer<Ui::SystemBrowserLoginDialog> m_ui;
    SystemBrowserLogin m_login;
    SystemBrowserLogin::Options m_options;
    UrlOpener m_open;
    SignInResult m_result;
};

} // namespace MesheryAuth
