// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiPaths.h"
#include "ServerProfile.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace MesheryAuth {

// The ready-to-paste forms of a token, shared by the copy menu and `meshery-auth-cli token`.
// Each takes the token explicitly: callers decide when a secret may leave the vault. No form puts
// a token on a command line: every local user reads a running program's arguments in
// /proc/PID/cmdline, and the shell keeps them in its history.
namespace TokenFormats {

inline constexpr char CliProgram[] = "meshery-auth-cli";

QByteArray bearerHeader(const QByteArray &token); // Authorization: Bearer <token>
QByteArray cookieHeader(const QByteArray &token,
                        const QString &provider); // Cookie: token=<token>; meshery-provider=<p>
// Both header lines, each ending in a newline: what `curl -H @-` reads from its standard input.
QByteArray headerLines(const QByteArray &token, const QString &provider);
// A working shell line for <server><path>, a GET or a POST of jsonBody when given, that holds no
// secret: for a remote provider, meshery-auth-cli pipes the profile's headers into curl's
// standard input (`... token --format headers | curl -H @- ...`). path may carry a query.
QByteArray curlCommand(const ServerProfile &profile, const QString &path = ApiPaths::user(),
                       const QByteArray &jsonBody = {});
QByteArray mesheryctlAuthJson(const QByteArray &token, const QString &provider); // {"meshery-provider":..,"token":..}\n

} // namespace TokenFormats
} // namespace MesheryAuth
