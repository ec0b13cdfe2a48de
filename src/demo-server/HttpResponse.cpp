// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "HttpResponse.h"

#include <QDateTime>
#include <QLocale>

namespace MesheryTest {

HttpResponse HttpResponse::json(const QJsonDocument &document, int status)
{
    HttpResponse response(status);
    response.setBody(document.toJson(QJsonDocument::Compact), "application/json");
    return response;
}

HttpResponse HttpResponse::text(const QByteArray &text, int status)
{
    HttpResponse response(status);
    response.setBody(text, "text/plain; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::html(const QString &page, int status)
{
    HttpResponse response(status);
    response.setBody(page.toUtf8(), "text/html; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    HttpResponse response(302);
    response.setHeader("Location", location);
    const QString escaped = QString::fromLatin1(location).toHtmlEscaped();
    response.setBody(QStringLiteral("<a href=\"%1\">Found</a>.\n\n").arg(escaped).toUtf8(), "text/html; charset=utf-8");
    return response;
}

void HttpResponse::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    setHeader("Content-Type", contentType);
}

namespace {

// A value taken from a request (a redirect target, a cookie) must not be able to add header lines.
QByteArray singleLine(QByteArray value)
{
    return value.replace('\r', ' ').replace('\n', ' ');
}

} // namespace

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.removeIf([&name](const QPair<QByteArray, QByteArray> &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    m_headers.append({name, singleLine(value)});
}

void HttpResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, singleLine(value)});
}

void HttpResponse::addCookie(const QByteArray &name, const QByteArray &value, const QByteArray &attributes)
{
    QByteArray line = name + '=' + value;
    if (!attributes.isEmpty())
        line += "; " + attributes;
    addHeader("Set-Cookie", line);
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out;
    out += "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    const QString date =
        QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    out += "Date: " + date.toLatin1() + "\r\n";
    out += "Server: meshery-test-server\r\n";
    for (const auto &header : m_headers)
        out += header.first + ": " + header.second + "\r\n";
    // A streamed body ends when the connection does, so it has no length and no keep-alive.
    if (!m_streamed)
        out += "Content-Length: " + QByteArray::number(m_cutShort ? 2 * m_body.size() + 1 : m_body.size()) + "\r\n";
    out += keepAlive && !m_streamed ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += m_body;
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace MesheryTest
