// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <chrono>

class QSettings;

namespace MesheryAuth {

// The user's choices in the Settings dialog, kept in the shared settings file under
// "preferences/". Never a secret. Values read back are clamped to their ranges: the file is
// the user's to edit, so it is input like any other.
struct Preferences {
    enum class LoginMethod { EmbeddedBrowser, SystemBrowser };
    // What closing the window does when a tray is available: ask once, then remember.
    enum class CloseAction { Ask, HideToTray, Quit };

    static constexpr int MinClipboardSeconds = 5, MaxClipboardSeconds = 600;
    static constexpr int MinNoticeMinutes = 1, MaxNoticeMinutes = 24 * 60;
    static constexpr int MaxRotationDays = 3650; // 0: no rotation reminder
    static constexpr int DefaultRequestTimeoutSeconds = 15;

    std::chrono::seconds clipboardClearAfter{30};
    std::chrono::minutes expiryNoticeLead{15}; // a notice this long before a token expires
    int rotationPeriodDays = 90; // the seed's advice: rotate tokens every 90 days
    int requestTimeoutSeconds = DefaultRequestTimeoutSeconds; // for new profiles; each keeps its own
    LoginMethod loginMethod = LoginMethod::EmbeddedBrowser;
    CloseAction closeAction = CloseAction::Ask;
    bool startMinimised = false;
    bool startAtLogin = false; // mirrored by an XDG autostart entry
    QString language; // a locale name such as "de"; empty: follow the system

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const Preferences &other) const;
};

} // namespace MesheryAuth
