// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The fault matrix (docs/fault-matrix.md): every call the app makes, through the core use case
// that makes it (Session, ApiClient, ProviderFeatures, SignInService, ConnectionTest), against
// the demo server as a real process over loopback told to fail in every way a server (or what
// sits in front of it) fails. Each cell checks the error kind and its sentence, that the call's
// own time limit bounds it, and that the tokens in the real keychain and the saved profiles are
// as they were. The matrix is printed as a table.
#include "ApiClient.h"
#include "ConnectionTest.h"
#include "JobResult.h"
#include "ProviderFeatures.h"
#include "Session.h"
#include "SignInService.h"
#include "TestCertificates.h"
#include "VaultFixture.h"

#include <QtNetwork>
#include <QtTest>

#include <functional>
#include <memory>

using namespace MesheryAuth;
using Kind = ApiError::Kind;

namespace {

// Short, so the timeout row is quick; the margin covers a loaded 2-core machine running every
// cell of a row at once.
constexpr int kTimeoutSeconds = 1;
constexpr qint64 kMarginMs = 4000;
constexpr int kStartWaitMs = 20000;
const QByteArray kProvider = "Meshery";

// A server fault: how the demo server is started for its row (expectedKind says what each call
// must end in).
struct FaultRow {
    QString name;
    QStringList serverArgs; // empty with refused: nothing listens
    bool refused = false;
    bool tlsServer = false;
    bool trustTestCa = false; // the profile trusts the test CA (expired, wrong host)
    QString certificate; // set at run time for the TLS rows
    QString key;
};

// What a call is started with; it reports its ApiError once, through done.
struct CallContext {
    ServerProfile profile;
    ProfileStore *profiles = nullptr;
    TokenVault *vault = nullptr;
    QObject *owner = nullptr; // dies after the row: whatever the call made goes with it
    QByteArray newToken; // what a sign-in brings
    std::function<void(const ApiError &)> done;
};

// A call of the app, started through its use case.
struct AppCall {
    QString name;
    int sequentialRequests = 1; // the most requests the use case makes one after another
    bool textProbe = false; // a health probe: any 2xx body will do
    ApiError::Kind refusalKind = Kind::None; // what a 5xx (not 503) of this endpoint means
    std::function<void(CallContext &)> start;
};

ApiClient *clientFor(const CallContext &context)
{
    auto *client = new ApiClient(context.owner);
    client->setServerUrl(context.profile.serverUrl);
    client->setTrust(context.profile.trust, context.profile.id, context.vault);
    client->setProvider(context.profile.provider);
    client->setTimeout(std::chrono::seconds(context.profile.timeoutSeconds));
    return client;
}

// The client as Session sets it up, with the profile's stored token.
void withStoredToken(CallContext &context, std::function<void(ApiClient *)> use)
{
    VaultJob *load = context.vault->load(context.profile.tokenSlot());
    QObject::connect(load, &VaultJob::finished, context.owner, [context, use](const VaultResult &result) {
        if (!result.isOk()) {
            context.done(result.error);
            return;
        }
        ApiClient *client = clientFor(context);
        client->setToken(result.token);
        use(client);
    });
}

void reportCall(const CallContext &context, ApiCall *call)
{
    QObject::connect(call, &ApiCall::finished, context.owner,
                     [done = context.done](const ApiResult &result) { done(result.error); });
}

Session *openSession(CallContext &context)
{
    auto *session = new Session(context.profiles, context.vault, context.owner);
    session->open(context.profile);
    return session;
}

// Session::open asks who is signed in once the token is read; this is its outcome.
void whenUserAnswered(Session *session, std::function<void()> then)
{
    auto settled = [session] {
        const Session::State state = session->state();
        return state == Session::State::SignedIn || state == Session::State::Expired
            || state == Session::State::Unverified || state == Session::State::SignedOut;
    };
    auto *once = new QObject(session);
    QObject::connect(session, &Session::stateChanged, once, [settled, then, once] {
        if (settled()) {
            delete once;
            then();
        }
    });
}

QList<AppCall> appCalls()
{
    return {
        {QStringLiteral("version"), 1, false, Kind::None,
         [](CallContext &c) {
             withStoredToken(c, [c](ApiClient *client) { reportCall(c, client->serverVersion()); });
         }},
        {QStringLiteral("health"), 1, true, Kind::None,
         [](CallContext &c) {
             withStoredToken(c,
                             [c](ApiClient *client) { reportCall(c, client->health(ApiClient::HealthProbe::Ready)); });
         }},
        {QStringLiteral("providers"), 1, false, Kind::None,
         [](CallContext &c) {
             Session *session = openSession(c);
             QObject::connect(session, &Session::providersChanged, c.owner, [session, done = c.done] {
                 if (!session->providersLoading())
                     done(session->providersError());
             });
         }},
        {QStringLiteral("capabilities"), 1, false, Kind::None,
         [](CallContext &c) {
             withStoredToken(c, [c](ApiClient *client) {
                 QObject::connect(ProviderFeatures::fetch(client), &ProviderFeaturesJob::finished, c.owner,
                                  [done = c.done](const ProviderFeaturesResult &result) { done(result.error); });
             });
         }},
        {QStringLiteral("user"), 1, false, Kind::None,
         [](CallContext &c) {
             Session *session = openSession(c);
             whenUserAnswered(session, [session, done = c.done] { done(session->lastError()); });
         }},
        {QStringLiteral("orgs"), 1, false, Kind::OrganizationsUnavailable,
         [](CallContext &c) {
             withStoredToken(c, [c](ApiClient *client) { reportCall(c, client->organizations()); });
         }},
        {QStringLiteral("workspaces"), 1, false, Kind::WorkspacesUnavailable,
         [](CallContext &c) {
             withStoredToken(c, [c](ApiClient *client) { reportCall(c, client->workspaces(QStringLiteral("org-1"))); });
         }},
        {QStringLiteral("graphql"), 1, false, Kind::None,
         [](CallContext &c) {
             withStoredToken(
                 c, [c](ApiClient *client) { reportCall(c, client->graphql(QStringLiteral("query { __typename }"))); });
         }},
        // Session::renew after the session has asked who is signed in (the first request).
        {QStringLiteral("token-renew"), 2, false, Kind::None,
         [](CallContext &c) {
             Session *session = openSession(c);
             whenUserAnswered(session, [session, c] {
                 QObject::connect(session, &Session::renewFinished, c.owner,
                                  [done = c.done](bool, const ApiError &error) { done(error); });
                 session->renew();
             });
         }},
        // The browser login's callback: its token is confirmed with the server before it is kept.
        {QStringLiteral("login-callback"), 2, false, Kind::None,
         [](CallContext &c) {
             auto *service = new SignInService(c.profiles, c.vault, c.owner);
             LoginCallback login;
             login.token = c.newToken;
             login.sessionCookie = "matrix-session-cookie";
             QObject::connect(service->confirmThenKeep(c.profile, QString::fromLatin1(kProvider), login,
                                                       TokenConfirmation::Steps::TokenAndUser),
                              &SignInJob::finished, c.owner,
                              [done = c.done](const SignInResult &result) { done(result.error); });
         }},
        {QStringLiteral("paste-token"), 2, false, Kind::None,
         [](CallContext &c) {
             auto *service = new SignInService(c.profiles, c.vault, c.owner);
             QObject::connect(service->signInWithToken(c.profile, QString::fromLatin1(kProvider), c.newToken),
                              &SignInJob::finished, c.owner,
                              [done = c.done](const SignInResult &result) { done(result.error); });
         }},
        // The connection test's "signed in" row; the run ends after features, organizations and
        // workspaces, one after another.
        {QStringLiteral("connection-test"), 3, false, Kind::None,
         [](CallContext &c) {
             withStoredToken(c, [c](ApiClient *client) {
                 auto *test = new ConnectionTest(c.owner);
                 QObject::connect(test, &ConnectionTest::finished, c.owner, [test, done = c.done](bool) {
                     done(test->checks().at(int(ConnectionCheck::Id::SignedIn)).error);
                 });
                 test->start(c.profile, client);
             });
         }},
    };
}

// What a call must end in under a fault.
Kind expectedKind(const FaultRow &row, const AppCall &call)
{
    const QString &f = row.name;
    if (f == QLatin1String("refused"))
        return Kind::Unreachable;
    if (f == QLatin1String("timeout"))
        return Kind::Timeout;
    if (f.startsWith(QLatin1String("500")))
        return call.refusalKind != Kind::None ? call.refusalKind : Kind::ServerError;
    if (f.startsWith(QLatin1String("503")))
        return Kind::ServiceUnavailable;
    if (f == QLatin1String("html"))
        return call.textProbe ? Kind::None : Kind::Unauthenticated;
    if (f == QLatin1String("malformed-json"))
        return call.textProbe ? Kind::None : Kind::BadResponse;
    if (f == QLatin1String("20MiB-body") || f == QLatin1String("endless-chunked"))
        return Kind::ResponseTooLarge;
    if (f == QLatin1String("302-loop"))
        return Kind::Unauthenticated;
    if (f == QLatin1String("drop-mid-body"))
        return Kind::ConnectionClosed;
    return Kind::Tls; // the certificate rows
}

// A body too large for the size cap may arrive slower than the time limit on a loaded machine:
// then the time limit ends it, which is as right.
bool acceptable(const FaultRow &row, Kind expected, Kind actual)
{
    const bool sizeRow = row.name == QLatin1String("20MiB-body") || row.name == QLatin1String("endless-chunked");
    return actual == expected || (sizeRow && actual == Kind::Timeout);
}

QList<FaultRow> faultRows()
{
    const auto faulty = [](const char *name, const char *spec) {
        FaultRow row;
        row.name = QString::fromLatin1(name);
        row.serverArgs = {QStringLiteral("--test-controls"), QStringLiteral("--fault"), QString::fromLatin1(spec)};
        return row;
    };
    const auto tls = [](const char *name, bool trustTestCa) {
        FaultRow row;
        row.name = QString::fromLatin1(name);
        row.tlsServer = true;
        row.trustTestCa = trustTestCa;
        if (!trustTestCa)
            row.serverArgs = {QStringLiteral("--tls")}; // a fresh self-signed certificate
        return row;
    };
    FaultRow refused;
    refused.name = QStringLiteral("refused");
    refused.refused = true;
    return {
        refused,
        faulty("timeout", "*=delay:600000"),
        faulty("500", "*=text500"),
        faulty("500-meshkit", "*=meshkit500"),
        faulty("503", "*=503"),
        faulty("503-meshkit", "*=meshkit503"),
        faulty("html", "*=html"),
        faulty("malformed-json", "*=malformed"),
        faulty("20MiB-body", "*=huge"),
        faulty("endless-chunked", "*=endlesschunked"),
        faulty("302-loop", "*=redirectloop"),
        faulty("drop-mid-body", "*=dropmidbody"),
        tls("tls-self-signed", false),
        tls("tls-expired", true), // the certificate is set in matrix()
        tls("tls-wrong-host", true),
    };
}

// The demo server program, started for one row; stopped with the object.
class ServerProcess
{
public:
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QUrl start(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(MESHERY_TEST_SERVER_EXE));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!QTest::qWaitFor([this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                             kStartWaitMs))
            return {};
        const QString line = QString::fromLatin1(m_process.readLine()).trimmed();
        const QString prefix = QStringLiteral("listening on ");
        return line.startsWith(prefix) ? QUrl(line.mid(prefix.size())) : QUrl();
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
};

// An address where nothing listens: a port just taken and given back.
QUrl refusingUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// A token the row's server accepts, from its test controls (its normal answers are then 200);
// empty when it cannot be had.
QByteArray issuedToken(const QUrl &serverUrl, const QString &user)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl url = serverUrl;
    url.setPath(QStringLiteral("/_test/token"));
    url.setQuery(QStringLiteral("user=") + user);
    QNetworkReply *reply = network.post(QNetworkRequest(url), QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kStartWaitMs))
        return {};
    const QByteArray token = reply->error() == QNetworkReply::NoError ? reply->readAll().trimmed() : QByteArray();
    delete reply;
    return token;
}

struct Cell {
    QString call;
    QString fault;
    Kind expected = Kind::None;
    bool right = false; // the kind is the expected one (or acceptable instead)
    std::optional<ApiError> error;
    qint64 elapsedMs = -1;
    qint64 budgetMs = 0;
};

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MesheryTest::TestCertificates m_certs;
    QList<Cell> m_cells;

    // Runs every call against one fault at once, then checks what each left behind.
    void runRow(FaultRow row)
    {
        ServerProcess server;
        QUrl url;
        if (row.refused) {
            url = refusingUrl();
        } else {
            QStringList arguments = row.serverArgs;
            if (!row.certificate.isEmpty())
                arguments << QStringLiteral("--tls-certificate") << row.certificate << QStringLiteral("--tls-key")
                          << row.key;
            url = server.start(arguments);
        }
        QVERIFY2(url.isValid() && !url.isEmpty(), qPrintable(row.name + QStringLiteral(": no server address")));
        QCOMPARE(url.scheme(), row.tlsServer ? QStringLiteral("https") : QStringLiteral("http"));
        if (row.tlsServer)
            url.setHost(QStringLiteral("localhost")); // the name the certificates are made for

        // Where no request gets through (nothing listens, the certificate is refused) any
        // well-formed token will do.
        QByteArray storedToken = "matrix.stored.token-0c1d";
        QByteArray newToken = "matrix.login.token-7f3a";
        if (!row.refused && !row.tlsServer) {
            storedToken = issuedToken(url, QStringLiteral("ada"));
            newToken = issuedToken(url, QStringLiteral("grace"));
            QVERIFY(!storedToken.isEmpty() && !newToken.isEmpty());
        }

        TestSupport::VaultFixture fixture;
        const QList<AppCall> calls = appCalls();
        QList<ServerProfile> profiles;
        // Every call has a profile of its own with a stored token: what the user has before.
        for (const AppCall &call : calls) {
            ServerProfile profile = ProfileStore::draft(url);
            profile.name = QStringLiteral("matrix %1").arg(call.name);
            profile.provider = QString::fromLatin1(kProvider);
            profile.organizationId = QStringLiteral("org-1");
            profile.timeoutSeconds = kTimeoutSeconds;
            if (row.trustTestCa)
                profile.trust.caFile = m_certs.caCert;
            QVERIFY(fixture.profiles()->save(profile).isOk());
            QVERIFY(fixture.store(profile.tokenSlot(), storedToken, QByteArray("matrix-cookie")).isOk());
            profiles << profile;
        }
        const QByteArray settingsBefore = fixture.settingsFileContent();

        auto owner = std::make_unique<QObject>();
        QList<Cell> cells;
        QList<QElapsedTimer> clocks(calls.size());
        int pending = int(calls.size());
        for (int i = 0; i < calls.size(); ++i) {
            Cell cell;
            cell.call = calls[i].name;
            cell.fault = row.name;
            cell.expected = expectedKind(row, calls[i]);
            cell.budgetMs = calls[i].sequentialRequests * kTimeoutSeconds * 1000 + kMarginMs;
            cells << cell;
        }
        for (int i = 0; i < calls.size(); ++i) {
            CallContext context;
            context.profile = profiles[i];
            context.profiles = fixture.profiles();
            context.vault = fixture.vault();
            context.owner = owner.get();
            context.newToken = newToken;
            context.done = [&cells, &clocks, &pending, i](const ApiError &error) {
                if (cells[i].error) {
                    cells[i].elapsedMs = -2; // a second answer: a broken job contract
                    return;
                }
                cells[i].error = error;
                cells[i].elapsedMs = clocks[i].elapsed();
                --pending;
            };
            clocks[i].start();
            calls[i].start(context);
        }
        qint64 longestBudget = 0;
        for (const Cell &cell : cells)
            longestBudget = qMax(longestBudget, cell.budgetMs);
        const bool allAnswered = QTest::qWaitFor([&pending] { return pending == 0; }, int(longestBudget) + 10000);
        QTest::qWait(50); // a second, late answer would land here
        owner.reset();
        Q_UNUSED(allAnswered) // each cell without an answer fails in verifyCell, by name

        // The tokens and profiles as they were.
        for (int i = 0; i < calls.size(); ++i) {
            const VaultResult stored = fixture.load(profiles[i].tokenSlot());
            QVERIFY2(stored.isOk() && stored.found, qPrintable(cells[i].call + QStringLiteral(": token gone")));
            QVERIFY2(stored.token == storedToken,
                     qPrintable(cells[i].call + QStringLiteral(": stored token changed under ") + row.name));
            QCOMPARE(stored.sessionCookie, QByteArray("matrix-cookie"));
            QCOMPARE(fixture.profiles()->profile(profiles[i].id), std::optional<ServerProfile>(profiles[i]));
        }
        QCOMPARE(fixture.profiles()->profiles().size(), calls.size());
        QCOMPARE(fixture.settingsFileContent(), settingsBefore);
        if (!row.refused)
            QVERIFY2(server.isRunning(), "the demo server died");
        for (Cell &cell : cells)
            cell.right = cell.error && acceptable(row, cell.expected, cell.error->kind());
        m_cells << cells;
        for (const Cell &cell : cells)
            verifyCell(cell, {storedToken, newToken});
        for (const ServerProfile &profile : profiles)
            fixture.removeProfile(profile.id);
    }

    static void verifyCell(const Cell &cell, const QList<QByteArray> &tokens)
    {
        const QString where = cell.call + QStringLiteral(" x ") + cell.fault;
        QVERIFY2(cell.error.has_value(), qPrintable(where + QStringLiteral(": no answer (hang)")));
        QVERIFY2(cell.elapsedMs != -2, qPrintable(where + QStringLiteral(": answered twice")));
        const ApiError &error = *cell.error;
        QVERIFY2(cell.right,
                 qPrintable(where
                            + QStringLiteral(": %1, expected %2 (%3)")
                                  .arg(error.id(), ApiError::kindId(cell.expected), error.brief())));
        QVERIFY2(cell.elapsedMs <= cell.budgetMs,
                 qPrintable(where + QStringLiteral(": %1 ms, more than %2 ms").arg(cell.elapsedMs).arg(cell.budgetMs)));
        if (error.kind() == Kind::Timeout)
            QVERIFY2(cell.elapsedMs >= kTimeoutSeconds * 1000 - 50,
                     qPrintable(where + QStringLiteral(": ended before its time limit")));
        if (error.isOk())
            return;
        // The kind's own sentence, then a detail short enough to read: never a body.
        QCOMPARE(error.message(), ApiError(error.kind()).message());
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!error.hint().isEmpty());
        const QString brief = error.brief();
        QVERIFY2(brief.size() <= 500, qPrintable(where + QStringLiteral(": brief of %1 chars").arg(brief.size())));
        const QString display = error.toDisplayString();
        for (const char *dump : {"<html", "<!DOCTYPE", "{\"", "          "})
            QVERIFY2(!display.contains(QLatin1String(dump), Qt::CaseInsensitive),
                     qPrintable(where + QStringLiteral(": shows \"%1\"").arg(QLatin1String(dump))));
        for (const QByteArray &token : tokens)
            QVERIFY2(!display.contains(QString::fromLatin1(token)),
                     qPrintable(where + QStringLiteral(": shows a token")));
    }

    void printTable() const
    {
        QStringList faults;
        QStringList calls;
        for (const Cell &cell : m_cells) {
            if (!faults.contains(cell.fault))
                faults << cell.fault;
            if (!calls.contains(cell.call))
                calls << cell.call;
        }
        QTextStream out(stdout);
        out << "\nFault matrix: call x fault -> error kind, ms (time limit " << kTimeoutSeconds << " s)\n";
        out << QStringLiteral("%1").arg(QStringLiteral("fault \\ call"), -16);
        for (const QString &call : calls)
            out << " | " << QStringLiteral("%1").arg(call, -24);
        out << "\n";
        for (const QString &fault : faults) {
            out << QStringLiteral("%1").arg(fault, -16);
            for (const QString &call : calls) {
                QString text = QStringLiteral("-");
                for (const Cell &cell : m_cells) {
                    if (cell.fault != fault || cell.call != call)
                        continue;
                    const QString kind = cell.error ? (cell.error->isOk() ? QStringLiteral("ok") : cell.error->id())
                                                    : QStringLiteral("HANG");
                    text = QStringLiteral("%1%2 %3")
                               .arg(cell.right ? QString() : QStringLiteral("!"), kind)
                               .arg(cell.elapsedMs);
                }
                out << " | " << QStringLiteral("%1").arg(text, -24);
            }
            out << "\n";
        }
        out.flush();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_certs.generate(m_dir.path(), &error), qPrintable(error));
    }

    void cleanupTestCase() { printTable(); }

    void matrix_data()
    {
        QTest::addColumn<int>("row");
        const QList<FaultRow> rows = faultRows();
        for (int i = 0; i < rows.size(); ++i)
            QTest::newRow(qPrintable(rows[i].name)) << i;
    }

    void matrix()
    {
        QFETCH(int, row);
        FaultRow fault = faultRows().at(row);
        if (fault.name == QLatin1String("tls-expired")) {
            fault.certificate = m_certs.expiredServerCert;
            fault.key = m_certs.expiredServerKey;
        } else if (fault.name == QLatin1String("tls-wrong-host")) {
            fault.certificate = m_certs.wrongHostServerCert;
            fault.key = m_certs.wrongHostServerKey;
        }
        runRow(fault);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "TestFaultMatrix.moc"
