#include "ui/outbox/OutboxController.h"

#include <QAction>
#include <QJsonArray>
#include <QMessageBox>

#include "core/store/CommandSender.h"
#include "core/store/VaultInbox.h"
#include "core/text/MoneyText.h"
#include "ui/outbox/OutboxText.h"
#include "ui/practice/PracticeContext.h"
#include "ui/records/RecordListPage.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

OutboxController::OutboxController(PracticeContext& context, RecordListPage* page, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_page(page)
{
    m_retry = new QAction(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("outboxRetryAction"));
    m_retry->setToolTip(tr("Send the selected request now, or again if it failed"));
    connect(m_retry, &QAction::triggered, this, &OutboxController::retryCurrent);
    m_withdraw = new QAction(tr("&Withdraw"), this);
    m_withdraw->setObjectName(QStringLiteral("outboxWithdrawAction"));
    m_withdraw->setToolTip(tr("Remove the selected request before it goes out"));
    connect(m_withdraw, &QAction::triggered, this, &OutboxController::withdrawCurrent);
    m_page->addRecordActions({m_retry, m_withdraw});
    m_page->setFilters({tr("All requests"), tr("Failed or needing attention")});
    connect(m_page, &RecordListPage::filterChanged, this, &OutboxController::reload);
    connect(m_page, &RecordListPage::currentRecordChanged, this, &OutboxController::updateActions);
    m_confirmResend = [this](const OutboxEntry& entry) {
        return QMessageBox::question(m_page, tr("Send Again"),
                   tr("%1 may already have arrived: the answer was lost on the way back. Send it again anyway?")
                       .arg(outboxCommandText(entry.command)),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    updateNote();
    updateActions();
}

OutboxController::~OutboxController() = default;

void OutboxController::setSender(CommandSender* sender, const QString& vaultId)
{
    m_vaultId = sender ? vaultId : QString();
    m_refusals.clear();
    if (m_sender) {
        m_sender->disconnect(this);
    }
    m_sender = sender;
    if (m_sender) {
        connect(m_sender, &CommandSender::changed, this, &OutboxController::reload);
    }
    updateNote();
}

void OutboxController::updateNote()
{
    if (!m_page) {
        return;
    }
    QString note = m_sender ? tr("What this computer sends through the relay: payment links, refunds, subscription "
                                 "changes and text messages. Each goes out once, also when the connection drops on "
                                 "the way.")
                            : tr("This computer is not connected to a relay, so requests wait here. Connect it in "
                                 "Settings → Relay and they go out.");
    if (!m_refusals.isEmpty()) {
        note += u"\n\n" + m_refusals;
    }
    m_page->setNote(note);
}

void OutboxController::showRefusals()
{
    if (m_vaultId.isEmpty()) {
        return;
    }
    const QDateTime since = m_context.clock().nowUtc().addDays(-30);
    whenReady(this, VaultInbox(m_context.store(), m_vaultId).refusals(since),
        [this, vaultId = m_vaultId](const Result<QList<VaultInbox::Refusal>>& refusals) {
            if (!refusals || vaultId != m_vaultId) {
                return; // the requests still show; the note is a courtesy
            }
            QStringList lines;
            const QLocale locale = m_context.locale();
            for (const VaultInbox::Refusal& refusal : refusals->mid(0, 3)) {
                lines.append(tr("%1: %2").arg(
                    locale.toString(refusal.at.toTimeZone(m_context.timeZone()), QLocale::ShortFormat), refusal.note));
            }
            m_refusals = lines.isEmpty()
                ? QString()
                : tr("Came in through the relay but could not be recorded:\n%1").arg(lines.join(u'\n'));
            updateNote();
        });
}

void OutboxController::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const bool troubleOnly = m_page && m_page->currentFilter() == 1;
    whenReady(
        this, CommandOutbox(m_context.store()).entries(troubleOnly), [this](const Result<QList<OutboxEntry>>& entries) {
            m_loading = false;
            if (!m_page) {
                return;
            }
            if (!entries) {
                m_page->showError(entries.error().userMessage());
            } else {
                show(entries.value());
                showRefusals();
            }
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            }
        });
}

void OutboxController::show(const QList<OutboxEntry>& entries)
{
    m_entries.clear();
    const QLocale locale = m_context.locale();
    const QTimeZone zone = m_context.timeZone();
    QList<RecordListPage::Row> rows;
    for (const OutboxEntry& entry : entries) {
        const OutboxCommand& command = entry.command;
        m_entries.insert(command.id, entry);
        const QDateTime created = command.createdAt.toTimeZone(zone);
        QString about = entry.clientName;
        if (!entry.invoiceNumber.isEmpty()) {
            about = tr("Invoice %1 · %2").arg(entry.invoiceNumber, entry.clientName);
        }
        if (!entry.currency.isEmpty()) {
            about = tr("%1 · %2").arg(about, moneyText(entry.amountMinor, entry.currency, locale));
        } else if (command.type == u"stripe.checkout.create") {
            // A subscription link: what it asks each period, as asked.
            const QJsonObject line = command.params.value(QStringLiteral("line_items")).toArray().first().toObject();
            const QString currency = command.params.value(QStringLiteral("currency")).toString().toUpper();
            const qint64 each = line.value(QStringLiteral("unit_amount")).toInteger()
                * line.value(QStringLiteral("quantity")).toInteger(1);
            if (!currency.isEmpty() && each > 0) {
                about = tr("%1 · %2").arg(about, moneyText(each, currency, locale));
            }
        }
        const QStringList cells {locale.toString(created, QLocale::ShortFormat), outboxCommandText(command), about,
            outboxStateText(command), outboxDetailText(command, locale, zone)};
        rows.append({entry.clientId, cells,
            {created.toMSecsSinceEpoch(), cells.at(1), cells.at(2), int(command.state), cells.at(4)}, command.id});
    }
    m_page->setRows(rows, tr("%n request(s)", nullptr, int(entries.size())));
    updateActions();
}

void OutboxController::updateActions()
{
    const auto found = m_page ? m_entries.constFind(m_page->currentRecordId()) : m_entries.cend();
    const bool selected = found != m_entries.cend();
    const OutboxCommand* command = selected ? &found->command : nullptr;
    m_retry->setEnabled(!m_working && command != nullptr
        && (command->state == OutboxState::Queued || command->state == OutboxState::Failed
            || command->state == OutboxState::NeedsAttention || command->state == OutboxState::Cancelled));
    m_withdraw->setEnabled(
        !m_working && command != nullptr && command->state == OutboxState::Queued && !command->posted);
}

void OutboxController::retryCurrent()
{
    const auto found = m_page ? m_entries.constFind(m_page->currentRecordId()) : m_entries.cend();
    if (found == m_entries.cend() || m_working) {
        return;
    }
    // A copy: the question below runs an event loop, in which a reload replaces the entries.
    const OutboxEntry entry = *found; // NOLINT(performance-unnecessary-copy-initialization)
    if (entry.command.relayState == u"unknown" && m_confirmResend && !m_confirmResend(entry)) {
        return;
    }
    m_working = true;
    updateActions();
    whenReady(this, CommandOutbox(m_context.store()).retry(entry.command.id, m_context.clock().nowUtc()),
        [this](const Result<OutboxCommand>& retried) {
            m_working = false;
            if (!retried) {
                Q_EMIT statusMessage(retried.error().userMessage());
            } else {
                if (m_page) {
                    m_page->selectRecord(retried->id);
                }
                Q_EMIT statusMessage(
                    m_sender ? tr("Sending now.") : tr("Queued; it goes out once a relay is connected."));
                if (m_sender) {
                    m_sender->wake();
                }
            }
            reload();
        });
}

void OutboxController::withdrawCurrent()
{
    const auto found = m_page ? m_entries.constFind(m_page->currentRecordId()) : m_entries.cend();
    if (found == m_entries.cend() || m_working) {
        return;
    }
    const QUuid id = found->command.id;
    m_working = true;
    updateActions();
    whenReady(this, CommandOutbox(m_context.store()).cancel(id), [this](const Result<OutboxCommand>& withdrawn) {
        m_working = false;
        Q_EMIT statusMessage(withdrawn ? tr("Withdrawn; it will not be sent.") : withdrawn.error().userMessage());
        reload();
    });
}

} // namespace clientele::ui
