#include "core/interchange/TextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace clientele::interchange {

namespace {

int lineInText(const QString& text, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == u'\n' || (text.at(i) == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n'))) {
            ++line;
        }
    }
    return line;
}

Result<QString> decodeUtf16(const QByteArray& data, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding);
    QString text = decoder(QByteArrayView(data).sliced(2));
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("TextDecoder",
                "The file says it is UTF-16 text but is damaged near line %1. Export it again, "
                "preferably as UTF-8.")
                .arg(lineInText(text, bad < 0 ? text.size() : bad)),
            QStringLiteral("invalid UTF-16"));
    }
    return text;
}

} // namespace

Result<QString> TextDecoder::decode(const QByteArray& data)
{
    if (data.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4))
        || data.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4))) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "TextDecoder", "The file is UTF-32 text, which cannot be imported. Save it again as UTF-8."),
            QStringLiteral("UTF-32 byte order mark"));
    }
    if (data.startsWith("\xFF\xFE")) {
        return decodeUtf16(data, QStringConverter::Utf16LE);
    }
    if (data.startsWith("\xFE\xFF")) {
        return decodeUtf16(data, QStringConverter::Utf16BE);
    }

    const QByteArray body = data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
    const qsizetype nul = body.indexOf('\0');
    const qsizetype bad = firstInvalidUtf8(body);
    if (nul >= 0 && (bad < 0 || nul < bad)) {
        // A UTF-16 file without a byte order mark looks like this; so does a binary file.
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("TextDecoder",
                "Line %1 contains a zero byte, so this is not a UTF-8 text file (it may be UTF-16 "
                "without a byte order mark, or not a text file at all). Save it again as UTF-8.")
                .arg(lineAt(body, nul)),
            QStringLiteral("NUL byte at offset %1").arg(nul));
    }
    if (bad >= 0) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("TextDecoder",
                "Line %1 is not valid UTF-8 text. Save the file again with the encoding \"UTF-8\" "
                "(in Excel: \"CSV UTF-8\") and import it again.")
                .arg(lineAt(body, bad)),
            QStringLiteral("invalid UTF-8 at offset %1").arg(bad));
    }
    return QString::fromUtf8(body);
}

qsizetype TextDecoder::firstInvalidUtf8(const QByteArray& data)
{
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(data.at(i));
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1Fu;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0Fu;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07u;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > size) {
            return i;
        }
        for (qsizetype k = 1; k < length; ++k) {
            const auto continuation = static_cast<unsigned char>(data.at(i + k));
            if ((continuation & 0xC0) != 0x80) {
                return i;
            }
            codePoint = (codePoint << 6) | (continuation & 0x3Fu);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return i;
        }
        i += length;
    }
    return -1;
}

int TextDecoder::lineAt(const QByteArray& data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n'))) {
            ++line;
        }
    }
    return line;
}

} // namespace clientele::interchange
