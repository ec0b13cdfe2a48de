// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// One answer, plus how the connection should deliver it (later, streamed, or not at all).
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

namespace MesheryTest {

class HttpResponse
{
public:
    explicit HttpResponse(int status = 200)
        : m_status(status)
    {
    }

    static HttpResponse json(const QJsonDocument &document, int status = 200);
    static HttpResponse text(const QByteArray &text, int status = 200);
    static HttpResponse html(const QString &page, int status = 200);
    // 302 with the small HTML body Go's http.Redirect writes.
    static HttpResponse redirect(const QByteArray &location);

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    void setBody(const QByteArray &body, const QByteArray &contentType);

    void setHeader(const QByteArray &name, const QByteArray &value); // replaces any of that name
    void addHeader(const QByteArray &name, const QByteArray &value); // one more line (Set-Cookie)
    // Set-Cookie: NAME=VALUE; ATTRIBUTES
    void addCookie(const QByteArray &name, const QByteArray &value,
                   const QByteArray &attributes = QByteArrayLiteral("Path=/; HttpOnly"));

    // Delivery: wait before sending; stream (no Content-Length, the connection closes after the
    // body); or close the connection without sending anything.
    int delayMs() const { return m_delayMs; }
    void setDelayMs(int delayMs) { m_delayMs = delayMs; }
    bool isStreamed() const { return m_streamed; }
    void setStreamed(bool streamed) { m_streamed = streamed; }
    // After the headers, this many filler bytes (streamed: no Content-Length), or until the client
    // hangs up; chunked sends them as chunks of Transfer-Encoding: chunked without the last chunk.
    static constexpr qint64 EndlessFillerBytes = qint64(1) << 30; // "endless", so a test can't run away
    qint64 fillerBytes() const { return m_fillerBytes; }
    bool isChunked() const { return m_chunked; }
    void setFiller(qint64 bytes, bool chunked)
    {
        m_fillerBytes = bytes;
        m_chunked = chunked;
        m_streamed = m_streamed || bytes > 0;
        if (chunked)
            setHeader("Transfer-Encoding", "chunked");
    }
    // Announce a Content-Length of twice the body, send the body, and close: a drop mid-body.
    bool isCutShort() const { return m_cutShort; }
    void setCutShort(bool cut) { m_cutShort = cut; }
    bool dropsConnection() const { return m_dropConnection; }
    void setDropsConnection(bool drop) { m_dropConnection = drop; }

    // Status line, headers (with Content-Length, Connection and Date) and body.
    QByteArray serialize(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);

private:
    int m_status;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    int m_delayMs = 0;
    bool m_streamed = false;
    bool m_dropConnection = false;
    qint64 m_fillerBytes = 0;
    bool m_chunked = false;
    bool m_cutShort = false;
};

} // namespace MesheryTest
