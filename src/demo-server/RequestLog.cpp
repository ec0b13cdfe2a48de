// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "RequestLog.h"

#include <algorithm>

namespace MesheryTest {

RecordedRequest RequestLog::record(const HttpRequest &request)
{
    RecordedRequest recorded;
    recorded.method = request.method;
    recorded.path = request.path;
    recorded.query = request.query;
    recorded.headers = request.headers;
    recorded.cookies = request.cookies();
    recorded.body = request.body;
    m_requests.append(recorded);
    return recorded;
}

RecordedRequest RequestLog::last(const QString &path) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (it->path == path)
            return *it;
    }
    return RecordedRequest();
}

int RequestLog::count(const QString &path) const
{
    return static_cast<int>(std::count_if(m_requests.cbegin(), m_requests.cend(),
                                          [&path](const RecordedRequest &request) { return request.path == path; }));
}

} // namespace MesheryTest
