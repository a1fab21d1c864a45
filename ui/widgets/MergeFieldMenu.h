#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QMenu;
class QWidget;

namespace clientele::ui {

// The Insert Field menu of the template editors (contracts, emails): one submenu per group of
// `fields` (Client, Booking, …), each entry saying what the field stands for with the field as it is
// written beside it ("First name  {{client.first_name}}"). Choosing one calls `insert` with the field.
// Object names: "<objectPrefix>FieldMenu", its groups "<objectPrefix>FieldMenu_<group>", each action
// "insertField_<field>".
QMenu* mergeFieldMenu(const QStringList& fields, const QString& objectPrefix, QWidget* parent,
    const std::function<void(const QString& field)>& insert);

// "First name" for "client.first_name"; the field itself for one without words.
QString mergeFieldTitle(const QString& field);
// "{{client.first_name}}".
QString mergeFieldPlaceholder(const QString& field);

} // namespace clientele::ui
