// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The time from "Log in" to the provider's page shown, in the window as a user gets it: the
// browser helper process starts, takes the request and loads the page. The reference, measured
// in the same run and alternately: a bare Qt WebEngine window (meshery-auth-bare-browser) started
// as a process and loading the same address. Both start a fresh process with WebEngine in it, so
// the ratio is what the helper and its protocol add. Prints one line per run and the medians;
// run by benchmarks/run-startup.sh, never by a test.
#include "EmbeddedLoginJob.h"
#include "LoginController.h"
#include "MainWindow.h"
#include "MesheryTestServer.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace MesheryAuth;

namespace {

constexpr int PageTimeoutMs = 60000;

// ms from starting the bare browser to its "loaded" line; negative on failure.
double bareBrowser(const QString &program, const QUrl &url)
{
    QProcess browser;
    browser.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    browser.start(program, {url.toString()});
    bool loaded = false;
    const bool done = QTest::qWaitFor(
        [&] {
            loaded = loaded || browser.readAllStandardOutput().contains("loaded");
            return loaded || browser.state() == QProcess::NotRunning;
        },
        PageTimeoutMs);
    const double ms = clock.nsecsElapsed() / 1e6;
    browser.kill();
    browser.waitForFinished();
    return done && loaded ? ms : -1;
}

// ms from "Log in" to the helper reporting the provider's page; negative on failure.
double windowLogin(MainWindow &window)
{
    QElapsedTimer clock;
    clock.start();
    window.loginController()->logIn(LoginController::Method::EmbeddedBrowser);
    EmbeddedLoginJob *login = window.loginController()->embeddedLogin();
    if (!login)
        return -1;
    QSignalSpy shown(login, &EmbeddedLoginJob::pageShown);
    const bool ok = shown.wait(PageTimeoutMs);
    const double ms = clock.nsecsElapsed() / 1e6;
    login->cancel();
    return ok ? ms : -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = std::max(1, app.arguments().value(1, QStringLiteral("5")).toInt());
    const QString bare = QCoreApplication::applicationDirPath() + QStringLiteral("/meshery-auth-bare-browser");

    MesheryTest::MesheryTestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "the test server did not start\n");
        return 1;
    }
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(&settings);
    window.show();
    window.openServer(server.baseUrl().toString());
    auto *providers = window.findChild<QComboBox *>(QStringLiteral("providerCombo"));
    if (!QTest::qWaitFor([providers] { return providers->findData(QStringLiteral("Meshery")) >= 0; }, 20000)) {
        std::fprintf(stderr, "the window did not list the test server's providers\n");
        return 1;
    }
    providers->setCurrentIndex(providers->findData(QStringLiteral("Meshery")));
    const QUrl start(server.baseUrl().toString() + QStringLiteral("/api/provider?provider=Meshery"));

    std::vector<double> bareMs, loginMs, ratios;
    for (int i = 1; i <= runs; ++i) {
        const double reference = bareBrowser(bare, start);
        const double login = windowLogin(window);
        if (reference < 0 || login < 0) {
            std::fprintf(stderr, "run %d failed (bare browser %.0f ms, login %.0f ms)\n", i, reference, login);
            return 1;
        }
        // The helper of the run before is gone before the next starts.
        QTest::qWait(500);
        bareMs.push_back(reference);
        loginMs.push_back(login);
        ratios.push_back(login / reference);
        std::printf("run %2d   bare browser %7.1f ms   Log in -> provider page %7.1f ms\n", i, reference, login);
    }
    std::printf("login: bare_ms=%.1f login_ms=%.1f ratio=%.2f\n", median(bareMs), median(loginMs), median(ratios));
    return 0;
}
