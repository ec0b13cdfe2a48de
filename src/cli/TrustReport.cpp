// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TrustReport.h"

#include "Output.h"
#include "TlsMaterial.h"

#include <QDir>
#include <QJsonArray>

namespace MesheryAuth::Cli {

bool TrustReport::keyNeedsPassphrase(const ServerTrust &trust)
{
    if (!trust.hasClientCertificate())
        return false;
    ServerTrust identity; // the CA file plays no part in this question
    identity.clientCertificateFile = trust.clientCertificateFile;
    identity.clientKeyFile = trust.clientKeyFile;
    return TlsMaterialJob::read(identity, std::nullopt).needsPassphrase;
}

QString TrustReport::plainHttpWarning(const ServerProfile &profile)
{
    if (!ServerTrust::isUnencryptedRemote(profile.serverUrl))
        return {};
    if (profile.trust.plainHttpConfirmed)
        return tr("Warning: %1 is plain http: your token travels unencrypted (you confirmed this with --allow-http).")
            .arg(profile.serverUrl.toString());
    // There is no "profiles set" yet: consent is given by adding the profile again.
    return tr("Warning: %1 is plain http: your token would travel unencrypted, so none is sent until you confirm "
              "it (meshery-auth-cli profiles remove %2, then meshery-auth-cli profiles add %2 %1 --allow-http) or "
              "use the server's https:// address.")
        .arg(profile.serverUrl.toString(), profile.name);
}

QJsonObject TrustReport::toJson(const ServerProfile &profile)
{
    const ServerTrust &trust = profile.trust;
    return {
        {QStringLiteral("scheme"), profile.serverUrl.scheme()},
        {QStringLiteral("unencryptedRemote"), ServerTrust::isUnencryptedRemote(profile.serverUrl)},
        {QStringLiteral("plainHttpConfirmed"), trust.plainHttpConfirmed},
        {QStringLiteral("pinnedCertificates"), QJsonArray::fromStringList(trust.pinnedCertificates)},
        {QStringLiteral("caFile"), Output::orNull(trust.caFile)},
        {QStringLiteral("clientCertificate"), Output::orNull(trust.clientCertificateFile)},
        {QStringLiteral("clientKey"), Output::orNull(trust.clientKeyFile)},
        {QStringLiteral("clientKeyNeedsPassphrase"), keyNeedsPassphrase(trust)},
    };
}

QList<QPair<QString, QString>> TrustReport::fields(const ServerProfile &profile)
{
    const ServerTrust &trust = profile.trust;
    QString connection;
    if (profile.serverUrl.scheme() == QLatin1String("https"))
        connection = tr("https (encrypted)");
    else if (!ServerTrust::isUnencryptedRemote(profile.serverUrl))
        connection = tr("plain http on this computer");
    else if (trust.plainHttpConfirmed)
        connection = tr("plain http to another computer: your token travels unencrypted (confirmed)");
    else
        connection = tr("plain http to another computer: no token is sent (not confirmed)");
    QList<QPair<QString, QString>> fields{{tr("Connection"), connection}};
    if (!trust.pinnedCertificates.isEmpty())
        fields.append({tr("Pinned certificates"), trust.pinnedCertificates.join(QStringLiteral(", "))});
    if (!trust.caFile.isEmpty())
        fields.append({tr("CA file"), QDir::toNativeSeparators(trust.caFile)});
    if (trust.hasClientCertificate()) {
        fields.append({tr("Client certificate"), QDir::toNativeSeparators(trust.clientCertificateFile)});
        if (!trust.clientKeyFile.isEmpty())
            fields.append({tr("Client key"), QDir::toNativeSeparators(trust.clientKeyFile)});
        fields.append({tr("Key passphrase"),
                       keyNeedsPassphrase(trust) ? tr("needed (kept in the system keychain)") : tr("not needed")});
    }
    return fields;
}

} // namespace MesheryAuth::Cli
