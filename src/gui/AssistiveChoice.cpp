// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "AssistiveChoice.h"

#include <QAbstractItemView>
#include <QComboBox>

namespace MesheryAuth {

void acceptAssistiveChoices(QComboBox *combo)
{
    QAbstractItemView *list = combo->view();
    QObject::connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, combo,
                     [combo, list](const QItemSelection &selected) {
                         const QModelIndexList chosen = selected.indexes();
                         if (chosen.size() != 1 || chosen.constFirst() == list->currentIndex()
                             || chosen.constFirst().row() == combo->currentIndex())
                             return;
                         combo->setCurrentIndex(chosen.constFirst().row());
                         if (list->isVisible())
                             combo->hidePopup();
                     });
}

} // namespace MesheryAuth
