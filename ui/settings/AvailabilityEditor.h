#pragma once

#include <array>
#include <optional>
#include <vector>

#include <QMap>
#include <QWidget>

#include "core/Result.h"
#include "core/domain/Availability.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;
class QVBoxLayout;

namespace clientele::ui {

class DurationInput;
class FieldErrorLabel;

// Settings → Availability: when clients can book. Weekly hours (any number of ranges per day),
// dates that are closed or have other hours, and the booking rules (minimum notice, how far ahead,
// slot step). Save builds a domain::Availability and emits saveRequested(); ranges the domain refuses
// (overlapping, ending before they start) are shown next to their day and nothing is emitted.
class AvailabilityEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityEditor)

public:
    explicit AvailabilityEditor(QWidget* parent = nullptr);
    ~AvailabilityEditor() override;

    void setAvailability(const domain::Availability& availability);
    // The availability as typed, or the first refusal.
    Result<domain::Availability> availability() const;
    // The practice's zone, used until setAvailability() brings one.
    void setTimeZoneId(const QString& timeZoneId);

    bool isModified() const { return m_modified; }
    // The refusal shown next to a day, empty when none.
    QString dayError(Qt::DayOfWeek day) const;
    // Adds a range to a day's weekly hours (what the day's Add button does).
    void addRange(Qt::DayOfWeek day, QTime start, QTime end);

public Q_SLOTS:
    void save();
    void revert();
    void copyMondayToWeekdays();

Q_SIGNALS:
    void saveRequested(const clientele::domain::Availability& availability);
    void modifiedChanged(bool modified);

private:
    struct RangeRow;
    struct DayRow;

    void buildUi();
    QWidget* buildWeek(QWidget* parent);
    QWidget* buildExceptions(QWidget* parent);
    void clearRanges(Qt::DayOfWeek day);
    void updateDay(Qt::DayOfWeek day);
    void refreshExceptions();
    void addException();
    void removeException();
    void edited();
    void clearErrors();
    // Builds the availability, recording each day's refusal when `errors` is given.
    Result<domain::Availability> build(std::array<QString, 7>* dayErrors, QString* otherError) const;
    void showErrors(const std::array<QString, 7>& dayErrors, const QString& otherError);

    std::optional<domain::Availability> m_saved;
    QString m_timeZoneId;
    QMap<QDate, QList<domain::Availability::Hours>> m_exceptions;
    bool m_modified = false;
    bool m_loading = false;
    bool m_errorsShown = false;

    std::vector<DayRow> m_days; // Monday first
    QLabel* m_zoneLabel = nullptr;
    DurationInput* m_notice = nullptr;
    QSpinBox* m_horizon = nullptr;
    QSpinBox* m_step = nullptr;
    QTreeWidget* m_exceptionList = nullptr;
    QDateEdit* m_exceptionDate = nullptr;
    QComboBox* m_exceptionKind = nullptr;
    QTimeEdit* m_exceptionStart = nullptr;
    QTimeEdit* m_exceptionEnd = nullptr;
    QPushButton* m_exceptionAdd = nullptr;
    QPushButton* m_exceptionRemove = nullptr;
    FieldErrorLabel* m_exceptionError = nullptr;
    FieldErrorLabel* m_rulesError = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
};

} // namespace clientele::ui
