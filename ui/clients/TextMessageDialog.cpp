#include "ui/clients/TextMessageDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domain/SmsSegments.h"
#include "core/store/TextMessages.h"
#include "ui/practice/PracticeContext.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

TextMessageDialog::TextMessageDialog(PracticeContext& context, domain::Client client, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_client(std::move(client))
{
    setObjectName(QStringLiteral("textMessageDialog"));
    setWindowTitle(tr("Text %1").arg(m_client.displayName()));
    auto* layout = new QVBoxLayout(this);
    m_recipient = new QLabel(this);
    m_recipient->setObjectName(QStringLiteral("textRecipientLabel"));
    m_recipient->setTextFormat(Qt::PlainText);
    layout->addWidget(m_recipient);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("textBodyEdit"));
    m_body->setAccessibleName(tr("Text message"));
    m_body->setTabChangesFocus(true);
    layout->addWidget(m_body, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("textCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_count);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("textProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("textSendButton"));
    m_send->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &TextMessageDialog::send);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TextMessageDialog::updateCount);

    // What stops a text is said before anything is typed.
    const std::optional<domain::PhoneNumber> phone = m_client.textablePhone();
    m_recipient->setText(phone
            ? tr("To %1 at %2")
                  .arg(m_client.displayName(), phone->formatted(domain::PhoneNumber::Format::International))
            : tr("To %1").arg(m_client.displayName()));
    if (m_client.phones().isEmpty()) {
        m_problem->setText(tr("This client has no phone number. Add one with Edit first."));
    } else if (!phone) {
        m_problem->setText(tr("This client has only a landline number, which cannot take texts. Add their mobile "
                              "number with Edit first."));
    } else if (m_client.consentState(domain::ContactChannel::Sms) == domain::Consent::State::Revoked) {
        m_problem->setText(tr("This client does not want texts (they replied STOP or withdrew consent)."));
    } else if (m_client.consentState(domain::ContactChannel::Sms) != domain::Consent::State::Granted) {
        m_problem->setText(tr("This client has not agreed to receive texts. Record their consent with Edit first."));
    } else {
        m_sendable = true;
        m_problem->setText(tr("The text goes out through the relay; without a connection it waits in the Outbox."));
        m_problem->setForegroundRole(QPalette::PlaceholderText);
    }
    m_body->setEnabled(m_sendable);
    resize(460, 300);
    updateCount();
}

TextMessageDialog::~TextMessageDialog() = default;

void TextMessageDialog::reject()
{
    if (!m_working) {
        QDialog::reject();
    }
}

void TextMessageDialog::updateCount()
{
    const domain::SmsSegments::Count count = domain::SmsSegments::count(m_body->toPlainText());
    m_count->setText(count.segments <= 1
            ? tr("%n character(s)", nullptr, count.units)
            : tr("%n character(s), sent as %1 texts", nullptr, count.units).arg(count.segments));
    m_send->setEnabled(m_sendable && !m_working && !m_body->toPlainText().trimmed().isEmpty());
}

void TextMessageDialog::send()
{
    if (!m_send->isEnabled()) {
        return;
    }
    m_working = true;
    updateCount();
    whenReady(this, TextMessages(m_context.store()).send(m_client.id(), {}, m_body->toPlainText()),
        [this](const Result<domain::Message>& sent) {
            m_working = false;
            if (!sent) {
                m_problem->setText(sent.error().userMessage());
                m_problem->setForegroundRole(QPalette::WindowText);
                updateCount();
                return;
            }
            m_context.notifyChanged(PracticeContext::Area::Outbox);
            m_context.notifyChanged(PracticeContext::Area::Messages);
            Q_EMIT statusMessage(tr("Text to %1 queued").arg(m_client.displayName()));
            accept();
        });
}

} // namespace clientele::ui
