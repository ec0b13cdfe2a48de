// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the core tests share: a settings file of their own with a profile store and a vault on it,
// and the one way to wait for a job (a QSignalSpy on its finished signal).

#include "JobResult.h"
#include "ProfileStore.h"
#include "TokenVault.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

namespace TestSupport {

class VaultFixture
{
public:
    // A settings file in a folder of its own, empty; the keyring is the session's and shared.
    explicit VaultFixture(const QString &settingsName = QStringLiteral("settings.ini"))
    {
        QFile::remove(m_dir.filePath(settingsName));
        reopen(settingsName);
    }

    // As after a restart (same file) or on another computer (another name): new objects.
    void reopen(const QString &settingsName = {})
    {
        const QString name = settingsName.isEmpty() ? m_settingsName : settingsName;
        m_vault.reset();
        m_profiles.reset();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
        m_settingsName = name;
        m_profiles = std::make_unique<MesheryAuth::ProfileStore>(m_settings.get());
        m_vault = std::make_unique<MesheryAuth::TokenVault>(m_settings.get());
    }

    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QSettings *settings() const { return m_settings.get(); }
    MesheryAuth::ProfileStore *profiles() const { return m_profiles.get(); }
    MesheryAuth::TokenVault *vault() const { return m_vault.get(); }

    QByteArray settingsFileContent() const
    {
        m_settings->sync();
        QFile file(m_settings->fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The vault's operations, waited for; an operation that never finishes is a failed result.
    MesheryAuth::VaultResult store(const MesheryAuth::TokenSlot &slot, const QByteArray &token,
                                   std::optional<QByteArray> sessionCookie = std::nullopt)
    {
        return waited(m_vault->store(slot, token, std::move(sessionCookie)));
    }
    MesheryAuth::VaultResult load(const MesheryAuth::TokenSlot &slot) { return waited(m_vault->load(slot)); }
    MesheryAuth::VaultResult remove(const MesheryAuth::TokenSlot &slot) { return waited(m_vault->remove(slot)); }
    MesheryAuth::VaultResult removeProfile(const QString &profileId)
    {
        return waited(m_vault->removeProfile(profileId));
    }

private:
    static MesheryAuth::VaultResult waited(MesheryAuth::VaultJob *job)
    {
        using MesheryAuth::ApiError;
        return resultOf<MesheryAuth::VaultResult>(job).value_or(MesheryAuth::VaultResult::failed(
            ApiError(ApiError::Kind::NetworkError, QStringLiteral("test: the vault never answered"))));
    }

    QTemporaryDir m_dir;
    QString m_settingsName;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MesheryAuth::ProfileStore> m_profiles;
    std::unique_ptr<MesheryAuth::TokenVault> m_vault;
};

} // namespace TestSupport
