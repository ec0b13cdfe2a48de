// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The reference of the login benchmark (LoginBenchmark.cpp): a bare Qt WebEngine window that
// loads the address in its argument and prints "loaded" once a page has loaded.
#include <QApplication>
#include <QWebEngineView>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QWebEngineView view;
    QObject::connect(&view, &QWebEngineView::loadFinished, [](bool ok) {
        if (ok) {
            std::puts("loaded");
            std::fflush(stdout);
        }
    });
    view.resize(900, 700);
    view.show();
    view.load(QUrl(app.arguments().value(1)));
    return app.exec();
}
