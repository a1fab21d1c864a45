#include "core/email/EmailHtml.h"

#include <QRegularExpression>

namespace clientele::email {

namespace {

const QString kDefaultAccent = QStringLiteral("#2f6f8f");

QString accentOf(const EmailLook& look)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return colour.match(look.accentColor).hasMatch() ? look.accentColor : kDefaultAccent;
}

// Escapes a piece of text and turns the web addresses in it into links. An address ends before
// whitespace, and before punctuation that ends a sentence.
QString linkified(const QString& text)
{
    static const QRegularExpression address(QStringLiteral("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'’”]"));
    QString out;
    qsizetype done = 0;
    auto matches = address.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        out += text.mid(done, match.capturedStart() - done).toHtmlEscaped();
        const QString url = match.captured().toHtmlEscaped();
        out += QStringLiteral("<a href=\"%1\" style=\"color:inherit\">%1</a>").arg(url);
        done = match.capturedEnd();
    }
    out += text.mid(done).toHtmlEscaped();
    return out;
}

QString paragraphs(const QString& text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n+"));
    QString out;
    for (const QString& paragraph : normalised.trimmed().split(blankLines, Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString& line : paragraph.split(u'\n')) {
            lines.append(linkified(line));
        }
        out += QStringLiteral("<p style=\"margin:0 0 16px 0\">%1</p>\n").arg(lines.join(QStringLiteral("<br>\n")));
    }
    return out;
}

} // namespace

QString emailHtml(
    const QString& subject, const QString& text, const EmailLook& look, const std::optional<EmailAction>& action)
{
    const QString accent = accentOf(look);
    const QString direction = look.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString header;
    if (!look.logoContentId.isEmpty()) {
        header = QStringLiteral("<img src=\"cid:%1\" alt=\"%2\" style=\"max-height:64px;max-width:240px;border:0\">")
                     .arg(look.logoContentId.toHtmlEscaped(), look.practiceName.toHtmlEscaped());
    } else {
        header = QStringLiteral("<span style=\"font-size:20px;font-weight:bold;color:%1\">%2</span>")
                     .arg(accent, look.practiceName.toHtmlEscaped());
    }
    QString button;
    if (action && !action->url.isEmpty()) {
        button = QStringLiteral("<p style=\"margin:8px 0 24px 0\"><a href=\"%1\" style=\"display:inline-block;"
                                "background:%2;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;"
                                "font-weight:bold\">%3</a></p>\n")
                     .arg(action->url.toHtmlEscaped(), accent, action->label.toHtmlEscaped());
    }
    QStringList footer;
    for (const QString& line : look.footerLines) {
        if (!line.trimmed().isEmpty()) {
            footer.append(linkified(line));
        }
    }
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%3</title>\n</head>\n"
        "<body style=\"margin:0;padding:0;background:#f4f4f5\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f4f5\">"
        "<tr><td align=\"center\" style=\"padding:24px 12px\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;"
        "background:#ffffff;border-radius:8px;border-top:4px solid %4\">\n"
        "<tr><td style=\"padding:24px 28px 8px 28px\">%5</td></tr>\n"
        "<tr><td style=\"padding:8px 28px 8px 28px;font-family:Helvetica,Arial,sans-serif;font-size:15px;"
        "line-height:1.5;color:#1f2328\">\n%6%7</td></tr>\n"
        "<tr><td style=\"padding:16px 28px 24px 28px;border-top:1px solid #e4e4e7;font-family:Helvetica,Arial,"
        "sans-serif;font-size:12px;line-height:1.5;color:#6b7280\">%8</td></tr>\n"
        "</table>\n</td></tr></table>\n</body>\n</html>\n")
        .arg(look.language.toHtmlEscaped(), direction, subject.toHtmlEscaped(), accent, header, paragraphs(text),
            button, footer.join(QStringLiteral("<br>\n")));
}

QString emailText(const QString& text, const std::optional<EmailAction>& action)
{
    QString out = text.trimmed();
    if (action && !action->url.isEmpty() && !out.contains(action->url)) {
        out += QStringLiteral("\n\n%1: %2").arg(action->label, action->url);
    }
    return out;
}

} // namespace clientele::email
