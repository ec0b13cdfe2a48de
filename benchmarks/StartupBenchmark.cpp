// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Measures what the embedded browser costs, to choose how to load it (see BrowserLoginPlugin.h):
//   window   the main window up, WebEngine not loaded                    -> ms to exposed, peak RSS
//   plugin   then the browser plugin loaded in-process, a login page up -> extra ms, peak RSS
//   browser  only the browser part, as a separate helper process would run it
// Each mode prints one line "mode ms=<wall ms> rss_kib=<peak resident KiB>". Run several times
// through benchmarks/run-startup.sh, which reports medians; never from a test.
#include "BrowserLoginLoader.h"
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Opens a login dialog on a dead local address and waits until its page has finished trying.
bool showLoginPage(QWidget *parent)
{
    QString problem;
    MesheryAuth::BrowserLoginFactory *factory = MesheryAuth::BrowserLoginLoader::factory(&problem);
    if (!factory) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return false;
    }
    MesheryAuth::EmbeddedLoginRequest request;
    request.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    request.providerKey = QStringLiteral("Meshery");
    QDialog *dialog = factory->createLoginDialog(request, {}, parent);
    dialog->show();
    QWidget *problemPage = dialog->findChild<QWidget *>(QStringLiteral("problemPage"));
    return QTest::qWaitFor([problemPage] { return problemPage && problemPage->isVisible(); }, 60000);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QString mode = app.arguments().value(1, QStringLiteral("window"));

    if (mode == QLatin1String("browser")) {
        if (!showLoginPage(nullptr))
            return 1;
        std::printf("browser ms=%lld rss_kib=%lld\n", clock.elapsed(), peakRssKib());
        return 0;
    }

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MesheryAuth::MainWindow window(&settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const qint64 windowMs = clock.elapsed();
    if (mode == QLatin1String("window")) {
        std::printf("window ms=%lld rss_kib=%lld\n", windowMs, peakRssKib());
        return 0;
    }
    clock.restart();
    if (!showLoginPage(&window))
        return 1;
    std::printf("plugin ms=%lld rss_kib=%lld\n", clock.elapsed(), peakRssKib());
    return 0;
}
