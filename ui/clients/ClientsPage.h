#pragma once

#include <QUrl>
#include <functional>

#include <QUuid>
#include <QWidget>

#include "core/domain/Client.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace clientele::ui {

class ClientDetail;
class ClientEditor;
class SubscriptionsPanel;
class ClientTableModel;
class EmptyStatePage;
class PracticeContext;

// Clients: the list with search-as-you-type, stage and tag filters and sorting; beside it the selected
// client's details and history, or the editor. Deleting goes on the undo stack.
class ClientsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientsPage)

public:
    ClientsPage(PracticeContext& context, QUndoStack& undo, QWidget* parent = nullptr);
    ~ClientsPage() override;

    void refresh();
    void newClient();
    void focusSearch();
    // Where a client lands after paying a subscription link (see SubscriptionsPanel).
    void setPaymentReturnUrl(std::function<QUrl()> source);
    void showClient(const QUuid& id);

Q_SIGNALS:
    void newBookingRequested(const QUuid& clientId);
    void bookingActivated(const QUuid& id);
    void invoiceActivated(const QUuid& id);
    // New Contract… stored a draft for the client on show.
    void contractCreated(const QUuid& contractId);
    // New Contract… found no template and the user asked to write one.
    void contractTemplatesRequested();
    void statusMessage(const QString& text);

private:
    void loadSelected();
    // The client's bookings, invoices and messages, unless another client is shown by then.
    void loadHistory(const QUuid& id, int generation);
    void save(const domain::Client& before, const domain::Client& after, bool isNew);
    void removeSelected();
    void mergeInto();
    void refreshTags();
    void restoreLayout();
    void saveLayout() const;

    PracticeContext& m_context;
    QUndoStack& m_undo;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_tag = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    ClientTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QStackedWidget* m_side = nullptr;
    EmptyStatePage* m_empty = nullptr;
    ClientDetail* m_detail = nullptr;
    ClientEditor* m_editor = nullptr;
    SubscriptionsPanel* m_subscriptions = nullptr;
    QUuid m_selected;
    QUuid m_pendingSelection;
    int m_generation = 0;
    bool m_loaded = false;
    int m_detailGeneration = 0;
};

} // namespace clientele::ui
