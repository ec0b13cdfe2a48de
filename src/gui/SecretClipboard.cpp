// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace MesheryAuth {

namespace {
QMimeData *sensitiveMimeData(const QByteArray &secret)
{
    auto *data = new QMimeData;
    data->setText(QString::fromUtf8(secret));
    // KDE Klipper and other Linux clipboard managers.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // Windows clipboard history and cloud clipboard.
    data->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    // macOS pasteboard managers.
    data->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret);
    return data;
}
} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(std::chrono::seconds(1));
    connect(&m_ticker, &QTimer::timeout, this, &SecretClipboard::tick);
    connect(qGuiApp, &QGuiApplication::aboutToQuit, this, &SecretClipboard::clearIfOurs);
}

SecretClipboard::~SecretClipboard()
{
    clearIfOurs();
}

void SecretClipboard::copySecret(const QByteArray &secret, const QString &description)
{
    QGuiApplication::clipboard()->setMimeData(sensitiveMimeData(secret));
    m_secret = secret;
    m_description = description;
    m_secondsLeft = int(m_clearAfter.count());
    m_ticker.start();
    emit countdown(m_secondsLeft, m_description);
}

void SecretClipboard::copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    // Our secret is gone from the clipboard already: nothing left to clear.
    m_secret.clear();
    if (m_secondsLeft > 0) {
        m_secondsLeft = 0;
        m_ticker.stop();
        emit countdown(0, m_description);
    }
}

bool SecretClipboard::holdsOurSecret() const
{
    return !m_secret.isEmpty() && QGuiApplication::clipboard()->text().toUtf8() == m_secret;
}

void SecretClipboard::tick()
{
    if (!holdsOurSecret()) {
        // The user copied something else: leave it alone and stop counting.
        m_secret.clear();
        m_secondsLeft = 0;
        m_ticker.stop();
        emit countdown(0, m_description);
        return;
    }
    if (--m_secondsLeft <= 0) {
        clearIfOurs();
        return;
    }
    emit countdown(m_secondsLeft, m_description);
}

void SecretClipboard::clearIfOurs()
{
    if (holdsOurSecret())
        QGuiApplication::clipboard()->clear();
    const bool wasWaiting = !m_secret.isEmpty();
    m_secret.clear();
    m_secondsLeft = 0;
    m_ticker.stop();
    if (wasWaiting)
        emit countdown(0, m_description);
}

} // namespace MesheryAuth
