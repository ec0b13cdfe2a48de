#pragma once

#include "ProfileService.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ProfileDialog;
}

namespace MesheryAuth {

// Adds or edits a server profile; refuses a bad address with the reason, in place.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileService *service, const ServerProfile &profile, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ServerProfile profile() const { return m_profile; }

private:
    void save();

    QScopedPointer<Ui::ProfileDialog> m_ui;
    ProfileService *m_service;
    ServerProfile m_profile;
};

} // namespace MesheryAuth
