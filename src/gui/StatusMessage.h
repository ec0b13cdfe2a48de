// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace MesheryAuth {

// How long a passing message stays in the window's status bar. The views' message() signals
// carry it (or a multiple of it, for a message worth reading twice), and MainWindow uses it for
// its own.
constexpr int MessageTimeoutMs = 6000;

} // namespace MesheryAuth
