// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "ServerProfile.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

class QSettings;

namespace MesheryAuth {

// The server profiles and which one is current, kept in the app's settings (QSettings, in the
// per-user configuration folder). Never holds a secret. Addresses are normalised on save and bad
// ones refused (InvalidAddress, with a sentence that says why); a settings file that cannot be
// written is reported (SettingsNotWritable), never taken for saved.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // settings must outlive the store.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<ServerProfile> profiles() const; // by name
    std::optional<ServerProfile> profile(const QString &id) const;
    // provider empty: any; "None" and "Local" find each other (see sameProvider).
    std::optional<ServerProfile> findByServer(const QUrl &serverUrl, const QString &provider = {}) const;

    // A new, unsaved profile for an address (the default server when empty).
    static ServerProfile draft(const QUrl &serverUrl = {});
    // The same, with what the user prefers for new profiles (the request timeout in Settings):
    // the one way every use case makes a profile, so the window, the CLI, imports and the demo
    // server agree.
    ServerProfile newProfile(const QUrl &serverUrl = {}) const;

    // Validates and saves; fills in the id of a new profile and a name from the host when empty.
    // On InvalidAddress or InvalidSetting nothing is written and the profile is left as it was.
    [[nodiscard]] ApiError save(ServerProfile &profile);
    // Forgets the profile. Its tokens are the vault's: ProfileService::remove does both.
    ApiError remove(const QString &id);

    QString currentId() const;
    void setCurrentId(const QString &id);
    std::optional<ServerProfile> current() const;

signals:
    void profilesChanged();
    void currentChanged(const QString &id);

private:
    // Writes the file now: SettingsNotWritable when it could not be.
    ApiError sync();

    QSettings *m_settings;
};

} // namespace MesheryAuth
