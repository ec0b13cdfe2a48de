// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// AppSettings::open and the settings file's write lock (QSettings' "<file>.lock"): a lock a killed
// process left empty is removed, one a live process holds is not.
#include "AppSettings.h"

#include <QLockFile>
#include <QtTest>

using namespace MesheryAuth;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("settings.conf")); }
    QString lockPath() const { return path() + QStringLiteral(".lock"); }

    void leaveEmptyLock(const QDateTime &modified)
    {
        QFile lock(lockPath());
        QVERIFY(lock.open(QIODevice::WriteOnly));
        QVERIFY(lock.setFileTime(modified, QFileDevice::FileModificationTime));
    }

    // A value written through the settings reaches the file, and no lock is left behind.
    void writes(QSettings &settings)
    {
        settings.setValue(QStringLiteral("probe"), 42);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        QCOMPARE(QSettings(path(), QSettings::IniFormat).value(QStringLiteral("probe")).toInt(), 42);
        QVERIFY(!QFileInfo::exists(lockPath()));
    }

private slots:
    void init()
    {
        QFile::remove(path());
        QFile::remove(lockPath());
    }

    void anOldEmptyLockIsRemoved()
    {
        leaveEmptyLock(QDateTime::currentDateTime().addSecs(-5));
        const auto settings = AppSettings::open(path());
        QVERIFY(!QFileInfo::exists(lockPath()));
        writes(*settings);
    }

    // The case of a kill just before this start: removed after a short grace, not after Qt's 30 s.
    void aFreshEmptyLockIsRemovedToo()
    {
        leaveEmptyLock(QDateTime::currentDateTime());
        const auto settings = AppSettings::open(path());
        QVERIFY(!QFileInfo::exists(lockPath()));
        writes(*settings);
    }

    void aLockALiveProcessHoldsIsKept()
    {
        QLockFile held(lockPath());
        QVERIFY(held.tryLock());
        const QDateTime old = QDateTime::currentDateTime().addSecs(-5);
        {
            QFile lock(lockPath());
            QVERIFY(lock.open(QIODevice::ReadWrite));
            QVERIFY(lock.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const auto settings = AppSettings::open(path());
        QVERIFY(QFileInfo::exists(lockPath()));
        QVERIFY(QFileInfo(lockPath()).size() > 0);
        held.unlock();
        writes(*settings);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
