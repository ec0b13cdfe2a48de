// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Preferences.h"

#include <QtTest>

using namespace MesheryAuth;
using namespace std::chrono_literals;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> freshSettings()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings.ini"));
        QFile::remove(path);
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }

private slots:
    void defaultsWhenNothingIsStored()
    {
        const auto settings = freshSettings();
        const Preferences p = Preferences::load(*settings);
        QCOMPARE(p.clipboardClearAfter, 30s);
        QCOMPARE(p.expiryNoticeLead, 15min);
        QCOMPARE(p.rotationPeriodDays, 90);
        QCOMPARE(p.closeAction, Preferences::CloseAction::Ask);
        QVERIFY(p.language.isEmpty());
    }

    void roundTrip()
    {
        const auto settings = freshSettings();
        Preferences p;
        p.clipboardClearAfter = 45s;
        p.expiryNoticeLead = 60min;
        p.rotationPeriodDays = 0;
        p.requestTimeoutSeconds = 40;
        p.loginMethod = Preferences::LoginMethod::SystemBrowser;
        p.closeAction = Preferences::CloseAction::HideToTray;
        p.startMinimised = true;
        p.startAtLogin = true;
        p.language = QStringLiteral("de");
        p.save(*settings);
        settings->sync();
        QSettings reread(settings->fileName(), QSettings::IniFormat);
        QCOMPARE(Preferences::load(reread), p);
    }

    // The file is the user's to edit: values out of range are clamped, nonsense falls back.
    void hostileValuesAreTamed()
    {
        const auto settings = freshSettings();
        settings->setValue(QStringLiteral("preferences/clipboardClearSeconds"), 0);
        settings->setValue(QStringLiteral("preferences/expiryNoticeMinutes"), 999999999);
        settings->setValue(QStringLiteral("preferences/rotationPeriodDays"), -5);
        settings->setValue(QStringLiteral("preferences/requestTimeoutSeconds"), QStringLiteral("soon"));
        settings->setValue(QStringLiteral("preferences/loginMethod"), 7);
        settings->setValue(QStringLiteral("preferences/closeAction"), -1);
        settings->setValue(QStringLiteral("preferences/language"), QStringLiteral("../../etc/passwd"));
        const Preferences p = Preferences::load(*settings);
        QCOMPARE(p.clipboardClearAfter, std::chrono::seconds(Preferences::MinClipboardSeconds));
        QCOMPARE(p.expiryNoticeLead, std::chrono::minutes(Preferences::MaxNoticeMinutes));
        QCOMPARE(p.rotationPeriodDays, 0);
        QCOMPARE(p.requestTimeoutSeconds, Preferences{}.requestTimeoutSeconds);
        QCOMPARE(p.loginMethod, Preferences::LoginMethod::EmbeddedBrowser);
        QCOMPARE(p.closeAction, Preferences::CloseAction::Ask);
        QVERIFY(p.language.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "TestPreferences.moc"
