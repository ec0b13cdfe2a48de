// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Every request the server answered (test-control requests aside), in arrival order.
#pragma once

#include "HttpRequest.h"
#include "RecordedRequest.h"

#include <QList>

namespace MesheryTest {

class RequestLog
{
public:
    RecordedRequest record(const HttpRequest &request);
    const QList<RecordedRequest> &all() const { return m_requests; }
    RecordedRequest last(const QString &path) const;
    int count(const QString &path) const;
    void clear() { m_requests.clear(); }

private:
    QList<RecordedRequest> m_requests;
};

} // namespace MesheryTest
