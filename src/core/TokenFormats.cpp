// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenFormats.h"

#include "MesheryTypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace MesheryAuth::TokenFormats {

namespace {
// Single quotes keep every character literal.
QByteArray shellQuote(const QByteArray &text)
{
    QByteArray escaped = text;
    escaped.replace('\'', "'\\''");
    return '\'' + escaped + '\'';
}

// How meshery-auth-cli finds the same profile: by name once saved, by address otherwise. A name
// can come from anyone's mesheryctl config; only a plain one goes on a line people paste (fish,
// unlike sh, reads backslashes inside single quotes). The encoded URL has no quote or backslash.
QByteArray cliSelection(const ServerProfile &profile)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9 ._:-]{1,64}$"));
    if (!profile.id.isEmpty() && plainName.match(profile.name).hasMatch())
        return "--profile " + shellQuote(profile.name.toUtf8());
    return "--server " + shellQuote(profile.serverUrl.toEncoded());
}
} // namespace

QByteArray bearerHeader(const QByteArray &token)
{
    return "Authorization: Bearer " + token;
}

QByteArray cookieHeader(const QByteArray &token, const QString &provider)
{
    // Encoded as ApiClient sends it: a provider key from a file or a server must add no cookie or line.
    return "Cookie: token=" + token + "; meshery-provider=" + QUrl::toPercentEncoding(provider);
}

QByteArray headerLines(const QByteArray &token, const QString &provider)
{
    return cookieHeader(token, provider) + '\n' + bearerHeader(token) + '\n';
}

QByteArray curlCommand(const ServerProfile &profile, const QString &path, const QByteArray &jsonBody)
{
    QUrl url = profile.serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl relative(path);
    url.setPath(base + relative.path());
    if (relative.hasQuery())
        url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::StrictMode);

    QByteArray line;
    QByteArray curl = "curl -sS";
    if (isLocalProviderName(profile.provider) || profile.provider.isEmpty()) {
        // No token: the provider's cookie is all there is to send.
        if (!profile.provider.isEmpty())
            curl += " -H " + shellQuote("Cookie: meshery-provider=" + profile.provider.toUtf8());
    } else {
        line = QByteArray(CliProgram) + ' ' + cliSelection(profile) + " token --format headers | ";
        curl += " -H @-";
    }
    // The profile's own trust, so the line reaches the server the way the app does; a key's
    // passphrase is curl's to ask for. A pinned certificate has no curl equivalent: curl refuses it.
    const ServerTrust &trust = profile.trust;
    if (url.scheme() == QLatin1String("https")) {
        if (!trust.caFile.isEmpty())
            curl += " --cacert " + shellQuote(trust.caFile.toUtf8());
        if (trust.hasClientCertificate()) {
            if (trust.clientCertificateIsPkcs12())
                curl += " --cert-type P12";
            curl += " --cert " + shellQuote(trust.clientCertificateFile.toUtf8());
            if (!trust.clientKeyFile.isEmpty())
                curl += " --key " + shellQuote(trust.clientKeyFile.toUtf8());
        }
    }
    if (!jsonBody.isEmpty())
        curl += " -X POST -H 'Content-Type: application/json' --data " + shellQuote(jsonBody);
    curl += " -H 'Accept: application/json' " + shellQuote(url.toEncoded());
    return line + curl;
}

QByteArray mesheryctlAuthJson(const QByteArray &token, const QString &provider)
{
    const QJsonObject object{{QStringLiteral("meshery-provider"), provider},
                             {QStringLiteral("token"), QString::fromUtf8(token)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace MesheryAuth::TokenFormats
