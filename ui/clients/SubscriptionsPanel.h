#pragma once

#include <QDateTime>
#include <QList>
#include <QUrl>
#include <QUuid>
#include <QWidget>
#include <functional>

#include "core/store/Subscriptions.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace clientele::ui {

class PracticeContext;

// A client's subscriptions through Stripe (the Subscriptions tab of a client): each with its plan,
// what Stripe says of it and when it renews or ends. Start Subscription… queues the link the client
// pays; Copy Link, Change…, End (at the end of the period, now, or keep it going) and Billing Portal
// Link act on the one selected, through the outbox, so they wait offline and go out once.
class SubscriptionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsPanel)

public:
    explicit SubscriptionsPanel(PracticeContext& context, QWidget* parent = nullptr);

    void showClient(const QUuid& clientId, const QString& clientName);
    // Where a client lands after paying (the practice's website, else the relay's page); empty
    // without either, and then links cannot be made.
    void setReturnUrlSource(std::function<QUrl()> source) { m_returnUrl = std::move(source); }
    int count() const { return static_cast<int>(m_subscriptions.size()); }

    // One subscription's line: plan, state and its next date.
    static QString describe(const Subscription& subscription, const QLocale& locale, const QTimeZone& zone);

Q_SIGNALS:
    void statusMessage(const QString& text);
    void countChanged(int count);

private:
    void reload();
    void show(const QList<Subscription>& subscriptions);
    void updateButtons();
    const Subscription* selected() const;
    void start();
    void copyLink();
    void change();
    void endAtPeriodEnd();
    void endNow();
    void keepGoing();
    void portalLink();
    void queued(const Result<Subscription>& result, const QString& done);

    PracticeContext& m_context;
    std::function<QUrl()> m_returnUrl;
    QUuid m_clientId;
    QString m_clientName;
    QList<Subscription> m_subscriptions;
    QUuid m_awaitingPortal; // a portal link was asked for: copy it when it comes
    QDateTime m_portalAskedAt;
    int m_generation = 0;
    QListWidget* m_list = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_portal = nullptr;
};

} // namespace clientele::ui
