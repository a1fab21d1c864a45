#include "ui/outbox/OutboxController.h"

#include <QAction>
#include <QJsonArray>
#include <QMessageBox>

#include "core/store/CommandSender.h"
#include "core/store/EmailOutboxSender.h"
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
    m_confirmEmailResend = [this](const EmailEntry& entry) {
        return QMessageBox::question(m_page, tr("Send Again"),
                   tr("The email “%1” may already have arrived: the connection broke after it went out. Send it "
                      "again anyway?")
                       .arg(entry.subject),
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

void OutboxController::setEmailSender(EmailOutboxSender* sender)
{
    if (m_emailSender) {
        m_emailSender->disconnect(this);
    }
    m_emailSender = sender;
    if (m_emailSender) {
        connect(m_emailSender, &EmailOutboxSender::changed, this, &OutboxController::reload);
    }
}

void OutboxController::updateNote()
{
    if (!m_page) {
        return;
    }
    QString note = m_sender ? tr("What this computer sends through the relay: payment links, refunds, subscription "
                                 "changes and text messages; and emails, through your mail server. Each goes out "
                                 "once, also when the connection drops on the way.")
                            : tr("This computer is not connected to a relay, so payment links and texts wait here. "
                                 "Connect it in Settings → Relay and they go out. Emails go through your mail server.");
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
    whenReady(this, CommandOutbox(m_context.store()).entries(troubleOnly),
        [this, troubleOnly](const Result<QList<OutboxEntry>>& entries) {
            // The emails after the commands: both answers come from the one storage thread in order.
            whenReady(this, EmailOutbox(m_context.store()).entries(troubleOnly),
                [this, entries](const Result<QList<EmailEntry>>& emails) {
                    m_loading = false;
                    if (!m_page) {
                        return;
                    }
                    if (!entries || !emails) {
                        m_page->showError(!entries ? entries.error().userMessage() : emails.error().userMessage());
                    } else {
                        show(entries.value(), emails.value());
                        showRefusals();
                    }
                    if (m_reloadAgain) {
                        m_reloadAgain = false;
                        reload();
                    }
                });
        });
}

void OutboxController::show(const QList<OutboxEntry>& entries, const QList<EmailEntry>& emails)
{
    m_entries.clear();
    m_emails.clear();
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
    for (const EmailEntry& entry : emails) {
        const QueuedEmail& email = entry.email;
        m_emails.insert(email.messageId, entry);
        const QDateTime created = email.createdAt.toTimeZone(zone);
        //: An email in the Outbox list, with its subject
        const QString what = tr("Email · %1").arg(entry.subject);
        const QStringList cells {locale.toString(created, QLocale::ShortFormat), what, entry.clientName,
            outboxEmailStateText(email), outboxEmailDetailText(email, locale, zone)};
        rows.append({entry.clientId, cells,
            {created.toMSecsSinceEpoch(), cells.at(1), cells.at(2), int(email.state), cells.at(4)}, email.messageId});
    }
    // Newest first, commands and emails together.
    std::stable_sort(rows.begin(), rows.end(), [](const RecordListPage::Row& a, const RecordListPage::Row& b) {
        return a.sortValues.value(0).toLongLong() > b.sortValues.value(0).toLongLong();
    });
    m_page->setRows(rows, tr("%n request(s)", nullptr, int(entries.size() + emails.size())));
    updateActions();
}

void OutboxController::updateActions()
{
    const auto email = m_page ? m_emails.constFind(m_page->currentRecordId()) : m_emails.cend();
    if (email != m_emails.cend()) {
        const OutboxState state = email->email.state;
        m_retry->setEnabled(!m_working && state != OutboxState::Sending && state != OutboxState::Sent);
        m_withdraw->setEnabled(!m_working && state == OutboxState::Queued);
        return;
    }
    const auto found = m_page ? m_entries.constFind(m_page->currentRecordId()) : m_entries.cend();
    const bool selected = found != m_entries.cend();
    const OutboxCommand* command = selected ? &found->command : nullptr;
    m_retry->setEnabled(!m_working && command != nullptr
        && (command->state == OutboxState::Queued || command->state == OutboxState::Failed
            || command->state == OutboxState::NeedsAttention || command->state == OutboxState::Cancelled));
    m_withdraw->setEnabled(
        !m_working && command != nullptr && command->state == OutboxState::Queued && !command->posted);
}

void OutboxController::retryEmail(const EmailEntry& entry)
{
    if (entry.email.state == OutboxState::NeedsAttention && m_confirmEmailResend && !m_confirmEmailResend(entry)) {
        return;
    }
    m_working = true;
    updateActions();
    // Only if it is still as the list showed it: one that may have arrived since is asked about first.
    whenReady(this,
        EmailOutbox(m_context.store()).sendAgain(entry.email.messageId, m_context.clock().nowUtc(), entry.email.state),
        [this](const Result<QueuedEmail>& queued) {
            m_working = false;
            if (!queued) {
                Q_EMIT statusMessage(queued.error().userMessage());
            } else {
                Q_EMIT statusMessage(m_emailSender && m_emailSender->hasTransport()
                        ? tr("Sending now.")
                        : tr("Queued; it goes out once email is set up in Settings → Email."));
                if (m_emailSender) {
                    m_emailSender->wake();
                }
                m_context.notifyChanged(PracticeContext::Area::Messages);
            }
            reload();
        });
}

void OutboxController::retryCurrent()
{
    if (const auto email = m_page ? m_emails.constFind(m_page->currentRecordId()) : m_emails.cend();
        email != m_emails.cend() && !m_working) {
        // A copy: a question's event loop may reload the list.
        const EmailEntry entry = *email; // NOLINT(performance-unnecessary-copy-initialization)
        retryEmail(entry);
        return;
    }
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
    if (const auto email = m_page ? m_emails.constFind(m_page->currentRecordId()) : m_emails.cend();
        email != m_emails.cend() && !m_working) {
        const QUuid id = email->email.messageId;
        m_working = true;
        updateActions();
        whenReady(this, EmailOutbox(m_context.store()).cancel(id, m_context.clock().nowUtc()),
            [this](const Result<QueuedEmail>& withdrawn) {
                m_working = false;
                Q_EMIT statusMessage(withdrawn
                        ? tr("Withdrawn; it will not be sent. The client's history keeps it as a draft.")
                        : withdrawn.error().userMessage());
                m_context.notifyChanged(PracticeContext::Area::Messages);
                reload();
            });
        return;
    }
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
