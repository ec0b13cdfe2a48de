// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenCopyMenu.h"

#include "SecretClipboard.h"
#include "Session.h"
#include "TokenFormats.h"

#include <QMenu>

#include <functional>

namespace MesheryAuth {

namespace {
void copySecret(Session *session, SecretClipboard *clipboard, const QByteArray &text, const QString &description)
{
    if (!session->token().isEmpty())
        clipboard->copySecret(text, description);
}
} // namespace

void TokenCopyMenu::addTo(QMenu *menu, Session *session, SecretClipboard *clipboard)
{
    const auto add = [=](const QString &text, const QString &name, std::function<QByteArray()> make,
                         const QString &description) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        QObject::connect(action, &QAction::triggered, clipboard,
                         [=] { copySecret(session, clipboard, make(), description); });
    };
    add(
        tr("Copy as &Authorization header"), QStringLiteral("copyBearer"),
        [session] { return TokenFormats::bearerHeader(session->token()); }, tr("Authorization header"));
    add(
        tr("Copy as C&ookie header"), QStringLiteral("copyCookie"),
        [session] { return TokenFormats::cookieHeader(session->token(), session->profile().provider); },
        tr("Cookie header"));
    // Holds no secret: meshery-auth-cli hands the token to curl on its standard input.
    QAction *curl = menu->addAction(tr("Copy as &curl command"));
    curl->setObjectName(QStringLiteral("copyCurl"));
    QObject::connect(curl, &QAction::triggered, clipboard, [session, clipboard] {
        clipboard->copyText(QString::fromUtf8(TokenFormats::curlCommand(session->profile())));
    });
    add(
        tr("Copy as &mesheryctl auth.json"), QStringLiteral("copyMesheryctl"),
        [session] { return TokenFormats::mesheryctlAuthJson(session->token(), session->profile().provider); },
        tr("auth.json"));
}

void TokenCopyMenu::copyToken(Session *session, SecretClipboard *clipboard)
{
    copySecret(session, clipboard, session->token(), tr("token"));
}

} // namespace MesheryAuth
