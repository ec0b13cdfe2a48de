// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BrowserHelperProtocol.h"
#include "Job.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

class QProcess;

namespace MesheryAuth {

struct EmbeddedLoginResult {
    enum class Outcome { Caught, SystemBrowserWanted, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    LoginCallback callback; // Caught: the token and session cookie, not yet checked with the server
    QString problem; // Failed: what went wrong, translated
};

// One embedded login, run by the browser helper process (BrowserHelperProtocol.h): starts it,
// checks that it is this version's, hands it the request, and reports how the login ended. A
// helper that is missing, crashes, or says anything unexpected ends the job Failed, and is
// killed. The helper dies with the job, and with this process.
class EmbeddedLoginJob : public Job
{
    Q_OBJECT

public:
    static constexpr const char *HelperName = "meshery-auth-browser";
    // How long the helper may take to say hello; WebEngine starts after that.
    static constexpr int HelloTimeoutMs = 30000;

    EmbeddedLoginJob(const BrowserHelper::LoginRequest &request, QObject *parent);
    ~EmbeddedLoginJob() override;

    // The helper program: $MESHERY_AUTH_BROWSER_HELPER, else beside this executable (the build
    // tree), else in ../libexec/meshery-auth from it, else where it was installed; empty when
    // none exists.
    static QString helperProgram();

    void cancel(); // closes the login dialog; finished(Cancelled)
    void raiseDialog(); // brings the login dialog to the front
    qint64 helperId() const; // the helper's process id, 0 when none runs
    const BrowserHelper::LoginRequest &request() const { return m_request; } // what the helper is asked

signals:
    void finished(const MesheryAuth::EmbeddedLoginResult &result);
    void pageShown(const QString &host);

private:
    void start() override;
    void readHelper();
    void handle(const QJsonObject &message);
    void helperEnded(int exitCode, bool crashed);
    void tell(const char *type);
    void finish(EmbeddedLoginResult result);
    void fail(const QString &problem);
    void failUnexpected();
    void letHelperGo();

    BrowserHelper::LoginRequest m_request;
    QPointer<QProcess> m_helper;
    BrowserHelper::LineBuffer m_buffer;
    QTimer m_watchdog;
    bool m_greeted = false;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::EmbeddedLoginResult)
