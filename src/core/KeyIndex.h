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
    bool names(const QString &key) const { return keysOwnedByOthers({}).contains(key); } // any profile's
    void record(const QString &profileId, const QStringList &added, const QStringList &removed);
    void forget(const QString &profileId)
    {
        write(profileId, {});
        setUnsettled(profileId, false);
    }

    // A profile whose entries are being written or deleted: names are recorded before an entry is
    // written and dropped after it is deleted, so a crash can leave a name without an entry (never
    // an entry without a name). A profile still unsettled at start is checked (IndexRepairJob).
    void setUnsettled(const QString &profileId, bool unsettled);
    QStringList unsettledProfiles() const { return readUnsettled(); }

protected:
    virtual QStringList read(const QString &profileId) const = 0;
    virtual void write(const QString &profileId, const QStringList &keys) = 0; // empty: forget the profile
    virtual QStringList profiles() const = 0;
    virtual QStringList readUnsettled() const = 0;
    virtual void writeUnsettled(const QStringList &profileIds) = 0;
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
    QStringList readUnsettled() const override;
    void writeUnsettled(const QStringList &profileIds) override;

private:
    QSettings *m_settings;
};

// The index of a session-only vault: nothing is written anywhere.
class MemoryKeyIndex : public KeyIndex
{
public:
    void clear()
    {
        m_keys.clear();
        m_unsettled.clear();
    }

protected:
    QStringList read(const QString &profileId) const override { return m_keys.value(profileId); }
    void write(const QString &profileId, const QStringList &keys) override;
    QStringList profiles() const override { return m_keys.keys(); }
    QStringList readUnsettled() const override { return m_unsettled; }
    void writeUnsettled(const QStringList &profileIds) override { m_unsettled = profileIds; }

private:
    QHash<QString, QStringList> m_keys;
    QStringList m_unsettled;
};

} // namespace MesheryAuth
