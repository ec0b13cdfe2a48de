// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ServerTrust.h"

#include "TlsCertificateInfo.h"

#include <QHostAddress>

#include <cctype>

namespace MesheryAuth {

bool ServerTrust::operator==(const ServerTrust &other) const
{
    return pinnedCertificates == other.pinnedCertificates && caFile == other.caFile
        && clientCertificateFile == other.clientCertificateFile && clientKeyFile == other.clientKeyFile
        && plainHttpConfirmed == other.plainHttpConfirmed;
}

bool ServerTrust::clientCertificateIsPkcs12() const
{
    return clientCertificateFile.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive)
        || clientCertificateFile.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
}

bool ServerTrust::isUnencryptedRemote(const QUrl &serverUrl)
{
    if (serverUrl.scheme() != QLatin1String("http"))
        return false;
    const QString host = serverUrl.host().toLower();
    // "localhost" is loopback (RFC 6761); any other name may resolve anywhere.
    if (host == QLatin1String("localhost"))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QString normaliseFingerprint(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive)) // as openssl and ssh print it
        digits = digits.mid(7);
    QString hex;
    for (const QChar c : digits) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        if (c.unicode() > 0x7f || !isxdigit(c.toLatin1()))
            return {};
        hex += c;
    }
    const QByteArray digest = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() != 64 || digest.size() != 32)
        return {};
    return formatFingerprint(digest);
}

} // namespace MesheryAuth
