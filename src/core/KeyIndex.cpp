// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "KeyIndex.h"

#include "Logging.h"

#include <QSettings>

namespace MesheryAuth {

namespace {

const QString IndexGroup = QStringLiteral("keychainIndex");
// Outside IndexGroup, whose child keys are the profiles.
const QString UnsettledKey = QStringLiteral("keychainIndexUnsettled");

QString indexKey(const QString &profileId)
{
    return IndexGroup + QLatin1Char('/') + profileId;
}

} // namespace

QStringList KeyIndex::chunkKeysOf(const QString &profileId, const QString &mainKey) const
{
    const QString prefix = mainKey + QStringLiteral(" #");
    QStringList chunks;
    const QStringList all = keys(profileId);
    for (const QString &key : all) {
        if (key.startsWith(prefix))
            chunks << key;
    }
    return chunks;
}

QStringList KeyIndex::keysOwnedByOthers(const QString &profileId) const
{
    QStringList owned;
    const QStringList all = profiles();
    for (const QString &other : all) {
        if (other != profileId)
            owned << read(other);
    }
    return owned;
}

void KeyIndex::record(const QString &profileId, const QStringList &added, const QStringList &removed)
{
    QStringList current = keys(profileId);
    for (const QString &key : added) {
        if (!current.contains(key))
            current << key;
    }
    for (const QString &key : removed)
        current.removeAll(key);
    write(profileId, current);
}

void KeyIndex::setUnsettled(const QString &profileId, bool unsettled)
{
    QStringList ids = readUnsettled();
    if (unsettled == ids.contains(profileId))
        return;
    if (unsettled)
        ids << profileId;
    else
        ids.removeAll(profileId);
    writeUnsettled(ids);
}

QStringList SettingsKeyIndex::read(const QString &profileId) const
{
    return m_settings->value(indexKey(profileId)).toStringList();
}

void SettingsKeyIndex::write(const QString &profileId, const QStringList &keys)
{
    if (keys.isEmpty())
        m_settings->remove(indexKey(profileId));
    else
        m_settings->setValue(indexKey(profileId), keys);
    m_settings->sync();
    // Not an error of the vault's operation: the entries are written (or gone) either way, and the
    // profile's own save in the same file reports SettingsNotWritable to the user. Until the file
    // can be written, the index lives in memory, and a later removal deletes what it names.
    if (m_settings->status() == QSettings::AccessError)
        qCInfo(lcVault).noquote() << "the index of entry names could not be written to" << m_settings->fileName();
}

QStringList SettingsKeyIndex::profiles() const
{
    m_settings->beginGroup(IndexGroup);
    const QStringList ids = m_settings->childKeys();
    m_settings->endGroup();
    return ids;
}

QStringList SettingsKeyIndex::readUnsettled() const
{
    return m_settings->value(UnsettledKey).toStringList();
}

void SettingsKeyIndex::writeUnsettled(const QStringList &profileIds)
{
    if (profileIds.isEmpty())
        m_settings->remove(UnsettledKey);
    else
        m_settings->setValue(UnsettledKey, profileIds);
    m_settings->sync();
}

void MemoryKeyIndex::write(const QString &profileId, const QStringList &keys)
{
    if (keys.isEmpty())
        m_keys.remove(profileId);
    else
        m_keys.insert(profileId, keys);
}

} // namespace MesheryAuth
