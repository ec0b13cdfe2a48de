// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "CloseQuestion.h"
#include "ui_CloseQuestion.h"

namespace MesheryAuth {

CloseQuestion::CloseQuestion(QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::CloseQuestion)
{
    m_ui->setupUi(this);
    const auto answer = [this](Preferences::CloseAction action) {
        accept();
        emit answered(action);
    };
    connect(m_ui->keepButton, &QPushButton::clicked, this, [answer] { answer(Preferences::CloseAction::HideToTray); });
    connect(m_ui->quitButton, &QPushButton::clicked, this, [answer] { answer(Preferences::CloseAction::Quit); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

CloseQuestion::~CloseQuestion() = default;

} // namespace MesheryAuth
