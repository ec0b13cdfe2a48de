// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace MesheryAuth {

// Installs the app's translations from the embedded :/i18n resource (each executable embeds the
// compiled .qm files): English first, for its plural forms ("1 day" / "2 days"), then the
// user's language where there is one, which takes precedence. Qt's own, when present.
void installTranslations();

} // namespace MesheryAuth
