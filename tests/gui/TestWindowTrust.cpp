// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The window's transport security on a real X server (Xvfb) against the test server and the real
// keychain: the plain-http warning and its one-time consent, the certificate dialog for a
// self-signed and a changed certificate, and the security settings of the profile editor.
#include "CertificateDialog.h"
#include "EmbeddedLoginJob.h"
#include "GuiTestSupport.h"
#include "LoginController.h"
#include "MainWindow.h"
#include "MesheryTestServer.h"
#include "ProfileDialog.h"
#include "ProfileService.h"
#include "ProfileStore.h"
#include "Session.h"
#include "TlsCertificateInfo.h"
#include "TokenVault.h"

#include <QNetworkInterface>
#include <QtWidgets>

using namespace MesheryAuth;
using GuiTest::child;
using MesheryTest::MesheryTestServer;

namespace {

// An address of this computer that is not loopback: plain http to it counts as remote, and the
// test server can still listen there. Null when the machine has none.
QHostAddress nonLoopbackAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

// Whether any request the server received carried this token, in a cookie, a header or a body.
bool tokenReached(const MesheryTestServer &server, const QByteArray &token)
{
    const QList<MesheryTest::RecordedRequest> requests = server.requests();
    for (const MesheryTest::RecordedRequest &request : requests) {
        if (request.body.contains(token) || request.cookies.value(QStringLiteral("token")).toLatin1() == token)
            return true;
        for (const QByteArray &value : request.headers)
            if (value.contains(token))
                return true;
    }
    return false;
}

} // namespace

class TestWindowTrust : public GuiTest::WindowTestCase
{
    Q_OBJECT

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    // The profile's trust as the settings file holds it now, read afresh.
    QVariant storedTrust(const QString &name) const
    {
        m_settings->sync();
        QSettings reread(settingsFile(), QSettings::IniFormat);
        return reread.value(QStringLiteral("profiles/%1/trust/%2").arg(m_window->session()->profile().id, name));
    }

    QLabel *plainHttpWarning() const { return child<QLabel>(m_window.get(), "plainHttpWarning"); }

    void openWindowOn(const QUrl &server)
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openServer(server.toString());
    }

    bool startRemoteServer()
    {
        const QHostAddress address = nonLoopbackAddress();
        if (address.isNull())
            return false;
        MesheryTest::ServerOptions options;
        options.address = address;
        m_server = std::make_unique<MesheryTestServer>(options);
        return m_server->start();
    }

    CertificateDialog *waitForCertificateDialog()
    {
        return GuiTest::waitForDialog<CertificateDialog>("certificateDialog", 20000);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        useFreshSettings();
    }

    void cleanup() { QVERIFY(closeWindow()); }

    void plainHttpWarningOnlyForARemoteHost()
    {
        if (!startRemoteServer())
            QSKIP("this computer has no address besides loopback to serve plain http on");
        openWindowOn(m_server->baseUrl());
        const QString host = m_server->baseUrl().host();
        QTRY_VERIFY(plainHttpWarning()->isVisible());
        QVERIFY2(plainHttpWarning()->text().contains(QStringLiteral("Your token travels unencrypted to %1").arg(host)),
                 qPrintable(plainHttpWarning()->text()));
        // Read out, and in the keyboard's path: not a colour alone.
        QVERIFY(!plainHttpWarning()->accessibleName().isEmpty());
        QCOMPARE(plainHttpWarning()->accessibleDescription(), plainHttpWarning()->text());
        QVERIFY(plainHttpWarning()->focusPolicy() & Qt::TabFocus);

        // This computer, by name or by address, and https: no warning.
        MesheryTestServer loopback;
        QVERIFY(loopback.start());
        QUrl localhost = loopback.baseUrl();
        localhost.setHost(QStringLiteral("localhost"));
        m_window->openServer(localhost.toString());
        QTRY_COMPARE(m_window->session()->profile().serverUrl.host(), QStringLiteral("localhost"));
        QVERIFY(!plainHttpWarning()->isVisible());
        m_window->openServer(m_server->baseUrl().toString());
        QTRY_VERIFY(plainHttpWarning()->isVisible());
        m_window->openServer(loopback.baseUrl().toString());
        QTRY_COMPARE(m_window->session()->profile().serverUrl, loopback.baseUrl());
        QVERIFY(!plainHttpWarning()->isVisible());
        m_window->openServer(QStringLiteral("https://%1:9").arg(host));
        QTRY_COMPARE(m_window->session()->profile().serverUrl.scheme(), QStringLiteral("https"));
        QVERIFY(!plainHttpWarning()->isVisible());
        m_window->openServer(m_server->baseUrl().toString()); // the profile the cleanup removes
    }

    void signingInOverPlainHttpAsksOnceAndCancelSendsNothing()
    {
        if (!startRemoteServer())
            QSKIP("this computer has no address besides loopback to serve plain http on");
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        GuiTest::chooseProvider(*m_window, QStringLiteral("Meshery"));
        QTRY_VERIFY(child<QToolButton>(m_window.get(), "loginButton")->isEnabled());
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));

        // Every way in asks first; Return takes the default, Cancel, and nothing opens or goes out.
        for (const auto method : {LoginController::Method::PasteToken, LoginController::Method::SystemBrowser,
                                  LoginController::Method::EmbeddedBrowser}) {
            m_window->loginController()->logIn(method);
            auto *question = GuiTest::waitForDialog<QMessageBox>("plainHttpConfirmation");
            QVERIFY(question);
            QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
            QVERIFY(question->text().contains(m_server->baseUrl().host()));
            QTest::keyClick(question, Qt::Key_Return);
            QTRY_VERIFY(!question->isVisible());
            QVERIFY(!GuiTest::waitForDialog<QDialog>("pasteTokenDialog", 0));
            QVERIFY(!GuiTest::waitForDialog<QDialog>("systemBrowserLoginDialog", 0));
            QVERIFY(!m_window->loginController()->embeddedLogin());
        }
        QVERIFY(!storedTrust(QStringLiteral("plainHttpConfirmed")).toBool());
        QVERIFY(!tokenReached(*m_server, token));

        // Agreeing is kept with the profile, and the sign-in goes on to the token's dialog.
        m_window->loginController()->logIn(LoginController::Method::PasteToken);
        auto *question = GuiTest::waitForDialog<QMessageBox>("plainHttpConfirmation");
        QVERIFY(question);
        child<QPushButton>(question, "sendUnencryptedButton")->click();
        auto *dialog = GuiTest::waitForDialog<QDialog>("pasteTokenDialog");
        QVERIFY(dialog);
        QVERIFY(storedTrust(QStringLiteral("plainHttpConfirmed")).toBool());
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), QString::fromLatin1(token));
        QTest::keyClick(child<QLineEdit>(dialog, "tokenEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::SignedIn, 20000);
        QVERIFY(tokenReached(*m_server, token));
        // Still unencrypted, and the warning says it was allowed.
        QVERIFY(plainHttpWarning()->isVisible());
        QVERIFY2(plainHttpWarning()->text().contains(QLatin1String("You allowed this")),
                 qPrintable(plainHttpWarning()->text()));

        // The next sign-in does not ask again.
        m_window->loginController()->logIn(LoginController::Method::PasteToken);
        QVERIFY(GuiTest::waitForDialog<QDialog>("pasteTokenDialog"));
        QVERIFY(!GuiTest::waitForDialog<QMessageBox>("plainHttpConfirmation", 0));
        GuiTest::waitForDialog<QDialog>("pasteTokenDialog")->reject();

        // The consent is shown in the profile editor and can be taken back there.
        ProfileService service(m_settings.get(), m_window->profiles(), m_window->vault());
        ProfileDialog editor(&service, m_window->session()->profile(), m_window.get());
        editor.show();
        auto *consent = child<QCheckBox>(&editor, "plainHttpCheck");
        QVERIFY(!consent->isHidden());
        QVERIFY(consent->isChecked());
        consent->click();
        child<QDialogButtonBox>(&editor, "buttons")->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QVERIFY(!storedTrust(QStringLiteral("plainHttpConfirmed")).toBool());
    }

    void aSelfSignedCertificateIsRejectedOrPinned()
    {
        MesheryTest::ServerOptions options;
        options.tls = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        const QString fingerprint = formatFingerprint(m_server->certificate().digest(QCryptographicHash::Sha256));
        openWindowOn(m_server->baseUrl());

        CertificateDialog *dialog = waitForCertificateDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->isChangedCertificate());
        QCOMPARE(child<QLineEdit>(dialog, "fingerprintEdit")->text(), fingerprint);
        QVERIFY(child<QLabel>(dialog, "namesLabel")->text().contains(QLatin1String("127.0.0.1"))
                || child<QLabel>(dialog, "namesLabel")->text().contains(QLatin1String("localhost")));
        auto *trustButton = child<QPushButton>(dialog, "trustButton");
        QVERIFY(!trustButton->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "rejectButton")->isDefault());
        // Return rejects: the default.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(storedTrust(QStringLiteral("pinned")).toStringList().isEmpty());
        QVERIFY(m_window->session()->profile().trust.pinnedCertificates.isEmpty());
        // Asked once per opening: the account check does not ask again.
        QTRY_VERIFY(m_window->session()->state() != Session::State::Loading);
        QVERIFY(!GuiTest::waitForDialog<CertificateDialog>("certificateDialog", 0));

        // Opened again (F5), asked again; ticked and trusted, the certificate is pinned and the
        // window works against the server.
        m_window->session()->open(m_window->session()->profile());
        dialog = waitForCertificateDialog();
        QVERIFY(dialog);
        trustButton = child<QPushButton>(dialog, "trustButton");
        child<QCheckBox>(dialog, "trustCheck")->click();
        QVERIFY(trustButton->isEnabled());
        trustButton->click();
        QTRY_COMPARE(storedTrust(QStringLiteral("pinned")).toStringList(), QStringList{fingerprint});
        auto *providers = child<QComboBox>(m_window.get(), "providerCombo");
        QTRY_VERIFY_WITH_TIMEOUT(providers->findData(QStringLiteral("Meshery")) >= 0, 20000);
        GuiTest::signInWithPastedToken(*m_window, m_server->issueToken(QStringLiteral("ada")));

        // The embedded browser is told the same pin, for the server's own pages.
        m_window->loginController()->logIn(LoginController::Method::EmbeddedBrowser);
        const QPointer<EmbeddedLoginJob> login = m_window->loginController()->embeddedLogin();
        QVERIFY(login);
        QCOMPARE(login->request().trustedCertificates, QStringList{fingerprint});
        login->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!login || login->isFinished(), 20000);
        delete GuiTest::waitForDialog<QMessageBox>("embeddedBrowserFailed", 0); // no helper in this build
    }

    void aChangedCertificateIsTheLouderWarning()
    {
        MesheryTest::ServerOptions options;
        options.tls = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        const QUrl url = m_server->baseUrl();
        openWindowOn(url);
        CertificateDialog *dialog = waitForCertificateDialog();
        QVERIFY(dialog);
        child<QCheckBox>(dialog, "trustCheck")->click();
        child<QPushButton>(dialog, "trustButton")->click();
        auto *providers = child<QComboBox>(m_window.get(), "providerCombo");
        QTRY_VERIFY_WITH_TIMEOUT(providers->findData(QStringLiteral("Meshery")) >= 0, 20000);

        // Another server on the same address, with a certificate of its own.
        const QString pinned = formatFingerprint(m_server->certificate().digest(QCryptographicHash::Sha256));
        m_server.reset();
        options.port = quint16(url.port());
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        const QString changed = formatFingerprint(m_server->certificate().digest(QCryptographicHash::Sha256));
        QVERIFY(changed != pinned);
        m_window->session()->open(m_window->session()->profile());
        dialog = waitForCertificateDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isChangedCertificate());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("The server's certificate has changed"));
        QVERIFY(child<QLabel>(dialog, "headlineLabel")->text().contains(QLatin1String("attack")));
        QCOMPARE(child<QLineEdit>(dialog, "fingerprintEdit")->text(), changed);
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(storedTrust(QStringLiteral("pinned")).toStringList(), QStringList{pinned});
    }
    void theProfileEditorRefusesUnusableFilesAndRemovesPins()
    {
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
        const QString first = normaliseFingerprint(QString(64, QLatin1Char('a')));
        const QString second = normaliseFingerprint(QString(64, QLatin1Char('b')));
        ServerTrust trust;
        trust.pinnedCertificates = {first, second};
        QVERIFY(m_window->session()->saveTrust(trust).isOk());
        QCOMPARE(storedTrust(QStringLiteral("pinned")).toStringList(), (QStringList{first, second}));

        ProfileService service(m_settings.get(), m_window->profiles(), m_window->vault());
        ProfileDialog dialog(&service, m_window->session()->profile(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok);
        auto *problem = child<QLabel>(&dialog, "problemLabel");

        // A CA file that is not there: said in the dialog, on the page where it is fixed, and
        // nothing is saved.
        const QString missing = m_dir.filePath(QStringLiteral("no-such-ca.pem"));
        child<QLineEdit>(&dialog, "caFileEdit")->setText(missing);
        ok->click();
        QTRY_VERIFY2(problem->text().contains(QLatin1String("no-such-ca.pem")), qPrintable(problem->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(ok->isEnabled()); // the check is over: the user can fix it and save again
        QCOMPARE(child<QTabWidget>(&dialog, "tabs")->currentWidget()->objectName(),
                 QStringLiteral("ProfileSecurityPage"));
        QVERIFY(storedTrust(QStringLiteral("caFile")).toString().isEmpty());
        QCOMPARE(storedTrust(QStringLiteral("pinned")).toStringList(), (QStringList{first, second}));

        // Without it, one pin removed and a key passphrase typed: the pin goes from the settings,
        // the passphrase to the keychain and nowhere else.
        child<QLineEdit>(&dialog, "caFileEdit")->clear();
        auto *pins = child<QListWidget>(&dialog, "pinsList");
        pins->setCurrentRow(0);
        QCOMPARE(pins->currentItem()->text(), first);
        child<QPushButton>(&dialog, "removePinButton")->click();
        const QString passphrase = QStringLiteral("correct horse battery");
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), passphrase);
        ok->click();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storedTrust(QStringLiteral("pinned")).toStringList(), QStringList{second});
        const QString id = m_window->session()->profile().id;
        QSignalSpy loaded(m_window->vault()->loadKeyPassphrase(id), &VaultJob::finished);
        QVERIFY(loaded.wait(20000));
        const auto stored = loaded.first().first().value<VaultResult>();
        QVERIFY(stored.found);
        QCOMPARE(stored.token, passphrase.toUtf8());
        QFile settings(settingsFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(passphrase.toUtf8()));

        // Forgotten on request.
        ProfileDialog again(&service, *m_window->profiles()->profile(id), m_window.get());
        again.show();
        QCOMPARE(child<QListWidget>(&again, "pinsList")->count(), 1);
        child<QCheckBox>(&again, "forgetPassphraseCheck")->click();
        child<QDialogButtonBox>(&again, "buttons")->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!again.isVisible());
        QSignalSpy reloaded(m_window->vault()->loadKeyPassphrase(id), &VaultJob::finished);
        QVERIFY(reloaded.wait(20000));
        QVERIFY(!reloaded.first().first().value<VaultResult>().found);
    }
};

MESHERY_GUI_TEST_MAIN(TestWindowTrust)
#include "TestWindowTrust.moc"
