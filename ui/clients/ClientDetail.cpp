#include "ui/clients/ClientDetail.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/text/MoneyText.h"
#include "ui/printing/DocumentPrinting.h"
#include "ui/records/RecordStatusText.h"
#include "ui/widgets/BookingStatusText.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QListWidget* historyList(const QString& objectName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setFrameShape(QFrame::NoFrame);
    list->setUniformItemSizes(true);
    return list;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

ClientDetail::ClientDetail(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("clientDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    m_name = makeHeading(QString(), this, 1.4);
    m_name->setObjectName(QStringLiteral("clientDetailName"));
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("clientDetailFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_money = new QLabel(this);
    m_money->setObjectName(QStringLiteral("clientDetailMoney"));
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* actions = new QHBoxLayout;
    auto* edit = new QPushButton(tr("Edit"), this);
    edit->setObjectName(QStringLiteral("clientEditButton"));
    auto* book = new QPushButton(tr("New Booking"), this);
    book->setObjectName(QStringLiteral("clientNewBookingButton"));
    auto* merge = new QPushButton(tr("Merge Duplicate…"), this);
    merge->setObjectName(QStringLiteral("clientMergeButton"));
    auto* remove = new QPushButton(tr("Delete"), this);
    remove->setObjectName(QStringLiteral("clientDeleteButton"));
    // Documents for the client to keep or claim with: a statement of account as of today, and a
    // superbill for a period.
    m_statement = new QPushButton(tr("S&tatement"), this);
    m_statement->setObjectName(QStringLiteral("clientStatementButton"));
    m_statement->setToolTip(tr("Every invoice and payment up to today, with what is still open"));
    m_statement->setMenu(new QMenu(m_statement));
    m_statement->setVisible(false);
    auto* superbill = new QPushButton(tr("Su&perbill…"), this);
    superbill->setObjectName(QStringLiteral("clientSuperbillButton"));
    superbill->setToolTip(tr("Sessions of a period with their codes, for the client's insurance claim"));
    auto* text = new QPushButton(tr("Te&xt…"), this);
    text->setObjectName(QStringLiteral("clientTextButton"));
    text->setToolTip(tr("Send this client a text message through the relay"));
    auto* contract = new QPushButton(tr("New &Contract…"), this);
    contract->setObjectName(QStringLiteral("clientNewContractButton"));
    contract->setToolTip(tr("Draft a contract for this client from one of your contract templates"));
    // Two rows, so the panel stays narrow enough for the list beside it: what is done with the client,
    // then their documents and the housekeeping.
    actions->addWidget(edit);
    actions->addWidget(book);
    actions->addWidget(contract);
    actions->addWidget(text);
    actions->addStretch(1);
    actions->addWidget(remove);
    auto* documents = new QHBoxLayout;
    documents->addWidget(m_statement);
    documents->addWidget(superbill);
    documents->addWidget(merge);
    documents->addStretch(1);
    setTabOrder(edit, book);
    setTabOrder(book, contract);
    setTabOrder(contract, text);
    setTabOrder(text, remove);
    setTabOrder(remove, m_statement);
    setTabOrder(m_statement, superbill);
    setTabOrder(superbill, merge);
    connect(superbill, &QPushButton::clicked, this, &ClientDetail::superbillRequested);
    connect(contract, &QPushButton::clicked, this, &ClientDetail::newContractRequested);
    connect(text, &QPushButton::clicked, this, &ClientDetail::textRequested);
    connect(edit, &QPushButton::clicked, this, &ClientDetail::editRequested);
    connect(book, &QPushButton::clicked, this, &ClientDetail::newBookingRequested);
    connect(merge, &QPushButton::clicked, this, &ClientDetail::mergeRequested);
    connect(remove, &QPushButton::clicked, this, &ClientDetail::deleteRequested);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("clientHistoryTabs"));
    m_bookings = historyList(QStringLiteral("clientBookingsList"), m_tabs);
    m_invoices = historyList(QStringLiteral("clientInvoicesList"), m_tabs);
    m_messages = historyList(QStringLiteral("clientMessagesList"), m_tabs);
    m_tabs->addTab(m_bookings, tr("Bookings"));
    m_tabs->addTab(m_invoices, tr("Invoices"));
    m_tabs->addTab(m_messages, tr("Messages"));
    connect(m_bookings, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT bookingActivated(item->data(kIdRole).toUuid()); });
    connect(m_invoices, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT invoiceActivated(item->data(kIdRole).toUuid()); });

    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addWidget(m_money);
    layout->addWidget(m_notes);
    layout->addLayout(actions);
    layout->addLayout(documents);
    layout->addWidget(m_tabs, 1);
}

void ClientDetail::setStatementPrinting(DocumentPrinting* printing)
{
    QMenu* menu = m_statement->menu();
    menu->clear();
    if (printing) {
        menu->addAction(printing->previewAction());
        menu->addAction(printing->printAction());
        menu->addAction(printing->savePdfAction());
    }
    m_statement->setVisible(printing != nullptr);
}

void ClientDetail::setSubscriptionsPanel(QWidget* panel)
{
    m_tabs->addTab(panel, tr("Subscriptions"));
}

void ClientDetail::setSubscriptionCount(int count)
{
    if (m_tabs->count() > 3) {
        m_tabs->setTabText(3, tr("Subscriptions (%1)").arg(count));
    }
}

void ClientDetail::showClient(const domain::Client& client)
{
    m_client = client;
    m_name->setText(client.displayName());
    QStringList facts;
    facts << tr("<b>%1</b>").arg(escaped(pipelineStageText(client.stage())));
    if (client.primaryEmail()) {
        facts << escaped(client.primaryEmail()->address());
    }
    if (client.primaryPhone()) {
        facts << escaped(client.primaryPhone()->formatted(domain::PhoneNumber::Format::International));
    }
    if (!client.company().isEmpty() && !client.givenName().isEmpty()) {
        facts << escaped(client.company());
    }
    if (!client.tags().isEmpty()) {
        facts << tr("Tags: %1").arg(escaped(client.tags().join(QStringLiteral(", "))));
    }
    if (!client.address().city.isEmpty()) {
        facts << escaped(client.address().city);
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_notes->setText(client.notes());
    m_notes->setVisible(!client.notes().isEmpty());
    m_money->clear();
    m_bookings->clear();
    m_invoices->clear();
    m_messages->clear();
}

void ClientDetail::showHistory(const ClientHistory& history, const QLocale& locale, const QTimeZone& zone)
{
    m_money->setText(history.currency.isEmpty()
            ? QString()
            : tr("Lifetime value %1 · outstanding %2")
                  .arg(moneyText(history.lifetimeValueMinor, history.currency, locale),
                      moneyText(history.outstandingMinor, history.currency, locale)));
    m_bookings->clear();
    for (const BookingSummary& booking : history.bookings) {
        const QString when = booking.schedule.isNull()
            ? tr("No time yet")
            : locale.toString(booking.schedule.start().toTimeZone(zone), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(
            tr("%1 · %2 · %3").arg(when, booking.serviceName, domain::bookingStatusName(booking.status)), m_bookings);
        item->setData(kIdRole, booking.id);
    }
    if (history.bookings.isEmpty()) {
        m_bookings->addItem(tr("No bookings yet. Press New Booking to schedule a session."));
    }
    m_invoices->clear();
    for (const InvoiceSummary& invoice : history.invoices) {
        auto* item = new QListWidgetItem(tr("%1 · %2 · %3 paid of %4")
                                             .arg(invoice.number.isEmpty() ? tr("Draft") : invoice.number,
                                                 locale.toString(invoice.issueDate, QLocale::ShortFormat),
                                                 moneyText(invoice.paidMinor, invoice.currency, locale),
                                                 moneyText(invoice.totalMinor, invoice.currency, locale)),
            m_invoices);
        item->setData(kIdRole, invoice.id);
    }
    if (history.invoices.isEmpty()) {
        m_invoices->addItem(tr("No invoices yet."));
    }
    m_messages->clear();
    for (const MessageSummary& message : history.messages) {
        const bool inbound = message.direction == domain::MessageDirection::Inbound;
        const QString arrow = inbound ? tr("from") : tr("to");
        QString line = tr("%1 · %2 %3 · %4")
                           .arg(locale.toString(message.at.toTimeZone(zone), QLocale::ShortFormat),
                               messageChannelText(message.channel), arrow,
                               message.subject.isEmpty() ? message.preview : message.subject);
        // Where an outgoing one stands (queued, sent, failed …); why, when it did not go.
        if (!inbound) {
            line = tr("%1 · %2").arg(line, messageStateText(message.state));
        }
        auto* item = new QListWidgetItem(line, m_messages);
        if (!message.error.isEmpty()) {
            item->setToolTip(message.error);
            item->setText(tr("%1 — %2").arg(line, message.error));
        }
    }
    if (history.messages.isEmpty()) {
        m_messages->addItem(tr("No messages yet."));
    }
    m_tabs->setTabText(0, tr("Bookings (%1)").arg(history.bookings.size()));
    m_tabs->setTabText(1, tr("Invoices (%1)").arg(history.invoices.size()));
    m_tabs->setTabText(2, tr("Messages (%1)").arg(history.messages.size()));
}

} // namespace clientele::ui
