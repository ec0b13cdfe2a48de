// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SecretField.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

namespace MesheryAuth {

SecretField::SecretField(QWidget *parent)
    : QLineEdit(parent)
{
    setReadOnly(true);
    setDragEnabled(false);
    // Undone at once, before QLineEdit hands the selection to the primary selection on release.
    connect(this, &QLineEdit::selectionChanged, this, [this] {
        if (hasSelectedText())
            deselect();
    });
}

void SecretField::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        emit copyRequested();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SecretField::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"));
    copy->setEnabled(!text().isEmpty());
    connect(copy, &QAction::triggered, this, &SecretField::copyRequested);
    menu.exec(event->globalPos());
}

} // namespace MesheryAuth
