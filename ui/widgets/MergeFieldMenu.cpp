#include "ui/widgets/MergeFieldMenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <utility>

namespace clientele::ui {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("MergeFieldMenu", text);
}

// The group a merge field belongs to, as the menu titles it ("Client" for "client.name").
QString groupTitle(const QString& group)
{
    const QList<std::pair<QLatin1StringView, const char*>> titles {
        {QLatin1StringView("client"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Client")},
        {QLatin1StringView("booking"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Booking")},
        {QLatin1StringView("service"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Service")},
        {QLatin1StringView("invoice"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Invoice")},
        {QLatin1StringView("payment"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Payment")},
        {QLatin1StringView("practice"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Your Practice")},
        {QLatin1StringView("contract"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Contract")},
        {QLatin1StringView("questionnaire"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Questionnaire")},
        {QLatin1StringView("deliverables"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Files")},
        {QLatin1StringView("review"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Review")},
    };
    for (const auto& [name, title] : titles) {
        if (group == name) {
            return translated(title);
        }
    }
    return group;
}

} // namespace

QString mergeFieldTitle(const QString& field)
{
    const QList<std::pair<QLatin1StringView, const char*>> titles {
        {QLatin1StringView("client.first_name"), QT_TRANSLATE_NOOP("MergeFieldMenu", "First name")},
        {QLatin1StringView("client.last_name"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Last name")},
        {QLatin1StringView("client.name"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Full name")},
        {QLatin1StringView("client.company"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Company")},
        {QLatin1StringView("client.email"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Email")},
        {QLatin1StringView("client.phone"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Phone")},
        {QLatin1StringView("client.address"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Address")},
        {QLatin1StringView("booking.date"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Date")},
        {QLatin1StringView("booking.time"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Start time")},
        {QLatin1StringView("booking.end_time"), QT_TRANSLATE_NOOP("MergeFieldMenu", "End time")},
        {QLatin1StringView("booking.location"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Location")},
        {QLatin1StringView("booking.meeting_link"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Video meeting link")},
        {QLatin1StringView("booking.previous_date"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Date before the change")},
        {QLatin1StringView("booking.previous_time"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Time before the change")},
        {QLatin1StringView("booking.cancellation_reason"),
            QT_TRANSLATE_NOOP("MergeFieldMenu", "Reason for cancelling")},
        {QLatin1StringView("service.name"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Name")},
        {QLatin1StringView("service.duration"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Length")},
        {QLatin1StringView("service.price"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Price")},
        {QLatin1StringView("invoice.number"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Number")},
        {QLatin1StringView("invoice.total"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Total")},
        {QLatin1StringView("invoice.balance"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Still to pay")},
        {QLatin1StringView("invoice.deposit"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Deposit")},
        {QLatin1StringView("invoice.due_date"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Due date")},
        {QLatin1StringView("invoice.payment_link"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Payment link")},
        {QLatin1StringView("payment.amount"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Amount")},
        {QLatin1StringView("payment.date"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Date")},
        {QLatin1StringView("payment.method"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Method")},
        {QLatin1StringView("practice.name"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Name")},
        {QLatin1StringView("practice.email"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Email")},
        {QLatin1StringView("practice.phone"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Phone")},
        {QLatin1StringView("practice.address"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Address")},
        {QLatin1StringView("practice.website"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Website")},
        {QLatin1StringView("contract.date"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Date drafted")},
        {QLatin1StringView("contract.title"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Title")},
        {QLatin1StringView("contract.link"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Signing link")},
        {QLatin1StringView("questionnaire.name"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Name")},
        {QLatin1StringView("questionnaire.link"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Link")},
        {QLatin1StringView("deliverables.link"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Download link")},
        {QLatin1StringView("deliverables.count"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Number of files")},
        {QLatin1StringView("deliverables.available_until"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Available until")},
        {QLatin1StringView("review.link"), QT_TRANSLATE_NOOP("MergeFieldMenu", "Review link")},
    };
    for (const auto& [name, title] : titles) {
        if (field == name) {
            return translated(title);
        }
    }
    return field;
}

QString mergeFieldPlaceholder(const QString& field)
{
    return QStringLiteral("{{%1}}").arg(field);
}

QMenu* mergeFieldMenu(const QStringList& fields, const QString& objectPrefix, QWidget* parent,
    const std::function<void(const QString& field)>& insert)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(objectPrefix + QStringLiteral("FieldMenu"));
    QMenu* group = nullptr;
    QString groupName;
    for (const QString& field : fields) {
        const QString prefix = field.section(u'.', 0, 0);
        if (!group || prefix != groupName) {
            groupName = prefix;
            group = menu->addMenu(groupTitle(prefix));
            group->setObjectName(QStringLiteral("%1FieldMenu_%2").arg(objectPrefix, prefix));
        }
        //: A merge field in the Insert Field menu: what it stands for, then the field as it is written
        QAction* action = group->addAction(QCoreApplication::translate("MergeFieldMenu", "%1\t%2")
                                               .arg(mergeFieldTitle(field), mergeFieldPlaceholder(field)));
        action->setObjectName(QStringLiteral("insertField_%1").arg(field));
        action->setData(field);
        action->setToolTip(mergeFieldPlaceholder(field));
        QObject::connect(action, &QAction::triggered, menu, [insert, field] { insert(field); });
    }
    return menu;
}

} // namespace clientele::ui
