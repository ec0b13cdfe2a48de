// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QLabel;

namespace MesheryAuth {

namespace ValueLabel {

// Makes assistive technology read this label as a value beside its caption (the QLabel whose
// buddy it is): named by its text ("none" when empty, never the caption's words), labelled by
// the caption, and with its text readable and selectable through the text interface. Qt 6.4's
// own interface for a label offers its text only as a name, with no text interface: a screen
// reader's review commands then find nothing to read. Call before the label is first queried.
void expose(QLabel *label);

} // namespace ValueLabel

} // namespace MesheryAuth
