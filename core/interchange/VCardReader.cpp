#include "core/interchange/VCardReader.h"

#include <algorithm>
#include <cctype>

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include "core/interchange/ContentLine.h"
#include "core/interchange/TextDecoder.h"

namespace clientele::interchange {

namespace {

using contentline::splitUnescaped;
using contentline::unescapeText;

struct LogicalLine
{
    int line = 0; // physical line where it starts
    QString text;
};

struct Property
{
    int line = 0;
    QString name; // upper case, without group
    QHash<QString, QStringList> parameters; // upper-case names; bare 2.1 parameters under TYPE or ENCODING
    QString value;

    QStringList parameter(const char* key) const { return parameters.value(QLatin1String(key)); }
    bool hasType(QLatin1String type) const
    {
        const QStringList types = parameter("TYPE");
        return std::any_of(types.cbegin(), types.cend(),
            [type](const QString& t) { return t.compare(type, Qt::CaseInsensitive) == 0; });
    }
    // Lower is more preferred: PREF=1 (4.0), TYPE=pref (2.1, 3.0), else last.
    int preference() const
    {
        bool ok = false;
        const int pref = parameter("PREF").value(0).toInt(&ok);
        if (ok && pref > 0) {
            return pref;
        }
        return hasType(QLatin1String("pref")) ? 1 : 1000;
    }
};

bool nameSaysQuotedPrintable(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    return colon > 0 && text.left(colon).contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive);
}

// Splits text into physical lines and joins folded ones: a line starting with a space or tab
// continues the previous one (RFC 6350 §3.2), and in a 2.1 quoted-printable value a line ending in
// "=" continues on the next line.
QList<LogicalLine> unfold(const QString& text)
{
    QList<LogicalLine> lines;
    bool continuesQuotedPrintable = false;
    int lineNumber = 1;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    while (pos <= size) {
        qsizetype end = pos;
        while (end < size && text.at(end) != u'\r' && text.at(end) != u'\n') {
            ++end;
        }
        const QString physical = text.mid(pos, end - pos);
        if (end < size && text.at(end) == u'\r' && end + 1 < size && text.at(end + 1) == u'\n') {
            ++end;
        }
        pos = end + 1;

        if (!lines.isEmpty() && continuesQuotedPrintable) {
            lines.last().text.chop(1); // the soft line break "="
            lines.last().text.append(physical);
        } else if (!lines.isEmpty() && !physical.isEmpty() && (physical.at(0) == u' ' || physical.at(0) == u'\t')) {
            lines.last().text.append(QStringView(physical).sliced(1));
        } else if (!physical.trimmed().isEmpty()) {
            lines.append({lineNumber, physical});
        }
        continuesQuotedPrintable = !lines.isEmpty() && lines.last().text.endsWith(u'=')
            && nameSaysQuotedPrintable(lines.last().text) && !physical.isEmpty();
        ++lineNumber;
        if (end >= size) {
            break;
        }
    }
    return lines;
}

QString decodeQuotedPrintable(const QString& value, const QString& charset)
{
    QByteArray bytes;
    const QByteArray encoded = value.toUtf8();
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '=' && i + 2 < encoded.size() && std::isxdigit(static_cast<unsigned char>(encoded.at(i + 1)))
            && std::isxdigit(static_cast<unsigned char>(encoded.at(i + 2)))) {
            bytes.append(static_cast<char>(QByteArray(encoded.constData() + i + 1, 2).toInt(nullptr, 16)));
            i += 2;
        } else if (c == '=' && i + 1 >= encoded.size()) {
            break; // a trailing soft line break
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.toLatin1().constData());
    if (!decoder.isValid()) {
        decoder = QStringDecoder(QStringConverter::Utf8);
    }
    return decoder(bytes);
}

// vCard 2.1 allows bare parameter values: TEL;HOME;VOICE:…, NOTE;QUOTED-PRINTABLE:…
QString bareParameterName(const QString& value)
{
    const QString upper = value.toUpper();
    return (upper == QLatin1String("QUOTED-PRINTABLE") || upper == QLatin1String("BASE64")
               || upper == QLatin1String("8BIT") || upper == QLatin1String("B"))
        ? QStringLiteral("ENCODING")
        : QStringLiteral("TYPE");
}

std::optional<Property> parseProperty(const LogicalLine& line)
{
    std::optional<contentline::ParsedLine> parsed = contentline::parseLine(line.text, bareParameterName);
    if (!parsed) {
        return std::nullopt;
    }
    Property property;
    property.line = line.line;
    property.name = std::move(parsed->name);
    property.parameters = std::move(parsed->parameters);
    property.value = std::move(parsed->value);
    if (property.parameter("ENCODING").value(0).compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0) {
        property.value = decodeQuotedPrintable(property.value, property.parameter("CHARSET").value(0));
    }
    return property;
}

std::optional<QDate> parseBirthday(const Property& property)
{
    if (property.parameter("VALUE").value(0).compare(QLatin1String("text"), Qt::CaseInsensitive) == 0) {
        return std::nullopt;
    }
    QString text = property.value.trimmed();
    const qsizetype time = text.indexOf(u'T');
    if (time >= 0) {
        text.truncate(time);
    }
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        date = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
    }
    if (!date.isValid()) {
        return std::nullopt; // includes --MMDD: a birthday without a year is no QDate
    }
    return date;
}

QString telephoneText(const QString& value)
{
    QString text = unescapeText(value).trimmed();
    if (text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        text = text.mid(4);
        const qsizetype extension = text.indexOf(QLatin1String(";ext="), 0, Qt::CaseInsensitive);
        QString suffix;
        if (extension >= 0) {
            suffix = QStringLiteral(" ext. ") + text.mid(extension + 5).section(u';', 0, 0);
        }
        text = text.section(u';', 0, 0) + suffix; // drops other URI parameters (phone-context)
    }
    return text;
}

class CardBuilder final
{
public:
    explicit CardBuilder(int beginLine)
        : m_beginLine(beginLine)
    {
        m_record.sourceLine = beginLine;
    }

    int beginLine() const { return m_beginLine; }
    const QString& version() const { return m_version; }

    void add(const Property& property)
    {
        const QString& name = property.name;
        if (name == QLatin1String("VERSION")) {
            m_version = property.value.trimmed();
        } else if (name == QLatin1String("FN")) {
            if (m_record.fullName.isEmpty()) {
                m_record.fullName = unescapeText(property.value).trimmed();
            }
        } else if (name == QLatin1String("N")) {
            const QStringList parts = splitUnescaped(property.value, u';');
            const auto part = [&parts](
                                  qsizetype i) { return unescapeText(parts.value(i)).replace(u',', u' ').trimmed(); };
            m_record.familyName = part(0);
            m_record.givenName = part(1);
            if (!part(2).isEmpty()) {
                m_record.givenName = m_record.givenName.isEmpty() ? part(2) : m_record.givenName + u' ' + part(2);
            }
        } else if (name == QLatin1String("ORG")) {
            if (m_record.company.isEmpty()) {
                m_record.company = unescapeText(splitUnescaped(property.value, u';').first()).trimmed();
            }
        } else if (name == QLatin1String("EMAIL")) {
            addRanked(m_emails, property.preference(), unescapeText(property.value).trimmed());
        } else if (name == QLatin1String("TEL")) {
            addRanked(m_phones, property.preference(), telephoneText(property.value));
        } else if (name == QLatin1String("ADR")) {
            if (property.preference() < m_addressPreference) {
                m_addressPreference = property.preference();
                setAddress(property);
            }
        } else if (name == QLatin1String("NOTE")) {
            const QString note = unescapeText(property.value).trimmed();
            if (!note.isEmpty()) {
                m_record.notes = m_record.notes.isEmpty() ? note : m_record.notes + u'\n' + note;
            }
        } else if (name == QLatin1String("CATEGORIES")) {
            const QStringList tags = splitUnescaped(property.value, u',');
            for (const QString& tag : tags) {
                const QString text = unescapeText(tag).trimmed();
                if (!text.isEmpty() && !m_record.tags.contains(text, Qt::CaseInsensitive)) {
                    m_record.tags.append(text);
                }
            }
        } else if (name == QLatin1String("BDAY")) {
            m_record.birthday = parseBirthday(property);
            if (!m_record.birthday) {
                addExtra(QCoreApplication::translate("VCardReader", "Birthday"), property);
            }
        } else if (name == QLatin1String("X-CLIENTELE-STAGE")) {
            m_record.stage = unescapeText(property.value).trimmed();
        } else if (name == QLatin1String("X-CLIENTELE-SOURCE")) {
            m_record.source = unescapeText(property.value).trimmed();
        } else if (name == QLatin1String("TITLE")) {
            addExtra(QCoreApplication::translate("VCardReader", "Title"), property);
        } else if (name == QLatin1String("NICKNAME")) {
            addExtra(QCoreApplication::translate("VCardReader", "Nickname"), property);
        } else if (name == QLatin1String("URL")) {
            addExtra(QCoreApplication::translate("VCardReader", "Website"), property);
        }
        // Everything else (PHOTO, UID, REV, PRODID, X-…) is of no use to a client record.
    }

    ContactRecord finish()
    {
        m_record.emails = ranked(m_emails);
        m_record.phones = ranked(m_phones);
        if (m_record.fullName.isEmpty()) {
            m_record.fullName = QStringList({m_record.givenName, m_record.familyName}).join(u' ').trimmed();
        }
        return m_record;
    }

private:
    using RankedList = QList<QPair<int, QString>>;

    static void addRanked(RankedList& list, int preference, const QString& value)
    {
        if (!value.isEmpty()) {
            list.append({preference, value});
        }
    }

    static QStringList ranked(RankedList list)
    {
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QStringList values;
        for (const auto& item : std::as_const(list)) {
            if (!values.contains(item.second, Qt::CaseInsensitive)) {
                values.append(item.second);
            }
        }
        return values;
    }

    void setAddress(const Property& property)
    {
        // post office box; extended address; street; locality; region; postal code; country
        const QStringList parts = splitUnescaped(property.value, u';');
        const auto part = [&parts](qsizetype i) { return unescapeText(parts.value(i)).trimmed(); };
        QString street = part(2);
        if (street.isEmpty()) {
            street = !part(1).isEmpty() ? part(1) : part(0);
        }
        m_record.street = street.replace(u'\n', QLatin1String(", "));
        m_record.city = part(3);
        m_record.region = part(4);
        m_record.postalCode = part(5);
        m_record.country = part(6);
    }

    void addExtra(const QString& label, const Property& property)
    {
        const QString value = unescapeText(property.value).trimmed();
        if (!value.isEmpty()) {
            m_record.extra.append({label, value});
        }
    }

    int m_beginLine = 0;
    QString m_version;
    ContactRecord m_record;
    RankedList m_emails;
    RankedList m_phones;
    int m_addressPreference = 1001;
};

bool isCardMarker(const Property& property, QLatin1String name)
{
    return property.name == name && property.value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<ContactImportResult> VCardReader::read(const QByteArray& data)
{
    if (data.size() > kMaxInputBytes) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "VCardReader", "The file is larger than %1 MB, the limit for one import. Split it into smaller files.")
                .arg(kMaxInputBytes / (qsizetype(1024) * 1024)),
            QStringLiteral("%1 bytes").arg(data.size()));
    }
    const Result<QString> text = TextDecoder::decode(data);
    if (!text) {
        return text.error();
    }

    ContactImportResult result;
    std::optional<CardBuilder> card;
    bool sawBegin = false;
    QStringList versions;

    const auto finishCard = [&](CardBuilder& builder) {
        const QString& version = builder.version();
        if (version.isEmpty()) {
            result.problems.append({builder.beginLine(),
                QCoreApplication::translate("VCardReader",
                    "This card has no VERSION line, so it was skipped. Add \"VERSION:3.0\" after BEGIN:VCARD.")});
            return;
        }
        if (version != QLatin1String("2.1") && version != QLatin1String("3.0") && version != QLatin1String("4.0")) {
            result.problems.append({builder.beginLine(),
                QCoreApplication::translate(
                    "VCardReader", "This card has VERSION %1; only vCard 2.1, 3.0 and 4.0 can be read.")
                    .arg(version.left(10))});
            return;
        }
        ContactRecord record = builder.finish();
        if (!record.hasIdentity()) {
            result.problems.append({builder.beginLine(),
                QCoreApplication::translate(
                    "VCardReader", "This card has no name, organisation or email address, so it was skipped.")});
            return;
        }
        if (!versions.contains(version)) {
            versions.append(version);
        }
        result.records.append(std::move(record));
    };

    const QList<LogicalLine> lines = unfold(text.value());
    for (const LogicalLine& line : lines) {
        const std::optional<Property> property = parseProperty(line);
        if (!property) {
            result.problems.append({line.line,
                QCoreApplication::translate(
                    "VCardReader", "This line is not a vCard property (it has no colon), so it was ignored.")});
            continue;
        }
        if (isCardMarker(*property, QLatin1String("BEGIN"))) {
            sawBegin = true;
            if (card) {
                result.problems.append({card->beginLine(),
                    QCoreApplication::translate("VCardReader",
                        "This card has no END:VCARD before the next card begins on line %1, so it was skipped.")
                        .arg(line.line)});
            }
            card.emplace(line.line);
        } else if (isCardMarker(*property, QLatin1String("END"))) {
            if (!card) {
                result.problems.append({line.line,
                    QCoreApplication::translate(
                        "VCardReader", "END:VCARD without a BEGIN:VCARD before it; the line was ignored.")});
                continue;
            }
            finishCard(*card);
            card.reset();
        } else if (card) {
            card->add(*property);
        } else {
            result.problems.append({line.line,
                QCoreApplication::translate(
                    "VCardReader", "This line is outside any BEGIN:VCARD … END:VCARD block, so it was ignored.")});
        }
    }
    if (card) {
        result.problems.append({card->beginLine(),
            QCoreApplication::translate(
                "VCardReader", "This card has no END:VCARD, so it was skipped. The file may be cut off.")});
    }
    if (!sawBegin) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("VCardReader",
                "The file contains no contact card (no BEGIN:VCARD line). Check that it is a vCard (.vcf) file."),
            QStringLiteral("no BEGIN:VCARD"));
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    result.format = versions.size() == 1 ? QStringLiteral("vCard ") + versions.first() : QStringLiteral("vCard");
    return result;
}

} // namespace clientele::interchange
