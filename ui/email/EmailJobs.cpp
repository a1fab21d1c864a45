#include "ui/email/EmailJobs.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

#include "core/FutureWatch.h"
#include "core/documents/DocumentRenderer.h"
#include "core/store/BookingRows.h"
#include "core/store/ClientRows.h"
#include "core/store/Emails.h"
#include "core/store/InvoiceRows.h"
#include "core/store/PaymentRequests.h"
#include "core/store/ServiceRows.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "ui/practice/PracticeContext.h"
#include "ui/printing/DocumentJobs.h"

namespace clientele::ui::EmailJobs {

namespace {

using Promise = std::shared_ptr<QPromise<Result<QueuedEmail>>>;

Promise started()
{
    auto promise = std::make_shared<QPromise<Result<QueuedEmail>>>();
    promise->start();
    return promise;
}

void finish(const Promise& promise, Result<QueuedEmail> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}

Error gone(const char* text)
{
    return Error(Error::Code::NotFound, QCoreApplication::translate("EmailJobs", text));
}

template<typename T>
Result<T> required(Result<std::optional<T>> loaded, const char* missing)
{
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded->has_value()) {
        return gone(missing);
    }
    return **loaded;
}

// Queues the payload (the storage thread composes it) and hands the answer to the promise.
void queue(QObject* context, PracticeContext& practice, const email::EmailPayload& payload, const Promise& promise)
{
    onFinished(context, Emails(practice.store()).queue(payload),
        [promise](const Result<QueuedEmail>& queued) { finish(promise, queued); });
}

} // namespace

QFuture<Result<QueuedEmail>> invoice(QObject* context, PracticeContext& practice, const QUuid& invoiceId)
{
    const Promise promise = started();
    struct Records
    {
        domain::Invoice invoice;
        domain::Client client;
        QString paymentLink;
    };
    auto records = practice.store().run([invoiceId](StoreSession& session) -> Result<Records> {
        Result<domain::Invoice> invoice = required(InvoiceRows::load(session.db(), invoiceId),
            QT_TRANSLATE_NOOP("EmailJobs", "The invoice no longer exists."));
        if (!invoice) {
            return invoice.error();
        }
        Result<domain::Client> client = required(ClientRows::load(session.db(), invoice->clientId()),
            QT_TRANSLATE_NOOP("EmailJobs", "The invoice's client no longer exists."));
        if (!client) {
            return client.error();
        }
        Result<QList<PaymentRequest>> links = PaymentRequestRows::ofInvoice(session.db(), invoiceId);
        if (!links) {
            return links.error();
        }
        QString link;
        for (const PaymentRequest& request : links.value()) {
            if (request.state == PaymentRequest::State::Ready && link.isEmpty()) {
                link = request.url.toString();
            }
        }
        return Records {invoice.value(), client.value(), link};
    });
    onFinished(context, records, [context, &practice, promise, invoiceId](const Result<Records>& loaded) {
        if (!loaded) {
            finish(promise, loaded.error());
            return;
        }
        onFinished(context, DocumentJobs::invoice(practice, invoiceId),
            [context, &practice, promise, loaded](const Result<documents::Document>& document) {
                if (!document) {
                    finish(promise, document.error());
                    return;
                }
                // Painting takes a while for a long invoice: not on the UI thread.
                onFinished(context, QtConcurrent::run([document = document.value()] {
                    return documents::DocumentRenderer::pdf(document);
                }),
                    [context, &practice, promise, loaded](const Result<QByteArray>& pdf) {
                        if (!pdf) {
                            finish(promise, pdf.error());
                            return;
                        }
                        queue(context, practice,
                            email::InvoiceEmail {loaded->client, loaded->invoice, pdf.value(), loaded->paymentLink},
                            promise);
                    });
            });
    });
    return promise->future();
}

QFuture<Result<QueuedEmail>> bookingConfirmation(QObject* context, PracticeContext& practice, const QUuid& bookingId)
{
    const Promise promise = started();
    auto payload = practice.store().run([bookingId](StoreSession& session) -> Result<email::EmailPayload> {
        Result<domain::Booking> booking = required(BookingRows::load(session.db(), bookingId),
            QT_TRANSLATE_NOOP("EmailJobs", "The booking no longer exists."));
        if (!booking) {
            return booking.error();
        }
        Result<domain::Client> client = required(ClientRows::load(session.db(), booking->clientId()),
            QT_TRANSLATE_NOOP("EmailJobs", "The booking's client no longer exists."));
        if (!client) {
            return client.error();
        }
        Result<domain::Service> service = required(ServiceRows::load(session.db(), booking->serviceId()),
            QT_TRANSLATE_NOOP("EmailJobs", "The booking's service no longer exists."));
        if (!service) {
            return service.error();
        }
        return email::EmailPayload(email::BookingConfirmation {client.value(), booking.value(), service.value()});
    });
    onFinished(context, payload, [context, &practice, promise](const Result<email::EmailPayload>& loaded) {
        if (!loaded) {
            finish(promise, loaded.error());
            return;
        }
        queue(context, practice, loaded.value(), promise);
    });
    return promise->future();
}

} // namespace clientele::ui::EmailJobs
