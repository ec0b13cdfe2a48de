// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ServerAddress.h"

#include <QRegularExpression>

namespace MesheryAuth {

QUrl ServerAddress::normalise(const QString &text, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QUrl();
    };

    QString input = text.trimmed();
    if (input.isEmpty())
        return fail(tr("Enter the Meshery server's address, for example %1.").arg(QLatin1String(DefaultUrl)));

    // "host:port" and bare host names carry no scheme; Meshery serves plain http by default.
    static const QRegularExpression hasScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!hasScheme.match(input).hasMatch())
        input.prepend(QStringLiteral("http://"));

    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("\"%1\" is not a valid address.").arg(text.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(tr("Only http:// and https:// addresses are supported, not %1://.").arg(url.scheme()));
    if (url.host().isEmpty())
        return fail(tr("The address \"%1\" names no host.").arg(text.trimmed()));
    if (!url.userInfo().isEmpty())
        return fail(tr("Leave the user name and password out of the address; sign in instead."));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The address must not contain \"?\" or \"#\" parts."));

    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    if (error)
        error->clear();
    return url;
}

QUrl ServerAddress::normalise(const QString &text, ApiError *error)
{
    QString problem;
    const QUrl url = normalise(text, &problem);
    if (error)
        *error = url.isValid() ? ApiError() : ApiError(ApiError::Kind::InvalidAddress, problem);
    return url;
}

} // namespace MesheryAuth
