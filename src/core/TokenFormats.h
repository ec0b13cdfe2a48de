#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace MesheryAuth {

// The ready-to-paste forms of a token, shared by the copy menu and `meshery-auth-cli token`.
// Each takes the token explicitly: callers decide when a secret may leave the vault.
namespace TokenFormats {

// What scripts use instead of the secret itself in a command line they show or log.
inline constexpr char TokenVariable[] = "$MESHERY_TOKEN";

QByteArray bearerHeader(const QByteArray &token);                           // Authorization: Bearer <token>
QByteArray cookieHeader(const QByteArray &token, const QString &provider);  // Cookie: token=<token>; meshery-provider=<p>
// A working curl line for <server><path> with both the cookie and the Bearer header: a GET, or a
// POST of jsonBody when given. With token == TokenVariable the line reads the token from the
// environment instead. path may carry a query.
QByteArray curlCommand(const QUrl &serverUrl, const QString &provider, const QByteArray &token,
                       const QString &path = QStringLiteral("/api/user"), const QByteArray &jsonBody = {});
QByteArray mesheryctlAuthJson(const QByteArray &token, const QString &provider); // {"meshery-provider":..,"token":..}\n

} // namespace TokenFormats
} // namespace MesheryAuth
