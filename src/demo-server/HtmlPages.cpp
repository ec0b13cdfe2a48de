// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "HtmlPages.h"

#include <QUrl>

namespace MesheryTest {

QString HtmlPages::page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%1</title>\n</head>\n<body>\n%2\n</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), body);
}

QString HtmlPages::home(const QString &signedInUser, const QString &providerKey)
{
    QString body = QStringLiteral("<h1>Meshery</h1>\n");
    if (signedInUser.isEmpty()) {
        body += QStringLiteral("<p id=\"status\">Not signed in. <a href=\"/provider\">Choose a provider</a>.</p>");
    } else {
        body += QStringLiteral("<p id=\"status\">Signed in as <span id=\"user\">%1</span> with %2.</p>\n"
                               "<p><a href=\"/user/logout\">Log out</a></p>")
                    .arg(signedInUser.toHtmlEscaped(), providerKey.toHtmlEscaped());
    }
    return page(QStringLiteral("Meshery"), body);
}

QString HtmlPages::providerChooser(const QStringList &providerKeys)
{
    QString items;
    for (const QString &key : providerKeys) {
        const QString href =
            QStringLiteral("/api/provider?provider=") + QString::fromLatin1(QUrl::toPercentEncoding(key));
        items += QStringLiteral("<li><a class=\"provider\" href=\"%1\">%2</a></li>\n")
                     .arg(href.toHtmlEscaped(), key.toHtmlEscaped());
    }
    return page(QStringLiteral("Meshery - Choose a provider"),
                QStringLiteral("<h1>Choose a provider</h1>\n<ul id=\"providers\">\n%1</ul>").arg(items));
}

QString HtmlPages::loginForm(const QList<QPair<QString, QString>> &hiddenFields, const QString &userName,
                             const QString &error, const QString &password, bool sendsItself)
{
    QString hidden;
    for (const auto &field : hiddenFields) {
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                      .arg(field.first.toHtmlEscaped(), field.second.toHtmlEscaped());
    }
    const QString errorLine =
        error.isEmpty() ? QString() : QStringLiteral("<p id=\"error\">%1</p>\n").arg(error.toHtmlEscaped());
    const QString body =
        QStringLiteral(
            "<h1>Sign in to the provider</h1>\n"
            "<p id=\"hint\">This is the test and demo provider of Meshery Auth: sign in with any user name and "
            "the password <code>%4</code>.</p>\n%1"
            "<form id=\"login-form\" method=\"post\" action=\"/provider-site/login\">\n%2"
            "<label for=\"username\">User name</label>\n"
            "<input type=\"text\" name=\"username\" id=\"username\" value=\"%3\" autocomplete=\"username\" autofocus>\n"
            "<label for=\"password\">Password</label>\n"
            "<input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\">\n"
            "<button type=\"submit\" id=\"submit\">Sign in</button>\n"
            "</form>%5")
            .arg(errorLine, hidden, userName.toHtmlEscaped(), password.toHtmlEscaped(),
                 // The password is the one the hint shows: nothing to escape into the script.
                 sendsItself ? QStringLiteral("\n<script>document.getElementById('password').value = "
                                              "document.querySelector('#hint code').textContent;"
                                              "document.getElementById('submit').click();</script>")
                             : QString());
    return page(QStringLiteral("Sign in - Meshery test provider"), body);
}

QString HtmlPages::error(const QString &title, const QString &message)
{
    return page(
        title,
        QStringLiteral("<h1>%1</h1>\n<p id=\"error\">%2</p>").arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
}

QString HtmlPages::signInRequired()
{
    return page(QStringLiteral("Meshery"),
                QStringLiteral("<div id=\"root\">\n<h1>Meshery</h1>\n<p>Your session has ended. "
                               "<a href=\"/provider\">Sign in</a> to continue.</p>\n</div>"));
}

} // namespace MesheryTest
