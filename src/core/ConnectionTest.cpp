// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ConnectionTest.h"

#include "MesheryTypes.h"
#include "TokenFormats.h"
#include "TokenInfo.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MesheryAuth {

namespace {

using Id = ConnectionCheck::Id;
using Status = ConnectionCheck::Status;

const QString NamespacesQuery = QStringLiteral("{ getAvailableNamespaces(k8sClusterIDs: []) { namespace } }");

QString titleOf(Id id)
{
    switch (id) {
    case Id::ServerReachable:
        return ConnectionTest::tr("Server reachable");
    case Id::ProvidersListed:
        return ConnectionTest::tr("Providers listed");
    case Id::ProviderSelected:
        return ConnectionTest::tr("Provider selected");
    case Id::SignedIn:
        return ConnectionTest::tr("Signed in");
    case Id::TokenNotExpired:
        return ConnectionTest::tr("Token not expired");
    case Id::OrganizationsReadable:
        return ConnectionTest::tr("Organizations readable");
    case Id::WorkspacesReadable:
        return ConnectionTest::tr("Workspaces of the active organization readable");
    case Id::GraphqlAnswers:
        return ConnectionTest::tr("GraphQL endpoint answers");
    }
    return {};
}

// The version is information about a server that answered, never the verdict on it.
QString versionText(const ApiResult &result)
{
    if (result.isOk()) {
        const auto version = result.valueAs<ServerVersion>();
        return ConnectionTest::tr("Meshery %1 (%2)").arg(version.build, version.releaseChannel);
    }
    if (result.httpStatus > 0)
        return ConnectionTest::tr("Version unknown (the server answered HTTP %1 when asked for it).")
            .arg(result.httpStatus);
    return ConnectionTest::tr("Version unknown: %1").arg(result.error.message());
}

constexpr Id AllChecks[] = {Id::ServerReachable, Id::ProvidersListed,       Id::ProviderSelected,   Id::SignedIn,
                            Id::TokenNotExpired, Id::OrganizationsReadable, Id::WorkspacesReadable, Id::GraphqlAnswers};

} // namespace

QString ConnectionCheck::idName(Id id)
{
    switch (id) {
    case Id::ServerReachable:
        return QStringLiteral("server-reachable");
    case Id::ProvidersListed:
        return QStringLiteral("providers-listed");
    case Id::ProviderSelected:
        return QStringLiteral("provider-selected");
    case Id::SignedIn:
        return QStringLiteral("signed-in");
    case Id::TokenNotExpired:
        return QStringLiteral("token-not-expired");
    case Id::OrganizationsReadable:
        return QStringLiteral("organizations-readable");
    case Id::WorkspacesReadable:
        return QStringLiteral("workspaces-readable");
    case Id::GraphqlAnswers:
        return QStringLiteral("graphql-answers");
    }
    return {};
}

QString ConnectionCheck::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Passed:
        return QStringLiteral("ok");
    case Status::Failed:
        return QStringLiteral("fail");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<MesheryAuth::ConnectionCheck>();
}

ConnectionCheck &ConnectionTest::check(Id id)
{
    return m_checks[int(id)];
}

bool ConnectionTest::allPassed() const
{
    return std::all_of(m_checks.cbegin(), m_checks.cend(),
                       [](const ConnectionCheck &check) {
                           return check.status == Status::Passed || check.status == Status::Skipped;
                       })
        && !m_checks.isEmpty();
}

void ConnectionTest::start(const ServerProfile &profile, ApiClient *client)
{
    cancel();
    m_profile = profile;
    m_client = client;
    m_token = client->token();
    m_providersSeen = false;
    m_checks.clear();
    for (Id id : AllChecks) {
        ConnectionCheck row;
        row.id = id;
        row.title = titleOf(id);
        m_checks << row;
    }
    m_clock.start();
    m_pending = int(std::size(AllChecks));

    checkServerReachable();
    runRequest(Id::ProvidersListed, m_client->providers(), [this](const ApiResult &r) {
        const auto providers = r.valueAs<QList<Provider>>();
        QStringList names;
        for (const Provider &provider : providers)
            names << provider.key;
        // A profile may say "Local" where the server lists "None" (or the other way round): one provider.
        const std::optional<Provider> chosen = findProvider(providers, m_profile.provider);
        if (m_profile.provider.isEmpty())
            settle(Id::ProviderSelected, Status::Failed,
                   tr("No provider is chosen for this server: pick one and log in."));
        else if (!chosen)
            settle(Id::ProviderSelected, Status::Failed,
                   tr("The server does not offer the provider \"%1\"; it offers: %2.")
                       .arg(m_profile.provider, names.join(QStringLiteral(", "))));
        else
            settle(Id::ProviderSelected, Status::Passed,
                   chosen->isLocal() ? tr("%1 (local)").arg(chosen->key) : tr("%1 (remote)").arg(chosen->key));
        m_providersSeen = true;
        return tr("%n provider(s): %1", nullptr, int(providers.size())).arg(names.join(QStringLiteral(", ")));
    });
    runRequest(Id::SignedIn, m_client->currentUser(), [](const ApiResult &r) {
        const auto user = r.valueAs<UserAccount>();
        return tr("Signed in as %1").arg(user.email.isEmpty() ? user.displayName() : user.email);
    });
    checkTokenLocally();
    // The server refuses organizations and workspaces where the provider lacks them: ask first.
    for (Id id : {Id::OrganizationsReadable, Id::WorkspacesReadable}) {
        check(id).status = Status::Running;
        emit checkChanged(int(id), check(id));
    }
    m_featuresJob = ProviderFeatures::fetch(m_client);
    connect(m_featuresJob, &ProviderFeaturesJob::finished, this, [this](const ProviderFeaturesResult &result) {
        if (result.error.kind() != ApiError::Kind::Cancelled) {
            checkOrganizations(result.features);
            return;
        }
        // Cancelled from outside (the session's client cancels every call when the window opens
        // another profile or asks again): the rows still end, or the run never would.
        for (Id id : {Id::OrganizationsReadable, Id::WorkspacesReadable}) {
            check(id).error = result.error;
            settle(id, Status::Skipped, tr("Cancelled."));
        }
    });
    const QByteArray graphqlBody =
        QJsonDocument(QJsonObject{{QStringLiteral("query"), NamespacesQuery}}).toJson(QJsonDocument::Compact);
    runRequest(
        Id::GraphqlAnswers, m_client->graphql(NamespacesQuery),
        [](const ApiResult &r) {
            const int count =
                int(r.valueAs<QJsonObject>().value(QLatin1String("getAvailableNamespaces")).toArray().size());
            return tr("answers (%n namespace(s))", nullptr, count);
        },
        graphqlBody);
}

void ConnectionTest::checkOrganizations(const ProviderFeatures &features)
{
    if (!features.offers(ProviderFeature::Organizations)) {
        settle(Id::OrganizationsReadable, Status::Skipped, features.notOffered(ProviderFeature::Organizations));
    } else {
        runRequest(Id::OrganizationsReadable, m_client->organizations({0, 1, {}, {}}), [](const ApiResult &r) {
            return tr("%n organization(s)", nullptr, r.valueAs<OrganizationPage>().totalCount);
        });
    }
    if (!features.offers(ProviderFeature::Workspaces)) {
        settle(Id::WorkspacesReadable, Status::Skipped, features.notOffered(ProviderFeature::Workspaces));
    } else if (m_profile.organizationId.isEmpty()) {
        // Nothing to check yet; a fresh sign-in is not a failure.
        settle(Id::WorkspacesReadable, Status::Skipped,
               tr("No active organization: choose one under Organizations to check its workspaces."));
    } else {
        runRequest(Id::WorkspacesReadable, m_client->workspaces(m_profile.organizationId), [](const ApiResult &r) {
            return tr("%n workspace(s)", nullptr, r.valueAs<WorkspacePage>().totalCount);
        });
    }
}

void ConnectionTest::checkServerReachable()
{
    // The readiness probe decides (no login, no call beyond the server). Some releases answer
    // /api/system/version with 500 when they cannot look for a newer release (offline,
    // air-gapped) while serving everything else, so the version only names what answered.
    m_versionText.clear();
    ++m_pending; // the version call too: the finished run's report names the version
    ApiCall *version = m_client->serverVersion();
    m_calls << version;
    connect(version, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_versionText = versionText(result);
        ConnectionCheck &row = check(Id::ServerReachable);
        if (row.status == Status::Passed) {
            row.summary = m_versionText;
            emit checkChanged(int(Id::ServerReachable), row);
        }
        if (--m_pending == 0)
            done();
    });
    runRequest(Id::ServerReachable, m_client->health(ApiClient::HealthProbe::Ready), [this](const ApiResult &) {
        return m_versionText.isEmpty() ? tr("Ready; asking for its version…") : m_versionText;
    });
}

void ConnectionTest::runRequest(Id id, ApiCall *call, std::function<QString(const ApiResult &)> describe,
                                const QByteArray &jsonBody)
{
    ConnectionCheck &row = check(id);
    row.status = Status::Running;
    row.requestId = call->requestId();
    // The request as sent, query included, so the line repeats exactly this call.
    row.curl = TokenFormats::curlCommand(m_profile, call->endpoint(), jsonBody);
    const qint64 startedAt = m_clock.elapsed();
    emit checkChanged(int(id), row);
    m_calls << call;
    connect(call, &ApiCall::finished, this, [this, id, startedAt, describe](const ApiResult &result) {
        ConnectionCheck &row = check(id);
        row.elapsedMs = m_clock.elapsed() - startedAt;
        row.httpStatus = result.httpStatus;
        row.error = result.error;
        if (result.isOk()) {
            settle(id, Status::Passed, describe(result));
            return;
        }
        if (id == Id::ProvidersListed && !m_providersSeen)
            settle(Id::ProviderSelected, Status::Skipped, tr("Unknown: the providers could not be listed."));
        const ApiError::Kind kind = result.error.kind();
        // A provider's refusal says little without the reason the server passed on.
        if ((kind == ApiError::Kind::OrganizationsUnavailable || kind == ApiError::Kind::WorkspacesUnavailable)
            && !result.error.detail().isEmpty()) {
            settle(id, Status::Failed, tr("%1 The server says: %2").arg(result.error.message(), result.error.detail()));
            return;
        }
        settle(id, Status::Failed, result.error.message());
    });
}

void ConnectionTest::checkTokenLocally()
{
    if (isLocalProviderName(m_profile.provider)) {
        settle(Id::TokenNotExpired, Status::Skipped, tr("The Local provider uses no token."));
        return;
    }
    if (m_token.isEmpty()) {
        ConnectionCheck &row = check(Id::TokenNotExpired);
        row.error = ApiError(ApiError::Kind::NotSignedIn); // never signed in: nothing has expired
        settle(Id::TokenNotExpired, Status::Failed, tr("No token is stored for this server: log in."));
        return;
    }
    const TokenInfo info = TokenInfo::decode(m_token);
    if (!info.expiry().isValid()) {
        settle(Id::TokenNotExpired, Status::Passed,
               tr("Expiry unknown (the token does not say); the server's answer decides."));
        return;
    }
    const QString when = info.expiry().toString(Qt::ISODate);
    if (info.isExpiredAt(m_now()) && info.hasRefreshToken()) {
        // A Meshery server renews such a token on the next call (GetSession): "Signed in" decides.
        settle(Id::TokenNotExpired, Status::Passed,
               tr("Expired at %1, but it carries a refresh token: the server renews it.").arg(when));
        return;
    }
    if (info.isExpiredAt(m_now())) {
        ConnectionCheck &row = check(Id::TokenNotExpired);
        row.error = ApiError(ApiError::Kind::Unauthenticated);
        settle(Id::TokenNotExpired, Status::Failed, tr("Expired at %1.").arg(when));
        return;
    }
    settle(Id::TokenNotExpired, Status::Passed, tr("Valid until %1.").arg(when));
}

void ConnectionTest::settle(Id id, Status status, const QString &summary)
{
    ConnectionCheck &row = check(id);
    if (row.status == Status::Passed || row.status == Status::Failed || row.status == Status::Skipped)
        return;
    row.status = status;
    row.summary = summary;
    emit checkChanged(int(id), row);
    if (--m_pending == 0)
        done();
}

void ConnectionTest::cancel()
{
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    if (m_featuresJob) {
        m_featuresJob->disconnect(this);
        m_featuresJob->cancel();
    }
    if (m_pending > 0) {
        for (ConnectionCheck &row : m_checks) {
            if (row.status == Status::Pending || row.status == Status::Running) {
                row.status = Status::Skipped;
                row.summary = tr("Cancelled.");
            }
        }
        m_pending = 0;
        emit finished(false);
    }
}

void ConnectionTest::done()
{
    m_calls.clear();
    emit finished(allPassed());
}

QString ConnectionTest::report() const
{
    QStringList lines{tr("Connection test of %1 (provider %2), %3")
                          .arg(m_profile.serverUrl.toString(),
                               m_profile.provider.isEmpty() ? tr("none") : m_profile.provider,
                               m_now().toString(Qt::ISODate))};
    for (const ConnectionCheck &row : m_checks) {
        QString line = QStringLiteral("[%1] %2").arg(ConnectionCheck::statusName(row.status), row.title);
        if (row.httpStatus)
            line += QStringLiteral(" HTTP %1").arg(row.httpStatus);
        if (row.elapsedMs >= 0)
            line += QStringLiteral(" %1 ms").arg(row.elapsedMs);
        if (!row.summary.isEmpty())
            line += QStringLiteral(": ") + row.summary;
        if (!row.error.isOk() && !row.error.hint().isEmpty())
            line += QLatin1Char(' ') + row.error.hint();
        if (!row.requestId.isEmpty())
            line += QStringLiteral(" (request %1)").arg(row.requestId);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace MesheryAuth
