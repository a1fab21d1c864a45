#pragma once

#include <QAbstractTableModel>
#include <QLocale>

#include "core/store/Summaries.h"

namespace clientele::ui {

// The client list: one row per ClientSummary. SortRole gives the real value (money as minor units),
// so sorting by lifetime value is numeric.
class ClientTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientTableModel)

public:
    enum Column
    {
        Name,
        Email,
        Phone,
        Stage,
        Tags,
        LifetimeValue,
        ColumnCount,
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit ClientTableModel(QObject* parent = nullptr);

    void setClients(QList<ClientSummary> clients, const QLocale& locale);
    const ClientSummary* clientAt(int row) const;
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ClientSummary> m_clients;
    QLocale m_locale;
};

} // namespace clientele::ui
