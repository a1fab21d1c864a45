#pragma once

#include <QDialog>

#include "core/domain/Client.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace clientele::ui {

class PracticeContext;

// Texting a client (Clients → Text…): to their primary number, through the relay. Says up front
// when the client has no number or has not agreed to texts (Send stays off), counts the SMS parts
// as the text is typed, and queues it in the outbox, where it waits while offline.
class TextMessageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextMessageDialog)

public:
    TextMessageDialog(PracticeContext& context, domain::Client client, QWidget* parent = nullptr);
    ~TextMessageDialog() override;

    // Not while the text is being queued: it is committed either way, and the dialog says so.
    void reject() override;

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void updateCount();
    void send();

    PracticeContext& m_context;
    domain::Client m_client;
    QLabel* m_recipient = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_send = nullptr;
    bool m_sendable = false;
    bool m_working = false;
};

} // namespace clientele::ui
