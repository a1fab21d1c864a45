#include "ui/bookings/BookingsPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/sync/UuidV7.h"
#include "ui/EmptyStatePage.h"
#include "ui/bookings/BookingTableModel.h"
#include "ui/practice/PracticeContext.h"
#include "ui/widgets/FirstShow.h"
#include "ui/widgets/PanelParts.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

enum Period
{
    Upcoming,
    ThisWeek,
    Past,
    WithoutTime,
    All,
};

constexpr int kListLimit = 2000;

} // namespace

BookingsPage::BookingsPage(PracticeContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("bookingsPage"));
    setAccessibleName(tr("Bookings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    auto* toolbar = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("bookingPeriodFilter"));
    m_period->setAccessibleName(tr("Which bookings"));
    m_period->addItem(tr("Upcoming"), Upcoming);
    m_period->addItem(tr("This week"), ThisWeek);
    m_period->addItem(tr("Past 90 days"), Past);
    m_period->addItem(tr("Inquiries without a time"), WithoutTime);
    m_period->addItem(tr("All"), All);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("bookingSearchEdit"));
    m_search->setPlaceholderText(tr("Filter by client or service…"));
    m_search->setAccessibleName(tr("Filter bookings"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    auto* add = new QPushButton(tr("New Booking"), this);
    add->setObjectName(QStringLiteral("newBookingButton"));
    toolbar->addWidget(m_period);
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_count, 1);
    toolbar->addWidget(add);
    layout->addLayout(toolbar);

    m_splitter = new QSplitter(this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("bookingTable"));
    m_table->setAccessibleName(tr("Bookings"));
    m_model = new BookingTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BookingTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->sortByColumn(BookingTableModel::When, Qt::AscendingOrder);
    m_side = new QStackedWidget(m_splitter);
    m_empty = new EmptyStatePage(QStringLiteral(":/icons/sections/bookings.svg"), tr("Choose a booking"),
        tr("Select a booking to see and change it, or press %1 for a new booking.")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
        m_side);
    m_empty->setObjectName(QStringLiteral("bookingsEmptyState"));
    m_editor = new BookingEditor(m_context.clock(), m_side);
    m_side->addWidget(m_empty);
    m_side->addWidget(m_editor);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    const QSettings settings;
    if (!m_splitter->restoreState(settings.value(QStringLiteral("bookings/splitter")).toByteArray())) {
        m_splitter->setSizes({600, 460});
    }
    const QFontMetrics metrics(m_table->font());
    const auto width = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(BookingTableModel::When, width(QStringLiteral("Wed 30 Sep 2026, 10:00–11:30")));
    header->resizeSection(BookingTableModel::Client, width(QStringLiteral("Alexandra Zimmermann")));
    header->resizeSection(BookingTableModel::Service, width(QStringLiteral("Intake consultation")));
    header->resizeSection(BookingTableModel::Status, width(tr("Awaiting signature")));
    header->setStretchLastSection(true);
    header->restoreState(settings.value(QStringLiteral("bookings/header")).toByteArray());
    m_period->setCurrentIndex(std::max(0, m_period->findData(settings.value(QStringLiteral("bookings/period"), 0))));

    connect(m_period, &QComboBox::currentIndexChanged, this, &BookingsPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, [this] { newBooking(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            openInEditor(m_proxy->data(index, BookingTableModel::IdRole).toUuid());
        }
    });
    connect(m_editor, &BookingEditor::saveRequested, this, &BookingsPage::save);
    connect(m_editor, &BookingEditor::transitionRequested, this, &BookingsPage::transition);
    connect(m_editor, &BookingEditor::invoiceRequested, this, &BookingsPage::createInvoice);
    connect(m_editor, &BookingEditor::confirmationEmailRequested, this, &BookingsPage::confirmationEmailRequested);
    connect(m_editor, &BookingEditor::canceled, this, [this] {
        m_side->setCurrentWidget(m_empty);
        m_selected = QUuid();
        m_table->setFocus();
    });
    connect(&m_context, &PracticeContext::dataChanged, this, [this](PracticeContext::Area area) {
        if (area == PracticeContext::Area::Clients || area == PracticeContext::Area::Services) {
            m_choicesLoaded = false;
        }
        if (area != PracticeContext::Area::Settings && area != PracticeContext::Area::Contracts) {
            refresh();
        }
        // A change made elsewhere (a payment confirmed this booking) shows in the open booking, unless
        // the user is typing in it.
        if ((area == PracticeContext::Area::Bookings || area == PracticeContext::Area::Invoices) && !m_selected.isNull()
            && m_side->currentWidget() == m_editor && !m_editor->isModified()) {
            openInEditor(m_selected);
        }
    });
    m_editor->setTimeZone(m_context.timeZone());
    FirstShow::whenFirstShown(this, [this] {
        m_loaded = true;
        refresh();
    });
}

BookingsPage::~BookingsPage()
{
    QSettings settings;
    settings.setValue(QStringLiteral("bookings/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("bookings/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("bookings/period"), m_period->currentData());
}

void BookingsPage::refresh()
{
    if (!m_loaded) {
        return; // the list is read when the section is first opened
    }
    PracticeQueries::BookingFilter filter;
    const QDateTime now = m_context.clock().nowUtc();
    switch (m_period->currentData().toInt()) {
    case Upcoming:
        filter.from = now;
        break;
    case ThisWeek: {
        const QDate today = m_context.today();
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        filter.from = QDateTime(monday, QTime(0, 0), m_context.timeZone()).toUTC();
        filter.to = QDateTime(monday.addDays(7), QTime(0, 0), m_context.timeZone()).toUTC();
        break;
    }
    case Past:
        filter.from = now.addDays(-90);
        filter.to = now;
        break;
    case WithoutTime:
        filter.status = domain::BookingStatus::Inquiry;
        break;
    default:
        break;
    }
    filter.limit = kListLimit;
    const int generation = ++m_generation;
    whenReady(
        this, m_context.queries().bookings(filter), [this, generation](const Result<QList<BookingSummary>>& list) {
            if (generation != m_generation) {
                return;
            }
            if (!list) {
                m_count->setText(tr("Bookings could not be loaded: %1").arg(list.error().userMessage()));
                return;
            }
            m_model->setBookings(list.value(), m_context.locale(), m_context.timeZone());
            if (list->isEmpty()) {
                m_empty->setTexts(tr("No bookings here"),
                    tr("Sessions, shoots and consultations appear here with their status, from the first inquiry to "
                       "completed. Press %1 for a new booking, or choose another period.")
                        .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
            } else {
                m_empty->setTexts(tr("Choose a booking"),
                    tr("Select a booking to see and change it, or press %1 for a new booking.")
                        .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
            }
            m_count->setText(list->size() >= kListLimit ? tr("First %1 bookings").arg(kListLimit)
                                                        : tr("%n booking(s)", nullptr, int(list->size())));
            const int row = m_model->rowOf(m_selected);
            if (row >= 0) {
                const QSignalBlocker blocker(m_table->selectionModel());
                m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            }
        });
}

void BookingsPage::loadChoices()
{
    if (m_choicesLoaded) {
        return;
    }
    m_choicesLoaded = true;
    auto clients = std::make_shared<QList<ClientSummary>>();
    whenReady(this, m_context.queries().clients({}), [this, clients](const Result<QList<ClientSummary>>& list) {
        if (list) {
            *clients = list.value();
        }
        whenReady(this, m_context.services().all(), [this, clients](const Result<QList<domain::Service>>& services) {
            m_editor->setChoices(*clients, services ? services.value() : QList<domain::Service>());
            // The editor may have been opened before the choices arrived: show the record again.
            if (m_side->currentWidget() == m_editor) {
                m_editor->edit(m_editor->original(), m_selected.isNull());
            }
        });
    });
}

void BookingsPage::newBooking(const QUuid& clientId, const QDateTime& start, const QDateTime& end)
{
    loadChoices();
    domain::Schedule schedule;
    if (start.isValid() && end.isValid()) {
        const Result<domain::Schedule> made =
            domain::Schedule::create(start, end, QString::fromUtf8(m_context.timeZone().id()));
        if (made) {
            schedule = made.value();
        }
    }
    domain::Booking booking =
        domain::Booking::restore(sync::UuidV7::create(), clientId, QUuid(), schedule, domain::BookingStatus::Pending);
    m_selected = QUuid();
    m_table->clearSelection();
    m_editor->edit(booking, true);
    m_side->setCurrentWidget(m_editor);
}

void BookingsPage::showBooking(const QUuid& id)
{
    m_selected = id;
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        m_table->scrollTo(m_table->currentIndex());
    }
    openInEditor(id);
}

void BookingsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void BookingsPage::openInEditor(const QUuid& id)
{
    if (id.isNull()) {
        return;
    }
    loadChoices();
    m_selected = id;
    const int generation = ++m_editGeneration;
    whenReady(this, m_context.bookings().find(id),
        [this, id, generation](const Result<std::optional<domain::Booking>>& booking) {
            if (generation != m_editGeneration || !booking || !booking.value()) {
                return;
            }
            m_editor->edit(**booking, false);
            m_side->setCurrentWidget(m_editor);
            whenReady(this, m_context.bookings().transitionContext(id, m_context.clock().nowUtc()),
                [this, generation](const Result<domain::BookingTransitionContext>& context) {
                    if (generation == m_editGeneration && context) {
                        m_editor->setTransitionContext(context.value());
                    }
                });
        });
}

void BookingsPage::save(
    const domain::Booking& before, const domain::Booking& after, bool isNew, const BookingEditor::Series& series)
{
    QFuture<Result<void>> future;
    if (isNew && series.schedules.size() > 1) {
        QList<domain::Booking> bookings;
        for (qsizetype i = 0; i < series.schedules.size(); ++i) {
            domain::Booking occurrence = domain::Booking::restore(i == 0 ? after.id() : sync::UuidV7::create(),
                after.clientId(), after.serviceId(), series.schedules.at(i), after.status());
            occurrence.setLocation(after.location());
            occurrence.setVideoLink(after.videoLink());
            occurrence.setPhone(after.phone());
            occurrence.setNotes(after.notes());
            occurrence.setSeries(series.seriesId, series.recurrence);
            bookings << occurrence;
        }
        future = m_context.bookings().addSeries(bookings);
    } else if (isNew) {
        future = m_context.bookings().add(after);
    } else {
        future = m_context.bookings().update(before, after);
    }
    const int sessions = int(std::max<qsizetype>(1, series.schedules.size()));
    whenReady(this, std::move(future), [this, after, isNew, sessions](const Result<void>& saved) {
        if (!saved) {
            QMessageBox::warning(
                this, tr("Save Booking"), tr("The booking could not be saved: %1").arg(saved.error().userMessage()));
            return;
        }
        Q_EMIT statusMessage(isNew ? tr("Booked %n session(s)", nullptr, sessions) : tr("Booking saved"));
        m_selected = after.id();
        m_context.notifyChanged(PracticeContext::Area::Bookings);
        openInEditor(after.id());
    });
}

void BookingsPage::transition(const QUuid& id, domain::BookingStatus to, const QString& reason)
{
    whenReady(this, m_context.bookings().transition(id, to, reason, m_context.clock().nowUtc()),
        [this, id](const Result<domain::Booking>& booking) {
            if (!booking) {
                QMessageBox::warning(this, tr("Change Status"), booking.error().userMessage());
                return;
            }
            m_context.notifyChanged(PracticeContext::Area::Bookings);
            openInEditor(id);
        });
}

void BookingsPage::createInvoice(const QUuid& bookingId)
{
    const QUuid invoiceId = sync::UuidV7::create();
    whenReady(this, m_context.invoices().draftForBooking(bookingId, invoiceId, m_context.today()),
        [this](const Result<domain::Invoice>& draft) {
            if (!draft) {
                QMessageBox::warning(
                    this, tr("Create Invoice"), tr("No invoice could be drafted: %1").arg(draft.error().userMessage()));
                return;
            }
            const domain::Invoice& invoice = draft.value();
            whenReady(this, m_context.invoices().add(invoice), [this, invoice](const Result<void>& added) {
                if (!added) {
                    QMessageBox::warning(this, tr("Create Invoice"), added.error().userMessage());
                    return;
                }
                m_context.notifyChanged(PracticeContext::Area::Invoices);
                Q_EMIT invoiceCreated(invoice.id());
            });
        });
}

} // namespace clientele::ui
