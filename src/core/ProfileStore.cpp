// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileStore.h"

#include "MesheryTypes.h"
#include "Preferences.h"
#include "ServerAddress.h"
#include "WebAddress.h"

#include <QFileInfo>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace MesheryAuth {

namespace {
const QString ProfilesGroup = QStringLiteral("profiles");
const QString CurrentKey = QStringLiteral("currentProfile");

QString field(const QString &id, const char *name)
{
    return ProfilesGroup + QLatin1Char('/') + id + QLatin1Char('/') + QLatin1String(name);
}

// Hand-edited settings may hold anything: only well-formed fingerprints are pins.
QStringList cleanFingerprints(const QStringList &texts)
{
    QStringList pins;
    for (const QString &text : texts) {
        const QString pin = normaliseFingerprint(text);
        if (!pin.isEmpty() && !pins.contains(pin))
            pins << pin;
    }
    return pins;
}

// Trust files are named absolutely: the CLI and the window start in different folders.
QString absoluteFile(const QString &path)
{
    return path.trimmed().isEmpty() ? QString() : QFileInfo(path.trimmed()).absoluteFilePath();
}

} // namespace

bool ServerProfile::operator==(const ServerProfile &other) const
{
    return id == other.id && name == other.name && serverUrl == other.serverUrl && provider == other.provider
        && organizationId == other.organizationId && timeoutSeconds == other.timeoutSeconds && trust == other.trust;
}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

ServerProfile ProfileStore::draft(const QUrl &serverUrl)
{
    ServerProfile profile;
    profile.serverUrl = serverUrl.isEmpty() ? QUrl(QLatin1String(ServerAddress::DefaultUrl)) : serverUrl;
    profile.name = profile.serverUrl.host()
        + (profile.serverUrl.port() > 0 ? QStringLiteral(":%1").arg(profile.serverUrl.port()) : QString());
    return profile;
}

ServerProfile ProfileStore::newProfile(const QUrl &serverUrl) const
{
    ServerProfile profile = draft(serverUrl);
    profile.timeoutSeconds = Preferences::load(*m_settings).requestTimeoutSeconds;
    return profile;
}

QList<ServerProfile> ProfileStore::profiles() const
{
    m_settings->beginGroup(ProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<ServerProfile> list;
    for (const QString &id : ids) {
        if (auto found = profile(id))
            list << *found;
    }
    std::sort(list.begin(), list.end(), [](const ServerProfile &a, const ServerProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

std::optional<ServerProfile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || !m_settings->contains(field(id, "url")))
        return std::nullopt;
    ServerProfile profile;
    profile.id = id;
    profile.name = m_settings->value(field(id, "name")).toString();
    // Settings can be edited by hand: a damaged address is read as invalid, never trusted.
    profile.serverUrl = ServerAddress::normalise(m_settings->value(field(id, "url")).toString());
    profile.provider = m_settings->value(field(id, "provider")).toString();
    profile.organizationId = m_settings->value(field(id, "organization")).toString();
    profile.timeoutSeconds =
        std::clamp(m_settings->value(field(id, "timeoutSeconds"), ServerProfile::DefaultTimeoutSeconds).toInt(),
                   ServerProfile::MinTimeoutSeconds, ServerProfile::MaxTimeoutSeconds);
    profile.trust.pinnedCertificates = cleanFingerprints(m_settings->value(field(id, "trust/pinned")).toStringList());
    profile.trust.caFile = m_settings->value(field(id, "trust/caFile")).toString();
    profile.trust.clientCertificateFile = m_settings->value(field(id, "trust/clientCertificate")).toString();
    profile.trust.clientKeyFile = m_settings->value(field(id, "trust/clientKey")).toString();
    profile.trust.plainHttpConfirmed = m_settings->value(field(id, "trust/plainHttpConfirmed")).toBool();
    if (profile.name.isEmpty())
        profile.name = draft(profile.serverUrl).name;
    return profile;
}

std::optional<ServerProfile> ProfileStore::findByServer(const QUrl &serverUrl, const QString &provider) const
{
    const QUrl wanted = ServerAddress::normalise(serverUrl.toString());
    const QList<ServerProfile> all = profiles();
    for (const ServerProfile &candidate : all) {
        if (candidate.serverUrl == wanted && (provider.isEmpty() || sameProvider(candidate.provider, provider)))
            return candidate;
    }
    return std::nullopt;
}

ApiError ProfileStore::save(ServerProfile &profile)
{
    ApiError problem;
    const QUrl url = ServerAddress::normalise(profile.serverUrl.toString(), &problem);
    if (!url.isValid())
        return problem;
    if (profile.timeoutSeconds < ServerProfile::MinTimeoutSeconds
        || profile.timeoutSeconds > ServerProfile::MaxTimeoutSeconds) {
        return ApiError(ApiError::Kind::InvalidSetting,
                        tr("The time limit must be between %1 and %2 seconds.")
                            .arg(ServerProfile::MinTimeoutSeconds)
                            .arg(ServerProfile::MaxTimeoutSeconds));
    }
    // A pin or a plain-http consent was given to one server: moving the profile elsewhere drops it.
    // Only what is given in this very save may stay: a pin the new server's certificate
    // never earned, or a consent given for another host, would otherwise ride along.
    if (const auto stored = this->profile(profile.id); stored && !isSameOrigin(stored->serverUrl, url)) {
        QStringList &pins = profile.trust.pinnedCertificates;
        pins.erase(
            std::remove_if(pins.begin(), pins.end(),
                           [&](const QString &pin) { return stored->trust.isPinned(normaliseFingerprint(pin)); }),
            pins.end());
        if (stored->trust.plainHttpConfirmed)
            profile.trust.plainHttpConfirmed = false;
    }
    profile.trust.pinnedCertificates = cleanFingerprints(profile.trust.pinnedCertificates);
    profile.trust.caFile = absoluteFile(profile.trust.caFile);
    profile.trust.clientCertificateFile = absoluteFile(profile.trust.clientCertificateFile);
    profile.trust.clientKeyFile = absoluteFile(profile.trust.clientKeyFile);
    profile.serverUrl = url;
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty())
        profile.name = draft(url).name;
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    m_settings->setValue(field(profile.id, "name"), profile.name);
    m_settings->setValue(field(profile.id, "url"), url.toString());
    m_settings->setValue(field(profile.id, "provider"), profile.provider);
    m_settings->setValue(field(profile.id, "organization"), profile.organizationId);
    m_settings->setValue(field(profile.id, "timeoutSeconds"), profile.timeoutSeconds);
    m_settings->setValue(field(profile.id, "trust/pinned"), profile.trust.pinnedCertificates);
    m_settings->setValue(field(profile.id, "trust/caFile"), profile.trust.caFile);
    m_settings->setValue(field(profile.id, "trust/clientCertificate"), profile.trust.clientCertificateFile);
    m_settings->setValue(field(profile.id, "trust/clientKey"), profile.trust.clientKeyFile);
    m_settings->setValue(field(profile.id, "trust/plainHttpConfirmed"), profile.trust.plainHttpConfirmed);
    const ApiError written = sync();
    emit profilesChanged(); // the settings object holds the values even when the file refused them
    return written;
}

ApiError ProfileStore::remove(const QString &id)
{
    if (id.isEmpty())
        return {};
    m_settings->remove(ProfilesGroup + QLatin1Char('/') + id);
    const bool wasCurrent = currentId() == id;
    if (wasCurrent)
        m_settings->remove(CurrentKey);
    const ApiError written = sync();
    emit profilesChanged();
    if (wasCurrent)
        emit currentChanged(QString());
    return written;
}

ApiError ProfileStore::sync()
{
    m_settings->sync();
    // A FormatError is about what was read; only AccessError means the file was not written.
    // QSettings keeps its first error, so once writing failed every later save says so too.
    if (m_settings->status() == QSettings::AccessError)
        return ApiError(ApiError::Kind::SettingsNotWritable, tr("%1 cannot be written.").arg(m_settings->fileName()));
    return {};
}

QString ProfileStore::currentId() const
{
    return m_settings->value(CurrentKey).toString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    if (id == currentId())
        return;
    m_settings->setValue(CurrentKey, id);
    m_settings->sync();
    emit currentChanged(id);
}

std::optional<ServerProfile> ProfileStore::current() const
{
    return profile(currentId());
}

} // namespace MesheryAuth
