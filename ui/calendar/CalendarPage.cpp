#include "ui/calendar/CalendarPage.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele::ui {

namespace {

const auto kModeKey = QStringLiteral("calendar/mode");

QString modeKey(CalendarView::Mode mode)
{
    switch (mode) {
    case CalendarView::Mode::Day:
        return QStringLiteral("day");
    case CalendarView::Mode::Week:
        return QStringLiteral("week");
    case CalendarView::Mode::Month:
        return QStringLiteral("month");
    }
    return QStringLiteral("week");
}

CalendarView::Mode modeFromKey(const QString& key)
{
    if (key == u"day") {
        return CalendarView::Mode::Day;
    }
    if (key == u"month") {
        return CalendarView::Mode::Month;
    }
    return CalendarView::Mode::Week;
}

QToolButton* segmentButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(objectName);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    return button;
}

} // namespace

CalendarPage::CalendarPage(QWidget* parent)
    : QWidget(parent)
    , m_view(new CalendarView(this))
    , m_previousButton(new QToolButton(this))
    , m_todayButton(new QPushButton(tr("Today"), this))
    , m_nextButton(new QToolButton(this))
    , m_titleLabel(new QLabel(this))
    , m_zoneLabel(new QLabel(this))
    , m_dayButton(segmentButton(tr("Day"), QStringLiteral("calendarDayButton"), this))
    , m_weekButton(segmentButton(tr("Week"), QStringLiteral("calendarWeekButton"), this))
    , m_monthButton(segmentButton(tr("Month"), QStringLiteral("calendarMonthButton"), this))
    , m_modeGroup(new QButtonGroup(this))
    , m_newBookingButton(new QPushButton(tr("New Booking"), this))
    , m_emptyHintLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_view->setObjectName(QStringLiteral("calendarView"));

    m_previousButton->setObjectName(QStringLiteral("calendarPreviousButton"));
    m_previousButton->setArrowType(Qt::LeftArrow);
    m_previousButton->setAutoRaise(true);
    m_nextButton->setObjectName(QStringLiteral("calendarNextButton"));
    m_nextButton->setArrowType(Qt::RightArrow);
    m_nextButton->setAutoRaise(true);
    m_todayButton->setObjectName(QStringLiteral("calendarTodayButton"));
    m_todayButton->setToolTip(tr("Go to today (T)"));
    m_todayButton->setAccessibleName(tr("Today"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setObjectName(QStringLiteral("calendarTitleLabel"));
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_titleLabel->installEventFilter(this);

    m_zoneLabel->setObjectName(QStringLiteral("calendarTimeZoneLabel"));
    m_zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    m_zoneLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_zoneLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_zoneLabel->hide();

    m_modeGroup->setExclusive(true);
    m_modeGroup->addButton(m_dayButton, int(CalendarView::Mode::Day));
    m_modeGroup->addButton(m_weekButton, int(CalendarView::Mode::Week));
    m_modeGroup->addButton(m_monthButton, int(CalendarView::Mode::Month));
    m_dayButton->setToolTip(tr("Show one day"));
    m_weekButton->setToolTip(tr("Show one week"));
    m_monthButton->setToolTip(tr("Show one month"));

    m_newBookingButton->setObjectName(QStringLiteral("calendarNewBookingButton"));
    m_newBookingButton->setAccessibleDescription(tr("Create a booking"));
    m_newBookingButton->setAutoDefault(false);
    updatePrimaryButton();

    m_emptyHintLabel->setObjectName(QStringLiteral("calendarEmptyHintLabel"));
    m_emptyHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHintLabel->setAlignment(Qt::AlignCenter);
    m_emptyHintLabel->setWordWrap(true);
    m_emptyHintLabel->hide();

    auto* segments = new QHBoxLayout;
    segments->setSpacing(0);
    segments->addWidget(m_dayButton);
    segments->addWidget(m_weekButton);
    segments->addWidget(m_monthButton);

    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(12, 8, 12, 8);
    toolbar->setSpacing(8);
    toolbar->addWidget(m_previousButton);
    toolbar->addWidget(m_todayButton);
    toolbar->addWidget(m_nextButton);
    toolbar->addSpacing(8);
    // The title and the zone share what the buttons leave; both elide in a narrow window.
    toolbar->addWidget(m_titleLabel, 1);
    toolbar->addWidget(m_zoneLabel);
    toolbar->addSpacing(8);
    toolbar->addLayout(segments);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_newBookingButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(m_emptyHintLabel);
    layout->addWidget(m_view, 1);

    setTabOrder(m_previousButton, m_todayButton);
    setTabOrder(m_todayButton, m_nextButton);
    setTabOrder(m_nextButton, m_dayButton);
    setTabOrder(m_dayButton, m_weekButton);
    setTabOrder(m_weekButton, m_monthButton);
    setTabOrder(m_monthButton, m_newBookingButton);
    setTabOrder(m_newBookingButton, m_view);

    m_view->setMode(modeFromKey(QSettings().value(kModeKey).toString()));

    connect(m_previousButton, &QToolButton::clicked, m_view, &CalendarView::previousPeriod);
    connect(m_nextButton, &QToolButton::clicked, m_view, &CalendarView::nextPeriod);
    connect(m_todayButton, &QPushButton::clicked, m_view, &CalendarView::goToToday);
    connect(m_modeGroup, &QButtonGroup::idClicked, this,
        [this](int id) { m_view->setMode(static_cast<CalendarView::Mode>(id)); });
    connect(m_newBookingButton, &QPushButton::clicked, this, &CalendarPage::newBookingRequested);
    connect(m_view, &CalendarView::rangeChanged, this, &CalendarPage::onRangeChanged);
    connect(m_view, &CalendarView::modeChanged, this, &CalendarPage::onModeChanged);
    connect(m_view, &CalendarView::createRequested, this, &CalendarPage::createRequested);
    connect(m_view, &CalendarView::changeRequested, this, &CalendarPage::changeRequested);
    connect(m_view, &CalendarView::itemActivated, this, &CalendarPage::itemActivated);

    updateToolbar();
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::setItems(const QList<CalendarItem>& items)
{
    m_view->setItems(items);
    m_haveItemsForRange = true;
    updateEmptyHint();
}

void CalendarPage::setTimeZone(const QTimeZone& zone)
{
    m_view->setTimeZone(zone);
    updateToolbar();
}

void CalendarPage::setAvailability(const domain::Availability& availability)
{
    m_view->setAvailability(availability);
}

CalendarView::Mode CalendarPage::mode() const
{
    return m_view->mode();
}

void CalendarPage::setMode(CalendarView::Mode mode)
{
    m_view->setMode(mode);
}

QString CalendarPage::title() const
{
    return m_titleText;
}

void CalendarPage::requestRange()
{
    Q_EMIT rangeNeeded(m_view->rangeStartUtc(), m_view->rangeEndUtc());
}

void CalendarPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (!m_haveItemsForRange) {
            requestRange();
        }
    }
}

void CalendarPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updatePrimaryButton();
    } else if (event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange) {
        updateToolbar();
    }
}

void CalendarPage::onRangeChanged(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    m_haveItemsForRange = false;
    updateToolbar();
    updateEmptyHint();
    Q_EMIT rangeNeeded(fromUtc, toUtc);
}

void CalendarPage::onModeChanged(CalendarView::Mode mode)
{
    QSettings().setValue(kModeKey, modeKey(mode));
    updateToolbar();
    updateEmptyHint();
}

void CalendarPage::updateToolbar()
{
    const CalendarView::Mode mode = m_view->mode();
    if (QAbstractButton* button = m_modeGroup->button(int(mode))) {
        button->setChecked(true);
    }
    m_titleText = m_view->periodTitle();
    m_titleLabel->setAccessibleName(m_titleText);
    m_titleLabel->setToolTip(m_titleText);

    QString previous;
    QString next;
    switch (mode) {
    case CalendarView::Mode::Day:
        previous = tr("Previous day");
        next = tr("Next day");
        break;
    case CalendarView::Mode::Week:
        previous = tr("Previous week");
        next = tr("Next week");
        break;
    case CalendarView::Mode::Month:
        previous = tr("Previous month");
        next = tr("Next month");
        break;
    }
    m_previousButton->setToolTip(tr("%1 (Page Up)").arg(previous));
    m_previousButton->setAccessibleName(previous);
    m_nextButton->setToolTip(tr("%1 (Page Down)").arg(next));
    m_nextButton->setAccessibleName(next);

    const QTimeZone zone = m_view->timeZone();
    const bool differs = zone.id() != QTimeZone::systemTimeZoneId();
    if (differs) {
        const QString abbreviation = zone.abbreviation(m_view->rangeStartUtc());
        const QString name = QString::fromUtf8(zone.id());
        m_zoneText = abbreviation.isEmpty() || abbreviation == name ? tr("Times in %1").arg(name)
                                                                    : tr("Times in %1 (%2)").arg(name, abbreviation);
        m_zoneLabel->setToolTip(
            tr("%1. Bookings are shown in the practice's time zone, not this computer's.").arg(m_zoneText));
        m_zoneLabel->setAccessibleName(m_zoneText);
    }
    m_zoneDiffers = differs;
    m_zoneLabel->setText(m_zoneText);
    m_zoneLabel->setFixedWidth(m_zoneLabel->fontMetrics().horizontalAdvance(m_zoneText) + 2);
    elideLabels();
}

void CalendarPage::elideLabels()
{
    // The title and the zone share the room the buttons leave. The title comes first; the zone
    // shows whole or not at all (the view's time axis still names it, "CET").
    const int spacing = 8;
    const int room = m_titleLabel->width() + (m_zoneLabel->isVisibleTo(this) ? m_zoneLabel->width() + spacing : 0);
    const int titleWidth = m_titleLabel->fontMetrics().horizontalAdvance(m_titleText);
    const bool showZone = m_zoneDiffers && room >= titleWidth + spacing + m_zoneLabel->width();
    if (showZone != m_zoneLabel->isVisibleTo(this)) {
        m_zoneLabel->setVisible(showZone);
    }
    const int titleRoom = showZone ? room - m_zoneLabel->width() - spacing : room;
    m_titleLabel->setText(m_titleLabel->fontMetrics().elidedText(m_titleText, Qt::ElideRight, titleRoom));
}

bool CalendarPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_titleLabel && event->type() == QEvent::Resize) {
        elideLabels();
    }
    return QWidget::eventFilter(watched, event);
}

void CalendarPage::updateEmptyHint()
{
    const bool empty = m_haveItemsForRange && m_view->visibleItemCount() == 0;
    if (empty) {
        QString text;
        switch (m_view->mode()) {
        case CalendarView::Mode::Day:
            text = tr("No bookings on this day. Drag across the calendar or press New Booking to add one.");
            break;
        case CalendarView::Mode::Week:
            text = tr("No bookings this week. Drag across the calendar or press New Booking to add one.");
            break;
        case CalendarView::Mode::Month:
            text = tr("No bookings this month. Press New Booking to add one.");
            break;
        }
        m_emptyHintLabel->setText(text);
    }
    m_emptyHintLabel->setVisible(empty);
}

void CalendarPage::updatePrimaryButton()
{
    // The one primary action stands out in the accent colour, from the palette so dark mode works.
    const QPalette pagePalette = palette();
    QPalette primary = pagePalette;
    primary.setColor(QPalette::Button, pagePalette.color(QPalette::Highlight));
    primary.setColor(QPalette::ButtonText, pagePalette.color(QPalette::HighlightedText));
    m_newBookingButton->setPalette(primary);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    m_newBookingButton->setFont(bold);
}

} // namespace clientele::ui
