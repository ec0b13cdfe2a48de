// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The token decoder (TokenInfo) and the forms a token is copied in (TokenFormats): any bytes a
// server, a file or the clipboard hands over as a token.
#include "FuzzInput.h"
#include "TokenFormats.h"
#include "TokenInfo.h"
#include "TokenValidator.h"

#include <QDateTime>

using namespace MesheryAuth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray token = Fuzz::bytes(data, size);
    const TokenInfo info = TokenInfo::decode(token);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    (void)info.isExpiredAt(now);
    (void)info.claims();
    if (info.isDecoded())
        Fuzz::require(!info.redacted().isEmpty(), "a decoded token has a redacted form");
    if (info.format() == TokenInfo::Format::Empty)
        Fuzz::require(token.trimmed().isEmpty(), "only blank input reads as empty");
    // The redacted form is shown and logged: it must never hold the token itself.
    if (token.size() >= 16)
        Fuzz::require(!info.redacted().toUtf8().contains(token), "the redacted form hides the token");

    if (TokenValidator::isValid(token)) {
        const QString provider = QStringLiteral("Meshery");
        (void)TokenFormats::bearerHeader(token);
        (void)TokenFormats::cookieHeader(token, provider);
        (void)TokenFormats::headerLines(token, provider);
        (void)TokenFormats::mesheryctlAuthJson(token, provider);
    }
    return 0;
}
