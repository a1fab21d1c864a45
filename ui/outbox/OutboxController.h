#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <functional>

#include "core/store/CommandOutbox.h"
#include "core/store/EmailOutbox.h"

class QAction;

namespace clientele {
class CommandSender;
class EmailOutboxSender;
} // namespace clientele

namespace clientele::ui {

class PracticeContext;
class RecordListPage;

// The Outbox section: every payment link, refund and text this computer sends through the relay, and
// every email it sends through the practitioner's mail server, with its state (queued, sending, sent,
// failed, needs attention) and the reason when it did not go. An email is retried (sent now, or again)
// and withdrawn the same way.
// Retry sends a waiting one now, or a failed one again as a new request (after asking, when it may
// have arrived); Withdraw removes one that cannot have reached the relay yet. Reloads when the sender
// reports a change; without a relay, says that everything waits. Its note also names payments that
// came in from the relay but could not be recorded (for a void invoice, say), for the last 30 days.
class OutboxController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxController)

public:
    // Asked before sending again a command whose outcome is unknown (a text that may have arrived).
    using ResendConfirmation = std::function<bool(const OutboxEntry& entry)>;

    OutboxController(PracticeContext& context, RecordListPage* page, QObject* parent = nullptr);
    ~OutboxController() override;

    // The sender working through the outbox now (null: no relay connected), and the vault whose
    // inbox reports payments that came in but could not be recorded.
    void setSender(CommandSender* sender, const QString& vaultId = {});
    // The email outbox's sender (null: email is not running), woken by Retry.
    void setEmailSender(EmailOutboxSender* sender);
    void setResendConfirmation(ResendConfirmation confirm) { m_confirmResend = std::move(confirm); }
    using EmailResendConfirmation = std::function<bool(const EmailEntry& entry)>;
    void setEmailResendConfirmation(EmailResendConfirmation confirm) { m_confirmEmailResend = std::move(confirm); }

    QAction* retryAction() const { return m_retry; }
    QAction* withdrawAction() const { return m_withdraw; }

public Q_SLOTS:
    void reload();
    void retryCurrent();
    void withdrawCurrent();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void show(const QList<OutboxEntry>& entries, const QList<EmailEntry>& emails);
    void retryEmail(const EmailEntry& entry);
    void updateActions();
    void updateNote();
    void showRefusals();

    PracticeContext& m_context;
    QPointer<RecordListPage> m_page;
    QPointer<CommandSender> m_sender;
    QString m_vaultId;
    QString m_refusals; // what came in but could not be recorded, for the note
    QHash<QUuid, OutboxEntry> m_entries;
    QHash<QUuid, EmailEntry> m_emails; // by message id
    QPointer<EmailOutboxSender> m_emailSender;
    ResendConfirmation m_confirmResend;
    EmailResendConfirmation m_confirmEmailResend;
    bool m_working = false;
    bool m_reloadAgain = false;
    bool m_loading = false;
    QAction* m_retry = nullptr;
    QAction* m_withdraw = nullptr;
};

} // namespace clientele::ui
