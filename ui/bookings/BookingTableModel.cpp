#include "ui/bookings/BookingTableModel.h"

#include "ui/widgets/BookingStatusText.h"

namespace clientele::ui {

BookingTableModel::BookingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BookingTableModel::setBookings(QList<BookingSummary> bookings, const QLocale& locale, const QTimeZone& zone)
{
    beginResetModel();
    m_bookings = std::move(bookings);
    m_locale = locale;
    m_zone = zone;
    endResetModel();
}

int BookingTableModel::rowOf(const QUuid& id) const
{
    for (int row = 0; row < m_bookings.size(); ++row) {
        if (m_bookings.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int BookingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int BookingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingTableModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_bookings.size()) {
        return {};
    }
    const BookingSummary& booking = m_bookings.at(index.row());
    if (role == IdRole) {
        return booking.id;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case When: {
        if (booking.schedule.isNull()) {
            return role == SortRole ? QVariant(std::numeric_limits<qint64>::max()) : QVariant(tr("No time yet"));
        }
        if (role == SortRole) {
            return booking.schedule.start().toMSecsSinceEpoch();
        }
        const QDateTime start = booking.schedule.start().toTimeZone(m_zone);
        const QDateTime end = booking.schedule.end().toTimeZone(m_zone);
        return tr("%1, %2–%3")
            .arg(m_locale.toString(start.date(), QStringLiteral("ddd d MMM yyyy")),
                m_locale.toString(start.time(), QLocale::ShortFormat),
                m_locale.toString(end.time(), QLocale::ShortFormat));
    }
    case Client:
        return booking.clientName;
    case Service:
        return booking.serviceName;
    case Status:
        return role == SortRole ? QVariant(int(booking.status)) : QVariant(domain::bookingStatusName(booking.status));
    case Where:
        if (!booking.location.isEmpty()) {
            return booking.location;
        }
        return booking.videoLink.isEmpty() ? QString() : tr("Video");
    default:
        return {};
    }
}

QVariant BookingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case Client:
        return tr("Client");
    case Service:
        return tr("Service");
    case Status:
        return tr("Status");
    case Where:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace clientele::ui
