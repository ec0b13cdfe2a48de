// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The seam between the app and the embedded-browser login, which lives in a plugin so that Qt
// WebEngine is loaded only when a browser login starts. Header-only and free of Q_OBJECT, so
// both sides compile it without sharing a meta-object.
//
// Plugin or helper process? Measured with benchmarks/run-startup.sh (medians of 5 runs, Xvfb,
// 2-core Debian 12 machine, 2026-11-29):
//   window alone, no WebEngine           135 ms   peak RSS 101 MiB
//   + plugin loaded, login page up     +2858 ms   peak RSS 230 MiB (one process)
//   browser alone as a helper process   2993 ms   peak RSS 214 MiB (on top of the window's 101)
// The helper process starts no faster and costs about 85 MiB more in all, and would need IPC to
// hand the token back; so: an in-process plugin, loaded on demand.
#include "LoginCallback.h"

#include <QDialog>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <chrono>
#include <functional>

namespace MesheryAuth {

struct TlsCertificateInfo;

struct EmbeddedLoginRequest {
    QUrl serverUrl;
    QString providerKey;
    QString providerName;
    QUrl providerUrl; // its login page's host, besides the server's, may hand over the callback
    // Where the dance starts; empty: the server's own start (<server>/api/provider?provider=KEY).
    QUrl startUrl;
    std::chrono::milliseconds timeLimit{5 * 60 * 1000};

    // Asked when a page's certificate is not trusted: true only if the user trusts it for this
    // host. Unset: the dialog asks the user, with the certificate's details, defaulting to No.
    std::function<bool(const QString &host, const TlsCertificateInfo &certificate)> trustCertificate;
};

struct EmbeddedLoginCallbacks {
    std::function<void(const LoginCallback &callback)>
        tokenCaught; // token and session cookie; the dialog then closes itself
    std::function<void()> useSystemBrowserInstead; // the user asked for their own browser
};

class BrowserLoginFactory
{
public:
    virtual ~BrowserLoginFactory() = default;
    // A dialog that runs one login, already navigating to the start of the dance.
    virtual QDialog *createLoginDialog(const EmbeddedLoginRequest &request, const EmbeddedLoginCallbacks &callbacks,
                                       QWidget *parent) = 0;
};

} // namespace MesheryAuth

#define MesheryAuthBrowserLoginFactory_iid "io.meshery.MesheryAuth.BrowserLoginFactory/2"
Q_DECLARE_INTERFACE(MesheryAuth::BrowserLoginFactory, MesheryAuthBrowserLoginFactory_iid)
