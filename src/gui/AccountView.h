#pragma once

#include "Session.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Ui {
class MainWindow;
}

namespace MesheryAuth {

class SecretClipboard;

// The Account tab: who is signed in, the token's state with a live countdown, its age, the masked
// token with a Show toggle, and the copy menu (token, headers, curl line, mesheryctl's auth.json).
class AccountView : public QObject
{
    Q_OBJECT

public:
    AccountView(Ui::MainWindow *ui, Session *session, SecretClipboard *clipboard, QObject *parent = nullptr);

    // For tests: the clock the countdown reads.
    void setClock(std::function<QDateTime()> now);

public slots:
    void refresh();

private:
    void copy(const QByteArray &text, const QString &description);

    Ui::MainWindow *m_ui;
    Session *m_session;
    SecretClipboard *m_clipboard;
    QTimer m_countdown;
    std::function<QDateTime()> m_now;
    bool m_renewing = false;
};

} // namespace MesheryAuth
