// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QAbstractButton;
class QMenu;
class QToolButton;

namespace MesheryAuth {

// A button with alternatives, built as two buttons side by side: the main one does the default
// action, the arrow beside it opens a menu of the alternatives. Qt 6.4's one-widget split button
// (QToolButton::MenuButtonPopup) offers assistive technology only "ShowMenu", so its default action
// cannot be pressed; here each part is a plain button whose "Press" works. From the keyboard, Space
// or Enter presses the focused part, and Alt+Down or F4 on either opens the menu. The arrow is
// enabled exactly when the main button is.
class SplitButton : public QObject
{
    Q_OBJECT

public:
    // The menu belongs to the caller; it opens under the main button, as a split button's does.
    SplitButton(QAbstractButton *main, QToolButton *arrow, QMenu *menu);

    QMenu *menu() const { return m_menu; }
    void showMenu();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractButton *m_main;
    QToolButton *m_arrow;
    QMenu *m_menu;
};

} // namespace MesheryAuth
