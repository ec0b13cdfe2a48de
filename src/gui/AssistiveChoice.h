// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QComboBox;

namespace MesheryAuth {

// Makes the combo box take an item that assistive technology chose. In Qt 6.4 an item of the
// box's list offers one action, "Toggle", which selects it in the list, but the box never takes
// that selection: a screen reader or voice control could open the list and not choose from it.
// A selection that is not the list's current item came from such an action (the keyboard and the
// mouse move the current item with the selection), so the box takes it and closes its list.
void acceptAssistiveChoices(QComboBox *combo);

} // namespace MesheryAuth
