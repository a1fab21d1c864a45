#pragma once

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

#include "core/store/Summaries.h"

namespace clientele::ui {

// The bookings list: when (in the practice's zone), client, service, status, where.
class BookingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingTableModel)

public:
    enum Column
    {
        When,
        Client,
        Service,
        Status,
        Where,
        ColumnCount,
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit BookingTableModel(QObject* parent = nullptr);

    void setBookings(QList<BookingSummary> bookings, const QLocale& locale, const QTimeZone& zone);
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<BookingSummary> m_bookings;
    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace clientele::ui
