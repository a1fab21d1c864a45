#include "core/mail/MimeWriter.h"

#include <gmime/gmime.h>

#include <QCoreApplication>
#include <QUuid>
#include <memory>
#include <mutex>

#include "core/domain/EmailAddress.h"

namespace clientele::mail {

namespace {

struct GObjectUnref
{
    void operator()(gpointer object) const { g_object_unref(object); }
};
template<typename T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

void initialiseGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

Error mailError(const char* key, const QString& message)
{
    return Error(Error::Code::InvalidInput, message, QString::fromLatin1(key));
}

Result<QByteArray> asciiAddress(const Mailbox& mailbox)
{
    const auto parsed = domain::EmailAddress::parse(mailbox.address);
    if (!parsed) {
        return mailError("mail.bad-address",
            QCoreApplication::translate("MimeWriter", "“%1” is not an email address that mail can be sent to.")
                .arg(mailbox.address));
    }
    return parsed->asciiAddress().toUtf8();
}

Result<void> addMailbox(GMimeMessage* message, GMimeAddressType type, const Mailbox& mailbox)
{
    const auto address = asciiAddress(mailbox);
    if (!address) {
        return address.error();
    }
    // simplified(): a line break in a name (pasted, or from a merge field) must never reach a header.
    const QByteArray name = mailbox.name.simplified().toUtf8();
    g_mime_message_add_mailbox(message, type, name.isEmpty() ? nullptr : name.constData(), address->constData());
    return {};
}

GObjectPtr<GMimeObject> textPart(const char* subtype, const QString& text)
{
    GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
    // Charset and transfer encoding are left to GMime: set_text picks the smallest charset that holds
    // the text (US-ASCII, ISO-8859-1, UTF-8), and g_mime_object_encode below quoted-printable or
    // base64 for anything not plain 7-bit.
    g_mime_text_part_set_text(part, text.toUtf8().constData());
    return GObjectPtr<GMimeObject>(GMIME_OBJECT(part));
}

GObjectPtr<GMimeObject> attachmentPart(const MailAttachment& attachment)
{
    QByteArray type =
        attachment.mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : attachment.mimeType;
    GObjectPtr<GMimeContentType> contentType(g_mime_content_type_parse(nullptr, type.constData()));
    GMimePart* part = g_mime_part_new_with_type(g_mime_content_type_get_media_type(contentType.get()),
        g_mime_content_type_get_media_subtype(contentType.get()));
    // Parameters of the given type (method=PUBLISH, charset=utf-8) are kept.
    GMimeParamList* params = g_mime_content_type_get_parameters(contentType.get());
    for (int i = 0; i < g_mime_param_list_length(params); ++i) {
        GMimeParam* param = g_mime_param_list_get_parameter_at(params, i);
        g_mime_object_set_content_type_parameter(
            GMIME_OBJECT(part), g_mime_param_get_name(param), g_mime_param_get_value(param));
    }
    // GMime writes a non-ASCII file name per RFC 2231 (filename*=utf-8''…) in Content-Disposition.
    g_mime_part_set_filename(part, attachment.fileName.toUtf8().constData());
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(
        reinterpret_cast<const char*>(attachment.data.constData()), static_cast<size_t>(attachment.data.size())));
    GObjectPtr<GMimeDataWrapper> content(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, content.get());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    if (!attachment.contentId.isEmpty()) {
        g_mime_object_set_content_id(GMIME_OBJECT(part), attachment.contentId.toUtf8().constData());
        g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_INLINE);
    }
    return GObjectPtr<GMimeObject>(GMIME_OBJECT(part));
}

GObjectPtr<GMimeObject> multipart(const char* subtype, std::initializer_list<GMimeObject*> parts)
{
    GMimeMultipart* multipart = g_mime_multipart_new_with_subtype(subtype);
    for (GMimeObject* part : parts) {
        g_mime_multipart_add(multipart, part);
    }
    return GObjectPtr<GMimeObject>(GMIME_OBJECT(multipart));
}

// Text in messages may come with LF or CRLF; MIME wants CRLF, which the DOS newline format on output
// gives, and a lone CR is no line break anywhere.
QString withUnixNewlines(const QString& text)
{
    QString copy = text;
    copy.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    copy.replace(u'\r', u'\n');
    return copy;
}

} // namespace

Result<QByteArray> writeMime(const MailMessage& message)
{
    if (message.from.isEmpty()) {
        return mailError("mail.no-sender", QCoreApplication::translate("MimeWriter", "The message has no sender."));
    }
    if (message.to.isEmpty()) {
        return mailError(
            "mail.no-recipient", QCoreApplication::translate("MimeWriter", "The message has no recipient."));
    }
    if (message.text.trimmed().isEmpty()) {
        return mailError("mail.no-text", QCoreApplication::translate("MimeWriter", "The message has no text."));
    }
    initialiseGMime();

    GObjectPtr<GMimeMessage> mime(g_mime_message_new(TRUE));
    if (auto added = addMailbox(mime.get(), GMIME_ADDRESS_TYPE_FROM, message.from); !added) {
        return added.error();
    }
    for (const Mailbox& to : message.to) {
        if (auto added = addMailbox(mime.get(), GMIME_ADDRESS_TYPE_TO, to); !added) {
            return added.error();
        }
    }
    if (!message.replyTo.isEmpty()) {
        if (auto added = addMailbox(mime.get(), GMIME_ADDRESS_TYPE_REPLY_TO, message.replyTo); !added) {
            return added.error();
        }
    }
    // Subjects never carry line breaks (a header injection in a merge field must not make one).
    QString subject = message.subject.simplified();
    g_mime_message_set_subject(mime.get(), subject.toUtf8().constData(), "utf-8");

    const QDateTime date = message.date.isValid() ? message.date : QDateTime::currentDateTime();
    GTimeZone* zone = g_time_zone_new_offset(date.offsetFromUtc());
    GDateTime* utc = g_date_time_new_from_unix_utc(date.toSecsSinceEpoch());
    GDateTime* local = g_date_time_to_timezone(utc, zone);
    g_mime_message_set_date(mime.get(), local);
    g_date_time_unref(local);
    g_date_time_unref(utc);
    g_time_zone_unref(zone);

    const QString messageId = message.messageId.isEmpty() ? newMessageId(message.from.address) : message.messageId;
    g_mime_message_set_message_id(mime.get(), messageId.toUtf8().constData());
    if (message.automatic) {
        g_mime_object_set_header(GMIME_OBJECT(mime.get()), "Auto-Submitted", "auto-generated", nullptr);
    }

    // Images the HTML shows go with it (multipart/related); the rest are files (multipart/mixed).
    QList<MailAttachment> shown;
    QList<MailAttachment> files;
    for (const MailAttachment& attachment : message.attachments) {
        (!attachment.contentId.isEmpty() && !message.html.isEmpty() ? shown : files).append(attachment);
    }
    GObjectPtr<GMimeObject> body = textPart("plain", withUnixNewlines(message.text));
    if (!message.html.isEmpty()) {
        GObjectPtr<GMimeObject> html = textPart("html", withUnixNewlines(message.html));
        if (!shown.isEmpty()) {
            GObjectPtr<GMimeObject> related = multipart("related", {html.get()});
            for (const MailAttachment& image : shown) {
                GObjectPtr<GMimeObject> part = attachmentPart(image);
                g_mime_multipart_add(GMIME_MULTIPART(related.get()), part.get());
            }
            html = std::move(related);
        }
        body = multipart("alternative", {body.get(), html.get()});
    }
    if (!files.isEmpty()) {
        GObjectPtr<GMimeObject> mixed = multipart("mixed", {body.get()});
        for (const MailAttachment& attachment : files) {
            GObjectPtr<GMimeObject> part = attachmentPart(attachment);
            g_mime_multipart_add(GMIME_MULTIPART(mixed.get()), part.get());
        }
        body = std::move(mixed);
    }
    g_mime_message_set_mime_part(mime.get(), body.get());
    // 7bit transport: every part that is not plain ASCII with short lines gets quoted-printable or
    // base64, so no server along the way needs 8BITMIME.
    g_mime_object_encode(GMIME_OBJECT(mime.get()), GMIME_ENCODING_CONSTRAINT_7BIT);

    GMimeFormatOptions* options = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    const gssize written = g_mime_object_write_to_stream(GMIME_OBJECT(mime.get()), options, out.get());
    g_mime_format_options_free(options);
    if (written < 0) {
        return Error(Error::Code::Internal,
            QCoreApplication::translate("MimeWriter", "The message could not be put together."),
            QStringLiteral("g_mime_object_write_to_stream failed"));
    }
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len));
}

QString newMessageId(const QString& fromAddress)
{
    const auto parsed = domain::EmailAddress::parse(fromAddress);
    const QString domain = parsed ? parsed->asciiDomain() : QStringLiteral("clientele.invalid");
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + domain;
}

} // namespace clientele::mail
