// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Turns the bytes of one connection into HTTP/1.x requests, one at a time, so keep-alive and
// pipelined requests work. Anything the server would not accept ends the parse with a status.
#pragma once

#include "HttpRequest.h"

#include <QByteArray>

namespace MesheryTest {

class HttpRequestParser
{
public:
    // Request line, headers and body together: a test server never needs more, and a cap keeps a
    // misbehaving client from eating the test's memory.
    static constexpr qsizetype MaxRequestBytes = 1024 * 1024;

    enum class State { NeedMore, Ready, Failed };

    void append(const QByteArray &data) { m_buffer.append(data); }
    // Parses the next request from what has arrived. Ready: takeRequest() gives it.
    State parseNext();
    HttpRequest takeRequest();

    // After Failed: what to answer (400, 411, 413 or 505) and why.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }

private:
    State fail(int status, const QByteArray &reason);
    bool parseRequestLine(const QByteArray &line, HttpRequest &request);
    bool parseHeaderLine(const QByteArray &line, HttpRequest &request);
    bool parseTarget(HttpRequest &request);

    QByteArray m_buffer;
    HttpRequest m_request;
    bool m_failed = false;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace MesheryTest
