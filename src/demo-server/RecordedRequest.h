// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// A request as the test server received it, kept so tests can check what a client sent.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrlQuery>

namespace MesheryTest {

struct RecordedRequest {
    QByteArray method;
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QMap<QString, QString> cookies; // from the Cookie header
    QByteArray body;
};

} // namespace MesheryTest

Q_DECLARE_METATYPE(MesheryTest::RecordedRequest)
