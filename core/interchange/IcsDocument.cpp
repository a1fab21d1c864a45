#include "core/interchange/IcsDocument.h"

#include <QCoreApplication>

#include "core/interchange/ContentLine.h"
#include "core/interchange/TextDecoder.h"

namespace clientele::interchange {

namespace {

struct LogicalLine
{
    int line = 0; // physical line where it starts
    QString text;
};

// RFC 5545 §3.1: a line break followed by one space or tab continues the previous line.
QList<LogicalLine> unfold(const QString& text)
{
    QList<LogicalLine> lines;
    int lineNumber = 0;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && text.at(end) != u'\r' && text.at(end) != u'\n') {
            ++end;
        }
        const QStringView physical = QStringView(text).sliced(pos, end - pos);
        ++lineNumber;
        if (end < size && text.at(end) == u'\r' && end + 1 < size && text.at(end + 1) == u'\n') {
            ++end;
        }
        pos = end + 1;
        if (!lines.isEmpty() && !physical.isEmpty() && (physical.at(0) == u' ' || physical.at(0) == u'\t')) {
            lines.last().text.append(physical.sliced(1));
        } else if (!physical.trimmed().isEmpty()) {
            lines.append({lineNumber, physical.toString()});
        }
    }
    return lines;
}

std::optional<IcsProperty> parseProperty(const LogicalLine& line)
{
    std::optional<contentline::ParsedLine> parsed = contentline::parseLine(line.text);
    if (!parsed || parsed->name.isEmpty()) {
        return std::nullopt;
    }
    return IcsProperty {line.line, std::move(parsed->name), std::move(parsed->parameters), std::move(parsed->value)};
}

} // namespace

const IcsProperty* IcsComponent::property(const char* key) const
{
    const QLatin1String wanted(key);
    for (const IcsProperty& p : properties) {
        if (p.name == wanted) {
            return &p;
        }
    }
    return nullptr;
}

QList<const IcsProperty*> IcsComponent::all(const char* key) const
{
    const QLatin1String wanted(key);
    QList<const IcsProperty*> found;
    for (const IcsProperty& p : properties) {
        if (p.name == wanted) {
            found.append(&p);
        }
    }
    return found;
}

Result<IcsDocument::Parsed> IcsDocument::parse(const QByteArray& data)
{
    if (data.size() > kMaxInputBytes) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("IcsDocument", "The calendar file is larger than %1 MB.")
                .arg(kMaxInputBytes / (qsizetype(1024) * 1024)));
    }
    Result<QString> text = TextDecoder::decode(data);
    if (!text) {
        return text.error();
    }

    Parsed parsed;
    // The open components, innermost last; a component that breaks is dropped with its children.
    QList<IcsComponent> open;
    qsizetype components = 0;
    int brokenDepth = 0; // > 0 while skipping the rest of a broken component
    const QList<LogicalLine> lines = unfold(text.value());
    for (const LogicalLine& line : lines) {
        std::optional<IcsProperty> property = parseProperty(line);
        if (!property) {
            if (brokenDepth == 0 && !open.isEmpty()) {
                parsed.problems.append(
                    {line.line, QCoreApplication::translate("IcsDocument", "This line is not an iCalendar property.")});
            }
            continue;
        }
        const QString name = property->value.trimmed().toUpper();
        if (property->name == u"BEGIN") {
            if (brokenDepth > 0) {
                ++brokenDepth; // nested inside what is being skipped
                continue;
            }
            if (name.isEmpty()) {
                continue;
            }
            if (open.size() >= kMaxDepth || ++components > kMaxComponents) {
                parsed.problems.append({line.line,
                    QCoreApplication::translate("IcsDocument", "Components are nested too deeply or are too many.")});
                brokenDepth = 1;
                continue;
            }
            if (open.isEmpty() && name != u"VCALENDAR") {
                parsed.problems.append(
                    {line.line, QCoreApplication::translate("IcsDocument", "This component is outside a calendar.")});
                brokenDepth = 1;
                continue;
            }
            IcsComponent component;
            component.line = line.line;
            component.name = name;
            open.append(std::move(component));
        } else if (property->name == u"END") {
            if (brokenDepth > 0) {
                --brokenDepth;
                continue;
            }
            if (open.isEmpty()) {
                continue; // a stray END after the calendar closed: harmless
            }
            if (open.last().name != name) {
                parsed.problems.append({line.line,
                    QCoreApplication::translate("IcsDocument", "END:%1 closes %2, which began on line %3.")
                        .arg(name, open.last().name)
                        .arg(open.last().line)});
                open.removeLast(); // the broken component goes; its parent may still be fine
                continue;
            }
            IcsComponent done = open.takeLast();
            if (open.isEmpty()) {
                parsed.calendars.append(std::move(done));
            } else {
                open.last().children.append(std::move(done));
            }
        } else if (brokenDepth == 0 && !open.isEmpty()) {
            open.last().properties.append(std::move(*property));
        }
    }
    // A file cut short: keep what was complete enough to be a calendar, and say so.
    if (!open.isEmpty()) {
        parsed.problems.append({open.last().line,
            QCoreApplication::translate("IcsDocument", "The file ends before this component does.")});
        open.resize(1); // unfinished events are not imported
        parsed.calendars.append(open.takeLast());
    }
    if (parsed.calendars.isEmpty()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("IcsDocument", "This is not an iCalendar file: it has no BEGIN:VCALENDAR."));
    }
    return parsed;
}

} // namespace clientele::interchange
