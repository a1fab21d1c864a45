#pragma once

#include <QDialog>
#include <QList>
#include <QUuid>

#include "core/domain/Service.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace clientele::ui {

// What File → Import Calendar… does with the chosen .ics: block the time its events take (a family
// or second work calendar), or bring its events in as sessions of one service (moving from another
// scheduler), optionally adding attendees who are not clients yet. The name given is how a newer
// export of the same calendar is recognised.
class CalendarImportDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        bool asSessions = false;
        QString calendarName;
        QUuid serviceId; // asSessions only
        bool createClients = true;
    };

    CalendarImportDialog(const QString& fileName, const QList<domain::Service>& services, QWidget* parent = nullptr);

    Choice choice() const;

private:
    void updateState();

    QLineEdit* m_name = nullptr;
    QRadioButton* m_asBlockedTime = nullptr;
    QRadioButton* m_asSessions = nullptr;
    QComboBox* m_service = nullptr;
    QCheckBox* m_createClients = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace clientele::ui
