// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// One parsed HTTP/1.x request.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrlQuery>

namespace MesheryTest {

struct HttpRequest {
    QByteArray method;
    QByteArray target; // as sent on the request line
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QMap<QByteArray, QByteArray> headers; // names lower-cased; repeated headers joined
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    // A query value fully decoded ("%2B" is '+'). A bare '+' stays '+' rather than becoming a space
    // as in Go: tokens are compared byte for byte, and a client that sends one unencoded is caught.
    QString queryValue(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    QMap<QString, QString> cookies() const;
    QString cookie(const QString &name) const { return cookies().value(name); }
    // HTTP/1.1 keeps the connection unless told "close"; HTTP/1.0 only when asked to keep it.
    bool keepAlive() const;
    // An application/x-www-form-urlencoded body, where '+' stands for a space.
    QUrlQuery formFields() const;
};

} // namespace MesheryTest
