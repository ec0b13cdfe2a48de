// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ConnectionTest.h"
#include "Session.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class ConnectionTestView;
}

namespace MesheryAuth {

class SecretClipboard;

// The Connection test tab: runs the staged checks and shows one row each, as they finish. Its
// Test button is enabled exactly when no run is under way.
class ConnectionTestView : public QWidget
{
    Q_OBJECT

public:
    ConnectionTestView(Session *session, SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~ConnectionTestView() override;

public slots:
    void run();

signals:
    // For the window's status bar.
    void message(const QString &text, int timeoutMs);

private:
    void showRow(int index, const ConnectionCheck &check);

    QScopedPointer<Ui::ConnectionTestView> m_ui;
    Session *m_session;
    SecretClipboard *m_clipboard;
    ConnectionTest m_test;
};

} // namespace MesheryAuth
