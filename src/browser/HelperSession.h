// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BrowserHelperProtocol.h"
#include "EmbeddedLoginDialog.h"

#include <QObject>
#include <QPointer>
#include <QSocketNotifier>

namespace MesheryAuth {

// The browser helper's side of the protocol (BrowserHelperProtocol.h): says hello, takes one
// login request from the window, runs it in an EmbeddedLoginDialog over the window, and reports
// how it ended. Over two file descriptors, so a test can run it over pipes of its own.
class HelperSession : public QObject
{
    Q_OBJECT

public:
    HelperSession(int input, int output, QObject *parent = nullptr);
    ~HelperSession() override;

    void start();
    EmbeddedLoginDialog *dialog() const { return m_dialog; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The helper is done: the login ended, the window went away, or it spoke nonsense.
    void done(int exitCode);

private:
    void readInput();
    void handle(const QJsonObject &message);
    void beginLogin(const QJsonObject &message);
    void placeOverWindow(const BrowserHelper::LoginRequest &request);
    void stayAbove();
    void send(const QJsonObject &message);
    void finish(int exitCode);

    int m_input;
    int m_output;
    QSocketNotifier m_inputReady;
    BrowserHelper::LineBuffer m_buffer;
    QPointer<EmbeddedLoginDialog> m_dialog;
    const QObject *m_watchedDialog = nullptr; // the same, for eventFilter
    WId m_parentWindow = 0; // the window's, which the dialog stays above
    bool m_outcomeSent = false;
    bool m_finished = false;
};

} // namespace MesheryAuth
