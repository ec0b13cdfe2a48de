#pragma once

#include "ConnectionTest.h"
#include "Session.h"

#include <QObject>

namespace Ui {
class MainWindow;
}

namespace MesheryAuth {

class SecretClipboard;

// The Connection test tab: runs the staged checks and shows one row each, as they finish.
class ConnectionTestView : public QObject
{
    Q_OBJECT

public:
    ConnectionTestView(Ui::MainWindow *ui, Session *session, SecretClipboard *clipboard, QObject *parent = nullptr);

    ConnectionTest *test() { return &m_test; }

public slots:
    void run();

private:
    void showRow(int index, const ConnectionCheck &check);

    Ui::MainWindow *m_ui;
    Session *m_session;
    SecretClipboard *m_clipboard;
    ConnectionTest m_test;
};

} // namespace MesheryAuth
