// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProviderFeatures.h"
#include "Session.h"

#include <QPointer>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class OrganizationsView;
}

namespace MesheryAuth {

class SecretClipboard;

// The Organizations tab: the user's organizations (searchable), which one is active for the
// profile, its id to copy, and how many workspaces it has.
class OrganizationsView : public QWidget
{
    Q_OBJECT

public:
    OrganizationsView(Session *session, SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~OrganizationsView() override;

public slots:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Asks for the organizations once the provider's features are known.
    void load();
    void showOrganizations(const ApiResult &result);
    void useSelected();
    void showWorkspaces();
    QString selectedId() const;

    QScopedPointer<Ui::OrganizationsView> m_ui;
    Session *m_session;
    SecretClipboard *m_clipboard;
    QTimer m_searchDelay;
    QPointer<ApiCall> m_call;
    QPointer<ApiCall> m_workspacesCall;
    QPointer<ProviderFeaturesJob> m_featuresJob;
    // What the signed-in provider offers: read once per sign-in, not on every search.
    std::optional<ProviderFeatures> m_features;
};

} // namespace MesheryAuth
