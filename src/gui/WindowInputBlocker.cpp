// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "WindowInputBlocker.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QWidget>
#include <QWindow>

namespace MesheryAuth {

WindowInputBlocker::WindowInputBlocker(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

WindowInputBlocker::~WindowInputBlocker()
{
    qApp->removeEventFilter(this);
}

bool WindowInputBlocker::eventFilter(QObject *watched, QEvent *event)
{
    bool press = false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::ContextMenu:
        press = true;
        break;
    case QEvent::MouseButtonRelease:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
        break;
    default:
        return false;
    }
    if (!m_window || !isForTheWindow(watched))
        return false;
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
        emit escapePressed();
    else if (press)
        emit inputBlocked();
    return true;
}

bool WindowInputBlocker::isForTheWindow(const QObject *receiver) const
{
    if (const auto *widget = qobject_cast<const QWidget *>(receiver))
        return widget->window() == m_window;
    if (const auto *window = qobject_cast<const QWindow *>(receiver))
        return window == m_window->windowHandle();
    // A shortcut goes to its action, not to a widget: it counts when the window is the active one.
    return QApplication::activeWindow() == m_window;
}

} // namespace MesheryAuth
