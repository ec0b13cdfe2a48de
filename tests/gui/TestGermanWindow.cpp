// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The real window in German, chosen as the app chooses it (installTranslations() with the
// preference from the settings file, else the system's locale; CTest runs this under
// LANG=de_DE.UTF-8, and under an English LANG with Preferences::language = "de"). Every text
// the window shows or tells a screen reader, in its first-run, server-open and signed-in states,
// is compared with the same window's texts built before any translation was installed: one left
// in English (a string missing from the .ts file, or never passed through tr()) fails the test.
#include "EmbeddedLoginJob.h"
#include "GuiTestSupport.h"
#include "Preferences.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

using namespace MesheryAuth;
using GuiTest::child;

namespace {

// Words that are the same in both languages, each with its reason.
const QStringList &sameInGerman()
{
    static const QStringList words{
        QStringLiteral("Meshery"), // the product and the test server's provider: a name
        QStringLiteral("Meshery Auth"), // the product's name
        QStringLiteral("Local"), // the test server's provider name, data from the server
        QStringLiteral("Token"), // German uses the English word
        QStringLiteral("Server"), // likewise
        QStringLiteral("OK"),
    };
    return words;
}

// "&Log in" -> "Log in"; "&&" stays one "&".
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

// Where a text was seen, by what it is: "loginButton text".
using Texts = QMap<QString, QString>;

void add(Texts &texts, const QString &where, const QString &text)
{
    const QString plain = withoutMnemonic(text);
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    if (plain.contains(letters))
        texts.insert(plain, where);
}

void addActions(Texts &texts, const QString &where, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        const QString name = where + QLatin1Char('/') + withoutMnemonic(action->text());
        add(texts, name + QStringLiteral(" text"), action->text());
        add(texts, name + QStringLiteral(" tooltip"), action->toolTip());
        add(texts, name + QStringLiteral(" status tip"), action->statusTip());
        if (action->menu())
            addActions(texts, name, action->menu()->actions());
    }
}

// Everything a user can read or hear in the window now, menus included (each opened first, as
// some fill themselves then).
Texts textsOf(QMainWindow *window)
{
    Texts texts;
    add(texts, QStringLiteral("window title"), window->windowTitle());
    add(texts, QStringLiteral("status bar"), window->statusBar()->currentMessage());
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (auto *menu = qobject_cast<QMenu *>(widget)) {
            emit menu->aboutToShow();
            addActions(texts, QStringLiteral("menu ") + menu->objectName(), menu->actions());
            continue;
        }
        if (widget != window && !widget->isVisibleTo(window))
            continue;
        const QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                            : widget->objectName();
        add(texts, name + QStringLiteral(" tooltip"), widget->toolTip());
        add(texts, name + QStringLiteral(" what's this"), widget->whatsThis());
        add(texts, name + QStringLiteral(" accessible name"), widget->accessibleName());
        add(texts, name + QStringLiteral(" accessible description"), widget->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(texts, name + QStringLiteral(" text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(texts, name + QStringLiteral(" text"), button->text());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(texts, name + QStringLiteral(" title"), group->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(texts, name + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(texts, name + QStringLiteral(" item"), combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(texts, name + QStringLiteral(" tab"), tabs->tabText(i));
                add(texts, name + QStringLiteral(" tab tooltip"), tabs->tabToolTip(i));
            }
        }
        if (auto *bar = qobject_cast<QMenuBar *>(widget))
            addActions(texts, QStringLiteral("menu bar"), bar->actions());
    }
    return texts;
}

} // namespace

class TestGermanWindow : public GuiTest::WindowTestCase
{
    Q_OBJECT

private:
    // The window's texts in its three states: first run, a server open, signed in.
    Texts walkWindow()
    {
        Texts texts;
        m_server = std::make_unique<MesheryTest::MesheryTestServer>();
        if (!m_server->start())
            return texts;
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return texts;
        texts.insert(textsOf(m_window.get()));
        if (!GuiTest::showOnServer(*m_window, m_server->baseUrl()))
            return texts;
        texts.insert(textsOf(m_window.get()));
        GuiTest::signInWithPastedToken(*m_window, m_server->issueToken(QStringLiteral("a1")));
        texts.insert(textsOf(m_window.get()));
        m_walked = true;
        return texts;
    }

    bool m_walked = false;

private slots:
    void everyTextIsGerman()
    {
        QVERIFY(m_dir.isValid());
        // The same window before any translation: the English texts.
        useFreshSettings();
        const Texts english = walkWindow();
        QVERIFY2(m_walked, "the English window could not be walked");
        QVERIFY(closeWindow());

        // As main() does: the preferences first, then the translations.
        useFreshSettings();
        const QByteArray preferred = qgetenv("MESHERY_TEST_PREFERRED_LANGUAGE");
        if (!preferred.isEmpty()) {
            Preferences preferences;
            preferences.language = QString::fromLatin1(preferred);
            preferences.save(*m_settings);
        }
        QCOMPARE(installTranslations(Preferences::load(*m_settings).language), QStringLiteral("de"));
        QCOMPARE(installedLanguage(), QStringLiteral("de"));
        // Qt's own texts (dialog buttons) from Debian's qt6-translations-l10n.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

        m_walked = false;
        const Texts german = walkWindow();
        QVERIFY2(m_walked, "the German window could not be walked");
        QVERIFY2(german.size() > 20, "too few texts: the walk did not reach the window");
        // Data, not the window's words: server addresses and the test server's user "a1".
        static const QRegularExpression data(QStringLiteral("^(a1[ @]|https?://\\S+$)"));
        QStringList leftInEnglish;
        for (auto text = german.cbegin(); text != german.cend(); ++text) {
            if (english.contains(text.key())
                && !sameInGerman().contains(QString(text.key()).remove(QRegularExpression(QStringLiteral(":$"))))
                && !text.key().contains(data))
                leftInEnglish << QStringLiteral("%1: \"%2\"").arg(text.value(), text.key());
        }
        QVERIFY2(leftInEnglish.isEmpty(),
                 qPrintable(QStringLiteral("%1 English text(s) in the German window:\n").arg(leftInEnglish.size())
                            + leftInEnglish.join(QLatin1Char('\n'))));

        // The browser helper is told the window's language.
        GuiTest::chooseProvider(*m_window, QStringLiteral("Meshery"));
        m_window->loginController()->logIn(LoginController::Method::EmbeddedBrowser);
        const QPointer<EmbeddedLoginJob> login = m_window->loginController()->embeddedLogin();
        QVERIFY(login);
        QTRY_VERIFY(login->helperId() > 0);
        // Read until the helper has replaced this process's image (right after the fork it is a copy).
        const auto commandLine = [&login] {
            QFile file(QStringLiteral("/proc/%1/cmdline").arg(login->helperId()));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QTRY_VERIFY(commandLine().contains(EmbeddedLoginJob::HelperName));
        QVERIFY2(commandLine().endsWith(QByteArray(BrowserHelper::LanguageOption) + '\0' + "de" + '\0'),
                 "the browser helper was not told the window's language");
        login->cancel();
        QVERIFY(closeWindow());
    }
};

// Not MESHERY_GUI_TEST_MAIN: the translations are the test's to install, as main() does.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestGermanWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestGermanWindow.moc"
