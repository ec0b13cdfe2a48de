// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

namespace GuiTest {

// Stands in for the system browser (QDesktopServices::setUrlHandler(scheme, this, "open")):
// notes what the app asked it to open, and opens nothing.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

} // namespace GuiTest
