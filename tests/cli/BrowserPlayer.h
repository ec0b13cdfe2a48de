// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A browser, as far as the system-browser login needs one: opens the provider's login page,
// submits its form with the user's name and password (plus the fields the login URL carries),
// and follows the provider's redirect back to the CLI's loopback listener.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

class BrowserPlayer
{
public:
    BrowserPlayer() { m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); }

    // The status of the listener's "you can close this window" page, or a negative step
    // number where the walk stopped.
    int signIn(const QUrl &loginUrl, const QString &user, const QString &password)
    {
        QNetworkReply *page = send(QNetworkRequest(loginUrl));
        if (!page || status(page) != 200)
            return -1;
        static const QRegularExpression formAction(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
        const QRegularExpressionMatch action = formAction.match(QString::fromUtf8(page->readAll()));
        if (!action.hasMatch())
            return -2;

        QUrlQuery form(loginUrl); // source, provider_version, meshery_version: the form's hidden fields
        form.addQueryItem(QStringLiteral("username"), user);
        form.addQueryItem(QStringLiteral("password"), password);
        QNetworkRequest post(loginUrl.resolved(QUrl(action.captured(1))));
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *answer = send(post, form.toString(QUrl::FullyEncoded).toUtf8());
        if (!answer || status(answer) != 302)
            return -3;
        m_callback = loginUrl.resolved(QUrl::fromEncoded(answer->rawHeader("Location")));
        QNetworkReply *back = send(QNetworkRequest(m_callback));
        return back ? status(back) : -4;
    }

    QUrl callback() const { return m_callback; }

private:
    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &body = {})
    {
        QNetworkReply *reply = body.isNull() ? m_network.get(request) : m_network.post(request, body);
        reply->setParent(&m_network);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(20000))
            return nullptr;
        return reply;
    }

    QNetworkAccessManager m_network;
    QUrl m_callback;
};
