#include "ui/records/RecordStatusText.h"

#include <QCoreApplication>

namespace clientele::ui {

QString contractStatusText(domain::ContractStatus status)
{
    using S = domain::ContractStatus;
    switch (status) {
    case S::Draft:
        return QCoreApplication::translate("RecordStatus", "Draft");
    case S::Sent:
        return QCoreApplication::translate("RecordStatus", "Sent");
    case S::Viewed:
        return QCoreApplication::translate("RecordStatus", "Viewed");
    case S::Signed:
        return QCoreApplication::translate("RecordStatus", "Signed");
    case S::Declined:
        return QCoreApplication::translate("RecordStatus", "Declined");
    case S::Voided:
        return QCoreApplication::translate("RecordStatus", "Voided");
    case S::Expired:
        return QCoreApplication::translate("RecordStatus", "Expired");
    }
    return {};
}

QString messageStateText(domain::MessageState state)
{
    using S = domain::MessageState;
    switch (state) {
    case S::Draft:
        return QCoreApplication::translate("RecordStatus", "Draft");
    case S::Queued:
        return QCoreApplication::translate("RecordStatus", "Queued");
    case S::Sending:
        return QCoreApplication::translate("RecordStatus", "Sending");
    case S::Sent:
        return QCoreApplication::translate("RecordStatus", "Sent");
    case S::Delivered:
        return QCoreApplication::translate("RecordStatus", "Delivered");
    case S::Failed:
        return QCoreApplication::translate("RecordStatus", "Failed");
    case S::Received:
        return QCoreApplication::translate("RecordStatus", "Received");
    case S::Undeliverable:
        return QCoreApplication::translate("RecordStatus", "Undeliverable");
    }
    return {};
}

QString messageChannelText(const QString& channel)
{
    return channel == u"sms" ? QCoreApplication::translate("RecordStatus", "Text")
                             : QCoreApplication::translate("RecordStatus", "Email");
}

} // namespace clientele::ui
