#pragma once

// The seam between the app and the embedded-browser login, which lives in a plugin so that Qt
// WebEngine (about 80 MiB of memory and twice the start-up time) is loaded only when a browser
// login starts. Header-only and free of Q_OBJECT, so both sides compile it without sharing a
// meta-object.
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
    std::chrono::milliseconds timeLimit{5 * 60 * 1000};

    // Asked when a page's certificate is not trusted: true only if the user trusts it for this
    // host. Unset: the dialog asks the user, with the certificate's details, defaulting to No.
    std::function<bool(const QString &host, const TlsCertificateInfo &certificate)> trustCertificate;
};

struct EmbeddedLoginCallbacks {
    std::function<void(const QByteArray &token)> tokenCaught;   // the dialog then closes itself
    std::function<void()> useSystemBrowserInstead;              // the user asked for their own browser
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

#define MesheryAuthBrowserLoginFactory_iid "io.meshery.MesheryAuth.BrowserLoginFactory/1"
Q_DECLARE_INTERFACE(MesheryAuth::BrowserLoginFactory, MesheryAuthBrowserLoginFactory_iid)
