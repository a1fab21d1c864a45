#include "relay/lib/events/SmsKeywords.h"

#include <QStringList>

namespace clientele::relay {

SmsKeyword smsKeyword(const QString& body)
{
    QString word = body.trimmed().toUpper();
    while (!word.isEmpty() && !word.back().isLetter()) {
        word.chop(1);
    }
    static const QStringList kOptOut {QStringLiteral("STOP"), QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
        QStringLiteral("CANCEL"), QStringLiteral("END"), QStringLiteral("QUIT"), QStringLiteral("REVOKE"),
        QStringLiteral("OPTOUT")};
    static const QStringList kOptIn {QStringLiteral("START"), QStringLiteral("YES"), QStringLiteral("UNSTOP")};
    static const QStringList kHelp {QStringLiteral("HELP"), QStringLiteral("INFO")};
    if (kOptOut.contains(word)) {
        return SmsKeyword::OptOut;
    }
    if (kOptIn.contains(word)) {
        return SmsKeyword::OptIn;
    }
    if (kHelp.contains(word)) {
        return SmsKeyword::Help;
    }
    return SmsKeyword::None;
}

} // namespace clientele::relay
