#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace clientele::email {

// How the practice's emails look: its name (and logo) in its accent colour above the text, its
// contact details below.
struct EmailLook
{
    QString practiceName;
    QString accentColor; // "#rrggbb"; anything else falls back to the default
    QString logoContentId; // the logo's Content-ID when it goes with the email (multipart/related); empty: none
    QStringList footerLines; // address, email, phone, website
    QString language; // BCP 47, for <html lang>
    bool rightToLeft = false;
};

// One button under the text: join the meeting, pay online, open the questionnaire, …
struct EmailAction
{
    QString label;
    QString url;
};

// The HTML part of an email: the text, escaped, in paragraphs (a blank line starts one, a line break
// stays one), with web addresses as links; the action as a button; everything styled inline, as mail
// programs ignore style sheets. Nothing from the text can become markup.
QString emailHtml(const QString& subject, const QString& text, const EmailLook& look,
    const std::optional<EmailAction>& action = std::nullopt);

// The same text, with the action's address written out for mail programs that show no HTML.
QString emailText(const QString& text, const std::optional<EmailAction>& action = std::nullopt);

} // namespace clientele::email
