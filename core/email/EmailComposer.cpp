#include "core/email/EmailComposer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include "core/domain/PracticeProfile.h"
#include "core/email/EmailHtml.h"
#include "core/email/EmailMergeValues.h"
#include "core/interchange/IcsWriter.h"
#include "core/mail/MimeWriter.h"
#include "core/text/DocumentText.h"

#include "core/Overloaded.h"

namespace clientele::email {

namespace {

const QString kLogoContentId = QStringLiteral("logo@clientele");

QString translated(const char* text)
{
    return QCoreApplication::translate("EmailComposer", text);
}

Error composeError(const char* key, const QString& message)
{
    return Error(Error::Code::InvalidInput, message, QString::fromLatin1(key));
}

std::optional<EmailAction> actionOf(const EmailPayload& payload)
{
    auto action = [](const char* label, const QString& url) -> std::optional<EmailAction> {
        if (url.trimmed().isEmpty()) {
            return std::nullopt;
        }
        return EmailAction {translated(label), url.trimmed()};
    };
    return std::visit(
        Overloaded {
            [&](const BookingCancellation&) -> std::optional<EmailAction> { return std::nullopt; },
            [&](const InvoiceEmail& email) {
                return action(QT_TRANSLATE_NOOP("EmailComposer", "Pay online"), email.paymentLink);
            },
            [&](const PaymentReminder& email) {
                return action(QT_TRANSLATE_NOOP("EmailComposer", "Pay online"), email.paymentLink);
            },
            [&](const PaymentReceipt&) -> std::optional<EmailAction> { return std::nullopt; },
            [&](const WelcomeEmail&) -> std::optional<EmailAction> { return std::nullopt; },
            [&](const QuestionnaireRequest& email) {
                return action(QT_TRANSLATE_NOOP("EmailComposer", "Answer the questionnaire"), email.link);
            },
            [&](const DeliverablesReady& email) {
                return action(QT_TRANSLATE_NOOP("EmailComposer", "Download your files"), email.link);
            },
            [&](const ReviewRequest& email) {
                return action(QT_TRANSLATE_NOOP("EmailComposer", "Write a review"), email.link);
            },
            [&](const ContractToSign& email) {
                return action(QT_TRANSLATE_NOOP("EmailComposer", "Read and sign"), email.signingLink);
            },
            // Confirmation, reminder and new time: the session's video meeting.
            [&](const auto& email) {
                return action(QT_TRANSLATE_NOOP("EmailComposer", "Join the video meeting"), email.booking.videoLink());
            },
        },
        payload);
}

// A file name without characters that some systems refuse.
QString safeFileName(QString name)
{
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (refused.contains(c) || c.unicode() < 0x20) {
            c = u'-';
        }
    }
    return name.trimmed();
}

// The session as the client's calendar should show it, from the client's side.
mail::MailAttachment sessionCalendar(const domain::Booking& booking, const domain::Service& service,
    const domain::PracticeProfile& profile, bool cancelled, const QDateTime& now)
{
    interchange::IcsEvent event;
    // The same UID as in the practice's own calendar exports, so an update replaces the event.
    event.uid = booking.id().toString(QUuid::WithoutBraces) + QStringLiteral("@clientele");
    event.sequence = static_cast<int>(booking.rescheduleHistory().size()) + (cancelled ? 1 : 0);
    event.status = cancelled ? interchange::IcsEvent::Status::Cancelled : interchange::IcsEvent::Status::Confirmed;
    event.startUtc = booking.schedule().start();
    event.endUtc = booking.schedule().end();
    event.timeZoneId = booking.schedule().timeZoneId();
    event.summary = service.name().isEmpty() ? profile.name
                                             : QCoreApplication::translate("EmailComposer", "%1 with %2")
                                                   .arg(service.name().trimmed(), profile.name.trimmed());
    event.location = booking.location().isEmpty() ? booking.videoLink() : booking.location();
    event.url = booking.videoLink();
    if (!booking.videoLink().isEmpty()) {
        event.description = QCoreApplication::translate("EmailComposer", "Join: %1").arg(booking.videoLink());
    }
    interchange::IcsWriter::Calendar calendar;
    calendar.name = profile.name;
    calendar.timeZoneId = booking.schedule().timeZoneId();
    calendar.stamp = now.toUTC();
    return {translated(QT_TRANSLATE_NOOP("EmailComposer", "session.ics")),
        QByteArrayLiteral("text/calendar; charset=utf-8; method=PUBLISH"),
        interchange::IcsWriter::write({event}, calendar), {}};
}

QList<mail::MailAttachment> attachmentsOf(
    const EmailPayload& payload, const domain::PracticeProfile& profile, const QDateTime& now)
{
    auto pdf = [](const QString& name, const QByteArray& bytes) {
        QList<mail::MailAttachment> files;
        if (!bytes.isEmpty()) {
            files.append(
                {safeFileName(name) + QStringLiteral(".pdf"), QByteArrayLiteral("application/pdf"), bytes, {}});
        }
        return files;
    };
    auto invoiceName = [](const domain::Invoice& invoice) {
        return QCoreApplication::translate("EmailComposer", "Invoice %1").arg(invoice.number());
    };
    return std::visit(
        Overloaded {
            [&](const BookingConfirmation& email) {
                return QList {sessionCalendar(email.booking, email.service, profile, false, now)};
            },
            [&](const SessionReminder& email) {
                return QList {sessionCalendar(email.booking, email.service, profile, false, now)};
            },
            [&](const BookingReschedule& email) {
                return QList {sessionCalendar(email.booking, email.service, profile, false, now)};
            },
            [&](const BookingCancellation& email) {
                return QList {sessionCalendar(email.booking, email.service, profile, true, now)};
            },
            [&](const InvoiceEmail& email) { return pdf(invoiceName(email.invoice), email.pdf); },
            [&](const PaymentReminder& email) { return pdf(invoiceName(email.invoice), email.pdf); },
            [&](const PaymentReceipt& email) {
                return pdf(
                    QCoreApplication::translate("EmailComposer", "Receipt %1").arg(email.invoice.number()), email.pdf);
            },
            [&](const ContractToSign& email) { return pdf(email.contractTitle, email.pdf); },
            [&](const auto&) { return QList<mail::MailAttachment>(); },
        },
        payload);
}

QStringList footerOf(const domain::PracticeProfile& profile)
{
    const QLocale locale(profile.localeName);
    QStringList lines {profile.legalName.trimmed().isEmpty() ? profile.name.trimmed() : profile.legalName.trimmed()};
    const QStringList address = addressLines(profile.address, homeCountry(profile.address, locale));
    if (!address.isEmpty()) {
        lines.append(address.join(QStringLiteral(", ")));
    }
    QStringList contact;
    if (!profile.email.trimmed().isEmpty()) {
        contact.append(profile.email.trimmed());
    }
    if (!profile.phone.isEmpty()) {
        contact.append(documentPhone(profile.phone));
    }
    if (!profile.website.trimmed().isEmpty()) {
        contact.append(profile.website.trimmed());
    }
    if (!contact.isEmpty()) {
        lines.append(contact.join(QStringLiteral(" · ")));
    }
    return lines;
}

} // namespace

Result<ComposedEmail> composeEmail(const EmailPayload& payload, const EmailTemplate& emailTemplate,
    const domain::PracticeProfile& profile, const SenderIdentity& sender, const QDateTime& now)
{
    const EmailKind kind = kindOf(payload);
    if (emailTemplate.kind != kind) {
        return composeError("email.wrong-template",
            QCoreApplication::translate("EmailComposer", "The template of a “%1” email cannot write a “%2” email.")
                .arg(emailKindName(emailTemplate.kind), emailKindName(kind)));
    }
    const domain::Client& client = clientOf(payload);
    const auto address = client.primaryEmail();
    if (!address) {
        return composeError("email.no-address",
            QCoreApplication::translate("EmailComposer", "%1 has no email address. Add one on their page first.")
                .arg(client.displayName()));
    }
    Result<EmailTemplate::Rendered> rendered = emailTemplate.render(emailMergeValues(payload, profile));
    if (!rendered) {
        return rendered.error();
    }
    const std::optional<EmailAction> action = actionOf(payload);
    const QLocale locale(profile.localeName);
    const QTimeZone zone(profile.timeZoneId.toUtf8());

    ComposedEmail composed;
    composed.kind = kind;
    composed.clientId = client.id();
    if (const domain::Booking* booking = bookingOf(payload)) {
        composed.bookingId = booking->id();
        if (kind == EmailKind::Reminder) {
            composed.expiresAt = booking->schedule().start();
        }
    }
    mail::MailMessage& mail = composed.mail;
    mail.from = {sender.name.trimmed().isEmpty() ? profile.name.trimmed() : sender.name.trimmed(), sender.address};
    mail.to = {{client.displayName(), address->address()}};
    if (!sender.replyTo.trimmed().isEmpty()) {
        mail.replyTo = {mail.from.name, sender.replyTo.trimmed()};
    }
    mail.subject = rendered->subject;
    mail.text = emailText(rendered->text, action);
    EmailLook look;
    look.practiceName = profile.name.trimmed();
    look.accentColor = profile.accentColor;
    look.footerLines = footerOf(profile);
    look.language = locale.bcp47Name();
    look.rightToLeft = locale.textDirection() == Qt::RightToLeft;
    if (!profile.logoPng.isEmpty()) {
        look.logoContentId = kLogoContentId;
    }
    mail.html = emailHtml(mail.subject, rendered->text, look, action);
    mail.attachments = attachmentsOf(payload, profile, now);
    if (!profile.logoPng.isEmpty()) {
        mail.attachments.append(
            {QStringLiteral("logo.png"), QByteArrayLiteral("image/png"), profile.logoPng, kLogoContentId});
    }
    mail.date = now.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    mail.messageId = mail::newMessageId(sender.address);
    mail.automatic = kind == EmailKind::Reminder;
    return composed;
}

} // namespace clientele::email
