// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Preferences.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class CloseQuestion;
}

namespace MesheryAuth {

// Asked once, the first time the window is closed while a tray is there: keep running in the tray
// or quit. Cancel (or Escape) leaves the window open and decides nothing.
class CloseQuestion : public QDialog
{
    Q_OBJECT

public:
    explicit CloseQuestion(QWidget *parent = nullptr);
    ~CloseQuestion() override;

signals:
    // HideToTray or Quit; not emitted when cancelled.
    void answered(MesheryAuth::Preferences::CloseAction action);

private:
    QScopedPointer<Ui::CloseQuestion> m_ui;
};

} // namespace MesheryAuth
