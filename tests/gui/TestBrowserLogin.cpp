// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Both browser logins from the window, end to end against the Meshery test server and the real
// keychain: the embedded one through the real helper process (the provider's form sends itself
// there), the system-browser flow completed by the test playing the browser. The embedded login's
// dialog and the helper's side of the protocol also run in this process, on the real Qt WebEngine
// under Xvfb, where the test can reach into the page.
#include "EmbeddedLoginDialog.h"
#include "EmbeddedLoginJob.h"
#include "GuiTestSupport.h"
#include "HelperSession.h"
#include "JobResult.h"
#include "LoginController.h"
#include "MainWindow.h"
#include "MesheryTestServer.h"
#include "OpenedUrls.h"
#include "ProfileStore.h"
#include "SecretTool.h"
#include "Session.h"
#include "TestCertificates.h"
#include "TlsCertificateInfo.h"
#include "TokenVault.h"

#include <QDesktopServices>
#include <QSocketNotifier>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QtNetwork>
#include <QtWidgets>

#include <unistd.h>

using namespace MesheryAuth;
using GuiTest::child;
using MesheryTest::MesheryTestServer;
using MesheryTest::TestCertificates;

// Stands in for the user's default browser: opens the login URL, signs in with the provider's
// form, and follows the redirect back to the app's loopback listener.
class PlayedSystemBrowser : public QObject
{
    Q_OBJECT

public:
    int opened = 0;
    QString lastStep;

public slots:
    void open(const QUrl &url)
    {
        ++opened;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = m_network.get(request);
        connect(page, &QNetworkReply::finished, this, [this, page, url] {
            page->deleteLater();
            lastStep =
                QStringLiteral("login page %1").arg(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            QUrl action = url;
            action.setQuery(QString());
            QUrlQuery form(url);
            form.addQueryItem(QStringLiteral("username"), QStringLiteral("grace"));
            form.addQueryItem(QStringLiteral("password"), QStringLiteral("meshery"));
            QNetworkRequest post(action);
            post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            QNetworkReply *answer = m_network.post(post, form.toString(QUrl::FullyEncoded).toUtf8());
            connect(answer, &QNetworkReply::finished, this, [this, answer, url] {
                answer->deleteLater();
                lastStep =
                    QStringLiteral("form %1").arg(answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
                const QUrl back = url.resolved(QUrl::fromEncoded(answer->rawHeader("Location")));
                QNetworkReply *callback = m_network.get(QNetworkRequest(back));
                connect(callback, &QNetworkReply::finished, callback, &QObject::deleteLater);
            });
        });
    }

private:
    QNetworkAccessManager m_network;
};

using GuiTest::OpenedUrls;

// Registers the played browser for http links for as long as it lives.
struct BrowserRegistration {
    explicit BrowserRegistration(PlayedSystemBrowser *browser)
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), browser, "open");
    }
    ~BrowserRegistration() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }
};

// A top-level X window as xwininfo and xprop read it from the X server.
struct XWindow {
    QRect geometry;
    quint64 transientFor = 0;
};

static QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(10000);
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

// The login dialog of process pid (its title, its _NET_WM_PID), if it shows one.
static std::optional<XWindow> dialogOf(qint64 pid)
{
    static const QRegularExpression child(
        QStringLiteral("^\\s+(0x[0-9a-f]+) .*\\s(\\d+)x(\\d+)\\+-?\\d+\\+-?\\d+\\s+\\+(-?\\d+)\\+(-?\\d+)$"));
    const QStringList tree = run(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-children")})
                                 .split(QLatin1Char('\n'));
    for (const QString &line : tree) {
        const QRegularExpressionMatch match = child.match(line);
        if (!match.hasMatch())
            continue;
        const QString id = match.captured(1);
        if (!line.contains(QLatin1String("\"Log in to Meshery")))
            continue; // the dialog, not the helper's hidden windows
        const QString properties =
            run(QStringLiteral("xprop"),
                {QStringLiteral("-id"), id, QStringLiteral("_NET_WM_PID"), QStringLiteral("WM_TRANSIENT_FOR")});
        if (!properties.contains(QStringLiteral("_NET_WM_PID(CARDINAL) = %1\n").arg(pid)))
            continue;
        XWindow window;
        window.geometry = QRect(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(2).toInt(),
                                match.captured(3).toInt());
        const QRegularExpressionMatch transient =
            QRegularExpression(QStringLiteral("WM_TRANSIENT_FOR\\(WINDOW\\): window id # (0x[0-9a-f]+)"))
                .match(properties);
        window.transientFor = transient.hasMatch() ? transient.captured(1).toULongLong(nullptr, 16) : 0;
        return window;
    }
    return std::nullopt;
}

// The helper's side of the protocol in this process: a HelperSession, started, over two pipes
// to the test, which plays the window.
class HelperPipes
{
public:
    HelperPipes()
    {
        m_open = ::pipe(m_toHelper) == 0 && ::pipe(m_fromHelper) == 0;
        if (!m_open)
            return;
        m_reader = std::make_unique<QSocketNotifier>(m_fromHelper[0], QSocketNotifier::Read);
        m_session = std::make_unique<HelperSession>(m_toHelper[0], m_fromHelper[1]);
        m_done = std::make_unique<QSignalSpy>(m_session.get(), &HelperSession::done);
        m_session->start();
    }
    ~HelperPipes()
    {
        m_session.reset();
        m_reader.reset();
        for (int fd : {m_toHelper[0], m_toHelper[1], m_fromHelper[0], m_fromHelper[1]})
            if (fd >= 0)
                ::close(fd);
    }
    bool isOpen() const { return m_open; }
    HelperSession &session() { return *m_session; }
    QSignalSpy &done() { return *m_done; } // HelperSession::done

    void send(const QJsonObject &message)
    {
        const QByteArray line = BrowserHelper::encode(message);
        QCOMPARE(::write(m_toHelper[1], line.constData(), size_t(line.size())), ssize_t(line.size()));
    }
    void closeWindowEnd()
    {
        ::close(m_toHelper[1]);
        m_toHelper[1] = -1;
    }
    // Takes the hello, sends the request and waits for the dialog; null if it never shows.
    QDialog *startLogin(const BrowserHelper::LoginRequest &request)
    {
        if (nextMessage().value(QLatin1String("type")).toString() != QLatin1String("hello"))
            return nullptr;
        send(request.toJson());
        const bool shown =
            QTest::qWaitFor([this] { return m_session->dialog() && m_session->dialog()->isVisible(); }, 20000);
        return shown ? m_session->dialog() : nullptr;
    }

    // The helper's next message; empty when none came within 30 s.
    QJsonObject nextMessage()
    {
        std::optional<QJsonObject> next;
        bool bad = false;
        const auto readSome = [this] {
            char chunk[4096];
            const ssize_t got = ::read(m_fromHelper[0], chunk, sizeof chunk);
            if (got > 0)
                m_lines.append(QByteArray(chunk, got));
        };
        QObject::connect(m_reader.get(), &QSocketNotifier::activated, m_reader.get(), readSome);
        const bool arrived = QTest::qWaitFor([&] { return (next = m_lines.takeMessage(&bad)) || bad; }, 30000);
        m_reader->disconnect();
        return arrived && next ? *next : QJsonObject();
    }

private:
    int m_toHelper[2] = {-1, -1};
    int m_fromHelper[2] = {-1, -1};
    bool m_open = false;
    std::unique_ptr<QSocketNotifier> m_reader;
    BrowserHelper::LineBuffer m_lines;
    std::unique_ptr<HelperSession> m_session;
    std::unique_ptr<QSignalSpy> m_done;
};

class TestBrowserLogin : public GuiTest::WindowTestCase
{
    Q_OBJECT

private:
    // trust: what the server's profile trusts, saved before the window opens it.
    void openWindow(MesheryTest::ServerOptions options = {}, const ServerTrust &trust = {})
    {
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        useFreshSettings();
        if (trust != ServerTrust()) {
            ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
            profile.trust = trust;
            QVERIFY(ProfileStore(m_settings.get()).save(profile).isOk());
        }
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        auto *providers = child<QComboBox>(m_window.get(), "providerCombo");
        providers->setCurrentIndex(providers->findData(QStringLiteral("Meshery")));
        QTRY_VERIFY(child<QToolButton>(m_window.get(), "loginButton")->isEnabled());
    }

    // Test certificates, made once for the whole test by openssl.
    const TestCertificates &certificates()
    {
        if (m_certificates.caCert.isEmpty()) {
            QString error;
            if (!m_certificatesDir.isValid() || !m_certificates.generate(m_certificatesDir.path(), &error))
                qWarning("test certificates: %s", qPrintable(error));
        }
        return m_certificates;
    }

    // A test server over TLS with this certificate (its key beside it, as TestCertificates names them).
    static MesheryTest::ServerOptions tlsServer(const QString &certificateFile, const QString &keyFile)
    {
        MesheryTest::ServerOptions options;
        options.tls = true;
        options.certificateFile = certificateFile;
        options.privateKeyFile = keyFile;
        return options;
    }

    void startServer(const MesheryTest::ServerOptions &options)
    {
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
    }

    // The same server reached by another name, localhost, as a provider's site on another host
    // would be; its certificate names both.
    QUrl onLocalhost(const QString &path) const
    {
        QUrl url = m_server->baseUrl();
        url.setHost(QStringLiteral("localhost"));
        url.setPath(path);
        return url;
    }

    static QString pinOf(const QString &certificateFile)
    {
        return formatFingerprint(TestCertificates::sha256(certificateFile));
    }

    // The embedded login with the test server's Meshery provider, as the window asks for it.
    BrowserHelper::LoginRequest meshery() const
    {
        BrowserHelper::LoginRequest request;
        request.serverUrl = m_server->baseUrl();
        request.providerKey = QStringLiteral("Meshery");
        request.providerUrl = m_server->providerBaseUrl();
        return request;
    }

    // The helper's login dialog for request, in this process and shown; *caught turns true when it
    // hands over a login.
    std::unique_ptr<EmbeddedLoginDialog> embeddedLoginDialog(const BrowserHelper::LoginRequest &request,
                                                             bool *caught = nullptr)
    {
        auto dialog = std::make_unique<EmbeddedLoginDialog>(request, m_window.get());
        if (caught)
            connect(dialog.get(), &EmbeddedLoginDialog::tokenCaught, dialog.get(), [caught] { *caught = true; });
        dialog->show();
        dialog->start();
        return dialog;
    }

    // The dialog's problem label once it shows; null if it never does.
    static QLabel *problemOf(QDialog *dialog)
    {
        auto *problem = child<QLabel>(dialog, "problemLabel");
        return QTest::qWaitFor([problem] { return problem->isVisible(); }, 30000) ? problem : nullptr;
    }

    // The window's embedded login, started as a click on "Log in" does; null when none started.
    EmbeddedLoginJob *startEmbeddedLogin()
    {
        m_window->loginController()->logIn(LoginController::Method::EmbeddedBrowser);
        return m_window->loginController()->embeddedLogin();
    }

    // A stand-in for the helper: a script that says what the real one never would (or crashes).
    void useScriptedHelper(const QByteArray &script)
    {
        const QString path = m_dir.filePath(QStringLiteral("scripted-helper"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("#!/bin/sh\n" + script + '\n');
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFile::ExeOwner));
        qputenv("MESHERY_AUTH_BROWSER_HELPER", path.toLocal8Bit());
    }

    static QByteArray helloLine(const char *version = MESHERY_AUTH_VERSION)
    {
        return QByteArrayLiteral("echo '{\"type\":\"hello\",\"protocol\":1,\"version\":\"") + version
            + QByteArrayLiteral("\"}'");
    }

    // The window's offer to use the system browser after the embedded one failed, and its text.
    static QMessageBox *failureOffer() { return GuiTest::waitForDialog<QMessageBox>("embeddedBrowserFailed", 40000); }

    // Fills in and sends the provider's form as ada, once the page has it; false if it never came.
    static bool signInOnTheProvidersForm(QWebEnginePage *page)
    {
        // Answers may come after this function returns: the flag is shared, not on the stack.
        const auto formReady = std::make_shared<bool>(false);
        const bool ready = QTest::qWaitFor(
            [&] {
                page->runJavaScript(QStringLiteral("document.getElementById('username') !== null"),
                                    [formReady](const QVariant &v) { *formReady = v.toBool(); });
                return *formReady;
            },
            30000);
        if (!ready)
            return false;
        page->runJavaScript(QStringLiteral("document.getElementById('username').value = 'ada';"
                                           "document.getElementById('password').value = 'meshery';"
                                           "document.getElementById('submit').click();"));
        return true;
    }

    static QWebEnginePage *pageOf(QDialog *dialog)
    {
        auto *view = dialog->findChild<QWebEngineView *>();
        return view ? view->page() : nullptr;
    }

    void expectStoredToken(const QString &email)
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 30000);
        QCOMPARE(m_window->session()->user().email, email);
        const QByteArray token = m_window->session()->token();
        QVERIFY(m_server->isTokenValid(token));
        const SecretTool::Lookup stored =
            SecretTool::lookup(TokenVault::defaultService(), m_window->session()->profile().tokenSlot().keychainKey());
        QVERIFY(stored.found);
        QVERIFY2(stored.value == token, "the keychain holds another token than the session");
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        qunsetenv("MESHERY_AUTH_BROWSER_HELPER");
        QVERIFY(closeWindow());
    }

    // --- The window's embedded login, through the real helper process ---

    void embeddedBrowserLogin()
    {
        MesheryTest::ServerOptions options;
        options.signInAutomaticallyAs = QStringLiteral("ada");
        openWindow(options);
        QVERIFY(startEmbeddedLogin());
        expectStoredToken(QStringLiteral("ada@example.com"));
        QVERIFY(!m_window->loginController()->embeddedLogin());
    }

    void aProviderThatPersistsAnonymousUsersStillShowsItsLogin()
    {
        // The server's own start would set an anonymous token and never show a login page.
        MesheryTest::ServerOptions options;
        options.remoteCapabilities << QStringLiteral("persist-anonymous-user");
        options.signInAutomaticallyAs = QStringLiteral("ada");
        openWindow(options);
        QVERIFY(startEmbeddedLogin());
        expectStoredToken(QStringLiteral("ada@example.com"));
        QCOMPARE(m_server->requestCount(QStringLiteral("/user/login")), 0);
    }

    void aLoginIsKeptForTheProfileItStartedOn()
    {
        MesheryTest::ServerOptions options;
        options.signInAutomaticallyAs = QStringLiteral("ada");
        openWindow(options);
        const ServerProfile startedOn = m_window->session()->profile();
        QVERIFY(!startedOn.id.isEmpty());
        // Time to move on while the caught token is being confirmed.
        m_server->setFault(QStringLiteral("/api/token"), {MesheryTest::FaultKind::Delay, 3000});
        const QPointer<EmbeddedLoginJob> login = startEmbeddedLogin();
        QVERIFY(login);
        QTRY_VERIFY_WITH_TIMEOUT(!login, 60000); // caught: the helper is done, the confirmation runs
        QVERIFY(m_window->loginController()->isBusy());

        MesheryTestServer other;
        QVERIFY(other.start());
        m_window->openServer(other.baseUrl().toString());
        QCOMPARE(m_window->session()->profile().serverUrl, other.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loginController()->isBusy(), 30000);

        // The other server's session got nothing; the token is the first profile's.
        QVERIFY(m_window->session()->token().isEmpty());
        QVERIFY(m_window->session()->state() != Session::State::SignedIn);
        const SecretTool::Lookup kept =
            SecretTool::lookup(TokenVault::defaultService(), startedOn.tokenSlot().keychainKey());
        QVERIFY(kept.found);
        QVERIFY(m_server->isTokenValid(kept.value));
        QSignalSpy removed(m_window->vault()->removeProfile(startedOn.id), &VaultJob::finished);
        QVERIFY(removed.wait(20000));
    }

    void theWindowIsModalToTheHelpersDialogAndEscEndsTheLogin()
    {
        openWindow();
        const QPointer<EmbeddedLoginJob> login = startEmbeddedLogin();
        QVERIFY(login);
        QSignalSpy shown(login.get(), &EmbeddedLoginJob::pageShown);
        QVERIFY(shown.wait(60000));
        const qint64 helper = login->helperId();
        QVERIFY(helper > 0);

        // The window takes no input while the helper's dialog is over it, as with a modal dialog.
        auto *providers = child<QComboBox>(m_window.get(), "providerCombo");
        const int before = providers->currentIndex();
        QVERIFY(before < providers->count() - 1);
        providers->setFocus();
        QTest::keyClick(providers, Qt::Key_Down);
        QCOMPARE(providers->currentIndex(), before);
        QTest::mouseClick(child<QToolButton>(m_window.get(), "loginButton"), Qt::LeftButton);
        QCOMPARE(m_window->loginController()->embeddedLogin(), login.get()); // no second login

        // Esc on the window ends the login, should the helper's dialog be out of reach; the helper
        // then exits by itself, well before the window would kill it.
        QSignalSpy ended(login.get(), &EmbeddedLoginJob::finished);
        QElapsedTimer exiting;
        exiting.start();
        QTest::keyClick(providers, Qt::Key_Escape);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().first().value<EmbeddedLoginResult>().outcome, EmbeddedLoginResult::Outcome::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(helper)), 20000);
        QVERIFY2(exiting.elapsed() < 4000, "the helper did not exit on its own; it was killed");
        // The window is its own again.
        QTest::keyClick(providers, Qt::Key_Down);
        QCOMPARE(providers->currentIndex(), before + 1);
        QVERIFY(m_window->session()->token().isEmpty());
    }

    void theHelperDiesWithTheWindow()
    {
        // The window here is another process (this test program, running only the function
        // below), killed as a crash or the OOM killer would: its helper must not outlive it.
        QProcess window;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MESHERY_AUTH_TEST_WINDOW_TO_KILL"), QStringLiteral("1"));
        window.setProcessEnvironment(environment);
        window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        window.start(QCoreApplication::applicationFilePath(), {QStringLiteral("aWindowToKill")});
        QVERIFY(window.waitForStarted());
        qint64 helper = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QRegularExpressionMatch said =
                    QRegularExpression(QStringLiteral("HELPER (\\d+)")).match(QString::fromLatin1(window.peek(4096)));
                helper = said.hasMatch() ? said.captured(1).toLongLong() : 0;
                return helper > 0 || window.state() == QProcess::NotRunning;
            },
            90000));
        QVERIFY2(helper > 0, "the window process did not start a helper");
        QVERIFY(QFileInfo::exists(QStringLiteral("/proc/%1").arg(helper)));
        window.kill();
        QVERIFY(window.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/%1/exe").arg(helper)), 10000);
    }

    // Not a test on its own: the window process theHelperDiesWithTheWindow kills.
    void aWindowToKill()
    {
        if (qEnvironmentVariableIsEmpty("MESHERY_AUTH_TEST_WINDOW_TO_KILL"))
            QSKIP("run by theHelperDiesWithTheWindow only");
        openWindow();
        const QPointer<EmbeddedLoginJob> login = startEmbeddedLogin();
        QVERIFY(login);
        QSignalSpy shown(login.get(), &EmbeddedLoginJob::pageShown);
        QVERIFY(shown.wait(60000));
        std::printf("HELPER %lld\n", login->helperId());
        std::fflush(stdout);
        QTest::qWait(60000); // until killed
    }

    void aHelperThatFallsSilentIsGivenUp()
    {
        openWindow();
        useScriptedHelper(helloLine() + "\nread request\nsleep 60");
        BrowserHelper::LoginRequest request = meshery();
        request.timeLimit = std::chrono::seconds(1);
        auto *login = new EmbeddedLoginJob(request, this);
        const std::optional<EmbeddedLoginResult> result = TestSupport::resultOf<EmbeddedLoginResult>(login, 30000);
        QVERIFY(result);
        QCOMPARE(result->outcome, EmbeddedLoginResult::Outcome::Failed);
        QVERIFY2(result->problem.contains(QLatin1String("stopped answering")), qPrintable(result->problem));
    }

    void theHelpersDialogIsCentredOnTheWindowAndModalToIt()
    {
        openWindow();
        m_window->setGeometry(100, 80, 1000, 800);
        const QPointer<EmbeddedLoginJob> login = startEmbeddedLogin();
        QVERIFY(login);
        QSignalSpy shown(login.get(), &EmbeddedLoginJob::pageShown);
        QVERIFY(shown.wait(60000));
        // What the X server, and so a window manager, knows of the helper's dialog.
        const std::optional<XWindow> dialog = dialogOf(login->helperId());
        QVERIFY2(dialog, "no window of the helper's process was found");
        QCOMPARE(dialog->transientFor, quint64(m_window->winId()));
        // (_NET_WM_STATE_MODAL is written only where a window manager announces it: not on Xvfb.)
        const QPoint offset = dialog->geometry.center() - m_window->frameGeometry().center();
        QVERIFY2(offset.manhattanLength() <= 2,
                 qPrintable(QStringLiteral("off centre by %1, %2").arg(offset.x()).arg(offset.y())));
        login->cancel();
    }

    void aHelperThatIsMissingCrashesOrIsOfAnotherVersionOffersTheSystemBrowser_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("saying");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("could not be started");
        QTest::newRow("crashes") << QByteArrayLiteral("kill -SEGV $$") << QStringLiteral("stopped unexpectedly");
        QTest::newRow("quits") << QByteArrayLiteral("exit 3") << QStringLiteral("exit code 3");
        QTest::newRow("another version") << helloLine("9.9.9") + "\nsleep 30"
                                         << QStringLiteral("(9.9.9) is not the one of this Meshery Auth");
        QTest::newRow("not JSON") << helloLine() + "\necho 'token=abc'\nsleep 30"
                                  << QStringLiteral("something unexpected");
        QTest::newRow("an endless line") << helloLine() + "\nread request\nprintf '%0200000d' 0\nsleep 30"
                                         << QStringLiteral("something unexpected");
        QTest::newRow("a token that is not text")
            << helloLine() + "\necho '{\"type\":\"caught\",\"token\":7}'\nsleep 30"
            << QStringLiteral("something unexpected");
        QTest::newRow("an unknown message")
            << helloLine() + "\necho '{\"type\":\"nonsense\"}'\nsleep 30" << QStringLiteral("something unexpected");
    }

    void aHelperThatIsMissingCrashesOrIsOfAnotherVersionOffersTheSystemBrowser()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, saying);
        openWindow();
        if (script.isEmpty())
            qputenv("MESHERY_AUTH_BROWSER_HELPER", m_dir.filePath(QStringLiteral("no-such-helper")).toLocal8Bit());
        else
            useScriptedHelper(script);
        const QPointer<EmbeddedLoginJob> login = startEmbeddedLogin();
        QVERIFY(login);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        QMessageBox *offer = failureOffer();
        QVERIFY2(offer, "the window did not say that the embedded browser failed");
        QVERIFY2(offer->text().contains(saying), qPrintable(offer->text()));
        QVERIFY2(QDateTime::currentMSecsSinceEpoch() - started < EmbeddedLoginJob::HelloTimeoutMs,
                 "the failure was found by the time limit, not by what the helper did");
        QVERIFY(!login);
        QVERIFY(m_window->session()->token().isEmpty());

        // Its default button takes the user on to the system browser.
        QCOMPARE(offer->defaultButton()->text(), tr("Log in with &system browser"));
        OpenedUrls opened;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &opened, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
        offer->defaultButton()->click();
        auto *systemBrowser = GuiTest::waitForDialog<QDialog>("systemBrowserLoginDialog");
        QVERIFY(systemBrowser);
        QTRY_COMPARE(opened.urls.size(), 1);
        systemBrowser->reject();
    }

    void theHelperCanHandTheLoginToTheSystemBrowser()
    {
        // The real helper's button sends this line (handsOverToTheSystemBrowser, below); here a
        // scripted helper sends it, and the window takes the system browser's way.
        openWindow();
        useScriptedHelper(helloLine() + "\nread request\necho '{\"type\":\"systemBrowser\"}'\nsleep 30");
        PlayedSystemBrowser browser;
        const BrowserRegistration registration(&browser);
        QVERIFY(startEmbeddedLogin());
        expectStoredToken(QStringLiteral("grace@example.com"));
        QCOMPARE(browser.opened, 1);
    }

    // --- The helper's side of the protocol, in this process over pipes ---

    void theHelperSaysHelloTakesOneRequestAndReportsTheOutcome()
    {
        openWindow();
        HelperPipes helper;
        QVERIFY(helper.isOpen());
        const QJsonObject hello = helper.nextMessage();
        QCOMPARE(hello.value(QLatin1String("type")).toString(), QStringLiteral("hello"));
        QCOMPARE(hello.value(QLatin1String("version")).toString(), QStringLiteral(MESHERY_AUTH_VERSION));

        // A request for another scheme than http(s) is refused, and the helper stops.
        QJsonObject json = meshery().toJson();
        json.insert(QStringLiteral("serverUrl"), QStringLiteral("file:///etc/passwd"));
        helper.send(json);
        QTRY_COMPARE_WITH_TIMEOUT(helper.done().count(), 1, 10000);
        QCOMPARE(helper.done().first().first().toInt(), 2);
        QVERIFY(!helper.session().dialog());
    }

    void handsOverToTheSystemBrowser()
    {
        openWindow();
        HelperPipes helper;
        QVERIFY(helper.isOpen());
        QDialog *dialog = helper.startLogin(meshery());
        QVERIFY(dialog);
        child<QPushButton>(dialog, "systemBrowserButton")->click();
        QJsonObject said;
        do {
            said = helper.nextMessage();
        } while (said.value(QLatin1String("type")).toString() == QLatin1String("pageShown"));
        QCOMPARE(said.value(QLatin1String("type")).toString(), QStringLiteral("systemBrowser"));
        QTRY_COMPARE(helper.done().count(), 1);
        QCOMPARE(helper.done().first().first().toInt(), 0);
    }

    void theHelperStopsWhenTheWindowGoes()
    {
        openWindow();
        HelperPipes helper;
        QVERIFY(helper.isOpen());
        QDialog *dialog = helper.startLogin(meshery());
        QVERIFY(dialog);
        helper.closeWindowEnd(); // what the kernel does when the window's process dies
        QTRY_COMPARE_WITH_TIMEOUT(helper.done().count(), 1, 10000);
        QVERIFY(!dialog->isVisible());
    }

    // --- The login dialog, in this process, where the test can reach into the page ---

    void embeddedBrowserRefusesACertificateTheProfileDoesNotTrust()
    {
        startServer(tlsServer(certificates().selfSignedCert, certificates().selfSignedKey));
        openWindowWithoutProviders();
        const QString fingerprint = pinOf(certificates().selfSignedCert);

        // Nothing trusted: refused; the problem names the fingerprint to compare.
        bool caught = false;
        std::unique_ptr<EmbeddedLoginDialog> dialog = embeddedLoginDialog(meshery(), &caught);
        QLabel *problem = problemOf(dialog.get());
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(fingerprint), qPrintable(problem->text()));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/provider")), 0);

        // Another certificate pinned: still refused.
        BrowserHelper::LoginRequest request = meshery();
        request.trustedCertificates = QStringList{pinOf(certificates().otherSelfSignedCert)};
        dialog = embeddedLoginDialog(request, &caught);
        QVERIFY(problemOf(dialog.get()));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/provider")), 0);
        QVERIFY(!caught);
    }

    void aPinnedCertificateIsTrustedOnTheServersOwnHostOnly()
    {
        startServer(tlsServer(certificates().selfSignedCert, certificates().selfSignedKey));
        openWindowWithoutProviders();
        BrowserHelper::LoginRequest request = meshery();
        request.trustedCertificates = QStringList{pinOf(certificates().selfSignedCert)};

        // The provider's login page on another host shows the very same certificate: refused.
        BrowserHelper::LoginRequest elsewhere = request;
        elsewhere.startUrl = onLocalhost(QStringLiteral("/provider-site/login"));
        std::unique_ptr<EmbeddedLoginDialog> dialog = embeddedLoginDialog(elsewhere);
        QLabel *problem = problemOf(dialog.get());
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QLatin1String("localhost")), qPrintable(problem->text()));
        QCOMPARE(m_server->requestCount(QStringLiteral("/provider-site/login")), 0);

        // On the server's own host it is trusted: the login goes through to the token.
        bool caught = false;
        dialog = embeddedLoginDialog(request, &caught);
        QWebEnginePage *page = pageOf(dialog.get());
        QTRY_VERIFY_WITH_TIMEOUT(page->url().path() == QLatin1String("/provider-site/login"), 30000);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/provider")), 1);
        QVERIFY(signInOnTheProvidersForm(page));
        QTRY_VERIFY_WITH_TIMEOUT(caught, 30000);
    }

    void theProfilesCaFileIsTrustedOnTheServersOwnHostOnly()
    {
        startServer(tlsServer(certificates().serverCert, certificates().serverKey));
        openWindowWithoutProviders();
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(certificates().caCert);

        // Without the CA: refused.
        std::unique_ptr<EmbeddedLoginDialog> dialog = embeddedLoginDialog(meshery());
        QVERIFY(problemOf(dialog.get()));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/provider")), 0);

        // With it, on another host its certificate is also valid for: refused.
        BrowserHelper::LoginRequest request = meshery();
        request.caCertificates = ca;
        BrowserHelper::LoginRequest elsewhere = request;
        elsewhere.startUrl = onLocalhost(QStringLiteral("/provider-site/login"));
        dialog = embeddedLoginDialog(elsewhere);
        QVERIFY(problemOf(dialog.get()));
        QCOMPARE(m_server->requestCount(QStringLiteral("/provider-site/login")), 0);

        // With it, on the server's own host: trusted.
        dialog = embeddedLoginDialog(request);
        QTRY_VERIFY_WITH_TIMEOUT(pageOf(dialog.get())->url().path() == QLatin1String("/provider-site/login"), 30000);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/provider")), 1);
    }

    void embeddedLoginTrustsTheProfilesPin()
    {
        // Through the real helper: the window hands it the profile's pin.
        MesheryTest::ServerOptions options = tlsServer(certificates().selfSignedCert, certificates().selfSignedKey);
        options.signInAutomaticallyAs = QStringLiteral("ada");
        ServerTrust trust;
        trust.pinnedCertificates = {pinOf(certificates().selfSignedCert)};
        openWindow(options, trust);
        QVERIFY(startEmbeddedLogin());
        expectStoredToken(QStringLiteral("ada@example.com"));
    }

    void embeddedLoginTrustsTheProfilesCaFile()
    {
        MesheryTest::ServerOptions options = tlsServer(certificates().serverCert, certificates().serverKey);
        options.signInAutomaticallyAs = QStringLiteral("ada");
        ServerTrust trust;
        trust.caFile = certificates().caCert;
        openWindow(options, trust);
        QVERIFY(startEmbeddedLogin());
        expectStoredToken(QStringLiteral("ada@example.com"));
    }

    void aProfileWithAClientCertificateUsesTheSystemBrowserAndSaysWhy()
    {
        MesheryTest::ServerOptions options = tlsServer(certificates().serverCert, certificates().serverKey);
        options.clientCaFile = certificates().caCert;
        ServerTrust trust;
        trust.caFile = certificates().caCert;
        trust.clientCertificateFile = certificates().clientCert;
        trust.clientKeyFile = certificates().clientKey;
        openWindow(options, trust);
        QVERIFY(!startEmbeddedLogin()); // no helper is started
        QMessageBox *offer = failureOffer();
        QVERIFY2(offer, "the window did not say why the embedded browser is not used");
        QVERIFY2(offer->text().contains(QLatin1String("cannot present client certificates")),
                 qPrintable(offer->text()));
        QCOMPARE(offer->defaultButton()->text(), tr("Log in with &system browser"));
        offer->reject();
    }

    void embeddedLoginSaysWhatWentWrong()
    {
        openWindow();
        BrowserHelper::LoginRequest request = meshery();
        request.providerKey = QStringLiteral("NoSuchProvider");
        std::unique_ptr<EmbeddedLoginDialog> dialog = embeddedLoginDialog(request);
        QLabel *problem = problemOf(dialog.get());
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QLatin1String("without a token")), qPrintable(problem->text()));

        // A server that is gone: the page cannot load; Try again is offered.
        m_server->stop();
        dialog = embeddedLoginDialog(meshery());
        problem = problemOf(dialog.get());
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QLatin1String("could not be loaded")), qPrintable(problem->text()));
        QVERIFY(child<QPushButton>(dialog.get(), "retryButton")->isVisible());
    }

    void popupsAndLinksElsewhereGoToTheSystemBrowser()
    {
        openWindow();
        OpenedUrls opened;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &opened, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
        const std::unique_ptr<EmbeddedLoginDialog> dialog = embeddedLoginDialog(meshery());
        QWebEnginePage *page = pageOf(dialog.get());
        QTRY_VERIFY_WITH_TIMEOUT(page->url().path() == QLatin1String("/provider-site/login"), 30000);
        const QString elsewhere = QStringLiteral("http://localhost:%1/terms").arg(m_server->port());
        page->runJavaScript(QStringLiteral("window.open('%1/popup');").arg(elsewhere));
        QTRY_VERIFY_WITH_TIMEOUT(opened.urls.contains(QUrl(elsewhere + QStringLiteral("/popup"))), 10000);
        page->runJavaScript(
            QStringLiteral("var a = document.createElement('a'); a.href = '%1'; a.textContent = 'terms';"
                           "document.body.appendChild(a); a.click();")
                .arg(elsewhere));
        QTRY_VERIFY_WITH_TIMEOUT(opened.urls.contains(QUrl(elsewhere)), 10000);
        // The login page itself stayed where it was.
        QCOMPARE(page->url().path(), QStringLiteral("/provider-site/login"));
    }

    void theProvidersFormCatchesTheLogin()
    {
        openWindow();
        bool caught = false;
        const std::unique_ptr<EmbeddedLoginDialog> dialog = embeddedLoginDialog(meshery(), &caught);
        QSignalSpy shown(dialog.get(), &EmbeddedLoginDialog::pageShown);
        QWebEnginePage *page = pageOf(dialog.get());
        QTRY_VERIFY_WITH_TIMEOUT(page->url().path() == QLatin1String("/provider-site/login"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000); // what the helper reports to the window
        QCOMPARE(shown.last().first().toUrl().path(), QStringLiteral("/provider-site/login"));
        QVERIFY(signInOnTheProvidersForm(page));
        QTRY_VERIFY_WITH_TIMEOUT(caught, 30000);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void tokensInFramesAndCookiesAreNotTheLogin()
    {
        openWindow();
        OpenedUrls opened;
        for (const char *scheme : {"file", "smb", "ssh"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &opened, "open");
        const auto unset = qScopeGuard([] {
            for (const char *scheme : {"file", "smb", "ssh"})
                QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        });
        bool caught = false;
        const std::unique_ptr<QDialog> dialog = embeddedLoginDialog(meshery(), &caught);
        QVERIFY(dialog);
        QWebEnginePage *page = pageOf(dialog.get());
        QTRY_VERIFY_WITH_TIMEOUT(page->url().path() == QLatin1String("/provider-site/login"), 30000);

        // The provider's page (or an ad in it) tries to hand over someone else's token: as a
        // cookie for the server's host, through a frame that loads the server's callback, and
        // opens a local file.
        const QByteArray foreign = m_server->issueToken(QStringLiteral("mallory"));
        const QString callback =
            m_server->baseUrl().toString() + QStringLiteral("/api/user/token?token=") + QString::fromLatin1(foreign);
        // The URL changes before the page's body exists: the attack waits for it.
        page->runJavaScript(
            QStringLiteral("(function () { function attack() {"
                           "document.cookie = 'token=%1; path=/';"
                           "var f = document.createElement('iframe'); f.src = '%2'; document.body.appendChild(f);"
                           "window.open('file:///etc/passwd');"
                           "var a = document.createElement('a'); a.href = 'smb://attacker.example/share';"
                           "document.body.appendChild(a); a.click(); }"
                           "if (document.body) attack(); else document.addEventListener('DOMContentLoaded', attack);"
                           "})();")
                .arg(QString::fromLatin1(foreign), callback));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(QStringLiteral("/api/user/token")) >= 1,
                                 20000); // the frame went there
        // A negative: nothing may be caught or opened. The frame's answer is in; a short wait
        // lets the page's other attempts (window.open, the link) run to where they would show.
        QTest::qWait(1000);
        QVERIFY(!caught);
        QVERIFY(opened.urls.isEmpty());
        QCOMPARE(page->url().path(), QStringLiteral("/provider-site/login"));

        // A page on another site the window was sent to (here another server on 127.0.0.2) sends
        // the whole window to the callback with its own account's token.
        MesheryTest::ServerOptions elsewhere;
        elsewhere.address = QHostAddress(QStringLiteral("127.0.0.2"));
        MesheryTestServer otherSite(elsewhere);
        QVERIFY(otherSite.start());
        // (A script's location change counts as a clicked link, which goes to the system browser;
        // a form submission or a redirect stays in the window.)
        page->runJavaScript(
            QStringLiteral("var f = document.createElement('form'); f.method = 'GET';"
                           "f.action = 'http://127.0.0.2:%1/provider'; document.body.appendChild(f); f.submit();")
                .arg(otherSite.port()));
        QTRY_VERIFY_WITH_TIMEOUT(page->url().host() == QLatin1String("127.0.0.2"), 20000);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &opened, "open");
        const auto unsetHttp = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
        page->runJavaScript(QStringLiteral("location.href = '%1';").arg(callback));
        // A negative again: no signal marks "the navigation was refused", so a short wait.
        QTest::qWait(1000);
        QVERIFY(!caught);
        QVERIFY(opened.urls.isEmpty()); // nor handed to the system browser
        QVERIFY(m_window->session()->token().isEmpty());
    }

    void embeddedLoginHasATimeLimitAndRetry()
    {
        openWindow();
        BrowserHelper::LoginRequest request = meshery();
        request.timeLimit = std::chrono::seconds(2);
        bool caught = false;
        const std::unique_ptr<QDialog> dialog = embeddedLoginDialog(request, &caught);
        QVERIFY(dialog);
        auto *message = child<QLabel>(dialog.get(), "problemLabel");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
        QVERIFY2(message->text().contains(QLatin1String("No login arrived")), qPrintable(message->text()));
        QVERIFY(!caught);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "retryButton"), Qt::LeftButton);
        QVERIFY(!message->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(pageOf(dialog.get())->url().path() == QLatin1String("/provider-site/login"), 20000);
    }

    void systemBrowserLogin()
    {
        openWindow();
        PlayedSystemBrowser browser;
        const BrowserRegistration registration(&browser);
        m_window->loginController()->logIn(LoginController::Method::SystemBrowser);
        // The dialog deletes itself once the login is kept: a guarded pointer sees that.
        const QPointer<QDialog> dialog = GuiTest::waitForDialog<QDialog>("systemBrowserLoginDialog");
        QVERIFY(dialog);
        const QString link = child<QLineEdit>(dialog, "loginLinkEdit")->text();
        QVERIFY(link.contains(QLatin1String("/provider-site/login?source=")));
        QVERIFY2(link.contains(QLatin1String("meshery_version=v0.8.0-test")), qPrintable(link)); // as mesheryctl sends
        expectStoredToken(QStringLiteral("grace@example.com"));
        QCOMPARE(browser.opened, 1);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

private:
    QTemporaryDir m_certificatesDir;
    TestCertificates m_certificates;

    void openWindowWithoutProviders()
    {
        useFreshSettings();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openServer(m_server->baseUrl().toString());
    }
};

// The embedded login's dialog runs in this process too: it needs what the helper sets first.
MESHERY_GUI_TEST_MAIN_WITH(TestBrowserLogin, QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts))
#include "TestBrowserLogin.moc"
