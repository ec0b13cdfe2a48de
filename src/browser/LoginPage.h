// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoginCallbackMatcher.h"

#include <QWebEnginePage>

namespace MesheryAuth {

// The page of an embedded login: spots the token callback before it loads, and sends pop-ups and
// links to other sites to the system browser, so the dialog only ever shows the login dance.
class LoginPage : public QWebEnginePage
{
    Q_OBJECT

public:
    // The callback is taken only from a page on the server's or the provider's host.
    LoginPage(QWebEngineProfile *profile, const QUrl &serverUrl, const QUrl &providerUrl, QObject *parent = nullptr);

signals:
    void tokenSeen(const MesheryAuth::LoginCallback &callback);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    // Dropped: the provider's scripts log what they like, and the helper's stderr is the window's.
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int, const QString &) override { }

private:
    LoginCallbackMatcher m_matcher;
    QStringList m_hostsThatHandOver;
};

} // namespace MesheryAuth
