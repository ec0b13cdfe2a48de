// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Preferences.h"

#include "ServerProfile.h"

#include <QSettings>

#include <algorithm>

namespace MesheryAuth {

namespace {

QString key(const char *name)
{
    return QStringLiteral("preferences/") + QLatin1String(name);
}

int readInt(const QSettings &settings, const char *name, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key(name), fallback).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

template<typename Enum>
Enum readEnum(const QSettings &settings, const char *name, Enum fallback, std::initializer_list<Enum> known)
{
    bool ok = false;
    const int value = settings.value(key(name), int(fallback)).toInt(&ok);
    for (Enum candidate : known) {
        if (ok && value == int(candidate))
            return candidate;
    }
    return fallback;
}

bool isLanguageName(const QString &name)
{
    // "de", "es", "pt_BR": nothing that could name a path.
    static const auto allowed = [](QChar c) { return c.isLetter() || c == u'_' || c == u'-'; };
    return name.size() <= 16 && std::all_of(name.begin(), name.end(), allowed);
}

} // namespace

static_assert(Preferences::DefaultRequestTimeoutSeconds == ServerProfile::DefaultTimeoutSeconds);

Preferences Preferences::load(const QSettings &settings)
{
    const Preferences defaults;
    Preferences p;
    p.clipboardClearAfter =
        std::chrono::seconds(readInt(settings, "clipboardClearSeconds", int(defaults.clipboardClearAfter.count()),
                                     MinClipboardSeconds, MaxClipboardSeconds));
    p.expiryNoticeLead = std::chrono::minutes(readInt(
        settings, "expiryNoticeMinutes", int(defaults.expiryNoticeLead.count()), MinNoticeMinutes, MaxNoticeMinutes));
    p.rotationPeriodDays = readInt(settings, "rotationPeriodDays", defaults.rotationPeriodDays, 0, MaxRotationDays);
    p.requestTimeoutSeconds = readInt(settings, "requestTimeoutSeconds", defaults.requestTimeoutSeconds,
                                      ServerProfile::MinTimeoutSeconds, ServerProfile::MaxTimeoutSeconds);
    p.loginMethod = readEnum(settings, "loginMethod", defaults.loginMethod,
                             {LoginMethod::EmbeddedBrowser, LoginMethod::SystemBrowser});
    p.closeAction = readEnum(settings, "closeAction", defaults.closeAction,
                             {CloseAction::Ask, CloseAction::HideToTray, CloseAction::Quit});
    p.startMinimised = settings.value(key("startMinimised"), defaults.startMinimised).toBool();
    p.startAtLogin = settings.value(key("startAtLogin"), defaults.startAtLogin).toBool();
    const QString language = settings.value(key("language")).toString();
    p.language = isLanguageName(language) ? language : QString();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(key("clipboardClearSeconds"), qlonglong(clipboardClearAfter.count()));
    settings.setValue(key("expiryNoticeMinutes"), qlonglong(expiryNoticeLead.count()));
    settings.setValue(key("rotationPeriodDays"), rotationPeriodDays);
    settings.setValue(key("requestTimeoutSeconds"), requestTimeoutSeconds);
    settings.setValue(key("loginMethod"), int(loginMethod));
    settings.setValue(key("closeAction"), int(closeAction));
    settings.setValue(key("startMinimised"), startMinimised);
    settings.setValue(key("startAtLogin"), startAtLogin);
    settings.setValue(key("language"), language);
}

bool Preferences::operator==(const Preferences &o) const
{
    return clipboardClearAfter == o.clipboardClearAfter && expiryNoticeLead == o.expiryNoticeLead
        && rotationPeriodDays == o.rotationPeriodDays && requestTimeoutSeconds == o.requestTimeoutSeconds
        && loginMethod == o.loginMethod && closeAction == o.closeAction && startMinimised == o.startMinimised
        && startAtLogin == o.startAtLogin && language == o.language;
}

} // namespace MesheryAuth
