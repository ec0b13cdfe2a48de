// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SplitButton.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QMenu>
#include <QToolButton>

namespace MesheryAuth {

SplitButton::SplitButton(QAbstractButton *main, QToolButton *arrow, QMenu *menu)
    : QObject(main)
    , m_main(main)
    , m_arrow(arrow)
    , m_menu(menu)
{
    // No menu on the arrow itself: a QToolButton with one offers only "ShowMenu", which Qt 6.4
    // ignores in the InstantPopup mode an arrow needs. A plain button's "Press" opens it here.
    m_arrow->setArrowType(Qt::DownArrow);
    m_arrow->setEnabled(m_main->isEnabled());
    connect(m_arrow, &QToolButton::clicked, this, &SplitButton::showMenu);
    m_main->installEventFilter(this);
    m_arrow->installEventFilter(this);
}

void SplitButton::showMenu()
{
    if (!m_main->isEnabled() || m_menu->isVisible())
        return;
    // Not exec(): whoever opened it (a key, a click, an assistive technology's action) returns at once.
    m_menu->popup(m_main->mapToGlobal(QPoint(0, m_main->height())));
    if (!m_menu->actions().isEmpty())
        m_menu->setActiveAction(m_menu->actions().constFirst());
}

bool SplitButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_main && event->type() == QEvent::EnabledChange)
        m_arrow->setEnabled(m_main->isEnabled());
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        // Buttons outside a dialog ignore Enter; here it does what Space does.
        static_cast<QAbstractButton *>(watched)->animateClick();
        return true;
    }
    if ((key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier)
        || (key->key() == Qt::Key_F4 && key->modifiers() == Qt::NoModifier)) {
        showMenu();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace MesheryAuth
