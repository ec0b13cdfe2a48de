// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The Settings dialog, opened from the window as a user does: OK saves the choices and each takes
// effect in the window (and the autostart entry); Cancel changes nothing. In a throw-away HOME:
// the autostart entry goes to its XDG_CONFIG_HOME.
#include "Autostart.h"
#include "FreshHome.h"
#include "GuiTestSupport.h"
#include "OpenedUrls.h"
#include "Preferences.h"
#include "ProfileStore.h"
#include "SecretClipboard.h"
#include "ServersMenu.h"
#include "SettingsDialog.h"

#include <QtWidgets>

using namespace MesheryAuth;
using namespace std::chrono_literals;
using GuiTest::child;

using GuiTest::OpenedUrls;

static QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(10000);
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

// The WM_HINTS (as xprop prints them) of the "Meshery Auth" window process pid shows; empty
// while it shows none.
static QString windowHintsOf(qint64 pid)
{
    static const QRegularExpression window(QStringLiteral("^\\s+(0x[0-9a-f]+) \"Meshery Auth\""));
    for (const QString &line :
         run(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")}).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = window.match(line);
        if (!match.hasMatch())
            continue;
        const QString id = match.captured(1);
        const QString properties =
            run(QStringLiteral("xprop"),
                {QStringLiteral("-id"), id, QStringLiteral("_NET_WM_PID"), QStringLiteral("WM_HINTS")});
        if (properties.contains(QStringLiteral("_NET_WM_PID(CARDINAL) = %1\n").arg(pid)))
            return properties;
    }
    return {};
}

class TestSettingsDialog : public GuiTest::WindowTestCase
{
    Q_OBJECT

private:
    void openWindow()
    {
        m_server = std::make_unique<MesheryTest::MesheryTestServer>();
        QVERIFY(m_server->start());
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(GuiTest::showOnServer(*m_window, m_server->baseUrl()));
    }

    // Opens the dialog with its shortcut, as from the keyboard.
    SettingsDialog *openSettings()
    {
        // Window shortcuts work in the active window only; a missed one shows as no dialog.
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the window did not become active");
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        return GuiTest::waitForDialog<SettingsDialog>("settingsDialog");
    }

    // Every shown field away from its default.
    static void changeEverything(SettingsDialog *dialog)
    {
        child<QSpinBox>(dialog, "clipboardSpin")->setValue(45);
        child<QSpinBox>(dialog, "timeoutSpin")->setValue(42);
        auto *method = child<QComboBox>(dialog, "loginMethodCombo");
        method->setCurrentIndex(method->findData(int(Preferences::LoginMethod::SystemBrowser)));
        child<QSpinBox>(dialog, "noticeLeadSpin")->setValue(25);
        child<QSpinBox>(dialog, "rotationSpin")->setValue(0);
        auto *closing = child<QComboBox>(dialog, "closeActionCombo");
        closing->setCurrentIndex(closing->findData(int(Preferences::CloseAction::HideToTray)));
        auto *language = child<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        child<QCheckBox>(dialog, "startAtLoginCheck")->setChecked(true);
        child<QCheckBox>(dialog, "startMinimisedCheck")->setChecked(true);
    }

    static void press(SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(which), Qt::LeftButton);
    }

    // What a copied secret's countdown starts at: the clipboard's clear time.
    int clipboardClearSeconds()
    {
        m_window->clipboard()->copySecret(QByteArrayLiteral("not-a-token"), QStringLiteral("Test"));
        const int seconds = m_window->clipboard()->secondsLeft();
        m_window->clipboard()->clearIfOurs();
        return seconds;
    }

    // The preferences as a fresh read of the settings file has them.
    Preferences savedPreferences()
    {
        QSettings file(m_settings->fileName(), QSettings::IniFormat);
        return Preferences::load(file);
    }

private slots:
    void initTestCase()
    {
        if (freshHome().isEmpty())
            QFAIL(MESHERY_FRESH_HOME_REQUIRED);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        useFreshSettings();
        QFile::remove(Autostart::entryPath());
    }

    void cleanup()
    {
        QVERIFY(closeWindow());
        QFile::remove(Autostart::entryPath());
    }

    void theActionHasThePreferencesShortcutAndSitsInTheServersMenu()
    {
        openWindow();
        QAction *action = m_window->settingsAction();
        QVERIFY(action);
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        QVERIFY(child<QToolButton>(m_window.get(), "serversButton")->menu()->actions().contains(action));
        QVERIFY(m_window->actions().contains(action));
    }

    void okSavesEveryChoiceAndEachTakesEffect()
    {
        openWindow();
        const QUrl existing = m_window->session()->profile().serverUrl;
        QCOMPARE(clipboardClearSeconds(), 30);

        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        changeEverything(dialog);
        press(dialog, QDialogButtonBox::Ok);
        QTRY_VERIFY(!GuiTest::waitForDialog<SettingsDialog>("settingsDialog", 0));

        // In the settings file.
        const Preferences saved = savedPreferences();
        QCOMPARE(saved.clipboardClearAfter, 45s);
        QCOMPARE(saved.requestTimeoutSeconds, 42);
        QCOMPARE(saved.loginMethod, Preferences::LoginMethod::SystemBrowser);
        QVERIFY(saved.startAtLogin);
        QVERIFY(saved.startMinimised);
        QCOMPARE(saved.expiryNoticeLead, 25min);
        QCOMPARE(saved.rotationPeriodDays, 0);
        QCOMPARE(saved.closeAction, Preferences::CloseAction::HideToTray);
        QCOMPARE(saved.language, QStringLiteral("de"));
        QVERIFY(m_window->preferences() == saved);

        // The clipboard clears after the new time.
        QCOMPARE(clipboardClearSeconds(), 45);

        // A server added now gets the new timeout; the one there before keeps its own.
        m_window->openServer(QStringLiteral("http://127.0.0.1:9/"));
        const auto added = m_window->profiles()->findByServer(QUrl(QStringLiteral("http://127.0.0.1:9/")));
        QVERIFY(added);
        QCOMPARE(added->timeoutSeconds, 42);
        QCOMPARE(m_window->profiles()->findByServer(existing)->timeoutSeconds, ServerProfile::DefaultTimeoutSeconds);
        // So does one added with Servers… › Add server…, whose form starts with it and with an
        // empty address and name (the name then comes from the address typed).
        int offered = 0;
        QString nameOffered = QStringLiteral("(no dialog)");
        QTimer::singleShot(0, m_window.get(), [&offered, &nameOffered] {
            auto *adding = GuiTest::waitForDialog<QDialog>("ProfileDialog");
            if (!adding)
                return;
            offered = child<QSpinBox>(adding, "timeoutSpin")->value();
            nameOffered = child<QLineEdit>(adding, "nameEdit")->text() + child<QLineEdit>(adding, "urlEdit")->text();
            child<QLineEdit>(adding, "urlEdit")->setText(QStringLiteral("http://127.0.0.1:8/via-dialog"));
            child<QDialogButtonBox>(adding, "buttons")->button(QDialogButtonBox::Ok)->click();
        });
        m_window->serversMenu()->addServer();
        QCOMPARE(offered, 42);
        QCOMPARE(nameOffered, QString());
        const auto viaDialog =
            m_window->profiles()->findByServer(QUrl(QStringLiteral("http://127.0.0.1:8/via-dialog")));
        QVERIFY(viaDialog);
        QCOMPARE(viaDialog->name, QStringLiteral("127.0.0.1:8"));
        QCOMPARE(viaDialog->timeoutSeconds, 42);
        m_window->openServer(existing.toString());
        QTRY_VERIFY(child<QComboBox>(m_window.get(), "providerCombo")->findData(QStringLiteral("Meshery")) >= 0);

        // The main Log in button now runs the system browser's login, not the embedded one.
        OpenedUrls browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        const auto unregister = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
        GuiTest::chooseProvider(*m_window, QStringLiteral("Meshery"));
        auto *login = child<QToolButton>(m_window.get(), "loginButton");
        QTRY_VERIFY(login->isEnabled());
        QTest::mouseClick(login, Qt::LeftButton);
        auto *systemLogin = GuiTest::waitForDialog<QDialog>("systemBrowserLoginDialog");
        QVERIFY(systemLogin);
        QVERIFY(!m_window->loginController()->embeddedLogin());
        QTRY_COMPARE(browser.urls.size(), 1);
        systemLogin->reject();

        // Starting at login: the autostart entry, with the installed program's name.
        QVERIFY(QFileInfo::exists(Autostart::entryPath()));
        QSettings entry(Autostart::entryPath(), QSettings::IniFormat);
        QCOMPARE(entry.value(QStringLiteral("Desktop Entry/Exec")).toString(), QStringLiteral("meshery-auth"));

        // And unchecking it removes the entry.
        dialog = openSettings();
        QVERIFY(dialog);
        QVERIFY(child<QCheckBox>(dialog, "startAtLoginCheck")->isChecked());
        child<QCheckBox>(dialog, "startAtLoginCheck")->setChecked(false);
        press(dialog, QDialogButtonBox::Ok);
        QTRY_VERIFY(!QFileInfo::exists(Autostart::entryPath()));
        QVERIFY(!savedPreferences().startAtLogin);
    }

    void cancelChangesNothing()
    {
        openWindow();
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        changeEverything(dialog);
        press(dialog, QDialogButtonBox::Cancel);
        QTRY_VERIFY(!GuiTest::waitForDialog<SettingsDialog>("settingsDialog", 0));

        m_settings->sync();
        QVERIFY(!m_settings->childGroups().contains(QStringLiteral("preferences")));
        QVERIFY(m_window->preferences() == Preferences());
        QCOMPARE(clipboardClearSeconds(), 30);
        QCOMPARE(m_window->defaultLoginMethod(), LoginController::Method::EmbeddedBrowser);
        QCOMPARE(m_window->profiles()->newProfile().timeoutSeconds, ServerProfile::DefaultTimeoutSeconds);
        QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
    }

    void savedChoicesApplyAtStartAndRestoreDefaultsResetsTheFields()
    {
        Preferences chosen;
        chosen.clipboardClearAfter = 90s;
        chosen.requestTimeoutSeconds = 60;
        chosen.loginMethod = Preferences::LoginMethod::SystemBrowser;
        chosen.expiryNoticeLead = 5min;
        chosen.rotationPeriodDays = 30;
        chosen.closeAction = Preferences::CloseAction::Quit;
        chosen.language = QStringLiteral("es");
        chosen.save(*m_settings);
        openWindow();
        QCOMPARE(clipboardClearSeconds(), 90);
        QCOMPARE(m_window->defaultLoginMethod(), LoginController::Method::SystemBrowser);
        QCOMPARE(m_window->profiles()->newProfile().timeoutSeconds, 60);

        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        QCOMPARE(child<QSpinBox>(dialog, "clipboardSpin")->value(), 90);
        QCOMPARE(child<QSpinBox>(dialog, "timeoutSpin")->value(), 60);
        QCOMPARE(child<QSpinBox>(dialog, "noticeLeadSpin")->value(), 5);
        QCOMPARE(child<QSpinBox>(dialog, "rotationSpin")->value(), 30);
        // The unit in the plural form its number needs.
        QCOMPARE(child<QSpinBox>(dialog, "rotationSpin")->text(), QStringLiteral("30 days"));
        child<QSpinBox>(dialog, "rotationSpin")->setValue(1);
        QCOMPARE(child<QSpinBox>(dialog, "rotationSpin")->text(), QStringLiteral("1 day"));
        QCOMPARE(child<QComboBox>(dialog, "closeActionCombo")->currentData().toInt(),
                 int(Preferences::CloseAction::Quit));
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentText(), QStringLiteral("Español"));
        press(dialog, QDialogButtonBox::RestoreDefaults);
        QCOMPARE(child<QSpinBox>(dialog, "clipboardSpin")->value(), 30);
        QCOMPARE(child<QSpinBox>(dialog, "timeoutSpin")->value(), ServerProfile::DefaultTimeoutSeconds);
        QCOMPARE(child<QComboBox>(dialog, "loginMethodCombo")->currentData().toInt(),
                 int(Preferences::LoginMethod::EmbeddedBrowser));
        QCOMPARE(child<QSpinBox>(dialog, "noticeLeadSpin")->value(), 15);
        QCOMPARE(child<QSpinBox>(dialog, "rotationSpin")->value(), 90);
        QCOMPARE(child<QComboBox>(dialog, "closeActionCombo")->currentData().toInt(),
                 int(Preferences::CloseAction::Ask));
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), QString());
        press(dialog, QDialogButtonBox::Ok);
        QTRY_VERIFY(m_window->preferences() == Preferences());
        QVERIFY(savedPreferences() == Preferences());
        QCOMPARE(clipboardClearSeconds(), 30);
    }

    void theAppStartsMinimisedWhenSet_data()
    {
        QTest::addColumn<bool>("minimised");
        QTest::newRow("minimised") << true;
        QTest::newRow("as usual") << false;
    }

    void theAppStartsMinimisedWhenSet()
    {
        // The shipped binary, with a settings file of its own that says so.
        QFETCH(bool, minimised);
        const QString configHome = m_dir.filePath(QStringLiteral("app-config"));
        {
            QSettings appSettings(configHome + QStringLiteral("/meshery-auth/meshery-auth.conf"), QSettings::IniFormat);
            Preferences preferences;
            preferences.startMinimised = minimised;
            preferences.save(appSettings);
        }
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QCoreApplication::applicationDirPath() + QStringLiteral("/meshery-auth"));
        QVERIFY(app.waitForStarted());
        const auto stop = qScopeGuard([&app] {
            app.terminate();
            if (!app.waitForFinished(10000))
                app.kill();
        });
        QString hints;
        QTRY_VERIFY_WITH_TIMEOUT(!(hints = windowHintsOf(app.processId())).isEmpty(), 30000);
        // Qt asks the window manager for the iconic state through the window's first WM_HINTS;
        // a window shown as usual leaves the initial state unset (normal).
        QCOMPARE(hints.contains(QLatin1String("Initial state is Iconic")), minimised);
    }

    void theLanguagesAreOfferedByTheirOwnNames()
    {
        // A language the build lacks (a hand-edited file) shows as the system's, not as a blank.
        Preferences unknown;
        unknown.language = QStringLiteral("xx");
        unknown.save(*m_settings);
        openWindow();
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        auto *language = child<QComboBox>(dialog, "languageCombo");
        QStringList offered;
        for (int i = 0; i < language->count(); ++i)
            offered << language->itemText(i);
        QCOMPARE(offered.mid(1),
                 (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Español")}));
        QCOMPARE(language->currentIndex(), 0);
        QCOMPARE(dialog->preferences().language, QString());
        dialog->reject();
    }

    void everyFieldHasALabelAndAnAccessibleName()
    {
        openWindow();
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        for (const char *name : {"clipboardSpin", "timeoutSpin", "loginMethodCombo", "noticeLeadSpin", "rotationSpin",
                                 "closeActionCombo", "languageCombo"}) {
            auto *field = child<QWidget>(dialog, name);
            QVERIFY2(!field->accessibleName().isEmpty(), name);
            bool labelled = false;
            for (QLabel *label : dialog->findChildren<QLabel *>())
                labelled = labelled || label->buddy() == field;
            QVERIFY2(labelled, name);
        }
        // Keyboard alone: Escape closes it without saving.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!GuiTest::waitForDialog<SettingsDialog>("settingsDialog", 0));
        QVERIFY(!m_settings->childGroups().contains(QStringLiteral("preferences")));
    }
};

MESHERY_GUI_TEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
