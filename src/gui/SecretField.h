// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>

namespace MesheryAuth {

// A read-only line that shows a secret (masked, or in clear text on request) and never lets it
// out except through SecretClipboard: Ctrl+C, Ctrl+X and the context menu ask for a careful copy
// (copyRequested), and no text can be selected, so the X11 primary selection, which takes any
// selected text at once and has no sensitivity hints or auto-clear, never holds it.
class SecretField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);

signals:
    void copyRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace MesheryAuth
