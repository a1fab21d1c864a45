#include "ui/settings/AvailabilityEditor.h"

#include <algorithm>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/settings/DurationInput.h"
#include "ui/settings/FieldErrorLabel.h"

namespace clientele::ui {

using domain::Availability;

namespace {

constexpr int kMaxNoticeMinutes = 365 * 24 * 60;
constexpr int kMaxHorizonDays = 3 * 366;
constexpr int kFormMaxWidth = 760;
// Exceptions are found by comparing each date with its weekday; this far back and ahead.
constexpr int kExceptionScanPastDays = 366;
constexpr int kExceptionScanFutureDays = 3 * 366;

const std::array<const char*, 7> kDayKeys {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

QLabel* heading(const QString& text, QWidget* parent, bool first)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setContentsMargins(0, first ? 0 : 16, 0, 4);
    return label;
}

QString hoursText(const QList<Availability::Hours>& hours, const QLocale& locale)
{
    if (hours.isEmpty()) {
        return AvailabilityEditor::tr("Closed");
    }
    QStringList parts;
    for (const Availability::Hours& range : hours) {
        parts.append(AvailabilityEditor::tr("%1–%2", "time range")
                         .arg(locale.toString(range.start, QLocale::ShortFormat),
                             locale.toString(range.end, QLocale::ShortFormat)));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

struct AvailabilityEditor::RangeRow
{
    QWidget* row = nullptr;
    QTimeEdit* start = nullptr;
    QTimeEdit* end = nullptr;
};

struct AvailabilityEditor::DayRow
{
    QWidget* box = nullptr;
    QVBoxLayout* rangesLayout = nullptr;
    QLabel* closed = nullptr;
    QPushButton* add = nullptr;
    FieldErrorLabel* error = nullptr;
    std::vector<RangeRow> ranges;
};

AvailabilityEditor::AvailabilityEditor(QWidget* parent)
    : QWidget(parent)
    , m_timeZoneId(QString::fromLatin1(QTimeZone::systemTimeZoneId()))
{
    setObjectName(QStringLiteral("availabilityEditor"));
    setAccessibleName(tr("Availability"));
    buildUi();
    setTimeZoneId(m_timeZoneId);
}

AvailabilityEditor::~AvailabilityEditor() = default;

void AvailabilityEditor::buildUi()
{
    auto* content = new QWidget;
    content->setMaximumWidth(kFormMaxWidth);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);

    contentLayout->addWidget(heading(tr("Weekly hours"), content, true));
    m_zoneLabel = new QLabel(content);
    m_zoneLabel->setObjectName(QStringLiteral("availabilityZoneLabel"));
    m_zoneLabel->setWordWrap(true);
    m_zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    contentLayout->addWidget(m_zoneLabel);
    contentLayout->addWidget(buildWeek(content));
    auto* copy = new QPushButton(tr("&Copy Monday to Tuesday–Friday"), content);
    copy->setObjectName(QStringLiteral("availabilityCopyMondayButton"));
    copy->setAccessibleName(tr("Copy Monday's hours to Tuesday to Friday"));
    connect(copy, &QPushButton::clicked, this, &AvailabilityEditor::copyMondayToWeekdays);
    contentLayout->addWidget(copy, 0, Qt::AlignLeft);

    contentLayout->addWidget(heading(tr("Closed dates and special hours"), content, false));
    contentLayout->addWidget(buildExceptions(content));

    contentLayout->addWidget(heading(tr("Booking rules"), content, false));
    auto* rules = new QFormLayout;
    rules->setRowWrapPolicy(QFormLayout::WrapLongRows);
    rules->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_notice = new DurationInput(content);
    m_notice->setObjectName(QStringLiteral("availabilityNoticeInput"));
    m_notice->setMaximumMinutes(kMaxNoticeMinutes);
    m_notice->amountSpinBox()->setAccessibleName(tr("Minimum notice"));
    auto* noticeLabel = new QLabel(tr("Minimum &notice:"), content);
    noticeLabel->setBuddy(m_notice->amountSpinBox());
    rules->addRow(noticeLabel, m_notice);
    m_horizon = new QSpinBox(content);
    m_horizon->setObjectName(QStringLiteral("availabilityHorizonSpin"));
    m_horizon->setRange(0, kMaxHorizonDays);
    m_horizon->setSuffix(tr(" days ahead"));
    m_horizon->setAlignment(Qt::AlignRight);
    m_horizon->setAccessibleName(tr("How far ahead clients can book, in days"));
    auto* horizonLabel = new QLabel(tr("Book up &to:"), content);
    horizonLabel->setBuddy(m_horizon);
    rules->addRow(horizonLabel, m_horizon);
    m_step = new QSpinBox(content);
    m_step->setObjectName(QStringLiteral("availabilityStepSpin"));
    m_step->setRange(5, 24 * 60);
    m_step->setSingleStep(5);
    m_step->setPrefix(tr("every "));
    m_step->setSuffix(tr(" min"));
    m_step->setAlignment(Qt::AlignRight);
    m_step->setAccessibleName(tr("Minutes between possible start times"));
    auto* stepLabel = new QLabel(tr("&Start times:"), content);
    stepLabel->setBuddy(m_step);
    rules->addRow(stepLabel, m_step);
    m_rulesError = new FieldErrorLabel(nullptr, content);
    m_rulesError->setObjectName(QStringLiteral("availabilityRulesErrorLabel"));
    rules->addRow(QString(), m_rulesError);
    contentLayout->addLayout(rules);
    contentLayout->addStretch(1);

    connect(m_notice, &DurationInput::minutesChanged, this, &AvailabilityEditor::edited);
    connect(m_horizon, &QSpinBox::valueChanged, this, &AvailabilityEditor::edited);
    connect(m_step, &QSpinBox::valueChanged, this, &AvailabilityEditor::edited);

    auto* column = new QWidget;
    auto* columnLayout = new QHBoxLayout(column);
    columnLayout->setContentsMargins(16, 16, 16, 16);
    columnLayout->addWidget(content, 1);
    columnLayout->addStretch(0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(column);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(16, 8, 16, 12);
    m_revertButton = new QPushButton(tr("&Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("availabilityRevertButton"));
    m_revertButton->setToolTip(tr("Discard changes since the last save (Esc)"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("availabilitySaveButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    connect(m_saveButton, &QPushButton::clicked, this, &AvailabilityEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &AvailabilityEditor::revert);
    m_revertButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    auto* cancel = new QShortcut(QKeySequence::Cancel, this);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, &AvailabilityEditor::revert);
}

QWidget* AvailabilityEditor::buildWeek(QWidget* parent)
{
    auto* week = new QWidget(parent);
    week->setObjectName(QStringLiteral("availabilityWeek"));
    auto* form = new QFormLayout(week);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setVerticalSpacing(8);
    m_days.resize(7);
    for (int i = 0; i < 7; ++i) {
        const auto day = Qt::DayOfWeek(i + 1);
        const QString key = QString::fromLatin1(kDayKeys.at(std::size_t(i)));
        DayRow& row = m_days.at(std::size_t(i));
        row.box = new QWidget(week);
        row.box->setObjectName(QStringLiteral("availability%1Hours").arg(key));
        auto* boxLayout = new QVBoxLayout(row.box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(4);
        auto* line = new QHBoxLayout;
        line->setSpacing(8);
        row.rangesLayout = new QVBoxLayout;
        row.rangesLayout->setSpacing(4);
        row.closed = new QLabel(tr("Closed"), row.box);
        row.closed->setForegroundRole(QPalette::PlaceholderText);
        row.rangesLayout->addWidget(row.closed);
        row.add = new QPushButton(tr("Add Hours"), row.box);
        row.add->setObjectName(QStringLiteral("availability%1AddButton").arg(key));
        row.add->setAccessibleName(tr("Add hours on %1").arg(locale().dayName(i + 1)));
        line->addLayout(row.rangesLayout);
        line->addWidget(row.add, 0, Qt::AlignTop);
        line->addStretch(1);
        boxLayout->addLayout(line);
        row.error = new FieldErrorLabel(row.add, row.box);
        row.error->setObjectName(QStringLiteral("availability%1ErrorLabel").arg(key));
        boxLayout->addWidget(row.error);
        auto* label = new QLabel(locale().dayName(i + 1) + u':', week);
        label->setBuddy(row.add);
        form->addRow(label, row.box);
        connect(row.add, &QPushButton::clicked, this, [this, day] {
            const DayRow& dayRow = m_days.at(std::size_t(day - 1));
            QTime start(9, 0);
            QTime end(17, 0);
            if (!dayRow.ranges.empty()) {
                const QTime lastEnd = dayRow.ranges.back().end->time();
                start = lastEnd.addSecs(60 * 60);
                end = start.addSecs(3 * 60 * 60);
                if (start < lastEnd || end < start) {
                    start = lastEnd;
                    end = QTime(23, 59);
                }
            }
            addRange(day, start, end);
            m_days.at(std::size_t(day - 1)).ranges.back().start->setFocus();
        });
    }
    return week;
}

QWidget* AvailabilityEditor::buildExceptions(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_exceptionList = new QTreeWidget(box);
    m_exceptionList->setObjectName(QStringLiteral("availabilityExceptionList"));
    m_exceptionList->setAccessibleName(tr("Closed dates and special hours"));
    m_exceptionList->setRootIsDecorated(false);
    m_exceptionList->setHeaderLabels({tr("Date"), tr("Hours")});
    m_exceptionList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_exceptionList->setMinimumHeight(m_exceptionList->fontMetrics().lineSpacing() * 6);
    m_exceptionList->setMaximumHeight(m_exceptionList->fontMetrics().lineSpacing() * 10);
    layout->addWidget(m_exceptionList);

    auto* add = new QHBoxLayout;
    add->setSpacing(8);
    m_exceptionDate = new QDateEdit(QDate::currentDate(), box);
    m_exceptionDate->setObjectName(QStringLiteral("availabilityExceptionDateEdit"));
    m_exceptionDate->setCalendarPopup(true);
    m_exceptionDate->setAccessibleName(tr("Date"));
    m_exceptionKind = new QComboBox(box);
    m_exceptionKind->setObjectName(QStringLiteral("availabilityExceptionKindCombo"));
    m_exceptionKind->addItem(tr("Closed all day"));
    m_exceptionKind->addItem(tr("Open"));
    m_exceptionKind->setAccessibleName(tr("Closed or open on that date"));
    m_exceptionStart = new QTimeEdit(QTime(9, 0), box);
    m_exceptionStart->setObjectName(QStringLiteral("availabilityExceptionStartEdit"));
    m_exceptionStart->setAccessibleName(tr("Opens at"));
    m_exceptionEnd = new QTimeEdit(QTime(13, 0), box);
    m_exceptionEnd->setObjectName(QStringLiteral("availabilityExceptionEndEdit"));
    m_exceptionEnd->setAccessibleName(tr("Closes at"));
    for (QTimeEdit* edit : {m_exceptionStart, m_exceptionEnd}) {
        edit->setDisplayFormat(locale().timeFormat(QLocale::ShortFormat));
    }
    auto* dash = new QLabel(tr("to"), box);
    m_exceptionAdd = new QPushButton(tr("Add &Date"), box);
    m_exceptionAdd->setObjectName(QStringLiteral("availabilityExceptionAddButton"));
    m_exceptionRemove = new QPushButton(tr("Remove"), box);
    m_exceptionRemove->setObjectName(QStringLiteral("availabilityExceptionRemoveButton"));
    m_exceptionRemove->setAccessibleName(tr("Remove the selected date"));
    // Two short rows rather than one long one, so the page fits a narrow window at 200 %.
    auto* hoursRow = new QHBoxLayout;
    hoursRow->setSpacing(8);
    add->addWidget(m_exceptionDate);
    add->addWidget(m_exceptionKind);
    add->addStretch(1);
    add->addWidget(m_exceptionRemove);
    hoursRow->addWidget(m_exceptionStart);
    hoursRow->addWidget(dash);
    hoursRow->addWidget(m_exceptionEnd);
    hoursRow->addWidget(m_exceptionAdd);
    hoursRow->addStretch(1);
    layout->addLayout(add);
    layout->addLayout(hoursRow);
    m_exceptionError = new FieldErrorLabel(m_exceptionAdd, box);
    m_exceptionError->setObjectName(QStringLiteral("availabilityExceptionErrorLabel"));
    layout->addWidget(m_exceptionError);

    const auto updateKind = [this, dash] {
        const bool open = m_exceptionKind->currentIndex() == 1;
        m_exceptionStart->setEnabled(open);
        m_exceptionEnd->setEnabled(open);
        dash->setEnabled(open);
    };
    updateKind();
    connect(m_exceptionKind, &QComboBox::currentIndexChanged, this, updateKind);
    connect(m_exceptionAdd, &QPushButton::clicked, this, &AvailabilityEditor::addException);
    connect(m_exceptionRemove, &QPushButton::clicked, this, &AvailabilityEditor::removeException);
    connect(m_exceptionList, &QTreeWidget::currentItemChanged, this,
        [this] { m_exceptionRemove->setEnabled(m_exceptionList->currentItem() != nullptr); });
    m_exceptionRemove->setEnabled(false);
    return box;
}

void AvailabilityEditor::addRange(Qt::DayOfWeek day, QTime start, QTime end)
{
    DayRow& dayRow = m_days.at(std::size_t(day - 1));
    RangeRow range;
    range.row = new QWidget(dayRow.box);
    auto* layout = new QHBoxLayout(range.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const QString dayName = locale().dayName(day);
    range.start = new QTimeEdit(start, range.row);
    range.start->setObjectName(QStringLiteral("availabilityStartTimeEdit"));
    range.start->setAccessibleName(tr("%1 opens at").arg(dayName));
    auto* to = new QLabel(tr("to"), range.row);
    range.end = new QTimeEdit(end, range.row);
    range.end->setObjectName(QStringLiteral("availabilityEndTimeEdit"));
    range.end->setAccessibleName(tr("%1 closes at").arg(dayName));
    auto* remove = new QToolButton(range.row);
    remove->setObjectName(QStringLiteral("availabilityRemoveRangeButton"));
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove these hours on %1").arg(dayName));
    for (QTimeEdit* edit : {range.start, range.end}) {
        edit->setDisplayFormat(locale().timeFormat(QLocale::ShortFormat));
        connect(edit, &QTimeEdit::timeChanged, this, &AvailabilityEditor::edited);
    }
    layout->addWidget(range.start);
    layout->addWidget(to);
    layout->addWidget(range.end);
    layout->addWidget(remove);
    layout->addStretch(1);
    dayRow.rangesLayout->addWidget(range.row);
    QWidget* rowWidget = range.row;
    connect(remove, &QToolButton::clicked, this, [this, day, rowWidget] {
        DayRow& owner = m_days.at(std::size_t(day - 1));
        const auto found = std::find_if(
            owner.ranges.begin(), owner.ranges.end(), [rowWidget](const RangeRow& r) { return r.row == rowWidget; });
        if (found != owner.ranges.end()) {
            owner.ranges.erase(found);
            rowWidget->hide();
            rowWidget->setParent(nullptr); // detached now, deleted later
            rowWidget->deleteLater();
            owner.add->setFocus();
            updateDay(day);
            edited();
        }
    });
    dayRow.ranges.push_back(range);
    updateDay(day);
    edited();
}

void AvailabilityEditor::clearRanges(Qt::DayOfWeek day)
{
    DayRow& dayRow = m_days.at(std::size_t(day - 1));
    for (const RangeRow& range : dayRow.ranges) {
        range.row->hide();
        range.row->setParent(nullptr); // detached now, deleted later
        range.row->deleteLater();
    }
    dayRow.ranges.clear();
    updateDay(day);
}

void AvailabilityEditor::updateDay(Qt::DayOfWeek day)
{
    const DayRow& dayRow = m_days.at(std::size_t(day - 1));
    dayRow.closed->setVisible(dayRow.ranges.empty());
}

void AvailabilityEditor::setTimeZoneId(const QString& timeZoneId)
{
    m_timeZoneId = timeZoneId;
    m_zoneLabel->setText(tr("Times are on the practice's clock (%1).").arg(timeZoneId));
}

void AvailabilityEditor::setAvailability(const Availability& availability)
{
    m_loading = true;
    m_saved = availability;
    setTimeZoneId(availability.timeZoneId());
    for (int i = 0; i < 7; ++i) {
        const auto day = Qt::DayOfWeek(i + 1);
        clearRanges(day);
        const QList<Availability::Hours> hours = availability.weeklyHours(day);
        for (const Availability::Hours& range : hours) {
            addRange(day, range.start, range.end);
        }
    }
    // The domain type has no list of its exceptions; a date whose hours differ from its weekday's
    // is one.
    m_exceptions.clear();
    const QDate today = QDate::currentDate();
    for (QDate date = today.addDays(-kExceptionScanPastDays); date <= today.addDays(kExceptionScanFutureDays);
         date = date.addDays(1)) {
        const QList<Availability::Hours> hours = availability.hoursOn(date);
        if (!(hours == availability.weeklyHours(Qt::DayOfWeek(date.dayOfWeek())))) {
            m_exceptions.insert(date, hours);
        }
    }
    refreshExceptions();
    m_notice->setMinutes(availability.minimumNoticeMinutes());
    m_horizon->setValue(availability.horizonDays());
    m_step->setValue(availability.slotStepMinutes());
    m_loading = false;
    clearErrors();
    m_errorsShown = false;
    if (m_modified) {
        m_modified = false;
        Q_EMIT modifiedChanged(false);
    }
    m_revertButton->setEnabled(false);
}

Result<Availability> AvailabilityEditor::availability() const
{
    return build(nullptr, nullptr);
}

Result<Availability> AvailabilityEditor::build(std::array<QString, 7>* dayErrors, QString* otherError) const
{
    Result<Availability> created = Availability::create(m_timeZoneId);
    if (!created) {
        if (otherError) {
            *otherError = created.error().userMessage();
        }
        return created;
    }
    Availability availability = std::move(created).value();
    std::optional<Error> first;
    for (int i = 0; i < 7; ++i) {
        const auto day = Qt::DayOfWeek(i + 1);
        for (const RangeRow& range : m_days.at(std::size_t(i)).ranges) {
            const Result<void> added = availability.addWeeklyHours(day, range.start->time(), range.end->time());
            if (!added) {
                if (dayErrors && dayErrors->at(std::size_t(i)).isEmpty()) {
                    dayErrors->at(std::size_t(i)) = added.error().userMessage();
                }
                if (!first) {
                    first = added.error();
                }
            }
        }
    }
    for (auto it = m_exceptions.cbegin(); it != m_exceptions.cend(); ++it) {
        if (it.value().isEmpty()) {
            availability.closeOn(it.key());
        } else if (const Result<void> set = availability.setHoursOn(it.key(), it.value()); !set && !first) {
            first = set.error();
            if (otherError) {
                *otherError = set.error().userMessage();
            }
        }
    }
    for (const Result<void>& rule : {availability.setMinimumNoticeMinutes(m_notice->minutes()),
             availability.setHorizonDays(m_horizon->value()), availability.setSlotStepMinutes(m_step->value())}) {
        if (!rule) {
            if (otherError && otherError->isEmpty()) {
                *otherError = rule.error().userMessage();
            }
            if (!first) {
                first = rule.error();
            }
        }
    }
    if (first) {
        return *first;
    }
    return availability;
}

QString AvailabilityEditor::dayError(Qt::DayOfWeek day) const
{
    return m_days.at(std::size_t(day - 1)).error->text();
}

void AvailabilityEditor::clearErrors()
{
    for (const DayRow& row : m_days) {
        row.error->clear();
    }
    m_rulesError->clear();
    m_exceptionError->clear();
}

void AvailabilityEditor::showErrors(const std::array<QString, 7>& dayErrors, const QString& otherError)
{
    clearErrors();
    for (std::size_t i = 0; i < dayErrors.size(); ++i) {
        m_days.at(i).error->showError(dayErrors.at(i));
    }
    m_rulesError->showError(otherError);
}

void AvailabilityEditor::save()
{
    std::array<QString, 7> dayErrors;
    QString otherError;
    const Result<Availability> built = build(&dayErrors, &otherError);
    m_errorsShown = true;
    showErrors(dayErrors, otherError);
    if (!built) {
        return;
    }
    m_errorsShown = false;
    m_saved = built.value();
    if (m_modified) {
        m_modified = false;
        Q_EMIT modifiedChanged(false);
    }
    m_revertButton->setEnabled(false);
    Q_EMIT saveRequested(built.value());
}

void AvailabilityEditor::revert()
{
    if (m_saved) {
        setAvailability(*m_saved);
        return;
    }
    const Result<Availability> empty = Availability::create(m_timeZoneId);
    if (empty) {
        setAvailability(empty.value());
    }
}

void AvailabilityEditor::copyMondayToWeekdays()
{
    QList<Availability::Hours> monday;
    for (const RangeRow& range : m_days.front().ranges) {
        monday.append({range.start->time(), range.end->time()});
    }
    for (int day = Qt::Tuesday; day <= Qt::Friday; ++day) {
        clearRanges(Qt::DayOfWeek(day));
        for (const Availability::Hours& range : std::as_const(monday)) {
            addRange(Qt::DayOfWeek(day), range.start, range.end);
        }
    }
    edited();
}

void AvailabilityEditor::refreshExceptions()
{
    m_exceptionList->clear();
    const QDate today = QDate::currentDate();
    for (auto it = m_exceptions.cbegin(); it != m_exceptions.cend(); ++it) {
        if (it.key() < today.addDays(-31)) {
            continue; // long past: kept, not listed
        }
        auto* item = new QTreeWidgetItem(m_exceptionList);
        item->setText(0, locale().toString(it.key(), QLocale::LongFormat));
        item->setData(0, Qt::UserRole, it.key());
        item->setText(1, hoursText(it.value(), locale()));
    }
    m_exceptionRemove->setEnabled(m_exceptionList->currentItem() != nullptr);
}

void AvailabilityEditor::addException()
{
    m_exceptionError->clear();
    const QDate date = m_exceptionDate->date();
    QList<Availability::Hours> hours;
    if (m_exceptionKind->currentIndex() == 1) {
        hours.append({m_exceptionStart->time(), m_exceptionEnd->time()});
        // Let the domain judge the range before it is listed.
        Result<Availability> probe = Availability::create(m_timeZoneId);
        if (probe) {
            if (const Result<void> set = probe.value().setHoursOn(date, hours); !set) {
                m_exceptionError->showError(set.error().userMessage());
                return;
            }
        }
    }
    m_exceptions.insert(date, hours);
    refreshExceptions();
    edited();
}

void AvailabilityEditor::removeException()
{
    QTreeWidgetItem* item = m_exceptionList->currentItem();
    if (!item) {
        return;
    }
    m_exceptions.remove(item->data(0, Qt::UserRole).toDate());
    refreshExceptions();
    edited();
}

void AvailabilityEditor::edited()
{
    if (m_loading) {
        return;
    }
    if (!m_modified) {
        m_modified = true;
        Q_EMIT modifiedChanged(true);
    }
    m_revertButton->setEnabled(true);
    if (m_errorsShown) {
        std::array<QString, 7> dayErrors;
        QString otherError;
        (void)build(&dayErrors, &otherError);
        showErrors(dayErrors, otherError);
    }
}

} // namespace clientele::ui
