// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "StoredAtIndex.h"

#include "TokenVault.h"

#include <QSettings>
#include <QUrl>

namespace MesheryAuth {

namespace {

const QString Group = QStringLiteral("tokenStoredAt");

// Percent-encoded, so no id or provider name can reach into another group with a '/'.
QString groupOf(const QString &profileId)
{
    return Group + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

QString keyOf(const TokenSlot &slot)
{
    return groupOf(slot.profileId) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(slot.provider));
}

} // namespace

QDateTime StoredAtIndex::storedAt(const TokenSlot &slot) const
{
    const QDateTime when = QDateTime::fromString(m_settings->value(keyOf(slot)).toString(), Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

void StoredAtIndex::record(const TokenSlot &slot, const QDateTime &when)
{
    m_settings->setValue(keyOf(slot), when.toUTC().toString(Qt::ISODate));
}

void StoredAtIndex::forget(const TokenSlot &slot)
{
    m_settings->remove(keyOf(slot));
}

void StoredAtIndex::forgetProfile(const QString &profileId)
{
    m_settings->remove(groupOf(profileId));
}

} // namespace MesheryAuth
