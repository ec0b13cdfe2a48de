// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SystemBrowserLogin.h"

#include "WebAddress.h"

#include <QUrlQuery>

namespace MesheryAuth {

SystemBrowserLogin::SystemBrowserLogin(QObject *parent)
    : QObject(parent)
{
    m_timeLimit.setSingleShot(true);
    connect(&m_timeLimit, &QTimer::timeout, this, [this] {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_options.timeLimit).count();
        finishWith(ApiError(ApiError::Kind::Timeout,
                            tr("No login arrived within %n minute(s).", nullptr, int(std::max<qint64>(minutes, 1)))));
    });
    connect(&m_listener, &LoopbackCallbackListener::tokenReceived, this, &SystemBrowserLogin::onTokenReceived);
    connect(&m_listener, &LoopbackCallbackListener::tokenRefused, this, &SystemBrowserLogin::finishWith);
}

QUrl SystemBrowserLogin::providerLoginUrl(const QUrl &providerUrl, const QString &callbackUrl,
                                          const QString &providerVersion, const QString &mesheryVersion)
{
    QUrl url = providerUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/login"));
    const QByteArray source =
        callbackUrl.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("source"), QString::fromLatin1(source));
    if (!providerVersion.isEmpty())
        query.addQueryItem(QStringLiteral("provider_version"), providerVersion);
    if (!mesheryVersion.isEmpty())
        query.addQueryItem(QStringLiteral("meshery_version"), mesheryVersion);
    url.setQuery(query);
    return url;
}

bool SystemBrowserLogin::start(const Options &options, QString *error)
{
    cancel();
    if (options.provider.isLocal() || !options.provider.url.isValid()) {
        if (error)
            *error = tr("The provider \"%1\" has no login page: choose a remote provider.").arg(options.provider.name);
        return false;
    }
    if (!isWebAddress(options.provider.url)) {
        // The server names the provider's address; a browser is only ever sent to a web page.
        if (error)
            *error = tr("The provider \"%1\" names a login page that is not a web address (%2), so it was not opened.")
                         .arg(options.provider.name, options.provider.url.scheme().left(32));
        return false;
    }
    if (!m_listener.listen(error))
        return false;
    m_options = options;
    m_loginUrl = providerLoginUrl(options.provider.url, m_listener.callbackUrl(), options.provider.packageVersion,
                                  options.mesheryVersion);
    m_running = true;
    m_timeLimit.start(options.timeLimit);
    return true;
}

void SystemBrowserLogin::cancel()
{
    if (m_running)
        finishWith(ApiError(ApiError::Kind::Cancelled));
}

void SystemBrowserLogin::onTokenReceived(const LoginCallback &callback)
{
    if (!m_running)
        return;
    emit tokenArrived();
    delete m_confirmation; // a confirmation of an earlier callback still running: this one counts
    m_confirmation =
        new TokenConfirmation(m_options.serverUrl, m_options.requestTimeout, m_options.provider.key, callback.token,
                              TokenConfirmation::Steps::TokenAndUser, callback.sessionCookie, this);
    m_confirmation->setTrust(m_options.trust, m_options.profileId, m_options.vault);
    connect(m_confirmation, &SignInJob::finished, this, [this](const SignInResult &result) {
        if (!m_running)
            return;
        m_running = false;
        m_timeLimit.stop();
        emit finished(result);
    });
}

void SystemBrowserLogin::finishWith(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeLimit.stop();
    m_listener.close();
    if (m_confirmation) {
        m_confirmation->disconnect(this);
        m_confirmation->cancel();
    }
    SignInResult result;
    result.provider = m_options.provider.key;
    result.error = error;
    emit finished(result);
}

} // namespace MesheryAuth
