// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CallLimits.h"
#include "LoopbackCallbackListener.h"
#include "MesheryTypes.h"
#include "TokenConfirmation.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace MesheryAuth {

// Sign-in in the user's own browser, the way mesheryctl does it: a loopback listener waits for
// the provider to send the browser back with ?token=..., and the token is confirmed with the
// Meshery server before anyone keeps it. The caller opens loginUrl() in a browser (or shows it,
// for a machine without one); this class never opens windows itself.
class SystemBrowserLogin : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QUrl serverUrl;
        Provider provider; // a remote provider, with its url
        QString mesheryVersion; // the server's build, passed on as mesheryctl does
        std::chrono::milliseconds timeLimit{5 * 60 * 1000}; // for the whole login
        std::chrono::milliseconds requestTimeout{CallLimits::DefaultTimeout};
        ServerTrust trust = {}; // the profile's, for the confirmation's calls
        QString profileId = {};
        TokenVault *vault = nullptr; // where the client key's passphrase is
    };

    explicit SystemBrowserLogin(QObject *parent = nullptr);

    // Opens the listener and prepares the login URL; false, with a reason, when it cannot.
    bool start(const Options &options, QString *error = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }
    QUrl loginUrl() const { return m_loginUrl; }
    QString callbackUrl() const { return m_listener.callbackUrl(); } // http://localhost:PORT/SECRET
    LoopbackCallbackListener *listener() { return &m_listener; } // tests: its port and first port

    // <providerUrl>/login?source=<base64url-unpadded(callback)>&provider_version=..&meshery_version=..
    static QUrl providerLoginUrl(const QUrl &providerUrl, const QString &callbackUrl, const QString &providerVersion,
                                 const QString &mesheryVersion);

signals:
    void tokenArrived(); // the browser came back; the token is being confirmed
    void finished(const MesheryAuth::SignInResult &result);

private:
    void onTokenReceived(const LoginCallback &callback);
    void finishWith(const ApiError &error);

    LoopbackCallbackListener m_listener;
    QTimer m_timeLimit;
    QPointer<TokenConfirmation> m_confirmation; // a job: gone once it has finished
    Options m_options;
    QUrl m_loginUrl;
    bool m_running = false;
};

} // namespace MesheryAuth
