// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace MesheryAuth {

// Copies secrets to the clipboard the careful way: with each platform's "this is sensitive"
// hint (so clipboard managers and cloud clipboards skip it), cleared after a timeout with a
// visible countdown, and cleared on logout and quit, but only if the clipboard still holds what
// we put there: whatever the user copied since is theirs.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultClearAfter{30};

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setClearAfter(std::chrono::seconds delay) { m_clearAfter = delay; }
    void copySecret(const QByteArray &secret, const QString &description);
    void copyText(const QString &text); // not secret: no hint, no clearing
    int secondsLeft() const { return m_secondsLeft; }
    bool holdsOurSecret() const;

public slots:
    void clearIfOurs();

signals:
    // Once a second while a secret waits to be cleared; 0 when cleared or replaced.
    void countdown(int secondsLeft, const QString &description);

private:
    void tick();

    QTimer m_ticker;
    std::chrono::seconds m_clearAfter = DefaultClearAfter;
    QByteArray m_secret;
    QString m_description;
    int m_secondsLeft = 0;
};

} // namespace MesheryAuth
