// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QStringList>

class QSettings;

namespace MesheryAuth {

// Which vault entries each profile owns: names only, never values. Logout and profile removal
// delete what it lists; a name in two profiles' lists (from before entries were per profile) is
// deleted only when the last one lets go.
class KeyIndex
{
public:
    virtual ~KeyIndex() = default;

    QStringList keys(const QString &profileId) const { return read(profileId); }
    // The numbered chunks of mainKey that the profile owns.
    QStringList chunkKeysOf(const QString &profileId, const QString &mainKey) const;
    QStringList keysOwnedByOthers(const QString &profileId) const;
    void record(const QString &profileId, const QStringList &added, const QStringList &removed);
    void forget(const QString &profileId) { write(profileId, {}); }

protected:
    virtual QStringList read(const QString &profileId) const = 0;
    virtual void write(const QString &profileId, const QStringList &keys) = 0; // empty: forget the profile
    virtual QStringList profiles() const = 0;
};

// The index of the keychain's entries, in the settings file (group "keychainIndex").
class SettingsKeyIndex : public KeyIndex
{
public:
    explicit SettingsKeyIndex(QSettings *settings)
        : m_settings(settings)
    {
    }

protected:
    QStringList read(const QString &profileId) const override;
    void write(const QString &profileId, const QStringList &keys) override;
    QStringList profiles() const override;

private:
    QSettings *m_settings;
};

// The index of a session-only vault: nothing is written anywhere.
class MemoryKeyIndex : public KeyIndex
{
public:
    void clear() { m_keys.clear(); }

protected:
    QStringList read(const QString &profileId) const override { return m_keys.value(profileId); }
    void write(const QString &profileId, const QStringList &keys) override;
    QStringList profiles() const override { return m_keys.keys(); }

private:
    QHash<QString, QStringList> m_keys;
};

} // namespace MesheryAuth
