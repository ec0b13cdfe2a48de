// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProviderSiteEndpoints.h"
#include "HtmlPages.h"
#include "ServerState.h"

#include <QRandomGenerator>

namespace MesheryTest {

namespace {

// The fields the provider's form carries through the sign-in unchanged.
const char *const kPassedOnFields[] = {"source", "provider_version", "meshery_version", "ref"};

using Fields = QList<QPair<QString, QString>>;

Fields passedOnFields(const std::function<QString(const QString &)> &valueOf)
{
    Fields fields;
    for (const char *name : kPassedOnFields) {
        const QString value = valueOf(QString::fromLatin1(name));
        if (!value.isEmpty())
            fields.append({QString::fromLatin1(name), value});
    }
    return fields;
}

HttpResponse badSource()
{
    return HttpResponse::html(
        HtmlPages::error(QStringLiteral("Bad request"),
                         QStringLiteral("The sign-in link is incomplete: its source is missing or cannot be read.")),
        400);
}

QByteArray randomSessionCookie()
{
    QByteArray bytes(24, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

ProviderSiteEndpoints::ProviderSiteEndpoints(ServerState &state)
    : m_state(state)
{
    addRoute(QStringLiteral("/provider-site/login"), {"GET"},
             [this](const HttpRequest &request) { return showForm(request); });
    addRoute(QStringLiteral("/provider-site/login"), {"POST"},
             [this](const HttpRequest &request) { return signIn(request); });
}

std::optional<QUrl> ProviderSiteEndpoints::decodeSource(const QString &source)
{
    const QByteArray encoded = source.trimmed().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (encoded.isEmpty() || !decoded)
        return std::nullopt;
    const QUrl url(QString::fromUtf8(decoded.decoded), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return std::nullopt;
    return url;
}

HttpResponse ProviderSiteEndpoints::showForm(const HttpRequest &request) const
{
    if (!decodeSource(request.queryValue(QStringLiteral("source"))))
        return badSource();
    const Fields fields = passedOnFields([&request](const QString &name) { return request.queryValue(name); });
    const QString automatic = m_state.options().signInAutomaticallyAs;
    return HttpResponse::html(
        HtmlPages::loginForm(fields, automatic, QString(), m_state.options().password, !automatic.isEmpty()));
}

HttpResponse ProviderSiteEndpoints::signIn(const HttpRequest &request) const
{
    const QUrlQuery form = request.formFields();
    const auto field = [&form](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    const std::optional<QUrl> source = decodeSource(field(QStringLiteral("source")));
    if (!source)
        return badSource();

    const QString userName = field(QStringLiteral("username")).trimmed();
    if (userName.isEmpty() || field(QStringLiteral("password")) != m_state.options().password) {
        const Fields fields = passedOnFields(field);
        return HttpResponse::html(HtmlPages::loginForm(
            fields, userName, QStringLiteral("Invalid user name or password."), m_state.options().password));
    }

    // Percent-encode by hand: QUrlQuery would leave '+', '/' and '=' as they are, and a '+' in a
    // query is read as a space by many servers (mesheryctl's listener among them).
    const QByteArray token = m_state.issueToken(userName);
    const QByteArray sessionCookie = randomSessionCookie();
    m_state.tokens().attachSession(token, sessionCookie); // what a logout must present to end it
    QByteArray location = source->adjusted(QUrl::RemoveFragment).toEncoded();
    location += source->hasQuery() ? '&' : '?';
    location += "token=" + QUrl::toPercentEncoding(QString::fromLatin1(token))
        + "&session_cookie=" + QUrl::toPercentEncoding(QString::fromLatin1(sessionCookie));
    if (source->hasFragment())
        location += '#' + source->fragment(QUrl::FullyEncoded).toLatin1();
    return HttpResponse::redirect(location);
}

} // namespace MesheryTest
