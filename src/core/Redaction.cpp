// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Redaction.h"

namespace MesheryAuth {

namespace {
constexpr qsizetype VisiblePrefix = 4;
constexpr qsizetype ShortSecretLength = 8;
} // namespace

QString redactSecret(const QByteArray &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("(empty)");

    QString prefix;
    if (secret.size() > ShortSecretLength) {
        // Byte by byte, printable ASCII only: a control character or a split UTF-8 sequence
        // must not end up in a log line.
        for (qsizetype i = 0; i < VisiblePrefix; ++i) {
            const char c = secret.at(i);
            prefix += (c > 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QLatin1Char('?');
        }
    }
    return prefix + QChar(0x2026) + QStringLiteral("(%1 chars)").arg(secret.size());
}

} // namespace MesheryAuth
