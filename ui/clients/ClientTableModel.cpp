#include "ui/clients/ClientTableModel.h"

#include "core/domain/PhoneNumber.h"
#include "core/text/MoneyText.h"
#include "ui/widgets/BookingStatusText.h"

namespace clientele::ui {

ClientTableModel::ClientTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ClientTableModel::setClients(QList<ClientSummary> clients, const QLocale& locale)
{
    beginResetModel();
    m_clients = std::move(clients);
    m_locale = locale;
    endResetModel();
}

const ClientSummary* ClientTableModel::clientAt(int row) const
{
    return row >= 0 && row < m_clients.size() ? &m_clients.at(row) : nullptr;
}

int ClientTableModel::rowOf(const QUuid& id) const
{
    for (int row = 0; row < m_clients.size(); ++row) {
        if (m_clients.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int ClientTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex& index, int role) const
{
    const ClientSummary* client = clientAt(index.row());
    if (!client) {
        return {};
    }
    if (role == IdRole) {
        return client->id;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == LifetimeValue ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return role == SortRole ? QVariant(client->name.toCaseFolded()) : QVariant(client->name);
    case Email:
        return client->email;
    case Phone: {
        if (role == SortRole || client->phone.isEmpty()) {
            return client->phone;
        }
        const Result<domain::PhoneNumber> phone = domain::PhoneNumber::fromE164(client->phone);
        return phone ? phone->formatted(domain::PhoneNumber::Format::International) : client->phone;
    }
    case Stage:
        return role == SortRole ? QVariant(int(client->stage)) : QVariant(pipelineStageText(client->stage));
    case Tags:
        return client->tags.join(QStringLiteral(", "));
    case LifetimeValue:
        if (role == SortRole) {
            return client->lifetimeValueMinor;
        }
        return client->currency.isEmpty() ? QString()
                                          : moneyText(client->lifetimeValueMinor, client->currency, m_locale);
    default:
        return {};
    }
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Stage:
        return tr("Stage");
    case Tags:
        return tr("Tags");
    case LifetimeValue:
        return tr("Lifetime value");
    default:
        return {};
    }
}

} // namespace clientele::ui
