// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace MesheryAuth {

// One notice about a profile's token, with its words (translated; never the token).
struct TokenNotice {
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::TokenNotice)

public:
    enum class Kind { ExpiresSoon, Expired, Rotation };

    Kind kind = Kind::ExpiresSoon;
    QString profileId = {};
    QString profileName = {};
    QUrl serverUrl = {};
    QDateTime expiry = {}; // UTC; invalid when the server said Expired of a token without one
    QDateTime issued = {}; // Rotation: when the token was issued (or stored)
    QDateTime now = {}; // the clock when the notice was decided

    QString title() const;
    QString body() const;
};

// Decides when to tell the user about a token: "expires in N minutes" the lead time before its
// expiry, "session expired" once it has (or the server said so), and the rotation reminder once
// the token is older than the rotation period. Each notice once per token: a token is known by a
// SHA-256 digest kept in memory only, so a new token after logging in again gets its own notices.
// The clock is injectable; the timer is re-armed from the clock at least every MaxWait, so a
// sleep, a resume or a clock change delays a notice by at most that, and never skips it.
class TokenNotices : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr std::chrono::seconds MaxWait{30};

    explicit TokenNotices(QObject *parent = nullptr);

    void setClock(Clock clock);
    void setLead(std::chrono::minutes lead);
    void setRotationDays(int days); // 0: no rotation reminder
    std::chrono::minutes lead() const { return m_lead; }
    int rotationDays() const { return m_rotationDays; }

    // Watches the profile's token (replacing the one watched for it before). storedAt: when it
    // was stored, the rotation reminder's measure when the token carries no issued-at.
    void watch(const QString &profileId, const QString &profileName, const QUrl &serverUrl, const QByteArray &token,
               const QDateTime &storedAt);
    void unwatch(const QString &profileId);
    bool isWatching(const QString &profileId) const { return m_watched.contains(profileId); }
    QStringList watchedProfiles() const { return m_watched.keys(); }
    // The server refused the profile's token: the expired notice, once for that token.
    void sessionExpired(const QString &profileId);

    // How long until the clock is read again (for tests); negative when nothing is pending.
    std::chrono::milliseconds nextCheckIn() const;

public slots:
    // Reads the clock, sends what is due and re-arms the timer.
    void check();

signals:
    void notice(const MesheryAuth::TokenNotice &notice);

private:
    struct Watched {
        QByteArray digest = {};
        QString profileName = {};
        QUrl serverUrl = {};
        QDateTime expiry = {};
        QDateTime issued = {};
    };
    // Notes the notice for the token; false when it was given already.
    bool firstTime(const Watched &token, TokenNotice::Kind kind);
    TokenNotice noticeFor(const QString &profileId, const Watched &token, TokenNotice::Kind kind,
                          const QDateTime &now) const;

    Clock m_clock;
    std::chrono::minutes m_lead{15};
    int m_rotationDays = 90;
    QHash<QString, Watched> m_watched; // by profile id
    QSet<QByteArray> m_given; // digest + kind: what was said of which token
    QTimer m_timer;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::TokenNotice)
