// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "WindowInputBlocker.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

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
    // A shortcut goes to its action, not to a widget: it counts when the window is the active one.
    const auto *widget = qobject_cast<const QWidget *>(watched);
    const bool toTheWindow = widget ? widget->window() == m_window : QApplication::activeWindow() == m_window;
    if (!m_window || !toTheWindow)
        return false;
    if (press)
        emit inputBlocked();
    return true;
}

} // namespace MesheryAuth
