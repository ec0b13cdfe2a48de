// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "CallbackRequest.h"

#include <QList>
#include <QString>
#include <QUrlQuery>

namespace MesheryAuth {

namespace {
// Compares every byte whatever the first difference, so the time taken tells nothing of the secret.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}
} // namespace

CallbackRequest CallbackRequest::parse(const QByteArray &requestLine, const QByteArray &secretPath)
{
    const QList<QByteArray> parts = requestLine.trimmed().split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/"))
        return {};
    const QByteArray &target = parts.at(1);
    const qsizetype queryStart = target.indexOf('?');
    const QByteArray path = queryStart < 0 ? target : target.left(queryStart);
    // Not our browser coming back from this login: a favicon, a probe, a forged callback.
    if (parts.at(0) != "GET" || !sameSecret(path, secretPath))
        return {Kind::Elsewhere, {}};
    const QByteArray query = queryStart < 0 ? QByteArray() : target.mid(queryStart + 1);
    return {Kind::Callback, LoginCallback::fromQuery(QUrlQuery(QString::fromLatin1(query)))};
}

} // namespace MesheryAuth
