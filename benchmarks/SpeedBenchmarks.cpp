// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Three speeds, each as a ratio against a reference measured in the same run (alternately where
// both are processes), against meshery-auth-demo-server as a process of its own and the real
// keychain; prints one line per run and the medians against the goals. Run by
// benchmarks/run-benchmarks.sh, never by a test.
//  1. `meshery-auth-cli token` against `secret-tool lookup` of the same keychain item.
//  2. The connection test with 50 ms of latency on every answer, against its slowest check.
//  3. The window's provider list filled, against one round trip to /api/providers + 50 ms.
#include "ApiClient.h"
#include "ConnectionTest.h"
#include "DemoServerProcess.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "ProviderFeatures.h"
#include "TokenVault.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <algorithm>
#include <cstdio>

using namespace MesheryAuth;

namespace {

constexpr int LatencyMs = 50;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// ms from starting a program to its exit with status 0 and some output; negative on failure.
double timedRun(const QProcessEnvironment &environment, const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(30000))
        return -1;
    const double ms = clock.nsecsElapsed() / 1e6;
    const bool ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
        && !process.readAllStandardOutput().trimmed().isEmpty();
    return ok ? ms : -1;
}

void verdict(const char *name, double ratio, double goal)
{
    std::printf("%s: median ratio %.2f, goal <= %.2f: %s\n\n", name, ratio, goal, ratio <= goal ? "met" : "NOT met");
}

// 1. The CLI's token against secret-tool reading the same item.
bool tokenAgainstSecretTool(TestSupport::DemoServerProcess &server, int runs)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    const QString url = server.url().toString();
    QProcess login;
    login.setProcessEnvironment(environment);
    login.start(QStringLiteral(MESHERY_AUTH_CLI_EXE),
                {QStringLiteral("--server"), url, QStringLiteral("login"), QStringLiteral("--provider"),
                 QStringLiteral("Meshery"), QStringLiteral("--token-stdin")});
    login.write(server.issueToken(QStringLiteral("bench")) + '\n');
    login.closeWriteChannel();
    QSignalSpy loggedIn(&login, &QProcess::finished);
    if (!loggedIn.wait(30000) || login.exitCode() != 0) {
        std::fprintf(stderr, "the CLI's login failed: %s\n", login.readAllStandardError().constData());
        return false;
    }
    QSettings settings(home.filePath(QStringLiteral(".config/meshery-auth/meshery-auth.conf")), QSettings::IniFormat);
    const std::optional<ServerProfile> profile = ProfileStore(&settings).findByServer(server.url());
    if (!profile) {
        std::fprintf(stderr, "the CLI saved no profile\n");
        return false;
    }
    const QStringList cli{QStringLiteral("--server"), url, QStringLiteral("token")};
    const QStringList lookup{QStringLiteral("lookup"), QStringLiteral("server"), TokenVault::defaultService(),
                             QStringLiteral("user"), profile->tokenSlot().keychainKey()};
    // One of each first, not counted: both start with warm caches.
    timedRun(environment, QStringLiteral("secret-tool"), lookup);
    timedRun(environment, QStringLiteral(MESHERY_AUTH_CLI_EXE), cli);
    // Not a reference, a breakdown: what the CLI costs before it asks the keychain anything.
    const QStringList version{QStringLiteral("--version")};
    std::vector<double> tool, token, ratios, startup;
    std::printf("1. meshery-auth-cli token against secret-tool lookup of the same item (%d runs each, alternately)\n",
                runs);
    for (int i = 1; i <= runs; ++i) {
        const double reference = timedRun(environment, QStringLiteral("secret-tool"), lookup);
        const double measured = timedRun(environment, QStringLiteral(MESHERY_AUTH_CLI_EXE), cli);
        if (reference < 0 || measured < 0) {
            std::fprintf(stderr, "run %d failed (secret-tool %.0f ms, meshery-auth-cli %.0f ms)\n", i, reference,
                         measured);
            return false;
        }
        const double started = timedRun(environment, QStringLiteral(MESHERY_AUTH_CLI_EXE), version);
        tool.push_back(reference);
        token.push_back(measured);
        ratios.push_back(measured / reference);
        startup.push_back(started);
        std::printf("run %2d   secret-tool lookup %6.1f ms   meshery-auth-cli token %6.1f ms   (--version %6.1f ms)\n",
                    i, reference, measured, started);
    }
    std::printf("token: secret_tool_ms=%.1f cli_ms=%.1f cli_version_ms=%.1f\n", median(tool), median(token),
                median(startup));
    verdict("token", median(ratios), 1.5);
    return true;
}

// 2. The connection test with latency on every answer, against its slowest check. Two references:
// the longest row, and the slowest check with what it waits for run alone (the organizations
// check asks for the provider's capabilities first).
bool connectionTestAgainstSlowestCheck(TestSupport::DemoServerProcess &server, int runs)
{
    ServerProfile profile;
    profile.id = QStringLiteral("bench");
    profile.serverUrl = server.url();
    profile.provider = QStringLiteral("Meshery");
    const QByteArray token = server.issueToken(QStringLiteral("bench"));
    ApiClient client;
    client.setServerUrl(profile.serverUrl);
    client.setProvider(profile.provider);
    client.setToken(token);
    {
        // An active organization, so the workspaces check runs too.
        QSignalSpy answered(client.organizations({0, 1, {}, {}}), &ApiCall::finished);
        if (!answered.wait(15000))
            return false;
        const auto page = answered.at(0).at(0).value<ApiResult>().valueAs<OrganizationPage>();
        if (page.organizations.isEmpty()) {
            std::fprintf(stderr, "the demo server lists no organizations\n");
            return false;
        }
        profile.organizationId = page.organizations.constFirst().id;
    }
    if (!server.delayEveryAnswer(LatencyMs)) {
        std::fprintf(stderr, "the demo server took no delay\n");
        return false;
    }
    std::printf("2. The connection test with %d ms on every answer, against its slowest check (%d runs)\n", LatencyMs,
                runs);
    std::vector<double> totals, rows, chains, rowRatios, chainRatios;
    for (int i = 1; i <= runs; ++i) {
        // The slowest check alone, with what it waits for: capabilities, then organizations.
        QElapsedTimer clock;
        clock.start();
        QSignalSpy features(ProviderFeatures::fetch(&client), &ProviderFeaturesJob::finished);
        if (!features.wait(15000))
            return false;
        QSignalSpy orgs(client.organizations({0, 1, {}, {}}), &ApiCall::finished);
        if (!orgs.wait(15000))
            return false;
        const double chain = clock.nsecsElapsed() / 1e6;

        ConnectionTest test;
        QSignalSpy finished(&test, &ConnectionTest::finished);
        clock.restart();
        test.start(profile, &client);
        if (!finished.wait(30000) || !finished.at(0).at(0).toBool()) {
            std::fprintf(stderr, "run %d: the connection test did not pass:\n%s\n", i, qPrintable(test.report()));
            return false;
        }
        const double total = clock.nsecsElapsed() / 1e6;
        qint64 longestRow = 0;
        for (const ConnectionCheck &check : test.checks())
            longestRow = std::max(longestRow, check.elapsedMs);
        totals.push_back(total);
        rows.push_back(double(longestRow));
        chains.push_back(chain);
        rowRatios.push_back(total / double(std::max<qint64>(1, longestRow)));
        chainRatios.push_back(total / chain);
        std::printf("run %2d   whole test %6.1f ms   longest row %4lld ms   slowest check alone %6.1f ms\n", i, total,
                    longestRow, chain);
    }
    std::printf("connection test: total_ms=%.1f longest_row_ms=%.1f slowest_check_alone_ms=%.1f\n", median(totals),
                median(rows), median(chains));
    verdict("connection test against its longest row", median(rowRatios), 1.5);
    verdict("connection test against its slowest check alone", median(chainRatios), 1.5);
    return server.control("DELETE", QStringLiteral("/_test/faults"), {}) == "ok";
}

// 3. From the window shown (show() called) to its provider list filled, against one round trip to
// /api/providers + 50 ms; latencyMs: the delay of every answer of the server.
bool providerListAgainstRoundTrip(TestSupport::DemoServerProcess &server, int runs, int latencyMs)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ServerProfile profile = ProfileStore::draft(server.url());
    if (!profiles.save(profile).isOk())
        return false;
    profiles.setCurrentId(profile.id);
    QUrl providersUrl = server.url();
    providersUrl.setPath(QStringLiteral("/api/providers"));

    if (latencyMs > 0 && !server.delayEveryAnswer(latencyMs))
        return false;
    std::printf("3. The window's provider list filled after show(), against one round trip + %d ms; the server "
                "delays each answer by %d ms (%d runs)\n",
                LatencyMs, latencyMs, runs);
    std::vector<double> trips, fills, ratios;
    for (int i = 0; i <= runs; ++i) {
        // The reference: the same request on a fresh connection, as the window's first is.
        QNetworkAccessManager network;
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(providersUrl)));
        QSignalSpy answered(reply.get(), &QNetworkReply::finished);
        if (!answered.wait(15000) || reply->error() != QNetworkReply::NoError)
            return false;
        const double trip = clock.nsecsElapsed() / 1e6;

        MainWindow window(&settings);
        auto *providers = window.findChild<QComboBox *>(QStringLiteral("providerCombo"));
        // Noted the moment the entry arrives in the list, not when a poll next looks.
        double fill = -1, exposed = -1;
        const auto noteFilled = [&] {
            if (fill < 0 && providers->findData(QStringLiteral("Meshery")) >= 0)
                fill = clock.nsecsElapsed() / 1e6;
        };
        QObject::connect(providers->model(), &QAbstractItemModel::rowsInserted, providers, noteFilled);
        QObject::connect(providers->model(), &QAbstractItemModel::modelReset, providers, noteFilled);
        clock.restart();
        window.show();
        noteFilled();
        const bool filled = QTest::qWaitFor(
            [&] {
                if (exposed < 0 && window.windowHandle() && window.windowHandle()->isExposed())
                    exposed = clock.nsecsElapsed() / 1e6;
                return fill >= 0;
            },
            20000);
        if (!filled)
            return false;
        if (i == 0)
            continue; // the first window pays for fonts, styles and caches: not counted
        trips.push_back(trip);
        fills.push_back(fill);
        ratios.push_back(fill / (trip + LatencyMs));
        std::printf("run %2d   round trip %5.1f ms   list filled %5.1f ms after show() (seen exposed by %5.1f ms)\n", i,
                    trip, fill, exposed);
    }
    std::printf("provider list: round_trip_ms=%.1f filled_ms=%.1f\n", median(trips), median(fills));
    verdict("provider list against one round trip + 50 ms", median(ratios), 1.0);
    return latencyMs == 0 || server.control("DELETE", QStringLiteral("/_test/faults"), {}) == "ok";
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = std::max(1, app.arguments().value(1, QStringLiteral("21")).toInt());
    TestSupport::DemoServerProcess server(QStringLiteral(MESHERY_AUTH_DEMO_SERVER_EXE));
    if (!server.isRunning()) {
        std::fprintf(stderr, "the demo server did not start\n");
        return 1;
    }
    if (!tokenAgainstSecretTool(server, runs) || !connectionTestAgainstSlowestCheck(server, runs)
        || !providerListAgainstRoundTrip(server, runs, 0) || !providerListAgainstRoundTrip(server, runs, LatencyMs)) {
        std::fprintf(stderr, "a benchmark failed\n");
        return 1;
    }
    return 0;
}
