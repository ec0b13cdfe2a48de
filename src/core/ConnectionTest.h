// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiClient.h"
#include "ProviderFeatures.h"
#include "ServerProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

namespace MesheryAuth {

// One row of a connection test.
struct ConnectionCheck {
    enum class Id {
        ServerReachable,
        ProvidersListed,
        ProviderSelected,
        SignedIn,
        TokenNotExpired,
        OrganizationsReadable,
        WorkspacesReadable,
        GraphqlAnswers
    };
    enum class Status { Pending, Running, Passed, Failed, Skipped };

    Id id = Id::ServerReachable;
    Status status = Status::Pending;
    QString title; // translated, e.g. "Server reachable"
    QString summary; // translated: what was found, or why it failed / was skipped
    int httpStatus = 0;
    qint64 elapsedMs = -1;
    QString requestId;
    ApiError error;
    QByteArray curl; // the request as a shell line that holds no secret (see TokenFormats); empty for local checks

    static QString idName(Id id); // stable, e.g. "server-reachable", for --json
    static QString statusName(Status status);
};

// The staged checks of a profile's connection, as the window's test panel and `meshery-auth-cli
// test` show them. Checks that do not depend on each other run at the same time; each reports
// as it ends. Secrets never appear in a row.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    // now: the clock for the expiry check (injected so tests can move time).
    explicit ConnectionTest(QObject *parent = nullptr);
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Runs the checks with the caller's client, set up for the profile (server, provider, token,
    // time limit): whatever it does with a refused session or a renewed token applies here too.
    void start(const ServerProfile &profile, ApiClient *client);
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    QList<ConnectionCheck> checks() const { return m_checks; }
    bool allPassed() const;

    // The whole run as text to paste into a bug report: no token in it.
    QString report() const;

signals:
    void checkChanged(int index, const MesheryAuth::ConnectionCheck &check);
    void finished(bool allPassed);

private:
    // jsonBody: what the call posts, for the curl line; empty for a GET.
    void runRequest(ConnectionCheck::Id id, ApiCall *call, std::function<QString(const ApiResult &)> describe,
                    const QByteArray &jsonBody = {});
    void settle(ConnectionCheck::Id id, ConnectionCheck::Status status, const QString &summary);
    void checkServerReachable();
    void checkTokenLocally();
    // The organizations and workspaces checks, once it is known whether the provider offers them.
    void checkOrganizations(const ProviderFeatures &features);
    ConnectionCheck &check(ConnectionCheck::Id id);
    void done();

    ApiClient *m_client = nullptr;
    ServerProfile m_profile;
    QByteArray m_token;
    QList<ConnectionCheck> m_checks;
    QList<QPointer<ApiCall>> m_calls;
    QPointer<ProviderFeaturesJob> m_featuresJob;
    QElapsedTimer m_clock;
    std::function<QDateTime()> m_now;
    int m_pending = 0;
    bool m_providersSeen = false;
    QString m_versionText; // shown in the "Server reachable" row once the version call answered
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::ConnectionCheck)
