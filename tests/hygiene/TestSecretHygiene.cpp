// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Secret hygiene: the full flows run with the real window, the real browser helper process and
// the real CLI against the Meshery test server and the real keychain, in a throw-away HOME; then
// every file under that HOME (settings, caches, the helper's profile folders, temporary files,
// the captured stdout/stderr of this process, the helper it starts, and each CLI run) is searched
// for every token the app ever held, its access JWT and refresh token, raw, percent-encoded and
// base64-encoded. Only the keychain (not in this HOME) and the auth.json files the user exported
// on purpose may hold one; that those do proves the search finds what it looks for.
#include "CliRunner.h"
#include "FreshHome.h"
#include "GuiTestSupport.h"
#include "SecretTool.h"
#include "ServersMenu.h"

#include <QClipboard>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

using namespace MesheryAuth;
using GuiTest::child;

namespace {

// Every token seen, for the search and to redact the replayed output.
QSet<QByteArray> &secretsSeen()
{
    static QSet<QByteArray> secrets;
    return secrets;
}

// The token and the credentials inside it (a Meshery token is base64 of oauth2.Token's JSON).
void addToken(const QByteArray &token)
{
    if (token.size() < 16 || secretsSeen().contains(token))
        return;
    secretsSeen() << token;
    const QJsonObject inner = QJsonDocument::fromJson(QByteArray::fromBase64(token)).object();
    for (const char *field : {"access_token", "refresh_token"}) {
        const QByteArray value = inner.value(QLatin1String(field)).toString().toLatin1();
        if (value.size() >= 16)
            secretsSeen() << value;
    }
    const QByteArray jwt = inner.value(QLatin1String("access_token")).toString().toLatin1();
    const QByteArray signature = jwt.mid(jwt.lastIndexOf('.') + 1);
    if (signature.size() >= 32)
        secretsSeen() << signature; // the part that makes the JWT a credential
}

// What to look for: the secret as it is, percent-encoded, and in base64 (both alphabets) at each
// of the three alignments it can have inside a longer encoded text.
QList<QPair<QByteArray, QByteArray>> formsOf(const QByteArray &secret)
{
    QList<QPair<QByteArray, QByteArray>> forms{{"raw", secret}};
    const QByteArray percent = QUrl::toPercentEncoding(QString::fromLatin1(secret));
    if (percent != secret)
        forms.append({"percent-encoded", percent});
    for (int skip = 0; skip < 3; ++skip) {
        for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            // The last group depends on what follows the secret: leave it out.
            const QByteArray encoded = secret.mid(skip).toBase64(option | QByteArray::OmitTrailingEquals).chopped(4);
            forms.append({"base64 (offset " + QByteArray::number(skip) + ")", encoded});
        }
    }
    return forms;
}

// stdout and stderr of this process (and of the helper it starts, which inherits them) go to a
// file in HOME, so the search covers them; replayed to the real ones at exit, secrets redacted.
class OutputCapture
{
public:
    explicit OutputCapture(const QByteArray &path)
    {
        m_saved = ::dup(STDOUT_FILENO);
        const int file = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (m_saved < 0 || file < 0)
            return;
        std::fflush(stdout);
        std::fflush(stderr);
        ::dup2(file, STDOUT_FILENO);
        ::dup2(file, STDERR_FILENO);
        ::close(file);
        m_path = path;
    }
    ~OutputCapture()
    {
        if (m_path.isEmpty())
            return;
        std::fflush(stdout);
        std::fflush(stderr);
        QFile file(QString::fromLocal8Bit(m_path));
        QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(output lost)\n");
        for (const QByteArray &secret : std::as_const(secretsSeen()))
            text.replace(secret, "<secret>");
        ::dup2(m_saved, STDOUT_FILENO);
        ::dup2(m_saved, STDERR_FILENO);
        (void)!::write(STDOUT_FILENO, text.constData(), size_t(text.size()));
    }

private:
    int m_saved = -1;
    QByteArray m_path;
};

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MesheryTest::MesheryTestServer> m_server;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_exported; // files the user asked for the token in
    QByteArray m_lastToken;

    QString home(const QString &path) const { return QDir::home().filePath(path); }

    void noteSessionToken()
    {
        if (m_window)
            addToken(m_window->session()->token());
    }

    // The CLI as a user runs it, in this HOME; its stdout and stderr kept in HOME for the search.
    CliRun cli(const QString &name, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const CliRun result = CliProcess(environment, arguments).wait();
        for (const auto &[suffix, text] : {std::pair{".out", result.out}, std::pair{".err", result.err}}) {
            QFile file(home(QStringLiteral("cli-output/") + name + QLatin1String(suffix)));
            if (file.open(QIODevice::WriteOnly))
                file.write(text);
        }
        return result;
    }

    // Every file under HOME holding a form of a secret, as "PATH (FORM)": the first form found.
    static QStringList filesHoldingSecrets()
    {
        QList<QPair<QByteArray, QByteArray>> forms;
        for (const QByteArray &secret : std::as_const(secretsSeen()))
            forms << formsOf(secret);
        std::fflush(stdout); // this process's own output is searched too
        std::fflush(stderr);
        QStringList hits;
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                           QDirIterator::Subdirectories);
        int searched = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++searched;
            const QByteArray content = file.readAll();
            const auto found = std::find_if(forms.cbegin(), forms.cend(),
                                            [&](const auto &form) { return content.contains(form.second); });
            if (found != forms.cend())
                hits << QStringLiteral("%1 (%2)").arg(file.fileName(), QLatin1String(found->first));
        }
        qInfo("searched %d files under HOME for %d secrets in %d forms", searched, int(secretsSeen().size()),
              int(forms.size()));
        return hits;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!freshHome().isEmpty(), MESHERY_FRESH_HOME_REQUIRED);
        QVERIFY(QDir::home().mkpath(QStringLiteral("cli-output")));
    }

    void theFullFlows()
    {
        MesheryTest::ServerOptions options;
        options.signInAutomaticallyAs = QStringLiteral("ada");
        options.refreshTokens = true; // every call renews the token: the saved renewals too
        m_server = std::make_unique<MesheryTest::MesheryTestServer>(options);
        QVERIFY(m_server->start());
        // Every token the app sends, whichever way it came to the app.
        connect(m_server.get(), &MesheryTest::MesheryTestServer::requestReceived, this,
                [](const MesheryTest::RecordedRequest &request) {
                    addToken(request.cookies.value(QStringLiteral("token")).toLatin1());
                    QByteArray authorization = request.headers.value("authorization");
                    addToken(authorization.startsWith("Bearer ") ? authorization.mid(7) : authorization);
                });

        // The window on the settings file the CLI uses too.
        m_settings = std::make_unique<QSettings>(home(QStringLiteral(".config/meshery-auth/meshery-auth.conf")),
                                                 QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        GuiTest::chooseProvider(*m_window, QStringLiteral("Meshery"));
        QTRY_VERIFY(child<QToolButton>(m_window.get(), "loginButton")->isEnabled());

        // Browser login through the real helper process.
        m_window->loginController()->logIn(LoginController::Method::EmbeddedBrowser);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 60000);
        noteSessionToken();
        const QByteArray first = m_window->session()->token();

        // Refresh: the server renews on each call, and "Refresh now" asks once more.
        auto *renew = child<QPushButton>(m_window.get(), "renewTokenButton");
        QTRY_VERIFY(renew->isVisible() && renew->isEnabled());
        QTest::mouseClick(renew, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->token() != first, 20000);
        noteSessionToken();

        // Copy: the clipboard is what the user asked for; the X primary selection never.
        QClipboard *clipboard = QGuiApplication::clipboard();
        QTest::mouseClick(child<QToolButton>(m_window.get(), "copyTokenButton"), Qt::LeftButton);
        QTRY_COMPARE(clipboard->text().toLatin1(), m_window->session()->token());
        QVERIFY(!clipboard->text(QClipboard::Selection).toLatin1().contains(m_window->session()->token()));

        // Export to mesheryctl from the window: ~/.meshery/auth.json is the user's export.
        m_window->serversMenu()->exportToMesheryctl();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(home(QStringLiteral(".meshery/auth.json"))), 20000);
        m_exported << home(QStringLiteral(".meshery/auth.json"));
        noteSessionToken();

        // The CLI on the same sign-in.
        const QString server = m_server->baseUrl().toString();
        for (const auto &[name, arguments] :
             {std::pair{QStringLiteral("status"), QStringList{QStringLiteral("status"), QStringLiteral("--json")}},
              std::pair{QStringLiteral("test"), QStringList{QStringLiteral("test")}},
              std::pair{QStringLiteral("orgs"), QStringList{QStringLiteral("orgs")}}}) {
            const CliRun result = cli(name, QStringList{QStringLiteral("--server"), server} + arguments);
            QVERIFY2(result.finished && result.exitCode >= 0, result.describe());
        }
        const QString cliConfig = home(QStringLiteral("cli-export/config.yaml"));
        QVERIFY(QDir::home().mkpath(QStringLiteral("cli-export")));
        const CliRun exported = cli(QStringLiteral("export"),
                                    {QStringLiteral("--server"), server, QStringLiteral("mesheryctl"),
                                     QStringLiteral("export"), QStringLiteral("--config"), cliConfig});
        QVERIFY2(exported.exitCode == 0, exported.describe());
        m_exported << home(QStringLiteral("cli-export/auth.json"));
        QVERIFY2(QFile::exists(m_exported.constLast()), "the CLI's export wrote no auth.json beside its config.yaml");

        // Logout in the window: the keychain entry goes too.
        noteSessionToken();
        m_lastToken = m_window->session()->token();
        const QString key = m_window->session()->profile().tokenSlot().keychainKey();
        QVERIFY(SecretTool::lookup(TokenVault::defaultService(), key).found);
        QTest::mouseClick(child<QPushButton>(m_window.get(), "logoutButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->state() != Session::State::SignedIn, 20000);
        QTRY_VERIFY(clipboard->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!SecretTool::lookup(TokenVault::defaultService(), key).found, 20000);
        const CliRun after =
            cli(QStringLiteral("status-after"), {QStringLiteral("--server"), server, QStringLiteral("status")});
        QVERIFY2(after.finished, after.describe());

        // The app and its helper end as at quit, so everything they write is written.
        m_window.reset();
        m_settings.reset();
        QVERIFY(secretsSeen().size() >= 6); // at least two tokens with their JWT, refresh token, signature
    }

    void nothingSecretOutsideTheKeychainAndTheExports()
    {
        QVERIFY(!secretsSeen().isEmpty());
        const QString corePattern = [] {
            QFile file(QStringLiteral("/proc/sys/kernel/core_pattern"));
            return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll().trimmed()) : QString();
        }();
        qInfo("core dumps: core_pattern \"%s\"; the processes ran in HOME, where a core file is searched too",
              qPrintable(corePattern));
        const QStringList hits = filesHoldingSecrets();
        QStringList leaks;
        for (const QString &hit : hits) {
            if (!m_exported.contains(hit.left(hit.indexOf(QStringLiteral(" (")))))
                leaks << QDir::home().relativeFilePath(hit);
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("secrets found in: ") + leaks.join(QStringLiteral(", "))));
        // The search works: the files exported on purpose do hold the token.
        for (const QString &exported : std::as_const(m_exported)) {
            QVERIFY2(std::any_of(hits.cbegin(), hits.cend(),
                                 [&](const QString &hit) { return hit.startsWith(exported + QStringLiteral(" (")); }),
                     qPrintable(exported));
        }
    }

    // The search finds each form it looks for, inside other text: a planted leak is reported.
    void aPlantedLeakInEachFormIsFound_data()
    {
        QTest::addColumn<QByteArray>("content");
        QVERIFY(!secretsSeen().isEmpty());
        const QByteArray token = *secretsSeen().constBegin();
        const QByteArray jwt = QJsonDocument::fromJson(QByteArray::fromBase64(m_lastToken))
                                   .object()
                                   .value(QLatin1String("access_token"))
                                   .toString()
                                   .toLatin1();
        QVERIFY(!jwt.isEmpty());
        QTest::newRow("raw in a log line") << "GET /api/user Cookie: token=" + token + "; x=1\n";
        // The token is standard base64 (+, /): percent-encoding changes it.
        QVERIFY(m_lastToken.contains('+') || m_lastToken.contains('/'));
        QTest::newRow("percent-encoded in a URL")
            << "https://x/?t=" + QUrl::toPercentEncoding(QString::fromLatin1(m_lastToken));
        QTest::newRow("base64 inside a longer text") << ("{\"v\":\"" + ("ab" + jwt + "cd").toBase64() + "\"}");
        QTest::newRow("base64url, shifted by one byte")
            << ("z" + ("x" + jwt + "yz").toBase64(QByteArray::Base64UrlEncoding));
        QTest::newRow("the JWT's signature alone") << jwt.mid(jwt.lastIndexOf('.') + 1) + "\n";
    }
    void aPlantedLeakInEachFormIsFound()
    {
        QFETCH(QByteArray, content);
        const QString planted = QDir::home().filePath(QStringLiteral(".cache/planted"));
        QVERIFY(QDir::home().mkpath(QStringLiteral(".cache")));
        QFile file(planted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("binary\0prefix " + content + " suffix");
        file.close();
        const QStringList hits = filesHoldingSecrets();
        QFile::remove(planted);
        QVERIFY2(std::any_of(hits.cbegin(), hits.cend(), [&](const QString &hit) { return hit.startsWith(planted); }),
                 qPrintable(hits.join(QStringLiteral(", "))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }
};

int main(int argc, char *argv[])
{
    // Temporary files land in HOME too, and the app's own log categories speak at every level.
    const QByteArray tmp = QDir::home().filePath(QStringLiteral("tmp")).toLocal8Bit();
    QDir::home().mkpath(QStringLiteral("tmp"));
    qputenv("TMPDIR", tmp);
    qputenv("QT_LOGGING_RULES", "meshery.auth.*=true");
    QDir::setCurrent(QDir::homePath()); // a core file ("core" in the working folder) lands in HOME
    const OutputCapture capture(QDir::home().filePath(QStringLiteral("test-output.log")).toLocal8Bit());
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestSecretHygiene test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretHygiene.moc"
