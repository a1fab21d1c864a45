#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "core/domain/BookingStatus.h"
#include "core/domain/Contract.h"
#include "core/domain/InvoiceStatus.h"
#include "core/domain/Message.h"
#include "core/domain/PipelineStage.h"
#include "core/domain/Schedule.h"

namespace clientele {

// Read models: the few fields a list, the calendar or the Today view shows of each record, read in
// one query on the storage thread and handed to the UI by value. Names are joined in, so a view never
// asks the store again per row. Money is minor units of `currency`.

struct ClientSummary
{
    QUuid id;
    QString name; // Client::displayName()
    QString email; // primary, may be empty
    QString phone; // primary, E.164, may be empty
    domain::PipelineStage stage = domain::PipelineStage::Inquiry;
    QStringList tags;
    QDateTime createdAt;
    qint64 lifetimeValueMinor = 0; // net paid on all their invoices in the practice currency
    QString currency;
};

struct BookingSummary
{
    QUuid id;
    QUuid clientId;
    QString clientName;
    QUuid serviceId;
    QString serviceName;
    domain::Schedule schedule; // null for an inquiry without a time
    domain::BookingStatus status = domain::BookingStatus::Inquiry;
    QString location;
    QString videoLink;
    int bufferBeforeMinutes = 0; // of the service
    int bufferAfterMinutes = 0;
    QUuid seriesId; // non-null for a session of a recurring series
    bool serviceVideoMeeting = false; // the service meets by video: a connected calendar can make the link
};

struct InvoiceSummary
{
    QUuid id;
    QUuid clientId;
    QString clientName;
    QUuid bookingId;
    QString number; // empty while a draft
    domain::InvoiceStatus status = domain::InvoiceStatus::Draft;
    QString currency;
    QDate issueDate;
    QDate dueDate;
    // When the next payment is due: the first instalment not yet paid in full, or the due date when
    // the invoice has no payment schedule.
    QDate nextDueDate;
    qint64 totalMinor = 0;
    qint64 paidMinor = 0; // net of refunds
    qint64 balanceMinor() const { return totalMinor - paidMinor; }
    // Issued or partially paid, with its next payment due before `today` (as Invoice::isOverdue).
    bool isOverdue(const QDate& today) const;
};

struct ContractSummary
{
    QUuid id;
    QUuid clientId;
    QString clientName;
    QUuid bookingId;
    QString title;
    domain::ContractStatus status = domain::ContractStatus::Draft;
    QDateTime sentAt;
};

struct MessageSummary
{
    QUuid id;
    QUuid clientId;
    QString clientName;
    QString channel; // "email" or "sms"
    domain::MessageDirection direction = domain::MessageDirection::Outbound;
    QString subject;
    QString preview; // the first line of the body, at most 120 characters
    domain::MessageState state = domain::MessageState::Draft;
    QString error;
    QDateTime at;
};

// Two live bookings whose sessions (with their buffers) overlap.
struct BookingConflict
{
    BookingSummary first;
    BookingSummary second;
};

// A live booking (with its buffers) over time another calendar marks busy (an imported .ics, a
// connected Google or Outlook calendar).
struct BusyConflict
{
    BookingSummary booking;
    QString calendarName;
    QString title; // of the outside event, as that calendar shows it
    QDateTime busyStartUtc;
    QDateTime busyEndUtc;
};

// A move or cancellation of a booking's event made in a connected calendar, waiting for the
// practitioner to accept it (the booking follows) or keep the booking (the event is written back).
struct CalendarChange
{
    QUuid proposalId;
    BookingSummary booking; // as it is now
    QString calendarName;
    bool cancelled = false; // else moved to the proposed times
    QDateTime proposedStartUtc;
    QDateTime proposedEndUtc;
    QDateTime seenAtUtc;
};

// A client's answer by text to a reminder about an upcoming session (a reply C or R).
struct SessionReply
{
    BookingSummary booking;
    bool reschedule = false; // R: asks for another time; else C: confirms
    QDateTime atUtc;
};

// A card payment the client's bank disputes, still open: the practice answers in Stripe by dueByUtc.
struct DisputeSummary
{
    QUuid invoiceId;
    QString invoiceNumber;
    QString clientName;
    qint64 amountMinor = 0;
    QString currency;
    QString reason; // Stripe's reason key
    QDateTime dueByUtc; // invalid when Stripe gave none
    bool underReview = false; // evidence sent, the bank decides
};

// A client's subscription whose last period Stripe could not charge (past due): Stripe tries again,
// and the practice may want to ask the client to update their card.
struct FailedSubscription
{
    QUuid clientId;
    QString clientName;
    QString name; // the plan
    qint64 periodAmountMinor = 0;
    QString currency;
};

// What the Today view shows; each list is short (upcoming: the next 7 days, at most 50).
struct TodayAgenda
{
    QList<BookingSummary> upcoming; // not canceled, starting from now, soonest first
    QList<InvoiceSummary> overdue; // oldest due date first
    QList<InvoiceSummary> unpaid; // issued or partially paid, not yet due
    int overdueCount = 0; // all of them (the lists above stop at 50)
    int unpaidCount = 0;
    QList<ContractSummary> unsignedContracts; // sent or viewed
    QList<MessageSummary> failedMessages; // failed or undeliverable, newest first
    QList<BookingConflict> conflicts; // among the upcoming 30 days
    QList<BusyConflict> busyConflicts; // upcoming 30 days, soonest first
    QList<CalendarChange> calendarChanges; // pending, oldest first
    QList<SessionReply> replies; // the latest reply about each session of the next 30 days, soonest first
    QList<DisputeSummary> disputes; // open, the soonest deadline first
    QList<FailedSubscription> failedSubscriptions; // past due, by client
};

// A client's detail page: everything that happened with them, newest first.
struct ClientHistory
{
    QList<BookingSummary> bookings;
    QList<InvoiceSummary> invoices;
    QList<MessageSummary> messages;
    qint64 lifetimeValueMinor = 0;
    qint64 outstandingMinor = 0;
    QString currency;
};

} // namespace clientele
