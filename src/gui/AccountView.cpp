// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "AccountView.h"
#include "ui_AccountView.h"

#include "SecretClipboard.h"
#include "SecretField.h"
#include "SplitButton.h"
#include "StatusMessage.h"
#include "TokenCopyMenu.h"
#include "TokenInfo.h"
#include "TokenStatus.h"
#include "ValueLabel.h"

#include <QMenu>

namespace MesheryAuth {

AccountView::AccountView(Session *session, SecretClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::AccountView)
    , m_session(session)
    , m_clipboard(clipboard)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ui->setupUi(this);
    // Each value is read as itself, labelled by its caption (the caption's buddy, in the form).
    for (QLabel *value : {m_ui->userLabel, m_ui->emailLabel, m_ui->accountProviderLabel, m_ui->tokenStatusLabel,
                          m_ui->tokenExpiryLabel, m_ui->issuedLabel})
        ValueLabel::expose(value);
    connect(session, &Session::accountChanged, this, &AccountView::refresh);
    connect(session, &Session::stateChanged, this, &AccountView::refresh);
    m_countdown.setInterval(std::chrono::seconds(1));
    connect(&m_countdown, &QTimer::timeout, this, &AccountView::refresh);
    m_countdown.start();

    connect(m_ui->showTokenCheck, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });

    auto *menu = new QMenu(m_ui->copyMenuButton);
    menu->setObjectName(QStringLiteral("copyMenu"));
    TokenCopyMenu::addTo(menu, m_session, m_clipboard);
    new SplitButton(m_ui->copyTokenButton, m_ui->copyMenuButton, menu);
    connect(m_ui->copyTokenButton, &QToolButton::clicked, this,
            [this] { TokenCopyMenu::copyToken(m_session, m_clipboard); });
    connect(m_ui->renewTokenButton, &QPushButton::clicked, this, [this] {
        m_renewing = true;
        refresh();
        m_session->renew();
    });
    connect(session, &Session::renewFinished, this, &AccountView::showRenewal);
    // Ctrl+C and the context menu in the token field copy the same careful way.
    connect(m_ui->tokenEdit, &SecretField::copyRequested, this,
            [this] { TokenCopyMenu::copyToken(m_session, m_clipboard); });
    refresh();
}

AccountView::~AccountView() = default;

void AccountView::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refresh();
}

void AccountView::showRenewal(bool renewed, const ApiError &error)
{
    m_renewing = false;
    refresh();
    if (!error.isOk())
        emit message(tr("The server did not renew the token: %1").arg(error.message()), MessageTimeoutMs);
    else
        emit message(renewed ? tr("The server renewed the token.")
                             : tr("The server still accepts the token as it is; nothing to renew."),
                     MessageTimeoutMs);
}

void AccountView::refresh()
{
    const UserAccount user = m_session->user();
    const bool signedIn = m_session->state() == Session::State::SignedIn;
    m_ui->userLabel->setText(user.displayName().isEmpty() ? tr("Nobody") : user.displayName());
    m_ui->emailLabel->setText(user.email);
    m_ui->accountProviderLabel->setText(m_session->profile().provider);

    const QByteArray token = m_session->token();
    const TokenStatus status = TokenStatus::of(token, m_now());
    QString state = status.stateText();
    if (m_session->state() == Session::State::Expired)
        state = tr("Refused by the server: log in again");
    else if (token.isEmpty() && signedIn)
        state = tr("No token needed (Local provider)");
    m_ui->tokenStatusLabel->setText(state);
    const QDateTime expiry = status.expiry();
    m_ui->tokenExpiryLabel->setText(
        expiry.isValid()
            ? tr("%1 (%2)").arg(QLocale().toString(expiry.toLocalTime(), QLocale::LongFormat), status.countdownText())
            : (token.isEmpty() ? QString() : tr("Unknown: the token does not say")));
    QString issued;
    if (status.issuedAt().isValid()) {
        issued = tr("%1 (%2)").arg(QLocale().toString(status.issuedAt().toLocalTime(), QLocale::ShortFormat),
                                   status.ageText());
        if (status.needsRotation())
            issued += QLatin1Char(' ')
                + tr("— older than %n day(s): consider making a new token.", nullptr, TokenStatus::DefaultRotationDays);
    }
    m_ui->issuedLabel->setText(issued);
    if (m_ui->tokenEdit->text().toUtf8() != token)
        m_ui->tokenEdit->setText(QString::fromUtf8(token));
    m_ui->copyTokenButton->setEnabled(!token.isEmpty());
    // Only a token with a refresh token can be renewed; the server does it (Meshery's GetSession).
    const bool renewable = TokenInfo::decode(token).hasRefreshToken();
    m_ui->renewTokenButton->setVisible(renewable);
    m_ui->renewTokenButton->setEnabled(renewable && !m_renewing);
    m_ui->showTokenCheck->setEnabled(!token.isEmpty());
}

} // namespace MesheryAuth
