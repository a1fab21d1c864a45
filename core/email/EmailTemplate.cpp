#include "core/email/EmailTemplate.h"

#include <QCoreApplication>

#include "core/domain/MergeText.h"

namespace clientele::email {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("EmailTemplate", text);
}

Error templateError(const char* key, const QString& message)
{
    return Error(Error::Code::InvalidInput, message, QString::fromLatin1(key));
}

// Known anywhere, but is it offered in this kind of email?
Result<void> checkFields(const QString& text, EmailKind kind)
{
    Result<QStringList> used = domain::MergeText::fields(text, allEmailFields());
    if (!used) {
        return used.error();
    }
    for (const QString& field : used.value()) {
        if (!emailFields(kind).contains(field)) {
            return templateError("template.not-for-this-email",
                QCoreApplication::translate("EmailTemplate", "The merge field {{%1}} cannot be used in a “%2” email.")
                    .arg(field, emailKindName(kind)));
        }
    }
    return {};
}

} // namespace

EmailTemplate EmailTemplate::defaultFor(EmailKind kind)
{
    EmailTemplate t;
    t.kind = kind;
    switch (kind) {
    case EmailKind::BookingConfirmation:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "Your {{service.name}} on {{booking.date}}"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\nyour {{service.name}} is booked for {{booking.date}} at "
            "{{booking.time}}. The attached calendar file adds it to your calendar.\n\nIf the time no longer suits "
            "you, just reply to this email.\n\nSee you then,\n{{practice.name}}"));
        break;
    case EmailKind::Reminder:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "Reminder: {{service.name}} on {{booking.date}}"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\na reminder of your {{service.name}} on {{booking.date}} at "
            "{{booking.time}}.\n\nIf you cannot make it, please reply to this email.\n\n{{practice.name}}"));
        break;
    case EmailKind::Cancellation:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "Cancelled: {{service.name}} on {{booking.date}}"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\nyour {{service.name}} on {{booking.date}} at {{booking.time}} is "
            "cancelled. The attached calendar file takes it out of your calendar.\n\nReply to this email to find a "
            "new time.\n\n{{practice.name}}"));
        break;
    case EmailKind::Reschedule:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "New time: {{service.name}} on {{booking.date}}"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\nyour {{service.name}} has moved from {{booking.previous_date}} at "
            "{{booking.previous_time}} to {{booking.date}} at {{booking.time}}. The attached calendar file updates "
            "your calendar.\n\n{{practice.name}}"));
        break;
    case EmailKind::Invoice:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "Invoice {{invoice.number}} from {{practice.name}}"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\nplease find invoice {{invoice.number}} for {{invoice.total}} attached, "
            "due on {{invoice.due_date}}.\n\nThank you,\n{{practice.name}}"));
        break;
    case EmailKind::Receipt:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "Receipt for invoice {{invoice.number}}"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\nthank you for your payment of {{payment.amount}} on {{payment.date}} "
            "towards invoice {{invoice.number}}. Still open: {{invoice.balance}}.\n\n{{practice.name}}"));
        break;
    case EmailKind::PaymentReminder:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "Reminder: invoice {{invoice.number}}"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\na friendly reminder that {{invoice.balance}} of invoice "
            "{{invoice.number}} was due on {{invoice.due_date}}. The invoice is attached.\n\nIf you have paid "
            "already, thank you, and please ignore this email.\n\n{{practice.name}}"));
        break;
    case EmailKind::Welcome:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "Welcome to {{practice.name}}"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\nwelcome, and thank you for choosing {{practice.name}}. You can reach "
            "me by replying to this email.\n\n{{practice.name}}"));
        break;
    case EmailKind::QuestionnaireRequest:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "A few questions before we meet"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\nplease take a few minutes to answer the questionnaire "
            "“{{questionnaire.name}}”:\n{{questionnaire.link}}\n\nThank you,\n{{practice.name}}"));
        break;
    case EmailKind::DeliverablesReady:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "Your files are ready"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\n{{deliverables.count}} files from your {{service.name}} are ready to "
            "download until {{deliverables.available_until}}:\n{{deliverables.link}}\n\nEnjoy,\n{{practice.name}}"));
        break;
    case EmailKind::ReviewRequest:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "How was your experience?"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\nthank you for working with {{practice.name}}. If you have a minute, a "
            "short review would mean a lot:\n{{review.link}}\n\n{{practice.name}}"));
        break;
    case EmailKind::ContractToSign:
        t.subject = translated(QT_TRANSLATE_NOOP("EmailTemplate", "Please sign: {{contract.title}}"));
        t.body = translated(QT_TRANSLATE_NOOP("EmailTemplate",
            "Hello {{client.first_name}},\n\nplease read and sign “{{contract.title}}”:\n{{contract.link}}\n\nA "
            "copy is attached.\n\n{{practice.name}}"));
        break;
    }
    return t;
}

Result<void> EmailTemplate::validate() const
{
    if (subject.trimmed().isEmpty()) {
        return templateError("template.no-subject",
            QCoreApplication::translate("EmailTemplate", "The “%1” email needs a subject.").arg(emailKindName(kind)));
    }
    if (body.trimmed().isEmpty()) {
        return templateError("template.no-text",
            QCoreApplication::translate("EmailTemplate", "The “%1” email needs a text.").arg(emailKindName(kind)));
    }
    if (Result<void> checked = checkFields(subject, kind); !checked) {
        return checked;
    }
    return checkFields(body, kind);
}

Result<EmailTemplate::Rendered> EmailTemplate::render(const QHash<QString, QString>& values) const
{
    if (Result<void> valid = validate(); !valid) {
        return valid.error();
    }
    Result<QString> renderedSubject = domain::MergeText::render(subject, emailFields(kind), values);
    if (!renderedSubject) {
        return renderedSubject.error();
    }
    Result<QString> renderedBody = domain::MergeText::render(body, emailFields(kind), values);
    if (!renderedBody) {
        return renderedBody.error();
    }
    return Rendered {renderedSubject->simplified(), renderedBody.value()};
}

} // namespace clientele::email
