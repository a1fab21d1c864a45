#include "ui/clients/ClientsPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/store/Subscriptions.h"
#include "core/sync/UuidV7.h"
#include "ui/EmptyStatePage.h"
#include "ui/clients/ClientDetail.h"
#include "ui/clients/ClientEditor.h"
#include "ui/clients/ClientTableModel.h"
#include "ui/clients/SubscriptionsPanel.h"
#include "ui/clients/TextMessageDialog.h"
#include "ui/contracts/NewContractDialog.h"
#include "ui/practice/PracticeContext.h"
#include "ui/printing/DocumentJobs.h"
#include "ui/printing/DocumentPrinting.h"
#include "ui/printing/SuperbillDialog.h"
#include "ui/widgets/BookingStatusText.h"
#include "ui/widgets/FirstShow.h"
#include "ui/widgets/PanelParts.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

// Deleting a client is undoable: undo brings them back with everything attached.
class DeleteClientCommand final : public QUndoCommand
{
public:
    DeleteClientCommand(PracticeContext& context, const QUuid& id, const QString& name)
        : QUndoCommand(ClientsPage::tr("Delete %1").arg(name))
        , m_context(context)
        , m_id(id)
    {
    }

    void redo() override { run(m_context.clients().remove(m_id)); }
    void undo() override { run(m_context.clients().undelete(m_id)); }

private:
    void run(QFuture<Result<void>> future)
    {
        PracticeContext* context = &m_context;
        whenReady(context, std::move(future), [context](const Result<void>& done) {
            if (done) {
                context->notifyChanged(PracticeContext::Area::Clients);
            }
        });
    }

    PracticeContext& m_context;
    QUuid m_id;
};

QString regionOf(const PracticeContext& context)
{
    if (!context.profile().address.countryCode.isEmpty()) {
        return context.profile().address.countryCode;
    }
    return QLocale::territoryToCode(context.locale().territory());
}

} // namespace

ClientsPage::ClientsPage(PracticeContext& context, QUndoStack& undo, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("clientsPage"));
    setAccessibleName(tr("Clients"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);

    auto* toolbar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearchEdit"));
    m_search->setPlaceholderText(tr("Search names, emails, phones, tags…"));
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setClearButtonEnabled(true);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("clientStageFilter"));
    m_stage->setAccessibleName(tr("Filter by stage"));
    m_stage->addItem(tr("All stages"), -1);
    for (auto stage : {domain::PipelineStage::Inquiry, domain::PipelineStage::Consultation,
             domain::PipelineStage::Booked, domain::PipelineStage::Repeat}) {
        m_stage->addItem(pipelineStageText(stage), int(stage));
    }
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("clientTagFilter"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->addItem(tr("All tags"), QString());
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("clientCountLabel"));
    auto* add = new QPushButton(tr("New Client"), this);
    add->setObjectName(QStringLiteral("newClientButton"));
    add->setToolTip(tr("New client (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_stage);
    toolbar->addWidget(m_tag);
    toolbar->addWidget(m_count, 1);
    toolbar->addWidget(add);
    layout->addLayout(toolbar);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("clientsSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setAccessibleName(tr("Clients"));
    m_model = new ClientTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClientTableModel::SortRole);
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->sortByColumn(ClientTableModel::Name, Qt::AscendingOrder);

    m_side = new QStackedWidget(m_splitter);
    m_empty = new EmptyStatePage(QStringLiteral(":/icons/sections/clients.svg"), tr("No clients yet"),
        tr("Add the people you work with, or import them from HoneyBook, Dubsado, Google or Outlook with File → "
           "Import Clients. Press %1 for a new client.")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
        m_side);
    m_empty->setObjectName(QStringLiteral("clientsEmptyState"));
    m_detail = new ClientDetail(m_side);
    m_editor = new ClientEditor(m_context.clock(), m_side);
    m_side->addWidget(m_empty);
    m_side->addWidget(m_detail);
    m_side->addWidget(m_editor);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ClientsPage::refresh);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ClientsPage::refresh);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &ClientsPage::refresh);
    connect(add, &QPushButton::clicked, this, &ClientsPage::newClient);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClientsPage::loadSelected);
    connect(m_editor, &ClientEditor::saveRequested, this, &ClientsPage::save);
    connect(m_editor, &ClientEditor::canceled, this, [this] {
        m_side->setCurrentWidget(m_selected.isNull() ? static_cast<QWidget*>(m_empty) : m_detail);
        m_table->setFocus();
        if (!m_selected.isNull()) {
            // Read again: it may have changed on another computer while the form was open.
            m_selected = QUuid();
            loadSelected();
        }
    });
    connect(m_detail, &ClientDetail::editRequested, this, [this] {
        m_editor->setPhoneRegion(regionOf(m_context));
        m_editor->edit(m_detail->client(), false);
        m_side->setCurrentWidget(m_editor);
    });
    connect(m_detail, &ClientDetail::deleteRequested, this, &ClientsPage::removeSelected);
    connect(m_detail, &ClientDetail::mergeRequested, this, &ClientsPage::mergeInto);
    connect(m_detail, &ClientDetail::newBookingRequested, this,
        [this] { Q_EMIT newBookingRequested(m_detail->client().id()); });
    // The statement as of today, of the client on show.
    auto* statement = new DocumentPrinting(
        this, [this] { return DocumentJobs::statement(m_context, m_detail->client().id(), m_context.today()); });
    statement->setObjectName(QStringLiteral("statementPrinting"));
    m_detail->setStatementPrinting(statement);
    connect(statement, &DocumentPrinting::statusMessage, this, &ClientsPage::statusMessage);
    connect(m_detail, &ClientDetail::superbillRequested, this, [this] {
        const domain::Client& client = m_detail->client();
        if (client.id().isNull()) {
            return;
        }
        auto* dialog = new SuperbillDialog(m_context, client.id(), client.displayName(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SuperbillDialog::statusMessage, this, &ClientsPage::statusMessage);
        dialog->open();
    });
    connect(m_detail, &ClientDetail::newContractRequested, this, [this] {
        const domain::Client& client = m_detail->client();
        if (client.id().isNull()) {
            return;
        }
        auto* dialog = new NewContractDialog(m_context, client.id(), client.displayName(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NewContractDialog::created, this,
            [this, name = client.displayName()](const domain::Contract& contract) {
                Q_EMIT statusMessage(tr("Contract “%1” drafted for %2").arg(contract.title(), name));
                m_context.notifyChanged(PracticeContext::Area::Contracts);
                Q_EMIT contractCreated(contract.id());
            });
        connect(dialog, &NewContractDialog::templatesRequested, this, &ClientsPage::contractTemplatesRequested);
        dialog->open();
    });
    connect(m_detail, &ClientDetail::textRequested, this, [this] {
        if (m_detail->client().id().isNull()) {
            return;
        }
        auto* dialog = new TextMessageDialog(m_context, m_detail->client(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TextMessageDialog::statusMessage, this, &ClientsPage::statusMessage);
        dialog->open();
    });
    m_subscriptions = new SubscriptionsPanel(m_context, m_detail);
    m_detail->setSubscriptionsPanel(m_subscriptions);
    connect(m_subscriptions, &SubscriptionsPanel::statusMessage, this, &ClientsPage::statusMessage);
    connect(m_subscriptions, &SubscriptionsPanel::countChanged, m_detail, &ClientDetail::setSubscriptionCount);
    connect(m_detail, &ClientDetail::bookingActivated, this, &ClientsPage::bookingActivated);
    connect(m_detail, &ClientDetail::invoiceActivated, this, &ClientsPage::invoiceActivated);
    connect(&m_context, &PracticeContext::dataChanged, this, [this](PracticeContext::Area area) {
        if (area == PracticeContext::Area::Clients || area == PracticeContext::Area::Invoices
            || area == PracticeContext::Area::Bookings) {
            refresh();
        } else if (area == PracticeContext::Area::Messages && m_side->currentWidget() == m_detail
            && !m_selected.isNull()) {
            // A text sent, delivered or answered: the shown client's history is read again.
            loadHistory(m_selected, m_detailGeneration);
        }
    });
    restoreLayout();
    FirstShow::whenFirstShown(this, [this] {
        m_loaded = true;
        refresh();
        refreshTags();
    });
}

ClientsPage::~ClientsPage()
{
    saveLayout();
}

void ClientsPage::restoreLayout()
{
    const QSettings settings;
    if (!m_splitter->restoreState(settings.value(QStringLiteral("clients/splitter")).toByteArray())) {
        // First run: the list gets the larger part, the details enough for a form.
        m_splitter->setSizes({620, 440});
    }
    const QFontMetrics metrics(m_table->font());
    const auto width = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->resizeSection(ClientTableModel::Name, width(QStringLiteral("Alexandra Zimmermann-Berg")));
    header->resizeSection(ClientTableModel::Email, width(QStringLiteral("alexandra.zimmermann@example.com")));
    header->resizeSection(ClientTableModel::Phone, width(QStringLiteral("+49 30 12345678")));
    header->resizeSection(ClientTableModel::Stage, width(tr("Consultation")));
    header->resizeSection(ClientTableModel::Tags, width(QStringLiteral("wedding, referral")));
    header->resizeSection(ClientTableModel::LifetimeValue, width(QStringLiteral("€12,345.00")));
    header->restoreState(settings.value(QStringLiteral("clients/header")).toByteArray());
}

void ClientsPage::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("clients/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("clients/header"), m_table->horizontalHeader()->saveState());
}

void ClientsPage::refresh()
{
    if (!m_loaded) {
        return; // the list is read when the section is first opened
    }
    PracticeQueries::ClientFilter filter;
    filter.text = m_search->text().trimmed();
    const int stage = m_stage->currentData().toInt();
    if (stage >= 0) {
        filter.stage = static_cast<domain::PipelineStage>(stage);
    }
    filter.tag = m_tag->currentData().toString();
    const int generation = ++m_generation;
    whenReady(
        this, m_context.queries().clients(filter), [this, generation](const Result<QList<ClientSummary>>& clients) {
            if (generation != m_generation) {
                return; // the user typed on; a newer answer is coming
            }
            if (!clients) {
                m_count->setText(tr("Clients could not be loaded: %1").arg(clients.error().userMessage()));
                return;
            }
            const QUuid keep = m_pendingSelection.isNull() ? m_selected : m_pendingSelection;
            m_model->setClients(clients.value(), m_context.locale());
            m_count->setText(tr("%n client(s)", nullptr, int(clients->size())));
            const int row = m_model->rowOf(keep);
            if (row >= 0) {
                m_pendingSelection = QUuid();
                if (keep == m_selected && m_side->currentWidget() == m_detail) {
                    // The client shown may be what changed (on another computer, by a STOP reply):
                    // read it again.
                    m_selected = QUuid();
                }
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                m_table->setCurrentIndex(index);
                m_table->scrollTo(index);
                loadSelected();
            } else if (m_side->currentWidget() != m_editor) {
                m_selected = QUuid();
                m_side->setCurrentWidget(m_empty);
                const bool filtered =
                    !m_search->text().isEmpty() || m_stage->currentIndex() > 0 || m_tag->currentIndex() > 0;
                if (filtered && clients->isEmpty()) {
                    m_empty->setTexts(tr("No matching clients"),
                        tr("No client matches the search or filters. Clear them to see everyone."));
                } else if (clients->isEmpty()) {
                    m_empty->setTexts(tr("No clients yet"),
                        tr("Add the people you work with, or import them from HoneyBook, Dubsado, Google or Outlook "
                           "with File → Import Clients. Press %1 for a new client.")
                            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
                } else {
                    m_empty->setTexts(
                        tr("Choose a client"), tr("Select a client in the list to see their details and history."));
                }
            }
        });
}

void ClientsPage::refreshTags()
{
    whenReady(this, m_context.queries().tags(), [this](const Result<QStringList>& tags) {
        if (!tags) {
            return;
        }
        const QString current = m_tag->currentData().toString();
        const QSignalBlocker blocker(m_tag);
        m_tag->clear();
        m_tag->addItem(tr("All tags"), QString());
        for (const QString& tag : tags.value()) {
            m_tag->addItem(tag, tag);
        }
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
    });
}

void ClientsPage::loadSelected()
{
    const QModelIndex index = m_table->currentIndex();
    const QUuid id = index.isValid() ? m_proxy->data(index, ClientTableModel::IdRole).toUuid() : QUuid();
    // Shown already, or being edited: a refresh (a change on another computer) keeps the form and
    // what was typed in it.
    if (id.isNull() || (id == m_selected && m_side->currentWidget() != m_empty)) {
        return;
    }
    m_selected = id;
    const int generation = ++m_detailGeneration;
    whenReady(this, m_context.clients().find(id),
        [this, id, generation](const Result<std::optional<domain::Client>>& client) {
            if (generation != m_detailGeneration || !client || !client.value()) {
                return;
            }
            m_detail->showClient(**client);
            m_subscriptions->showClient(id, (*client)->displayName());
            m_side->setCurrentWidget(m_detail);
            loadHistory(id, generation);
        });
}

void ClientsPage::loadHistory(const QUuid& id, int generation)
{
    whenReady(this, m_context.queries().clientHistory(id, m_context.today()),
        [this, generation](const Result<ClientHistory>& history) {
            if (generation == m_detailGeneration && history) {
                m_detail->showHistory(history.value(), m_context.locale(), m_context.timeZone());
            }
        });
}

void ClientsPage::showClient(const QUuid& id)
{
    m_pendingSelection = id;
    if (!m_search->text().isEmpty() || m_stage->currentIndex() > 0 || m_tag->currentIndex() > 0) {
        m_search->clear();
        m_stage->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        return; // the refresh these trigger selects it
    }
    refresh();
}

void ClientsPage::newClient()
{
    const domain::Client client(sync::UuidV7::create(), m_context.clock().nowUtc());
    m_editor->setPhoneRegion(regionOf(m_context));
    m_editor->edit(client, true);
    m_side->setCurrentWidget(m_editor);
}

void ClientsPage::setPaymentReturnUrl(std::function<QUrl()> source)
{
    m_subscriptions->setReturnUrlSource(std::move(source));
}

void ClientsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ClientsPage::save(const domain::Client& before, const domain::Client& after, bool isNew)
{
    QFuture<Result<void>> future = isNew ? m_context.clients().add(after) : m_context.clients().update(before, after);
    whenReady(this, std::move(future), [this, after, isNew](const Result<void>& saved) {
        if (!saved) {
            QMessageBox::warning(this, tr("Save Client"),
                tr("%1 could not be saved: %2").arg(after.displayName(), saved.error().userMessage()));
            return;
        }
        Q_EMIT statusMessage(isNew ? tr("Added %1").arg(after.displayName()) : tr("Saved %1").arg(after.displayName()));
        m_selected = QUuid();
        m_pendingSelection = after.id();
        m_side->setCurrentWidget(m_detail);
        m_detail->showClient(after);
        m_context.notifyChanged(PracticeContext::Area::Clients);
        refreshTags();
        m_table->setFocus();
    });
}

void ClientsPage::removeSelected()
{
    const domain::Client client = m_detail->client();
    if (client.id().isNull()) {
        return;
    }
    // A client Stripe still charges stays (the store refuses too): say why instead of deleting.
    whenReady(this, Subscriptions(m_context.store()).forClient(client.id()),
        [this, client](const Result<QList<Subscription>>& subscriptions) {
            if (!subscriptions) {
                QMessageBox::warning(this, tr("Delete Client"), subscriptions.error().userMessage());
                return;
            }
            const bool charged = std::any_of(subscriptions->cbegin(), subscriptions->cend(),
                [](const Subscription& subscription) { return subscription.isRunning(); });
            if (charged) {
                QMessageBox::information(this, tr("Delete Client"),
                    tr("%1 has a subscription Stripe still charges. End it first, in the Subscriptions tab.")
                        .arg(client.displayName()));
                return;
            }
            m_undo.push(new DeleteClientCommand(m_context, client.id(), client.displayName()));
            Q_EMIT statusMessage(
                tr("Deleted %1. Undo with %2.")
                    .arg(client.displayName(), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
            m_selected = QUuid();
        });
}

void ClientsPage::mergeInto()
{
    const domain::Client keep = m_detail->client();
    QStringList names;
    QList<QUuid> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ClientSummary* other = m_model->clientAt(row);
        if (other->id == keep.id()) {
            continue;
        }
        names << (other->email.isEmpty() ? other->name : tr("%1 <%2>").arg(other->name, other->email));
        ids << other->id;
    }
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Merge Duplicate"), tr("There is no other client in the list to merge."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Duplicate"),
        tr("Which client is a duplicate of %1? Their bookings, invoices and messages move to %1, their contact "
           "details and tags are added, and the duplicate is removed.")
            .arg(keep.displayName()),
        names, 0, false, &ok);
    if (!ok) {
        return;
    }
    const QUuid duplicate = ids.at(names.indexOf(chosen));
    whenReady(this, m_context.clients().merge(keep.id(), duplicate), [this](const Result<domain::Client>& merged) {
        if (!merged) {
            QMessageBox::warning(
                this, tr("Merge Duplicate"), tr("Merging failed: %1").arg(merged.error().userMessage()));
            return;
        }
        Q_EMIT statusMessage(tr("Merged into %1").arg(merged->displayName()));
        m_selected = QUuid();
        m_pendingSelection = merged->id();
        m_context.notifyChanged(PracticeContext::Area::Clients);
    });
}

} // namespace clientele::ui
