#pragma once

#include <QUuid>
#include <QWidget>

#include "ui/bookings/BookingEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace clientele::ui {

class BookingTableModel;
class EmptyStatePage;
class PracticeContext;

// Bookings: a list by period (upcoming, this week, past, without a time) with a search over client and
// service, and the booking editor beside it.
class BookingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingsPage)

public:
    explicit BookingsPage(PracticeContext& context, QWidget* parent = nullptr);
    ~BookingsPage() override;

    void refresh();
    void newBooking(const QUuid& clientId = {}, const QDateTime& start = {}, const QDateTime& end = {});
    void showBooking(const QUuid& id);
    void focusSearch();

Q_SIGNALS:
    void invoiceCreated(const QUuid& invoiceId);
    void confirmationEmailRequested(const QUuid& bookingId);
    void statusMessage(const QString& text);

private:
    void openInEditor(const QUuid& id);
    void loadChoices();
    void save(
        const domain::Booking& before, const domain::Booking& after, bool isNew, const BookingEditor::Series& series);
    void transition(const QUuid& id, domain::BookingStatus to, const QString& reason);
    void createInvoice(const QUuid& bookingId);

    PracticeContext& m_context;
    QComboBox* m_period = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    BookingTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QStackedWidget* m_side = nullptr;
    EmptyStatePage* m_empty = nullptr;
    BookingEditor* m_editor = nullptr;
    QUuid m_selected;
    int m_generation = 0;
    int m_editGeneration = 0;
    bool m_choicesLoaded = false;
    bool m_loaded = false;
};

} // namespace clientele::ui
