#include "ui/today/TodayPage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

#include "core/text/MoneyText.h"
#include "ui/invoices/PaymentDisputeText.h"
#include "ui/practice/PracticeContext.h"
#include "ui/records/RecordStatusText.h"
#include "ui/widgets/BookingStatusText.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

enum Kind
{
    BookingRow = 1,
    InvoiceRow,
    ClientRow,
    CalendarChangeRow,
    MoreRow,
};
// Each attention list shows its first few; the last row says how many more there are.
constexpr int kAttentionRows = 5;
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

QString greetingFor(const QTime& time)
{
    if (time.hour() < 12) {
        return TodayPage::tr("Good morning");
    }
    if (time.hour() < 18) {
        return TodayPage::tr("Good afternoon");
    }
    return TodayPage::tr("Good evening");
}

} // namespace

TodayPage::TodayPage(PracticeContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("todayPage"));
    setAccessibleName(tr("Today"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);

    m_greeting = new QLabel(body);
    m_greeting->setObjectName(QStringLiteral("todayGreetingLabel"));
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::DemiBold);
    m_greeting->setFont(big);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("todaySummaryLabel"));
    m_summary->setWordWrap(true);
    m_error = new QLabel(body);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_greeting);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);

    m_allClear = new QLabel(tr("Nothing needs your attention: no overdue invoices, unsigned contracts, failed "
                               "messages or conflicts."),
        body);
    m_allClear->setObjectName(QStringLiteral("todayAllClearLabel"));
    static_cast<QLabel*>(m_allClear)->setWordWrap(true);
    m_allClear->hide();

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    m_upcoming = addCard(left, QStringLiteral("todayUpcomingList"), 0,
        tr("No sessions in the next seven days. New bookings appear here."));
    left->addStretch(1);
    m_calendarChanges = addCard(right, QStringLiteral("todayCalendarChangesList"), kAttentionRows);
    m_disputes = addCard(right, QStringLiteral("todayDisputesList"), kAttentionRows);
    m_subscriptions = addCard(right, QStringLiteral("todayFailedSubscriptionsList"), kAttentionRows);
    m_replies = addCard(right, QStringLiteral("todayRepliesList"), kAttentionRows);
    m_overdue = addCard(right, QStringLiteral("todayOverdueList"), kAttentionRows);
    m_unpaid = addCard(right, QStringLiteral("todayUnpaidList"), kAttentionRows);
    m_contracts = addCard(right, QStringLiteral("todayContractsList"), kAttentionRows);
    m_messages = addCard(right, QStringLiteral("todayMessagesList"), kAttentionRows);
    m_conflicts = addCard(right, QStringLiteral("todayConflictsList"), kAttentionRows);
    right->addWidget(m_allClear);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);
    scroll->setWidget(body);
    outer->addWidget(scroll);

    connect(&m_context, &PracticeContext::dataChanged, this, &TodayPage::refresh);
    refresh();
}

TodayPage::Card TodayPage::addCard(
    QVBoxLayout* column, const QString& objectName, int maxRows, const QString& emptyText)
{
    Card card;
    card.maxRows = maxRows;
    card.emptyText = emptyText;
    card.frame = new QFrame(this);
    static_cast<QFrame*>(card.frame)->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(card.frame);
    layout->setContentsMargins(12, 10, 12, 10);
    card.title = new QLabel(card.frame);
    QFont font = card.title->font();
    font.setWeight(QFont::DemiBold);
    card.title->setFont(font);
    card.list = new QListWidget(card.frame);
    card.list->setObjectName(objectName);
    card.list->setFrameShape(QFrame::NoFrame);
    card.list->setUniformItemSizes(true);
    card.list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    card.list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    card.list->setTextElideMode(Qt::ElideRight);
    card.list->viewport()->setAutoFillBackground(false);
    layout->addWidget(card.title);
    layout->addWidget(card.list);
    column->addWidget(card.frame);
    connect(card.list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QUuid id = item->data(kIdRole).toUuid();
        switch (item->data(kKindRole).toInt()) {
        case BookingRow:
            Q_EMIT bookingActivated(id);
            break;
        case InvoiceRow:
            Q_EMIT invoiceActivated(id);
            break;
        case ClientRow:
            Q_EMIT clientActivated(id);
            break;
        case CalendarChangeRow:
            resolveCalendarChange(id);
            break;
        default:
            break;
        }
    });
    card.frame->hide();
    return card;
}

void TodayPage::refresh()
{
    const int generation = ++m_generation;
    whenReady(this, m_context.queries().today(m_context.clock().nowUtc(), m_context.profile().timeZoneId),
        [this, generation](const Result<TodayAgenda>& agenda) {
            if (generation != m_generation) {
                return; // a newer refresh is on its way
            }
            if (!agenda) {
                m_error->setText(tr("Today's overview could not be loaded: %1").arg(agenda.error().userMessage()));
                m_error->show();
                return;
            }
            m_error->hide();
            show(agenda.value());
            if (!m_loaded) {
                m_loaded = true;
                Q_EMIT loaded();
            }
        });
}

void TodayPage::fill(Card& card, const QString& title, const QList<Row>& allRows)
{
    card.title->setText(title);
    card.list->clear();
    QList<Row> rows = allRows;
    if (card.maxRows > 0 && rows.size() > card.maxRows + 1) {
        const qsizetype more = rows.size() - card.maxRows;
        rows = rows.mid(0, card.maxRows);
        rows.append({more == 1 ? tr("and 1 more") : tr("and %1 more").arg(more), MoreRow, QUuid()});
    }
    if (rows.isEmpty() && !card.emptyText.isEmpty()) {
        rows.append({card.emptyText, 0, QUuid()});
    }
    for (const Row& row : std::as_const(rows)) {
        auto* item = new QListWidgetItem(row.text, card.list);
        item->setData(kKindRole, row.kind);
        item->setData(kIdRole, row.id);
        item->setToolTip(row.text);
        if (row.kind == 0) {
            item->setFlags(Qt::ItemIsEnabled); // a sentence, not something to open
        }
    }
    const int rowHeight = card.list->sizeHintForRow(0) > 0 ? card.list->sizeHintForRow(0) : fontMetrics().height() + 8;
    card.list->setFixedHeight(rowHeight * int(std::max<qsizetype>(1, rows.size())) + 2 * card.list->frameWidth() + 4);
    card.frame->setVisible(!rows.isEmpty());
}

void TodayPage::show(const TodayAgenda& agenda)
{
    const QLocale locale = m_context.locale();
    const QTimeZone zone = m_context.timeZone();
    const QDateTime now = m_context.clock().nowUtc().toTimeZone(zone);
    m_greeting->setText(m_context.profile().name.isEmpty()
            ? greetingFor(now.time())
            : tr("%1 — %2").arg(greetingFor(now.time()), locale.toString(now.date(), QLocale::LongFormat)));

    int todayCount = 0;
    QList<Row> upcoming;
    for (const BookingSummary& booking : agenda.upcoming) {
        const QDateTime start = booking.schedule.start().toTimeZone(zone);
        const QDateTime end = booking.schedule.end().toTimeZone(zone);
        if (start.date() == now.date()) {
            ++todayCount;
        }
        const QString day = start.date() == now.date() ? tr("Today")
            : start.date() == now.date().addDays(1)    ? tr("Tomorrow")
                                                       : locale.toString(start.date(), QStringLiteral("ddd d MMM"));
        upcoming.append({tr("%1 %2–%3  ·  %4  ·  %5  ·  %6")
                             .arg(day, locale.toString(start.time(), QLocale::ShortFormat),
                                 locale.toString(end.time(), QLocale::ShortFormat), booking.clientName,
                                 booking.serviceName, domain::bookingStatusName(booking.status)),
            BookingRow, booking.id});
    }
    fill(m_upcoming, tr("Coming up"), upcoming);

    const auto invoiceRows = [&](const QList<InvoiceSummary>& invoices, bool overdue) {
        QList<Row> rows;
        for (const InvoiceSummary& invoice : invoices) {
            const qint64 late = invoice.dueDate.daysTo(now.date());
            const QString due = !overdue ? tr("due %1").arg(locale.toString(invoice.dueDate, QStringLiteral("d MMM")))
                : late == 1              ? tr("1 day overdue")
                                         : tr("%1 days overdue").arg(late);
            rows.append({tr("%1  ·  %2  ·  %3 open  ·  %4")
                             .arg(invoice.number, invoice.clientName,
                                 moneyText(invoice.balanceMinor(), invoice.currency, locale), due),
                InvoiceRow, invoice.id});
        }
        return rows;
    };
    fill(m_overdue, tr("Overdue invoices (%1)").arg(std::max<qsizetype>(agenda.overdueCount, agenda.overdue.size())),
        invoiceRows(agenda.overdue, true));
    fill(m_unpaid, tr("Waiting for payment (%1)").arg(std::max<qsizetype>(agenda.unpaidCount, agenda.unpaid.size())),
        invoiceRows(agenda.unpaid, false));

    QList<Row> contracts;
    for (const ContractSummary& contract : agenda.unsignedContracts) {
        contracts.append({tr("%1  ·  %2  ·  sent %3")
                              .arg(contract.title, contract.clientName,
                                  locale.toString(contract.sentAt.toTimeZone(zone).date(), QStringLiteral("d MMM"))),
            contract.bookingId.isNull() ? ClientRow : BookingRow,
            contract.bookingId.isNull() ? contract.clientId : contract.bookingId});
    }
    fill(m_contracts, tr("Contracts not signed yet (%1)").arg(contracts.size()), contracts);

    QList<Row> messages;
    for (const MessageSummary& message : agenda.failedMessages) {
        const QString channel = messageChannelText(message.channel);
        messages.append(
            {tr("%1 to %2 failed: %3")
                    .arg(channel, message.clientName, message.error.isEmpty() ? message.preview : message.error),
                ClientRow, message.clientId});
    }
    fill(m_messages, tr("Messages not delivered (%1)").arg(messages.size()), messages);

    QList<Row> conflicts;
    for (const BookingConflict& conflict : agenda.conflicts) {
        const QDateTime start = conflict.first.schedule.start().toTimeZone(zone);
        conflicts.append({tr("%1 %2: %3 overlaps %4")
                              .arg(locale.toString(start.date(), QStringLiteral("ddd d MMM")),
                                  locale.toString(start.time(), QLocale::ShortFormat), conflict.first.clientName,
                                  conflict.second.clientName),
            BookingRow, conflict.first.id});
    }
    for (const BusyConflict& conflict : agenda.busyConflicts) {
        const QDateTime start = conflict.booking.schedule.start().toTimeZone(zone);
        // The outside event's title may be empty (free/busy only): then the calendar alone names it.
        const QString busy = conflict.title.isEmpty() ? tr("busy time in %1").arg(conflict.calendarName)
                                                      : tr("“%1” in %2").arg(conflict.title, conflict.calendarName);
        conflicts.append(
            {tr("%1 %2: %3 overlaps %4")
                    .arg(locale.toString(start.date(), QStringLiteral("ddd d MMM")),
                        locale.toString(start.time(), QLocale::ShortFormat), conflict.booking.clientName, busy),
                BookingRow, conflict.booking.id});
    }
    fill(m_conflicts, tr("Calendar conflicts (%1)").arg(conflicts.size()), conflicts);

    m_changes = agenda.calendarChanges;
    QList<Row> changes;
    for (const CalendarChange& change : agenda.calendarChanges) {
        const QDateTime start = change.booking.schedule.start().toTimeZone(zone);
        const QString when = tr("%1 %2").arg(locale.toString(start.date(), QStringLiteral("ddd d MMM")),
            locale.toString(start.time(), QLocale::ShortFormat));
        if (change.cancelled) {
            changes.append({tr("%1: %2 deleted in %3").arg(change.booking.clientName, when, change.calendarName),
                CalendarChangeRow, change.proposalId});
        } else {
            const QDateTime to = change.proposedStartUtc.toTimeZone(zone);
            changes.append(
                {tr("%1: %2 → %3 %4 (%5)")
                        .arg(change.booking.clientName, when, locale.toString(to.date(), QStringLiteral("ddd d MMM")),
                            locale.toString(to.time(), QLocale::ShortFormat), change.calendarName),
                    CalendarChangeRow, change.proposalId});
        }
    }
    fill(m_calendarChanges, tr("Changed in your calendars (%1)").arg(changes.size()), changes);

    // Answers to reminders: asking for another time needs the practitioner; a confirmation is news.
    QList<Row> replies;
    int rescheduleRequests = 0;
    for (const SessionReply& reply : agenda.replies) {
        const QDateTime start = reply.booking.schedule.start().toTimeZone(zone);
        const QString when = tr("%1 %2").arg(locale.toString(start.date(), QStringLiteral("ddd d MMM")),
            locale.toString(start.time(), QLocale::ShortFormat));
        rescheduleRequests += reply.reschedule ? 1 : 0;
        replies.append({reply.reschedule ? tr("%1: %2 asks for another time").arg(when, reply.booking.clientName)
                                         : tr("%1: %2 confirmed").arg(when, reply.booking.clientName),
            BookingRow, reply.booking.id});
    }
    fill(m_replies, tr("Replies to reminders (%1)").arg(replies.size()), replies);

    // A client's bank taking a card payment back: the practice answers in Stripe by the deadline, or
    // loses the money.
    QList<Row> disputes;
    int disputesToAnswer = 0;
    for (const DisputeSummary& dispute : agenda.disputes) {
        const QString money = moneyText(dispute.amountMinor, dispute.currency, locale);
        // The deadline first: it is what the row is for, and a long row is cut at its end.
        QString what;
        if (dispute.underReview) {
            what = tr("The bank decides  ·  %1  ·  %2  ·  %3").arg(dispute.invoiceNumber, dispute.clientName, money);
        } else {
            disputesToAnswer += 1;
            const QString reason = disputeReasonText(dispute.reason);
            what = dispute.dueByUtc.isValid()
                ? tr("Answer by %1  ·  %2  ·  %3  ·  %4 (%5)")
                      .arg(locale.toString(dispute.dueByUtc.toTimeZone(zone).date(), QStringLiteral("ddd d MMM")),
                          dispute.invoiceNumber, dispute.clientName, money, reason)
                : tr("Answer in Stripe  ·  %1  ·  %2  ·  %3 (%4)")
                      .arg(dispute.invoiceNumber, dispute.clientName, money, reason);
        }
        disputes.append({what, InvoiceRow, dispute.invoiceId});
    }
    fill(m_disputes, tr("Disputed card payments (%1)").arg(disputes.size()), disputes);

    // Subscriptions whose card was declined: Stripe tries again, the client may need a nudge (the
    // client's Subscriptions tab makes a billing portal link to update the card).
    QList<Row> failedSubscriptions;
    for (const FailedSubscription& subscription : agenda.failedSubscriptions) {
        failedSubscriptions.append({tr("Card declined, Stripe tries again  ·  %1  ·  %2  ·  %3")
                                        .arg(subscription.clientName, subscription.name,
                                            moneyText(subscription.periodAmountMinor, subscription.currency, locale)),
            ClientRow, subscription.clientId});
    }
    fill(m_subscriptions, tr("Subscription payments that failed (%1)").arg(failedSubscriptions.size()),
        failedSubscriptions);

    const bool clear = agenda.calendarChanges.isEmpty() && rescheduleRequests == 0 && disputesToAnswer == 0
        && agenda.failedSubscriptions.isEmpty() && agenda.overdue.isEmpty() && agenda.unpaid.isEmpty()
        && agenda.unsignedContracts.isEmpty() && agenda.failedMessages.isEmpty() && agenda.conflicts.isEmpty()
        && agenda.busyConflicts.isEmpty();
    m_allClear->setVisible(clear);
    const int attention = int(std::max<qsizetype>(agenda.overdueCount, agenda.overdue.size())
        + agenda.unsignedContracts.size() + agenda.failedMessages.size() + agenda.conflicts.size()
        + agenda.busyConflicts.size() + agenda.calendarChanges.size() + rescheduleRequests + disputesToAnswer
        + agenda.failedSubscriptions.size());
    const QString sessions = todayCount == 0 ? tr("No sessions today")
        : todayCount == 1                    ? tr("1 session today")
                                             : tr("%1 sessions today").arg(todayCount);
    const QString needs = attention == 0 ? tr("nothing needs your attention")
        : attention == 1                 ? tr("1 thing needs your attention")
                                         : tr("%1 things need your attention").arg(attention);
    m_summary->setText(tr("%1 · %2").arg(sessions, needs));
}

void TodayPage::resolveCalendarChange(const QUuid& proposalId)
{
    for (const CalendarChange& change : std::as_const(m_changes)) {
        if (change.proposalId != proposalId) {
            continue;
        }
        askAboutChange(change);
        return;
    }
}

void TodayPage::askAboutChange(const CalendarChange& change)
{
    const QTimeZone zone(m_context.profile().timeZoneId.toLatin1());
    const QLocale locale = m_context.locale();
    const auto when = [&](const QDateTime& utc) {
        const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
        return tr("%1 %2").arg(
            locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat));
    };
    const QString session =
        tr("%1's %2 on %3")
            .arg(change.booking.clientName, change.booking.serviceName, when(change.booking.schedule.start()));
    // On the heap and opened, not exec()'d: an auto-lock while it is open deletes this page, and
    // the box with it, instead of returning into a page that is gone.
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Changed in %1").arg(change.calendarName), {}, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("calendarChangeQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* accept = nullptr;
    if (change.cancelled) {
        box->setText(tr("The event of %1 was deleted in %2.").arg(session, change.calendarName));
        box->setInformativeText(tr("Cancel the booking too? If you keep it, Clientele puts the event back."));
        accept = box->addButton(tr("Cancel Booking"), QMessageBox::AcceptRole);
    } else {
        box->setText(tr("The event of %1 was moved in %2 to %3.")
                         .arg(session, change.calendarName, when(change.proposedStartUtc)));
        box->setInformativeText(tr("Move the booking too? If you keep it, Clientele moves the event back."));
        accept = box->addButton(tr("Move Booking"), QMessageBox::AcceptRole);
    }
    QPushButton* keep = box->addButton(tr("Keep Booking"), QMessageBox::RejectRole);
    QPushButton* later = box->addButton(tr("Decide Later"), QMessageBox::NoRole);
    box->setDefaultButton(accept);
    box->setEscapeButton(later); // Escape decides nothing
    connect(box, &QMessageBox::buttonClicked, this,
        [this, accept, keep, proposalId = change.proposalId](QAbstractButton* clicked) {
            if (clicked == accept || clicked == keep) {
                Q_EMIT calendarChangeResolved(proposalId, clicked == accept);
            }
        });
    box->open();
}

} // namespace clientele::ui
