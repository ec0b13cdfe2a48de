// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The reference of benchmarks/run-startup.sh: what a plain Qt Widgets window costs on this machine.
// A QMainWindow with a combo box, a label and a button, and the QApplication set up as
// src/app/main.cpp does it, without any application attribute, icon, translation or settings:
// whatever meshery-auth costs beyond this is its own.
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("meshery-auth-bare-window"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bare Qt window"));
    QApplication::setOrganizationName(QStringLiteral("meshery-auth"));

    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    auto *choice = new QComboBox(central);
    choice->addItems({QStringLiteral("Meshery"), QStringLiteral("GitHub"), QStringLiteral("Google")});
    layout->addWidget(choice);
    layout->addWidget(new QLabel(QStringLiteral("Not signed in"), central));
    layout->addWidget(new QPushButton(QStringLiteral("Log in"), central));
    window.setCentralWidget(central);
    window.show();
    return app.exec();
}
