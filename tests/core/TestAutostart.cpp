// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The XDG autostart entry, written into the throw-away XDG_CONFIG_HOME the test runs in.
#include "Autostart.h"
#include "FreshHome.h"

#include <QSettings>
#include <QtTest>

using namespace MesheryAuth;

class TestAutostart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (freshHome().isEmpty())
            QFAIL(MESHERY_FRESH_HOME_REQUIRED);
    }

    void entryIsInTheXdgConfigFolder()
    {
        QCOMPARE(Autostart::entryPath(),
                 qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/autostart/io.meshery.MesheryAuth.desktop"));
    }

    void enablingWritesAValidEntryAndDisablingRemovesIt()
    {
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::setEnabled(true).isOk());
        QVERIFY(QFileInfo::exists(Autostart::entryPath()));
        QVERIFY(Autostart::isEnabled());

        // A desktop entry is an INI file: read it as one.
        QSettings entry(Autostart::entryPath(), QSettings::IniFormat);
        entry.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(entry.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("meshery-auth"));
        QCOMPARE(entry.value(QStringLiteral("X-GNOME-Autostart-enabled")).toString(), QStringLiteral("true"));
        QVERIFY(!entry.value(QStringLiteral("Name")).toString().isEmpty());

        // Enabling twice replaces the entry; no temporary file is left beside it.
        QVERIFY(Autostart::setEnabled(true).isOk());
        QCOMPARE(QDir(QFileInfo(Autostart::entryPath()).absolutePath()).entryList(QDir::Files).size(), 1);

        QVERIFY(Autostart::setEnabled(false).isOk());
        QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::setEnabled(false).isOk()); // nothing to remove is no failure
    }

    void aFolderThatCannotBeWrittenIsReported()
    {
        const QString folder = QFileInfo(Autostart::entryPath()).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard(
            [&folder] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
        if (QFileInfo(folder).isWritable())
            QSKIP("running as root: permissions do not stop the write");
        const ApiError error = Autostart::setEnabled(true);
        QCOMPARE(error.kind(), ApiError::Kind::SettingsNotWritable);
        QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "TestAutostart.moc"
