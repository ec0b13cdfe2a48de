// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "HttpRequest.h"

namespace MesheryTest {

namespace {

bool headerHasToken(const QByteArray &value, const QByteArray &token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QMap<QString, QString> HttpRequest::cookies() const
{
    QMap<QString, QString> result;
    const QList<QByteArray> pairs = header("cookie").split(';');
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = pair.left(equals).trimmed();
        QByteArray value = pair.mid(equals + 1).trimmed();
        // RFC 6265 allows a value in double quotes; the quotes are not part of it.
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (!name.isEmpty() && !result.contains(QString::fromLatin1(name)))
            result.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    }
    return result;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection");
    if (headerHasToken(connection, "close"))
        return false;
    if (version == "HTTP/1.0")
        return headerHasToken(connection, "keep-alive");
    return true;
}

QUrlQuery HttpRequest::formFields() const
{
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(encoded));
}

} // namespace MesheryTest
