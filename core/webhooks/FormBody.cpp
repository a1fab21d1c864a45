#include "core/webhooks/FormBody.h"

#include <QStringDecoder>

namespace clientele::webhooks {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// One name or value: '+' and %XX first, then UTF-8, so that an escaped '+' (%2B) stays a plus.
Result<QString> decodeComponent(QByteArrayView text, qsizetype offset)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            bytes += ' ';
        } else if (c != '%') {
            bytes += c;
        } else {
            const int high = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
            if (high < 0 || low < 0) {
                // The offset helps find the spot in a logged body without quoting its content,
                // which may hold a client's message.
                return Error(Error::Code::InvalidInput,
                    QStringLiteral("The form body has a malformed percent escape at byte %1.").arg(offset + i),
                    QString::fromLatin1(kFormBodyBadEscape));
            }
            bytes += char(high * 16 + low);
            i += 2;
        }
    }
    // Stateless: a sequence cut off at the end is an error, not something to finish later.
    // ConvertInitialBom: a leading U+FEFF is part of the value, not a byte-order mark to drop.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Error(Error::Code::InvalidInput, QStringLiteral("The form body is not valid UTF-8."),
            QString::fromLatin1(kFormBodyInvalidUtf8));
    }
    return decoded;
}

} // namespace

Result<FormParams> parseFormBody(QByteArrayView body)
{
    FormParams params;
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0) {
            end = body.size();
        }
        const QByteArrayView field = body.sliced(start, end - start);
        const qsizetype fieldStart = start;
        start = end + 1;
        if (field.isEmpty()) {
            continue;
        }
        const qsizetype equals = field.indexOf('=');
        const QByteArrayView name = equals < 0 ? field : field.first(equals);
        const QByteArrayView value = equals < 0 ? QByteArrayView() : field.sliced(equals + 1);
        Result<QString> decodedName = decodeComponent(name, fieldStart);
        if (!decodedName) {
            return decodedName.error();
        }
        Result<QString> decodedValue = decodeComponent(value, fieldStart + equals + 1);
        if (!decodedValue) {
            return decodedValue.error();
        }
        params.emplace_back(std::move(decodedName).value(), std::move(decodedValue).value());
    }
    return params;
}

} // namespace clientele::webhooks
