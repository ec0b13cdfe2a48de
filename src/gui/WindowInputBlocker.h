// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace MesheryAuth {

// While it lives, the window takes no input from the user: what a window-modal dialog does for a
// dialog of this process, for one that another process shows over it (the browser helper's).
// Every blocked press says so, so that dialog can be brought to the front; Esc says so apart, so
// the user can end the other process's dialog from here should it be out of reach.
class WindowInputBlocker : public QObject
{
    Q_OBJECT

public:
    WindowInputBlocker(QWidget *window, QObject *parent);
    ~WindowInputBlocker() override;

signals:
    void inputBlocked();
    void escapePressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isForTheWindow(const QObject *receiver) const;

    QPointer<QWidget> m_window;
};

} // namespace MesheryAuth
