// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <chrono>

namespace MesheryAuth {

// The bounds of every call to a server: the one place where the defaults are written. A profile's
// own time limit (ServerProfile::timeoutSeconds, --timeout) replaces the default timeout.
struct CallLimits {
    static constexpr std::chrono::seconds DefaultTimeout{15};
    // Far above any Meshery answer this app reads (a page of organizations is a few KiB), far
    // below what would hurt to hold in memory.
    static constexpr qint64 DefaultMaxBodyBytes = 8 * 1024 * 1024;

    std::chrono::milliseconds timeout{DefaultTimeout};
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
};

} // namespace MesheryAuth
