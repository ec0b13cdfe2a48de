// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ConnectionTestView.h"
#include "ui_ConnectionTestView.h"

#include "SecretClipboard.h"

#include <QStyle>

namespace MesheryAuth {

namespace {
enum Column { CheckColumn, ResultColumn, HttpColumn, TimeColumn, DetailsColumn, RequestIdColumn };

QIcon iconFor(ConnectionCheck::Status status, const QStyle *style)
{
    switch (status) {
    case ConnectionCheck::Status::Passed:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ConnectionCheck::Status::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ConnectionCheck::Status::Skipped:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case ConnectionCheck::Status::Running:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case ConnectionCheck::Status::Pending:
        return {};
    }
    return {};
}

QString resultText(ConnectionCheck::Status status)
{
    switch (status) {
    case ConnectionCheck::Status::Passed:
        return ConnectionTestView::tr("OK");
    case ConnectionCheck::Status::Failed:
        return ConnectionTestView::tr("Failed");
    case ConnectionCheck::Status::Skipped:
        return ConnectionTestView::tr("Skipped");
    case ConnectionCheck::Status::Running:
        return ConnectionTestView::tr("Running…");
    case ConnectionCheck::Status::Pending:
        return ConnectionTestView::tr("Waiting");
    }
    return {};
}
} // namespace

ConnectionTestView::ConnectionTestView(Session *session, SecretClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::ConnectionTestView)
    , m_session(session)
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionTestView::run);
    connect(&m_test, &ConnectionTest::checkChanged, this, &ConnectionTestView::showRow);
    connect(&m_test, &ConnectionTest::finished, this, [this](bool allPassed) {
        m_ui->testButton->setEnabled(true);
        m_ui->copyReportButton->setEnabled(true);
        for (int column = CheckColumn; column <= RequestIdColumn; ++column)
            m_ui->resultsView->resizeColumnToContents(column);
        emit message(allPassed ? tr("Every check passed.") : tr("Some checks failed; see the details."), 5000);
    });
    connect(m_ui->resultsView, &QTreeWidget::itemSelectionChanged, this, [this] {
        QTreeWidgetItem *item = m_ui->resultsView->currentItem();
        m_ui->copyCurlButton->setEnabled(
            item && !m_test.checks().value(m_ui->resultsView->indexOfTopLevelItem(item)).curl.isEmpty());
    });
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, [this] {
        const int index = m_ui->resultsView->indexOfTopLevelItem(m_ui->resultsView->currentItem());
        // The line reads the token from $MESHERY_TOKEN: it holds no secret.
        m_clipboard->copyText(QString::fromUtf8(m_test.checks().value(index).curl));
    });
    connect(m_ui->copyReportButton, &QPushButton::clicked, this, [this] { m_clipboard->copyText(m_test.report()); });
    m_ui->copyCurlButton->setEnabled(false);
    m_ui->copyReportButton->setEnabled(false);
}

ConnectionTestView::~ConnectionTestView() = default;

void ConnectionTestView::run()
{
    m_test.cancel(); // a run still under way finishes now, not in the middle of this one
    m_ui->resultsView->clear();
    m_ui->testButton->setEnabled(false);
    m_ui->copyReportButton->setEnabled(false);
    // The session's own client: a refused token marks the session expired, a renewed one is kept.
    m_test.start(m_session->profile(), m_session->client());
    const QList<ConnectionCheck> checks = m_test.checks();
    for (int i = 0; i < checks.size(); ++i)
        showRow(i, checks.at(i));
}

void ConnectionTestView::showRow(int index, const ConnectionCheck &check)
{
    while (m_ui->resultsView->topLevelItemCount() <= index)
        new QTreeWidgetItem(m_ui->resultsView);
    QTreeWidgetItem *item = m_ui->resultsView->topLevelItem(index);
    item->setText(CheckColumn, check.title);
    item->setIcon(ResultColumn, iconFor(check.status, m_ui->resultsView->style()));
    item->setText(ResultColumn, resultText(check.status));
    item->setText(HttpColumn, check.httpStatus ? QString::number(check.httpStatus) : QString());
    item->setText(TimeColumn, check.elapsedMs >= 0 ? tr("%1 ms").arg(check.elapsedMs) : QString());
    item->setText(RequestIdColumn, check.requestId);
    QString details = check.summary;
    if (check.status == ConnectionCheck::Status::Failed && !check.error.hint().isEmpty())
        details += QLatin1Char(' ') + check.error.hint();
    item->setText(DetailsColumn, details);
    item->setToolTip(DetailsColumn, check.error.isOk() ? details : check.error.toDisplayString());
}

} // namespace MesheryAuth
