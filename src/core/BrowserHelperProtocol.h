// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The embedded login runs in its own process, meshery-auth-browser, so that the window never
// loads Qt WebEngine and the OpenGL stack it needs (issue 12: the window's idle cost). The two
// talk in JSON, one object per line: the window writes to the helper's stdin, the helper writes
// to its stdout. Nothing goes through argv or the environment, which other processes can read.
//
//   helper -> window   {"type":"hello","protocol":1,"version":"0.1.0"}   first, before anything
//   window -> helper   {"type":"login", <LoginRequest>}                  once, after a good hello
//   helper -> window   {"type":"pageShown","host":"..."}                 each page that loaded
//                      {"type":"caught","token":"...","sessionCookie":"..."}  then it exits
//                      {"type":"systemBrowser"} | {"type":"closed"}      then it exits
//   window -> helper   {"type":"raise"}
// The helper exits when its stdin ends: the window let it go, or died.
#include "ApiError.h"
#include "LoginCallback.h"
#include "ServerTrust.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace MesheryAuth::BrowserHelper {

constexpr int ProtocolVersion = 1;
// A line longer than this is not ours: a token and its session cookie are a few KiB.
constexpr qsizetype MaxLineBytes = 64 * 1024;
// The profile's CA certificates, as PEM, must leave room in a request line for the rest: some
// thirty certificates. A bigger bundle makes the window use the system browser instead.
constexpr qsizetype MaxCaCertificatesPemBytes = 48 * 1024;
constexpr qsizetype MaxTrustedCertificates = 64;
// The helper's one command-line option: "--language de", the window's language, so that its
// dialog speaks it too (installTranslations() checks the code).
constexpr char LanguageOption[] = "--language";

namespace Type {
constexpr char Hello[] = "hello";
constexpr char Login[] = "login";
constexpr char PageShown[] = "pageShown";
constexpr char Caught[] = "caught";
constexpr char SystemBrowser[] = "systemBrowser";
constexpr char Closed[] = "closed";
constexpr char Raise[] = "raise";
} // namespace Type

struct LoginRequest {
    QUrl serverUrl;
    QString providerKey;
    QString providerName;
    QUrl providerUrl; // its login page's host, besides the server's, may hand over the callback
    // Where the dance starts; empty: the server's own start (<server>/api/provider?provider=KEY).
    QUrl startUrl;
    std::chrono::milliseconds timeLimit{5 * 60 * 1000};
    // The profile's trust (ServerTrust), for the server's own host and port only: the SHA-256
    // fingerprints (formatFingerprint's form) it pinned, and the certificates of its CA file,
    // read by the window so that the helper opens no path it is given. Any other certificate the
    // system does not trust is refused; nothing is put to the user (BrowserCertificatePolicy).
    QStringList trustedCertificates;
    QList<QSslCertificate> caCertificates; // "caCertificates": PEM text
    quint64 parentWindow = 0; // the window's native id: the dialog stays above it
    QRect parentGeometry; // the window's frame, to centre the dialog on

    // Takes the profile's trust: its pins, and its CA file read and checked. An error
    // (TlsSettingsUnusable, naming the file) when the file cannot be used or is too big to send.
    ApiError setTrust(const ServerTrust &trust);

    QJsonObject toJson() const;
    // Nothing unchecked: a server that is an http(s) address, a provider key, a sane time limit,
    // fingerprints, and PEM certificates only, within their limits.
    static std::optional<LoginRequest> fromJson(const QJsonObject &json, QString *error);
};

QByteArray encode(const QJsonObject &message); // one line, with its '\n'
QJsonObject message(const char *type, QJsonObject fields = {});
QJsonObject caught(const LoginCallback &callback);
std::optional<LoginCallback> caughtFrom(const QJsonObject &message);

// Gathers bytes into lines; refuses a line longer than MaxLineBytes, for good.
class LineBuffer
{
public:
    // False once a line has grown past the limit: the peer is not speaking this protocol.
    bool append(const QByteArray &bytes);
    // The next whole line as a JSON object; nullopt when none is complete. *bad is set when the
    // line is not a JSON object.
    std::optional<QJsonObject> takeMessage(bool *bad);

private:
    QByteArray m_pending;
    bool m_overLimit = false;
};

} // namespace MesheryAuth::BrowserHelper
