#pragma once

#include <QLocale>
#include <QTimeZone>
#include <QWidget>

#include "core/domain/Client.h"
#include "core/store/Summaries.h"

class QLabel;
class QListWidget;
class QTabWidget;
class QPushButton;

namespace clientele::ui {

class DocumentPrinting;

// One client at a glance: contact, stage, tags, notes, what they have paid and still owe, and their
// history of bookings, invoices and messages (each opens what it is about). New Contract… drafts a
// contract for them from a template.
class ClientDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientDetail)

public:
    explicit ClientDetail(QWidget* parent = nullptr);

    void showClient(const domain::Client& client);
    void showHistory(const ClientHistory& history, const QLocale& locale, const QTimeZone& zone);
    const domain::Client& client() const { return m_client; }
    // The Statement menu: Print Preview…, Print… and Save as PDF… of the client's statement.
    void setStatementPrinting(DocumentPrinting* printing);
    // The Subscriptions tab (the panel is the page's, which gives it the practice).
    void setSubscriptionsPanel(QWidget* panel);
    void setSubscriptionCount(int count);

Q_SIGNALS:
    void editRequested();
    void newBookingRequested();
    void mergeRequested();
    void deleteRequested();
    void superbillRequested();
    void newContractRequested();
    void textRequested();
    void bookingActivated(const QUuid& id);
    void invoiceActivated(const QUuid& id);

private:
    domain::Client m_client;
    QLabel* m_name = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_money = nullptr;
    QPushButton* m_statement = nullptr;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_bookings = nullptr;
    QListWidget* m_invoices = nullptr;
    QListWidget* m_messages = nullptr;
};

} // namespace clientele::ui
