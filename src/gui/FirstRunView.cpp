// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "FirstRunView.h"
#include "ui_FirstRunView.h"

#include "MesheryctlFiles.h"
#include "ServerAddress.h"

#include <QDir>
#include <QFileInfo>

namespace MesheryAuth {

FirstRunView::FirstRunView(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::FirstRunView)
{
    m_ui->setupUi(this);
    m_ui->addressError->hide();
    connect(m_ui->connectButton, &QPushButton::clicked, this, &FirstRunView::connectToTypedAddress);
    // Return in the field is the Connect button's (the default one: a window has no dialog's).
    connect(m_ui->addressEdit, &QLineEdit::returnPressed, this, &FirstRunView::connectToTypedAddress);
    connect(m_ui->addressEdit, &QLineEdit::textEdited, this, [this] { showAddressProblem({}); });
    connect(m_ui->importButton, &QPushButton::clicked, this, &FirstRunView::importFromMesheryctl);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &FirstRunView::startDemoServer);
}

FirstRunView::~FirstRunView() = default;

void FirstRunView::refresh()
{
    // mesheryctl may have been set up since: offered only when there is something to read.
    const QString config = MesheryctlFiles::defaultConfigPath();
    const bool offered = QFileInfo(config).isFile();
    m_ui->importGroup->setVisible(offered);
    if (offered) {
        const QString shown = QDir::toNativeSeparators(
            QStringLiteral("~/") + QDir::home().relativeFilePath(config)); // ~ is shorter and names no user
        m_ui->importLabel->setText(
            tr("Reads %1 and the token files it names: each context becomes a server here, with its sign-in.")
                .arg(shown));
    }
    m_ui->addressEdit->setFocus(Qt::OtherFocusReason);
}

void FirstRunView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void FirstRunView::connectToTypedAddress()
{
    QString problem;
    const QUrl url = ServerAddress::normalise(m_ui->addressEdit->text(), &problem);
    if (!url.isValid()) {
        showAddressProblem(problem);
        m_ui->addressEdit->setFocus(Qt::OtherFocusReason);
        m_ui->addressEdit->selectAll();
        return;
    }
    showAddressProblem({});
    emit connectTo(url.toString());
}

void FirstRunView::showAddressProblem(const QString &problem)
{
    // Beside the field, in words, and read out with the field while the cursor is in it.
    m_ui->addressError->setText(problem);
    m_ui->addressError->setVisible(!problem.isEmpty());
    m_ui->addressError->setFocusPolicy(problem.isEmpty() ? Qt::NoFocus : Qt::StrongFocus);
    m_ui->addressEdit->setAccessibleDescription(problem);
}

} // namespace MesheryAuth
