// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The expiry notices end to end: the real window signed in to the test server, an injected clock,
// and a notification daemon of the test's own (notification-server) on the private session bus.
#include "DesktopNotifier.h"
#include "GuiTestSupport.h"
#include "OpenedUrls.h"
#include "Preferences.h"
#include "SessionNotices.h"
#include "TokenInfo.h"
#include "TokenNotices.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QProcess>
#include <QStatusBar>

using namespace MesheryAuth;
using GuiTest::child;

namespace {

// The stand-in daemon: its Notify calls as JSON, and ActionInvoked on request.
class NotificationDaemon
{
public:
    bool start(const QStringList &arguments = {})
    {
        m_process.start(QStringLiteral(MESHERY_NOTIFICATION_SERVER), arguments);
        if (!m_process.waitForStarted(10000))
            return false;
        return QTest::qWaitFor([this] { return m_process.canReadLine(); }, 10000)
            && m_process.readLine().trimmed() == "ready";
    }
    ~NotificationDaemon()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel(); // it quits when its stdin closes
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    // The next Notify call, or an empty object when none came in time.
    QJsonObject nextCall(int timeoutMs = 10000)
    {
        if (!QTest::qWaitFor([this] { return m_process.canReadLine(); }, timeoutMs))
            return {};
        return QJsonDocument::fromJson(m_process.readLine()).object();
    }
    void send(const QByteArray &command) { m_process.write(command + '\n'); }

private:
    QProcess m_process;
};

// A peer on the bus that is not the daemon, sending the daemon's signal.
void forgeActionInvoked(uint id, const QString &action)
{
    QDBusConnection attacker = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("attacker"));
    QDBusMessage signal =
        QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                   QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
    signal << id << action;
    QVERIFY(attacker.send(signal));
}

} // namespace

class TestNotices : public GuiTest::WindowTestCase
{
    Q_OBJECT

    GuiTest::OpenedUrls m_browser;
    std::unique_ptr<NotificationDaemon> m_daemon;
    QByteArray m_token;
    QDateTime m_expiry; // m_token's
    // The window's clock in the tests that set it: a member, since the window (and its clock)
    // outlives each test function until cleanup().
    QDateTime m_now;

    // The daemon first when wanted, then the window signed in with a token of the test server
    // living an hour; the test stops when that fails.
    void start(bool withDaemon)
    {
        if (withDaemon) {
            m_daemon = std::make_unique<NotificationDaemon>();
            QVERIFY(m_daemon->start());
        }
        m_server = std::make_unique<MesheryTest::MesheryTestServer>();
        QVERIFY(m_server->start());
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        m_token = m_server->issueToken(QStringLiteral("alice"), 3600);
        GuiTest::signInWithPastedToken(*m_window, m_token);
        m_expiry = TokenInfo::decode(m_token).expiry();
        QVERIFY(m_expiry.isValid());
    }

    static void verifyNoToken(const QString &text, const QByteArray &token)
    {
        QVERIFY(!text.contains(QString::fromLatin1(token)));
        for (const QByteArray &part : token.split('.')) {
            if (part.size() > 8)
                QVERIFY2(!text.contains(QString::fromLatin1(part)), "a piece of the token is in the notice");
        }
    }

private slots:
    void init()
    {
        useFreshSettings();
        Preferences preferences; // the system browser: its login opens a dialog in this process
        preferences.loginMethod = Preferences::LoginMethod::SystemBrowser;
        preferences.save(*m_settings);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    }

    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        m_browser.urls.clear();
        QVERIFY(closeWindow());
        m_daemon.reset();
    }

    void noticeAtTheLeadTimeAndLogInAgain()
    {
        start(true);
        if (QTest::currentTestFailed())
            return;
        NotificationDaemon &daemon = *m_daemon;
        const QDateTime expiry = m_expiry;
        const QByteArray token = m_token;
        TokenNotices *schedule = m_window->notices()->schedule();
        m_now = expiry.addSecs(-15 * 60 - 5);
        schedule->setClock([this] { return m_now; });
        QVERIFY(daemon.nextCall(500).isEmpty()); // not early
        m_now = expiry.addSecs(-15 * 60);
        schedule->check();
        const QJsonObject call = daemon.nextCall();
        QCOMPARE(call.value(QStringLiteral("summary")).toString(), QStringLiteral("Meshery session expires soon"));
        const QString body = call.value(QStringLiteral("body")).toString();
        QVERIFY2(body.contains(QStringLiteral("15 minutes")), qPrintable(body));
        QVERIFY2(body.contains(m_server->baseUrl().authority()), qPrintable(body));
        verifyNoToken(body, token);
        verifyNoToken(call.value(QStringLiteral("summary")).toString(), token);
        const QJsonArray actions = call.value(QStringLiteral("actions")).toArray();
        QVERIFY(actions.contains(QStringLiteral("login")) && actions.contains(QStringLiteral("Log in again")));

        // Opening the profile again goes through its states: no second notice for the token.
        m_window->session()->open(m_window->session()->profile());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 20000);
        schedule->check();
        QVERIFY(daemon.nextCall(500).isEmpty());

        // Made-up ids and a forged signal from another peer start nothing.
        const uint id = call.value(QStringLiteral("id")).toInteger();
        daemon.send("action 424242 login");
        forgeActionInvoked(id, QStringLiteral("login"));
        QVERIFY(!GuiTest::waitForDialog<QDialog>("systemBrowserLoginDialog", 1000));
        QVERIFY(m_browser.urls.isEmpty());

        // The user's "Log in again": the profile's own login flow, with the preferred method.
        m_window->showMinimized();
        daemon.send("action " + QByteArray::number(id) + " login");
        auto *dialog = GuiTest::waitForDialog<QDialog>("systemBrowserLoginDialog");
        QVERIFY(dialog);
        QVERIFY(!m_window->isMinimized());
        QTRY_VERIFY(!m_browser.urls.isEmpty());
        dialog->reject();
    }

    void aProfileNotOpenIsWatchedAndLogInAgainSwitchesToIt()
    {
        start(true);
        if (QTest::currentTestFailed())
            return;
        NotificationDaemon &daemon = *m_daemon;
        const QString noticed = m_window->session()->profile().id;
        // The user moves on to another server, and the app starts again there: the first
        // profile's token is now only in the keychain.
        MesheryTest::MesheryTestServer other;
        QVERIFY(other.start());
        QVERIFY(GuiTest::showOnServer(*m_window, other.baseUrl()));
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(m_window->session()->profile().id != noticed);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->notices()->schedule()->isWatching(noticed), 20000);
        m_now = m_expiry.addSecs(1);
        m_window->notices()->schedule()->setClock([this] { return m_now; });
        const QJsonObject call = daemon.nextCall();
        QCOMPARE(call.value(QStringLiteral("summary")).toString(), QStringLiteral("Meshery session expired"));
        QVERIFY(call.value(QStringLiteral("body")).toString().contains(m_server->baseUrl().authority()));
        verifyNoToken(call.value(QStringLiteral("body")).toString(), m_token);
        daemon.send("action " + QByteArray::number(call.value(QStringLiteral("id")).toInteger()) + " login");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->profile().id, noticed, 10000);
        auto *dialog = GuiTest::waitForDialog<QDialog>("systemBrowserLoginDialog", 20000);
        QVERIFY(dialog);
        QVERIFY(m_browser.urls.constLast().toString().startsWith(m_server->baseUrl().toString()));
        dialog->reject();
    }

    void withoutAServiceTheFallbackSays()
    {
        // The private session bus has no notification daemon.
        start(false);
        if (QTest::currentTestFailed())
            return;
        m_now = m_expiry;
        QSignalSpy delivered(m_window->notices()->notifier(), &DesktopNotifier::delivered);
        m_window->notices()->schedule()->setClock([this] { return m_now; });
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.at(0).at(1).toBool(), false);
        const QString shown = m_window->statusBar()->currentMessage();
        QVERIFY2(shown.contains(QStringLiteral("Meshery session expired")), qPrintable(shown));
        verifyNoToken(shown, m_token);
    }

    void theServiceGoingAwayFallsBack()
    {
        auto daemon = std::make_unique<NotificationDaemon>();
        QVERIFY(daemon->start());
        DesktopNotifier notifier;
        QStringList fallback;
        notifier.setFallback([&fallback](const QString &title, const QString &) { fallback << title; });
        QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
        notifier.notify(QStringLiteral("p"), QStringLiteral("first"), QStringLiteral("body"));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.at(0).at(1).toBool(), true);
        QVERIFY(!daemon->nextCall().isEmpty());
        daemon.reset();
        notifier.notify(QStringLiteral("p"), QStringLiteral("second"), QStringLiteral("body"));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.at(1).at(1).toBool(), false);
        QCOMPARE(fallback, QStringList{QStringLiteral("second")});
    }

    void markupIsEscapedAndActionsOnlyWhenOffered()
    {
        {
            NotificationDaemon daemon;
            QVERIFY(daemon.start({QStringLiteral("--markup")}));
            DesktopNotifier notifier;
            notifier.notify(QStringLiteral("p"), QStringLiteral("t"), QStringLiteral("<a href=\"http://evil\">x</a>"));
            const QJsonObject call = daemon.nextCall();
            QCOMPARE(call.value(QStringLiteral("body")).toString(),
                     QStringLiteral("&lt;a href=&quot;http://evil&quot;&gt;x&lt;/a&gt;"));
        }
        NotificationDaemon daemon;
        QVERIFY(daemon.start({QStringLiteral("--no-actions")}));
        DesktopNotifier notifier;
        notifier.notify(QStringLiteral("p"), QStringLiteral("t"), QStringLiteral("<b>plain</b>"));
        const QJsonObject call = daemon.nextCall();
        QCOMPARE(call.value(QStringLiteral("body")).toString(), QStringLiteral("<b>plain</b>"));
        QVERIFY(call.value(QStringLiteral("actions")).toArray().isEmpty());
    }
};

MESHERY_GUI_TEST_MAIN(TestNotices)
#include "TestNotices.moc"
