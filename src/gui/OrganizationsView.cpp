// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "OrganizationsView.h"
#include "ui_OrganizationsView.h"

#include "SecretClipboard.h"

namespace MesheryAuth {

namespace {
constexpr int IdColumn = 1;
constexpr int PageSize = 100;
} // namespace

OrganizationsView::OrganizationsView(Session *session, SecretClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::OrganizationsView)
    , m_session(session)
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    // Ask the server once the user pauses typing, not on every key.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &OrganizationsView::reload);
    connect(m_ui->orgSearchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->orgsView, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool any = !selectedId().isEmpty();
        m_ui->useOrgButton->setEnabled(any && selectedId() != m_session->profile().organizationId);
        m_ui->copyOrgIdButton->setEnabled(any);
    });
    connect(m_ui->orgsView, &QTreeWidget::itemActivated, this, &OrganizationsView::useSelected);
    connect(m_ui->useOrgButton, &QPushButton::clicked, this, &OrganizationsView::useSelected);
    connect(m_ui->copyOrgIdButton, &QPushButton::clicked, this, [this] { m_clipboard->copyText(selectedId()); });
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        // Another sign-in, provider or server may offer other features.
        m_features.reset();
        if (m_featuresJob)
            m_featuresJob->cancel();
        m_featuresJob = nullptr; // a finished job lingers until deleted; reload() must ask anew
        if (state == Session::State::SignedIn)
            reload();
        else if (state == Session::State::SignedOut || state == Session::State::NoProfile)
            m_ui->orgsView->clear();
    });
    m_ui->useOrgButton->setEnabled(false);
    m_ui->copyOrgIdButton->setEnabled(false);
    // Made after the window is up (MainWindow::addOtherTabs): the sign-in may be in already.
    if (session->state() == Session::State::SignedIn)
        reload();
}

OrganizationsView::~OrganizationsView() = default;

QString OrganizationsView::selectedId() const
{
    // The selection, not the current item: assistive technology selects an item ("Toggle")
    // without making it current.
    const QList<QTreeWidgetItem *> selected = m_ui->orgsView->selectedItems();
    return selected.size() == 1 ? selected.constFirst()->text(IdColumn) : QString();
}

void OrganizationsView::showEvent(QShowEvent *event)
{
    // The clear button's icon comes from the icon theme, whose lookup reads every index.theme
    // on the system: a third of the window's start-up when done in the constructor, for a tab
    // that is not shown then.
    m_ui->orgSearchEdit->setClearButtonEnabled(true);
    QWidget::showEvent(event);
}

void OrganizationsView::reload()
{
    if (m_call)
        m_call->cancel();
    if (m_session->state() != Session::State::SignedIn) {
        m_ui->orgsMessage->setText(tr("Log in to see your organizations."));
        return;
    }
    m_ui->orgsMessage->setText(tr("Loading organizations…"));
    if (m_features) {
        load();
    } else if (!m_featuresJob) {
        m_featuresJob = ProviderFeatures::fetch(m_session->client());
        connect(m_featuresJob, &ProviderFeaturesJob::finished, this, [this](const ProviderFeaturesResult &result) {
            if (result.error.kind() == ApiError::Kind::Cancelled)
                return;
            m_features = result.features;
            load();
        });
    }
}

void OrganizationsView::load()
{
    if (!m_features->offers(ProviderFeature::Organizations)) {
        // The server would refuse the call: say why there is nothing, and ask nothing.
        m_ui->orgsView->clear();
        m_ui->orgsMessage->setText(m_features->notOffered(ProviderFeature::Organizations));
        m_ui->orgSearchEdit->setEnabled(false);
        showWorkspaces();
        return;
    }
    m_ui->orgSearchEdit->setEnabled(true);
    OrganizationQuery query;
    query.pageSize = PageSize;
    query.search = m_ui->orgSearchEdit->text().trimmed();
    m_call = m_session->client()->organizations(query);
    connect(m_call, &ApiCall::finished, this, &OrganizationsView::showOrganizations);
}

void OrganizationsView::showOrganizations(const ApiResult &result)
{
    if (result.error.kind() == ApiError::Kind::Cancelled)
        return;
    m_ui->orgsView->clear();
    if (!result.isOk()) {
        m_ui->orgsMessage->setText(result.error.toDisplayString());
        return;
    }
    const auto page = result.valueAs<OrganizationPage>();
    const QString active = m_session->profile().organizationId;
    for (const Organization &org : page.organizations) {
        auto *item = new QTreeWidgetItem(m_ui->orgsView, {org.name, org.id});
        if (org.id == active) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setToolTip(0, tr("The active organization"));
            m_ui->orgsView->setCurrentItem(item);
        }
    }
    m_ui->orgsView->resizeColumnToContents(0);
    if (page.organizations.isEmpty()) {
        m_ui->orgsMessage->setText(!m_ui->orgSearchEdit->text().isEmpty() ? tr("No organization matches the search.")
                                                                          : tr("You belong to no organization."));
    } else if (page.totalCount > page.organizations.size()) {
        m_ui->orgsMessage->setText(tr("Showing %1 of %2 organizations; search to narrow the list.")
                                       .arg(page.organizations.size())
                                       .arg(page.totalCount));
    } else {
        m_ui->orgsMessage->setText(
            tr("%n organization(s). Double-click one to make it active.", nullptr, page.totalCount));
    }
    showWorkspaces();
}

void OrganizationsView::useSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_session->setOrganization(id);
    m_ui->useOrgButton->setEnabled(false);
    reload();
}

void OrganizationsView::showWorkspaces()
{
    const QString active = m_session->profile().organizationId;
    if (m_workspacesCall)
        m_workspacesCall->cancel();
    m_ui->workspacesLabel->setToolTip({});
    if (m_features && !m_features->offers(ProviderFeature::Workspaces)) {
        m_ui->workspacesLabel->setText(m_features->notOffered(ProviderFeature::Workspaces));
        return;
    }
    if (active.isEmpty()) {
        m_ui->workspacesLabel->setText(tr("No active organization."));
        return;
    }
    m_workspacesCall = m_session->client()->workspaces(active);
    connect(m_workspacesCall, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (result.error.kind() == ApiError::Kind::Cancelled)
            return;
        if (result.isOk()) {
            m_ui->workspacesLabel->setText(
                tr("Active organization: %n workspace(s)", nullptr, result.valueAs<WorkspacePage>().totalCount));
            return;
        }
        // The sentence and the server's reason; what to do on hover.
        const QString reason = result.error.detail();
        m_ui->workspacesLabel->setText(reason.isEmpty() ? result.error.message()
                                                        : result.error.message() + QLatin1Char('\n') + reason);
        m_ui->workspacesLabel->setToolTip(result.error.toDisplayString());
    });
}

} // namespace MesheryAuth
