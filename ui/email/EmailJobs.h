#pragma once

#include <QFuture>
#include <QUuid>

#include "core/Result.h"
#include "core/store/EmailOutbox.h"

class QObject;

namespace clientele::ui {

class PracticeContext;

// The emails the views send, each gathered in one job: the records from the store, the PDF painted
// off the UI thread, then queued through Emails (the one way in), which composes it with the
// practice's template. The future resolves on `context`'s thread; nothing is queued when a step
// fails, and the error says which.
namespace EmailJobs {

// The stored invoice as its PDF, with the open payment link when it has one.
QFuture<Result<QueuedEmail>> invoice(QObject* context, PracticeContext& practice, const QUuid& invoiceId);
// The session's confirmation, with its .ics and meeting link.
QFuture<Result<QueuedEmail>> bookingConfirmation(QObject* context, PracticeContext& practice, const QUuid& bookingId);

} // namespace EmailJobs

} // namespace clientele::ui
