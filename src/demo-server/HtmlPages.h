// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The few HTML pages a browser sees on a Meshery server and its provider's site. Real forms and
// links, so an embedded browser can go through the sign-in with nothing but clicks.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace MesheryTest {

class HtmlPages
{
public:
    // Meshery's home page; names the user when someone is signed in.
    static QString home(const QString &signedInUser, const QString &providerKey);
    // Links to /api/provider?provider=KEY.
    static QString providerChooser(const QStringList &providerKeys);
    // The provider's sign-in form, saying which password it takes (it is a demo, not a secret).
    // hiddenFields travel with the POST (source, ref, ...). sendsItself: a script fills in the
    // password and sends the form as soon as the page loads (ServerOptions::signInAutomaticallyAs).
    static QString loginForm(const QList<QPair<QString, QString>> &hiddenFields, const QString &userName,
                             const QString &error, const QString &password, bool sendsItself = false);
    static QString error(const QString &title, const QString &message);
    // What a proxy or an expired session shows where an API client expected JSON.
    static QString signInRequired();

private:
    static QString page(const QString &title, const QString &body);
};

} // namespace MesheryTest
