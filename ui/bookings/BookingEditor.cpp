#include "ui/bookings/BookingEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include "core/domain/BookingStateMachine.h"
#include "core/domain/Recurrence.h"
#include "core/sync/UuidV7.h"
#include "ui/widgets/BookingStatusText.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {

enum RepeatKind
{
    Once,
    Weekly,
    Fortnightly,
    Monthly,
};

QString rruleOf(int kind)
{
    switch (kind) {
    case Weekly:
        return QStringLiteral("FREQ=WEEKLY");
    case Fortnightly:
        return QStringLiteral("FREQ=WEEKLY;INTERVAL=2");
    case Monthly:
        return QStringLiteral("FREQ=MONTHLY");
    default:
        return {};
    }
}

} // namespace

BookingEditor::BookingEditor(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("bookingEditor"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    auto* header = new QHBoxLayout;
    m_title = makeHeading(QString(), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bookingStatusLabel"));
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    outer->addLayout(header);

    // Status: only the legal next steps are enabled; the reasons for the others are spelled out.
    m_statusBox = new QWidget(this);
    auto* statusLayout = new QVBoxLayout(m_statusBox);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_statusButtons = new QHBoxLayout;
    m_statusButtons->setSpacing(6);
    m_blocked = new QLabel(m_statusBox);
    m_blocked->setObjectName(QStringLiteral("bookingBlockedLabel"));
    m_blocked->setWordWrap(true);
    m_blocked->setForegroundRole(QPalette::PlaceholderText);
    statusLayout->addLayout(m_statusButtons);
    statusLayout->addWidget(m_blocked);
    outer->addWidget(m_statusBox);

    QScrollArea* scroll = nullptr;
    QFormLayout* form = makeScrollingForm(this, &scroll);
    QWidget* body = scroll->widget();

    m_client = new QComboBox(body);
    m_client->setObjectName(QStringLiteral("bookingClientCombo"));
    m_client->setAccessibleName(tr("Client"));
    m_client->setEditable(true);
    m_client->setInsertPolicy(QComboBox::NoInsert);
    m_client->completer()->setFilterMode(Qt::MatchContains);
    m_client->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_service = new QComboBox(body);
    m_service->setObjectName(QStringLiteral("bookingServiceCombo"));
    m_service->setAccessibleName(tr("Service"));
    m_date = new QDateEdit(body);
    m_date->setObjectName(QStringLiteral("bookingDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    m_start = new QTimeEdit(body);
    m_start->setObjectName(QStringLiteral("bookingStartEdit"));
    m_start->setAccessibleName(tr("Start time"));
    m_duration = new QSpinBox(body);
    m_duration->setObjectName(QStringLiteral("bookingDurationSpin"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_zoneLabel = new QLabel(body);
    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_start);
    when->addWidget(m_duration);
    when->addWidget(m_zoneLabel, 1);
    m_repeat = new QComboBox(body);
    m_repeat->setObjectName(QStringLiteral("bookingRepeatCombo"));
    m_repeat->setAccessibleName(tr("Repeat"));
    m_repeat->addItem(tr("Does not repeat"), Once);
    m_repeat->addItem(tr("Every week"), Weekly);
    m_repeat->addItem(tr("Every two weeks"), Fortnightly);
    m_repeat->addItem(tr("Every month"), Monthly);
    m_repeatCount = new QSpinBox(body);
    m_repeatCount->setObjectName(QStringLiteral("bookingRepeatCountSpin"));
    m_repeatCount->setRange(2, 104);
    m_repeatCount->setValue(10);
    m_repeatCount->setSuffix(tr(" sessions"));
    m_repeatCount->setAccessibleName(tr("Number of sessions"));
    auto* repeat = new QHBoxLayout;
    repeat->addWidget(m_repeat, 1);
    repeat->addWidget(m_repeatCount);
    m_location = new QLineEdit(body);
    m_location->setObjectName(QStringLiteral("bookingLocationEdit"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setPlaceholderText(tr("Studio, client's address, or leave empty for a video session"));
    m_video = new QLineEdit(body);
    m_video->setObjectName(QStringLiteral("bookingVideoEdit"));
    m_video->setAccessibleName(tr("Video link"));
    m_video->setPlaceholderText(tr("https://… (Zoom, Meet or Teams link)"));
    m_phone = new QLineEdit(body);
    m_phone->setObjectName(QStringLiteral("bookingPhoneEdit"));
    m_phone->setAccessibleName(tr("Phone for this booking"));
    m_notes = new QPlainTextEdit(body);
    m_notes->setObjectName(QStringLiteral("bookingNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().height() * 4);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&When:"), when);
    form->addRow(tr("&Repeat:"), repeat);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Video link:"), m_video);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Notes:"), m_notes);
    m_history = new QListWidget(body);
    m_history->setObjectName(QStringLiteral("bookingHistoryList"));
    m_history->setAccessibleName(tr("History"));
    m_history->setMinimumHeight(fontMetrics().height() * 5);
    form->addRow(tr("History:"), m_history);
    outer->addWidget(scroll, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("bookingEditorError"));
    m_error->setWordWrap(true);
    outer->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_invoice = buttons->addButton(tr("Create Invoice"), QDialogButtonBox::ActionRole);
    m_invoice->setObjectName(QStringLiteral("bookingCreateInvoiceButton"));
    m_emailConfirmation = buttons->addButton(tr("Email Confirmation…"), QDialogButtonBox::ActionRole);
    m_emailConfirmation->setObjectName(QStringLiteral("bookingEmailConfirmationButton"));
    m_emailConfirmation->setToolTip(tr("Email the client the session's time, its calendar file and meeting link"));
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("bookingSaveButton"));
    m_save->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("bookingCancelButton"));
    outer->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &BookingEditor::save);
    connect(cancel, &QPushButton::clicked, this, &BookingEditor::canceled);
    connect(m_invoice, &QPushButton::clicked, this, [this] { Q_EMIT invoiceRequested(m_original.id()); });
    connect(m_emailConfirmation, &QPushButton::clicked, this,
        [this] { Q_EMIT confirmationEmailRequested(m_original.id()); });
    connect(m_service, &QComboBox::currentIndexChanged, this, &BookingEditor::serviceChanged);
    connect(m_client, &QComboBox::currentIndexChanged, this, &BookingEditor::revalidate);
    connect(m_client, &QComboBox::editTextChanged, this, &BookingEditor::revalidate);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingEditor::revalidate);
    connect(m_start, &QTimeEdit::timeChanged, this, &BookingEditor::revalidate);
    connect(m_duration, &QSpinBox::valueChanged, this, &BookingEditor::revalidate);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        m_repeatCount->setEnabled(m_repeat->currentData().toInt() != Once);
        revalidate();
    });
    m_repeatCount->setEnabled(false);
    const auto edited = [this] {
        if (!m_loading) {
            m_modified = true;
        }
    };
    for (QLineEdit* line : {m_location, m_video, m_phone}) {
        connect(line, &QLineEdit::textChanged, this, edited);
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
}

void BookingEditor::setChoices(const QList<ClientSummary>& clients, const QList<domain::Service>& services)
{
    const QSignalBlocker clientBlocker(m_client);
    const QSignalBlocker serviceBlocker(m_service);
    const QVariant currentClient = m_client->currentData();
    m_client->clear();
    for (const ClientSummary& client : clients) {
        m_client->addItem(
            client.email.isEmpty() ? client.name : tr("%1 (%2)").arg(client.name, client.email), client.id);
    }
    m_client->setCurrentIndex(m_client->findData(currentClient));
    m_services.clear();
    m_service->clear();
    for (const domain::Service& service : services) {
        if (service.isActive()) {
            m_services << service;
            m_service->addItem(tr("%1 (%n min)", nullptr, service.durationMinutes()).arg(service.name()), service.id());
        }
    }
}

void BookingEditor::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_zoneLabel->setText(zone == QTimeZone::systemTimeZone() ? QString() : QString::fromUtf8(zone.id()));
}

void BookingEditor::edit(const domain::Booking& booking, bool isNew)
{
    m_loading = true;
    m_original = booking;
    m_isNew = isNew;
    m_transitionContext.reset();
    m_title->setText(isNew ? tr("New booking") : tr("Booking"));
    m_status->setText(isNew ? QString() : domain::bookingStatusName(booking.status()));
    const QSignalBlocker clientBlocker(m_client);
    m_client->setCurrentIndex(m_client->findData(booking.clientId()));
    if (m_client->currentIndex() < 0) {
        m_client->setEditText(QString());
    }
    const QSignalBlocker serviceBlocker(m_service);
    const int serviceIndex = m_service->findData(booking.serviceId());
    m_service->setCurrentIndex(serviceIndex >= 0 ? serviceIndex : 0);
    const domain::Schedule& schedule = booking.schedule();
    if (schedule.isNull()) {
        const QDateTime next = m_clock.nowUtc().toTimeZone(m_zone).addSecs(3600);
        m_date->setDate(next.date());
        m_start->setTime(QTime(next.time().hour(), 0));
        m_duration->setValue(
            m_services.isEmpty() ? 60 : m_services.value(std::max(0, m_service->currentIndex())).durationMinutes());
    } else {
        const QDateTime start = schedule.start().toTimeZone(m_zone);
        m_date->setDate(start.date());
        m_start->setTime(start.time());
        m_duration->setValue(int(schedule.durationSeconds() / 60));
    }
    m_repeat->setCurrentIndex(0);
    m_repeat->setEnabled(isNew);
    m_location->setText(booking.location());
    m_video->setText(booking.videoLink());
    m_phone->setText(booking.phone());
    m_notes->setPlainText(booking.notes());
    m_invoice->setVisible(!isNew);
    // A session still ahead of its client: one done, cancelled or missed gets no confirmation.
    const domain::BookingStatus status = booking.status();
    m_emailConfirmation->setVisible(!isNew && status != domain::BookingStatus::Canceled
        && status != domain::BookingStatus::Completed && status != domain::BookingStatus::NoShow);

    m_history->clear();
    const QLocale locale;
    for (const domain::StatusChange& change : booking.statusHistory()) {
        m_history->addItem(tr("%1: %2 → %3%4")
                               .arg(locale.toString(change.at.toTimeZone(m_zone), QLocale::ShortFormat),
                                   domain::bookingStatusName(change.from), domain::bookingStatusName(change.to),
                                   change.reason.isEmpty() ? QString() : tr(" (%1)").arg(change.reason)));
    }
    for (const domain::RescheduleEntry& entry : booking.rescheduleHistory()) {
        m_history->addItem(tr("%1: moved from %2 to %3")
                               .arg(locale.toString(entry.at.toTimeZone(m_zone), QLocale::ShortFormat),
                                   locale.toString(entry.from.start().toTimeZone(m_zone), QLocale::ShortFormat),
                                   locale.toString(entry.to.start().toTimeZone(m_zone), QLocale::ShortFormat)));
    }
    if (m_history->count() == 0) {
        m_history->addItem(isNew ? tr("Changes to the status and time will be listed here.") : tr("No changes yet."));
    }
    rebuildStatusButtons();
    revalidate();
    m_loading = false;
    m_modified = false;
    m_client->setFocus();
}

void BookingEditor::setTransitionContext(const domain::BookingTransitionContext& context)
{
    m_transitionContext = context;
    rebuildStatusButtons();
}

void BookingEditor::rebuildStatusButtons()
{
    while (QLayoutItem* item = m_statusButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_statusBox->setVisible(!m_isNew);
    if (m_isNew) {
        return;
    }
    QStringList reasons;
    const QList<domain::BookingStatus> next = domain::BookingStateMachine::successors(m_original.status());
    for (domain::BookingStatus to : next) {
        auto* button = new QPushButton(bookingTransitionText(to), m_statusBox);
        button->setObjectName(u"bookingTransition_" + domain::bookingStatusKey(to));
        Result<void> allowed = Error(Error::Code::Unavailable, tr("Checking…"));
        if (m_transitionContext) {
            domain::BookingTransitionContext context = *m_transitionContext;
            context.sessionStart = m_original.schedule().start();
            context.sessionEnd = m_original.schedule().end();
            allowed = domain::BookingStateMachine::check(m_original.status(), to, context);
        }
        button->setEnabled(bool(allowed));
        if (!allowed && m_transitionContext) {
            button->setToolTip(allowed.error().userMessage());
            reasons << tr("%1: %2").arg(bookingTransitionText(to), allowed.error().userMessage());
        }
        connect(button, &QPushButton::clicked, this, [this, to] { requestTransition(to); });
        m_statusButtons->addWidget(button);
    }
    m_statusButtons->addStretch(1);
    m_blocked->setText(reasons.join(u'\n'));
    m_blocked->setVisible(!reasons.isEmpty());
}

void BookingEditor::requestTransition(domain::BookingStatus to)
{
    QString reason;
    if (to == domain::BookingStatus::Canceled) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Cancel Booking"),
            tr("Why is this booking canceled? The reason is kept in its history."), QLineEdit::Normal, QString(), &ok);
        if (!ok) {
            return;
        }
    }
    Q_EMIT transitionRequested(m_original.id(), to, reason);
}

void BookingEditor::serviceChanged()
{
    const int index = m_service->currentIndex();
    if (index >= 0 && index < m_services.size()) {
        m_duration->setValue(m_services.at(index).durationMinutes());
    }
    revalidate();
}

Result<domain::Booking> BookingEditor::build(Series* series) const
{
    QUuid clientId = m_client->currentData().toUuid();
    if (m_client->currentIndex() < 0 || m_client->currentText() != m_client->itemText(m_client->currentIndex())) {
        clientId = QUuid();
    }
    if (clientId.isNull()) {
        return Error(
            Error::Code::InvalidInput, tr("Choose the client from the list (type a few letters of the name)."));
    }
    const int serviceIndex = m_service->currentIndex();
    if (serviceIndex < 0 || serviceIndex >= m_services.size()) {
        return Error(Error::Code::InvalidInput, tr("Choose a service; add services in Settings → Services."));
    }
    const Result<domain::Schedule> schedule = domain::Schedule::fromLocal(
        m_date->date(), m_start->time(), m_duration->value(), QString::fromUtf8(m_zone.id()));
    if (!schedule) {
        return Error(Error::Code::InvalidInput, schedule.error().userMessage());
    }
    domain::Booking booking = m_original;
    if (m_isNew) {
        Result<domain::Booking> created = domain::Booking::create(m_original.id(), clientId,
            m_services.at(serviceIndex).id(), schedule.value(), domain::BookingStatus::Pending);
        if (!created) {
            return created.error();
        }
        booking = created.value();
    } else if (booking.clientId() != clientId || booking.serviceId() != m_services.at(serviceIndex).id()) {
        booking = domain::Booking::restore(booking.id(), clientId, m_services.at(serviceIndex).id(), booking.schedule(),
            booking.status(), booking.statusHistory(), booking.rescheduleHistory());
        booking.setLocation(m_original.location());
    }
    if (!m_isNew && !(booking.schedule() == schedule.value())) {
        if (Result<void> moved = booking.reschedule(schedule.value(), m_clock.nowUtc(), QString()); !moved) {
            return moved.error();
        }
    }
    booking.setLocation(m_location->text().trimmed());
    const QString video = m_video->text().trimmed();
    if (!video.isEmpty() && !QUrl(video, QUrl::StrictMode).scheme().startsWith(u"http")) {
        return Error(Error::Code::InvalidInput, tr("The video link must start with https://."));
    }
    booking.setVideoLink(video);
    booking.setPhone(m_phone->text().trimmed());
    booking.setNotes(m_notes->toPlainText());

    if (series) {
        series->schedules = {schedule.value()};
        const QString rule = rruleOf(m_repeat->currentData().toInt());
        if (m_isNew && !rule.isEmpty()) {
            Result<domain::Recurrence> recurrence =
                domain::Recurrence::parse(rule + QStringLiteral(";COUNT=%1").arg(m_repeatCount->value()));
            if (!recurrence) {
                return recurrence.error();
            }
            series->seriesId = sync::UuidV7::create();
            series->recurrence = recurrence.value();
            series->schedules = recurrence->occurrences(
                schedule.value(), m_date->date(), m_date->date().addYears(5), m_repeatCount->value());
        }
    }
    return booking;
}

void BookingEditor::revalidate()
{
    if (!m_loading) {
        m_modified = true;
    }
    const Result<domain::Booking> booking = build(nullptr);
    m_error->setText(booking ? QString() : booking.error().userMessage());
    m_save->setEnabled(bool(booking));
}

void BookingEditor::save()
{
    Series series;
    const Result<domain::Booking> booking = build(&series);
    if (!booking) {
        m_error->setText(booking.error().userMessage());
        return;
    }
    Q_EMIT saveRequested(m_original, booking.value(), m_isNew, series);
}

void BookingEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT canceled();
        return;
    }
    if (event->matches(QKeySequence::Save)) {
        save();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace clientele::ui
