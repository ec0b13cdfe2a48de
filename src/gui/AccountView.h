// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Session.h"

#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Ui {
class AccountView;
}

namespace MesheryAuth {

class SecretClipboard;

// The Account tab: who is signed in, the token's state with a live countdown, its age, the masked
// token with a Show toggle, and the copy menu (token, headers, curl line, mesheryctl's auth.json).
class AccountView : public QWidget
{
    Q_OBJECT

public:
    AccountView(Session *session, SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~AccountView() override;

    // For tests: the clock the countdown reads.
    void setClock(std::function<QDateTime()> now);

public slots:
    void refresh();

signals:
    // For the window's status bar.
    void message(const QString &text, int timeoutMs);

private:
    void showRenewal(bool renewed, const MesheryAuth::ApiError &error);

    QScopedPointer<Ui::AccountView> m_ui;
    Session *m_session;
    SecretClipboard *m_clipboard;
    QTimer m_countdown;
    std::function<QDateTime()> m_now;
    bool m_renewing = false;
};

} // namespace MesheryAuth
