// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Preferences.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SettingsDialog;
}

namespace MesheryAuth {

// Edits a Preferences value and nothing else: the window saves and applies what it returns.
// Fields it does not show (none today) pass through unchanged.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Preferences &preferences, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Preferences preferences() const;

private:
    void showValues(const Preferences &preferences);

    QScopedPointer<Ui::SettingsDialog> m_ui;
    Preferences m_original; // what the fields not shown keep (none today)
};

} // namespace MesheryAuth
