#include "TokenFormats.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace MesheryAuth::TokenFormats {

namespace {
// Single quotes keep every character literal; a variable needs double quotes to expand.
QByteArray shellQuote(const QByteArray &text, bool expandVariable)
{
    if (expandVariable) {
        QByteArray escaped = text;
        escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('`', "\\`");
        return '"' + escaped + '"';
    }
    QByteArray escaped = text;
    escaped.replace('\'', "'\\''");
    return '\'' + escaped + '\'';
}
} // namespace

QByteArray bearerHeader(const QByteArray &token)
{
    return "Authorization: Bearer " + token;
}

QByteArray cookieHeader(const QByteArray &token, const QString &provider)
{
    return "Cookie: token=" + token + "; meshery-provider=" + provider.toUtf8();
}

QByteArray curlCommand(const QUrl &serverUrl, const QString &provider, const QByteArray &token, const QString &path,
                       const QByteArray &jsonBody)
{
    const bool variable = token == TokenVariable;
    QUrl url = serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl relative(path);
    url.setPath(base + relative.path());
    if (relative.hasQuery())
        url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::StrictMode);
    QByteArray line = "curl -sS";
    if (!jsonBody.isEmpty())
        line += " -X POST -H 'Content-Type: application/json' --data " + shellQuote(jsonBody, false);
    if (!token.isEmpty()) {
        line += " -H " + shellQuote(cookieHeader(token, provider), variable);
        line += " -H " + shellQuote(bearerHeader(token), variable);
    } else if (!provider.isEmpty()) {
        line += " -H " + shellQuote("Cookie: meshery-provider=" + provider.toUtf8(), false);
    }
    line += " -H 'Accept: application/json' " + shellQuote(url.toEncoded(), false);
    return line;
}

QByteArray mesheryctlAuthJson(const QByteArray &token, const QString &provider)
{
    const QJsonObject object{{QStringLiteral("meshery-provider"), provider}, {QStringLiteral("token"), QString::fromUtf8(token)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace MesheryAuth::TokenFormats
