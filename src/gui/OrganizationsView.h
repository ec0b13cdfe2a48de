#pragma once

#include "ProviderFeatures.h"
#include "Session.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Ui {
class MainWindow;
}

namespace MesheryAuth {

class SecretClipboard;

// The Organizations tab: the user's organizations (searchable), which one is active for the
// profile, its id to copy, and how many workspaces it has.
class OrganizationsView : public QObject
{
    Q_OBJECT

public:
    OrganizationsView(Ui::MainWindow *ui, Session *session, SecretClipboard *clipboard, QObject *parent = nullptr);

public slots:
    void reload();

private:
    // Asks for the organizations once the provider's features are known.
    void load();
    void show(const ApiResult &result);
    void useSelected();
    void showWorkspaces();
    QString selectedId() const;

    Ui::MainWindow *m_ui;
    Session *m_session;
    SecretClipboard *m_clipboard;
    QTimer m_searchDelay;
    QPointer<ApiCall> m_call;
    QPointer<ApiCall> m_workspacesCall;
    QPointer<ApiCall> m_featuresCall;
    // What the signed-in provider offers: read once per sign-in, not on every search.
    std::optional<ProviderFeatures> m_features;
};

} // namespace MesheryAuth
