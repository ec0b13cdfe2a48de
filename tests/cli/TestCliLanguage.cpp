// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli in the user's language: the system's (LANG, or LANGUAGE beside C.UTF-8 where
// glibc has no de_DE.UTF-8; Qt reads both itself), and the Settings' language over it, as the
// window. Its --help and a usage error are compared with the same run under C.UTF-8: no prose
// line of the English output may be left in the German.
#include "CliTestCase.h"
#include "Preferences.h"

#include <QRegularExpression>

class TestCliLanguage : public CliTestCase
{
    Q_OBJECT

private:
    // The run, with the given locale variables only and the Settings' language.
    CliRun runIn(const QStringList &locale, const QString &preferred, const QStringList &arguments)
    {
        if (!preferred.isNull()) {
            // Saved as the Settings dialog saves it, in the file the CLI reads.
            MesheryAuth::Preferences preferences;
            preferences.language = preferred;
            preferences.save(*Core().settings);
        }
        QProcessEnvironment environment = this->environment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
            environment.remove(QLatin1String(name));
        for (const QString &variable : locale)
            environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        return CliProcess(environment, arguments).wait();
    }

    // The lines of English prose in output (words that are not option names), trimmed.
    static QStringList proseLines(const QString &output)
    {
        static const QRegularExpression word(QStringLiteral("(?<![-\\w])[a-z]{3,}\\b"));
        QStringList lines;
        for (const QString &line : output.split(QLatin1Char('\n'))) {
            if (line.contains(word))
                lines << line.trimmed();
        }
        return lines;
    }

    // Fails listing each English prose line still in translated.
    static bool translated(const QString &english, const QString &translated, QByteArray *left)
    {
        const QStringList lines = proseLines(english);
        for (const QString &line : lines) {
            if (translated.contains(line))
                *left += line.toUtf8() + '\n';
        }
        return !lines.isEmpty() && left->isEmpty();
    }

private slots:
    void speaksTheChosenLanguage_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<QString>("preferred");
        QTest::newRow("LANG=de_DE.UTF-8") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << QString();
        QTest::newRow("C.UTF-8 and LANGUAGE=de")
            << QStringList{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LANGUAGE=de")} << QString();
        QTest::newRow("preference de over LANG=en_US.UTF-8")
            << QStringList{QStringLiteral("LANG=en_US.UTF-8")} << QStringLiteral("de");
        // A language the CLI does not have is no choice: the system's stands.
        QTest::newRow("unknown preference, LANG=de_DE.UTF-8")
            << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << QStringLiteral("xx");
    }

    void speaksTheChosenLanguage()
    {
        QFETCH(QStringList, locale);
        QFETCH(QString, preferred);
        const QStringList english{QStringLiteral("LANG=C.UTF-8")};
        const QStringList unknownCommand{QStringLiteral("frobnicate")};

        const CliRun englishHelp = runIn(english, {}, {QStringLiteral("--help")});
        const CliRun englishError = runIn(english, {}, unknownCommand);
        QVERIFY2(englishHelp.outText().startsWith(QLatin1String("Usage: ")), englishHelp.describe());
        QVERIFY2(englishError.exitCode == 2, englishError.describe());

        const CliRun help = runIn(locale, preferred, {QStringLiteral("--help")});
        const CliRun error = runIn(locale, preferred, unknownCommand);
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(error.exitCode, 2);
        QByteArray left;
        QVERIFY2(translated(englishHelp.outText(), help.outText(), &left), "English left in --help:\n" + left);
        QVERIFY2(translated(englishError.errText(), error.errText(), &left), "English left in the error:\n" + left);
    }

    // The preference wins over the system: Spanish under a German LANG.
    void preferenceOverridesTheSystem()
    {
        const QStringList german{QStringLiteral("LANG=de_DE.UTF-8")};
        const CliRun inGerman = runIn(german, {}, {QStringLiteral("--help")});
        const CliRun inSpanish = runIn(german, QStringLiteral("es"), {QStringLiteral("--help")});
        QCOMPARE(inSpanish.exitCode, 0);
        QByteArray left;
        QVERIFY2(translated(inGerman.outText(), inSpanish.outText(), &left), "German left under es:\n" + left);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
