// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Both browser logins from the window, end to end against the Meshery test server and the real
// keychain: the real Qt WebEngine under Xvfb fills in the provider's form, and the system-browser
// flow is completed by the test playing the browser.
#include "BrowserLoginLoader.h"
#include "GuiTestSupport.h"
#include "LoginController.h"
#include "MainWindow.h"
#include "MesheryTestServer.h"
#include "SecretTool.h"
#include "Session.h"
#include "TokenVault.h"

#include <QDesktopServices>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QtNetwork>
#include <QtWidgets>

using namespace MesheryAuth;
using GuiTest::child;
using MesheryTest::MesheryTestServer;

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

// Only notes what the app asked the system browser to open.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

// Registers the played browser for http links for as long as it lives.
struct BrowserRegistration {
    explicit BrowserRegistration(PlayedSystemBrowser *browser)
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), browser, "open");
    }
    ~BrowserRegistration() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }
};

class TestBrowserLogin : public GuiTest::WindowTestCase
{
    Q_OBJECT

private:
    void openWindow(MesheryTest::ServerOptions options = {})
    {
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        useFreshSettings();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        auto *providers = child<QComboBox>(m_window.get(), "providerCombo");
        providers->setCurrentIndex(providers->findData(QStringLiteral("Meshery")));
        QTRY_VERIFY(child<QToolButton>(m_window.get(), "loginButton")->isEnabled());
    }

    // The embedded login with the test server's Meshery provider, as the window asks for it.
    EmbeddedLoginRequest meshery() const
    {
        EmbeddedLoginRequest request;
        request.serverUrl = m_server->baseUrl();
        request.providerKey = QStringLiteral("Meshery");
        return request;
    }

    // The plugin's login dialog for request, shown; *caught turns true when it hands over a login.
    // Null (with a warning) when the plugin cannot be loaded.
    std::unique_ptr<QDialog> embeddedLoginDialog(const EmbeddedLoginRequest &request, bool *caught)
    {
        QString problem;
        BrowserLoginFactory *factory = BrowserLoginLoader::factory(&problem);
        if (!factory) {
            qWarning("the browser plugin did not load: %s", qPrintable(problem));
            return nullptr;
        }
        EmbeddedLoginCallbacks callbacks;
        callbacks.tokenCaught = [caught](const LoginCallback &) { *caught = true; };
        std::unique_ptr<QDialog> dialog(factory->createLoginDialog(request, callbacks, m_window.get()));
        dialog->show();
        return dialog;
    }

    // Starts the embedded login for this provider (listed or not) and waits for its problem page.
    QLabel *embeddedLoginProblem(const QString &providerKey, QDialog **dialogOut)
    {
        Provider provider;
        provider.key = providerKey;
        provider.name = providerKey;
        provider.url = m_server->providerBaseUrl();
        m_window->loginController()->logInEmbedded(provider);
        auto *dialog = GuiTest::waitForDialog<QDialog>("embeddedLoginDialog", 30000);
        if (!dialog)
            return nullptr;
        *dialogOut = dialog;
        auto *problem = child<QLabel>(dialog, "problemLabel");
        return QTest::qWaitFor([problem] { return problem->isVisible(); }, 30000) ? problem : nullptr;
    }

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

    void cleanup() { QVERIFY(closeWindow()); }

    void embeddedBrowserLogin()
    {
        openWindow();
        m_window->loginController()->logIn(LoginController::Method::EmbeddedBrowser);
        // The dialog deletes itself when the login is done.
        const QPointer<QDialog> dialog = GuiTest::waitForDialog<QDialog>("embeddedLoginDialog", 30000);
        QVERIFY(dialog);
        QWebEnginePage *page = pageOf(dialog);
        QVERIFY(page);
        // The dance took the page to the provider's form.
        QTRY_VERIFY_WITH_TIMEOUT(page->url().path() == QLatin1String("/provider-site/login"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "addressLabel")->text().contains(QLatin1String("127.0.0.1")),
                                 10000);
        QVERIFY(signInOnTheProvidersForm(page));
        expectStoredToken(QStringLiteral("ada@example.com"));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

    void aProviderThatPersistsAnonymousUsersStillShowsItsLogin()
    {
        // The server's own start would set an anonymous token and never show a login page.
        MesheryTest::ServerOptions options;
        options.remoteCapabilities << QStringLiteral("persist-anonymous-user");
        openWindow(options);
        m_window->loginController()->logIn(LoginController::Method::EmbeddedBrowser);
        const QPointer<QDialog> dialog = GuiTest::waitForDialog<QDialog>("embeddedLoginDialog", 30000);
        QVERIFY(dialog);
        QWebEnginePage *page = pageOf(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(page->url().path() == QLatin1String("/provider-site/login"), 30000);
        QCOMPARE(m_server->requestCount(QStringLiteral("/user/login")), 0);
        QVERIFY(signInOnTheProvidersForm(page));
        expectStoredToken(QStringLiteral("ada@example.com"));
    }

    void embeddedBrowserRefusesAnUntrustedCertificate()
    {
        MesheryTest::ServerOptions options;
        options.tls = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        // The app's own calls refuse the certificate too, so the provider list stays empty:
        // start the embedded login for a known provider, with a trust decision that says no.
        openWindowWithoutProviders();
        QString askedHost;
        QString askedFingerprint;
        m_window->loginController()->setCertificateTrust(
            [&](const QString &host, const TlsCertificateInfo &certificate) {
                askedHost = host;
                askedFingerprint = certificate.sha256Fingerprint;
                return false;
            });
        QDialog *dialog = nullptr;
        QLabel *problem = embeddedLoginProblem(QStringLiteral("Meshery"), &dialog);
        QVERIFY(problem);
        QCOMPARE(askedHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(askedFingerprint, formatFingerprint(m_server->certificate().digest(QCryptographicHash::Sha256)));
        QVERIFY(problem->text().contains(askedFingerprint));
        QVERIFY(m_window->session()->token().isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/provider")), 0);
        dialog->reject();
    }

    void embeddedLoginSaysWhatWentWrong()
    {
        openWindow();
        QDialog *dialog = nullptr;
        QLabel *problem = embeddedLoginProblem(QStringLiteral("NoSuchProvider"), &dialog);
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QLatin1String("without a token")), qPrintable(problem->text()));
        dialog->reject();

        // A server that is gone: the page cannot load; Try again is offered.
        m_server->stop();
        problem = embeddedLoginProblem(QStringLiteral("Meshery"), &dialog);
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QLatin1String("could not be loaded")), qPrintable(problem->text()));
        QVERIFY(child<QPushButton>(dialog, "retryButton")->isVisible());
        QVERIFY(m_window->session()->token().isEmpty());
        dialog->reject();
    }

    void popupsAndLinksElsewhereGoToTheSystemBrowser()
    {
        openWindow();
        OpenedUrls opened;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &opened, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
        m_window->loginController()->logIn(LoginController::Method::EmbeddedBrowser);
        const QPointer<QDialog> dialog = GuiTest::waitForDialog<QDialog>("embeddedLoginDialog", 30000);
        QVERIFY(dialog);
        QWebEnginePage *page = pageOf(dialog);
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
        dialog->reject();
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
        page->runJavaScript(
            QStringLiteral("document.cookie = 'token=%1; path=/';"
                           "var f = document.createElement('iframe'); f.src = '%2'; document.body.appendChild(f);"
                           "window.open('file:///etc/passwd');"
                           "var a = document.createElement('a'); a.href = 'smb://attacker.example/share';"
                           "document.body.appendChild(a); a.click();")
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

    void aLoginIsKeptForTheProfileItStartedOn()
    {
        openWindow();
        const ServerProfile startedOn = m_window->session()->profile();
        QVERIFY(!startedOn.id.isEmpty());
        // Time to move on while the caught token is being confirmed.
        m_server->setFault(QStringLiteral("/api/token"), {MesheryTest::FaultKind::Delay, 3000});
        m_window->loginController()->logIn(LoginController::Method::EmbeddedBrowser);
        const QPointer<QDialog> dialog = GuiTest::waitForDialog<QDialog>("embeddedLoginDialog", 30000);
        QVERIFY(dialog);
        QWebEnginePage *page = pageOf(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(page->url().path() == QLatin1String("/provider-site/login"), 30000);
        QVERIFY(signInOnTheProvidersForm(page));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000); // caught: the dialog is gone, the confirmation runs
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

    void embeddedLoginHasATimeLimitAndRetry()
    {
        openWindow();
        EmbeddedLoginRequest request = meshery();
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

    void embeddedLoginCanHandOverToTheSystemBrowser()
    {
        openWindow();
        PlayedSystemBrowser browser;
        const BrowserRegistration registration(&browser);
        m_window->loginController()->logIn(LoginController::Method::EmbeddedBrowser);
        auto *embedded = GuiTest::waitForDialog<QDialog>("embeddedLoginDialog", 30000);
        QVERIFY(embedded);
        child<QPushButton>(embedded, "systemBrowserButton")->click();
        expectStoredToken(QStringLiteral("grace@example.com"));
    }

private:
    void openWindowWithoutProviders()
    {
        useFreshSettings();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openServer(m_server->baseUrl().toString());
    }
};

MESHERY_GUI_TEST_MAIN(TestBrowserLogin)
#include "TestBrowserLogin.moc"
