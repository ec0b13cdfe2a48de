// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "HttpRequestParser.h"

#include <QUrl>

namespace MesheryTest {

namespace {

// RFC 9110 "tchar": what a method or a header name may be made of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Visible ASCII only: a request target carries no spaces, controls or raw 8-bit bytes.
bool isVisibleAscii(const QByteArray &text)
{
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f)
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Where the head (request line + headers) ends: the first empty line. Bare LF line ends are
// tolerated (RFC 9112 allows it), so look for both.
qsizetype findHeadEnd(const QByteArray &buffer, qsizetype *separatorLength)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *separatorLength = 4;
        return crlf;
    }
    if (lf >= 0) {
        *separatorLength = 2;
        return lf;
    }
    return -1;
}

} // namespace

HttpRequestParser::State HttpRequestParser::fail(int status, const QByteArray &reason)
{
    m_failed = true;
    m_errorStatus = status;
    m_errorReason = reason;
    m_buffer.clear();
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::parseNext()
{
    if (m_failed)
        return State::Failed;

    // Empty lines before a request line are to be ignored (RFC 9112 section 2.2).
    while (m_buffer.startsWith("\r\n") || m_buffer.startsWith("\n"))
        m_buffer.remove(0, m_buffer.startsWith("\r\n") ? 2 : 1);
    if (m_buffer.isEmpty())
        return State::NeedMore;

    qsizetype separatorLength = 0;
    const qsizetype headEnd = findHeadEnd(m_buffer, &separatorLength);
    if (headEnd < 0) {
        if (m_buffer.size() > MaxRequestBytes)
            return fail(413, "request headers too large");
        return State::NeedMore;
    }
    const qsizetype headSize = headEnd + separatorLength;
    if (headSize > MaxRequestBytes)
        return fail(413, "request headers too large");

    HttpRequest request;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const bool ok = i == 0 ? parseRequestLine(line, request) : parseHeaderLine(line, request);
        if (!ok)
            return State::Failed;
    }

    if (request.version == "HTTP/1.1" && !request.headers.contains("host"))
        return fail(400, "missing required Host header");
    // Bodies come by Content-Length only: chunked (or any other coded) uploads are refused.
    if (request.headers.contains("transfer-encoding"))
        return fail(411, "length required");

    qint64 contentLength = 0;
    if (request.headers.contains("content-length")) {
        const QList<QByteArray> values = request.header("content-length").split(',');
        const QByteArray first = values.first().trimmed();
        for (const QByteArray &value : values) {
            if (!isDigits(value.trimmed()) || value.trimmed() != first)
                return fail(400, "bad Content-Length");
        }
        if (first.size() > 12)
            return fail(413, "request body too large");
        contentLength = first.toLongLong();
    }
    if (headSize + contentLength > MaxRequestBytes)
        return fail(413, "request body too large");
    if (m_buffer.size() < headSize + contentLength)
        return State::NeedMore;

    request.body = m_buffer.mid(headSize, contentLength);
    m_buffer.remove(0, headSize + contentLength);
    m_request = request;
    return State::Ready;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = m_request;
    m_request = HttpRequest();
    return request;
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line, HttpRequest &request)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3) {
        fail(400, "malformed request line");
        return false;
    }
    request.method = parts.at(0);
    request.target = parts.at(1);
    request.version = parts.at(2);
    if (!isToken(request.method) || !isVisibleAscii(request.target)) {
        fail(400, "malformed request line");
        return false;
    }
    if (!request.version.startsWith("HTTP/") || request.version.size() != 8 || request.version.at(6) != '.') {
        fail(400, "malformed HTTP version");
        return false;
    }
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0") {
        fail(505, "HTTP version not supported");
        return false;
    }
    return parseTarget(request);
}

bool HttpRequestParser::parseTarget(HttpRequest &request)
{
    QByteArray pathAndQuery = request.target;
    // Absolute form ("http://host/path") is what a request through a proxy looks like.
    if (!pathAndQuery.startsWith('/')) {
        const QUrl url = QUrl::fromEncoded(pathAndQuery, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            fail(400, "malformed request target");
            return false;
        }
        pathAndQuery = url.path(QUrl::FullyEncoded).toLatin1();
        if (pathAndQuery.isEmpty())
            pathAndQuery = "/";
        if (url.hasQuery())
            pathAndQuery += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    }
    const qsizetype hash = pathAndQuery.indexOf('#');
    if (hash >= 0)
        pathAndQuery.truncate(hash);
    const qsizetype question = pathAndQuery.indexOf('?');
    const QByteArray rawPath = question >= 0 ? pathAndQuery.left(question) : pathAndQuery;
    request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0)
        request.query = QUrlQuery(QString::fromLatin1(pathAndQuery.mid(question + 1)));
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray &line, HttpRequest &request)
{
    // Folded continuation lines are obsolete and a known smuggling vector: refuse them.
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, "obsolete header folding");
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.left(colon))) {
        fail(400, "malformed header line");
        return false;
    }
    const QByteArray name = line.left(colon).toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f) {
            fail(400, "control character in a header");
            return false;
        }
    }
    if (request.headers.contains(name)) {
        const QByteArray separator = name == "cookie" ? QByteArray("; ") : QByteArray(", ");
        request.headers[name] += separator + value;
    } else {
        request.headers.insert(name, value);
    }
    return true;
}

} // namespace MesheryTest
