// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class FirstRunView;
}

namespace MesheryAuth {

// What the window shows while there is no profile: the three ways in, plainly. A server's
// address (checked here, the problem said beside the field), mesheryctl's sign-ins (offered only
// when its config.yaml is there) and the demo server. The window does the work.
class FirstRunView : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunView(QWidget *parent = nullptr);
    ~FirstRunView() override;

    // Looks again for mesheryctl's files and puts the cursor in the address field.
    void refresh();

signals:
    void connectTo(const QString &address); // a usable address, made canonical
    void importFromMesheryctl();
    void startDemoServer();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void connectToTypedAddress();
    void showAddressProblem(const QString &problem);

    QScopedPointer<Ui::FirstRunView> m_ui;
};

} // namespace MesheryAuth
