#include "ui/invoices/PaymentLinkDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/store/CommandOutbox.h"
#include "core/store/CommandSender.h"
#include "core/text/MoneyText.h"
#include "ui/practice/PracticeContext.h"
#include "ui/widgets/OpenInBrowser.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

PaymentLinkDialog::PaymentLinkDialog(
    PracticeContext& context, Invoice invoice, QUrl returnUrl, CommandSender* sender, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_invoice(std::move(invoice))
    , m_returnUrl(std::move(returnUrl))
    , m_sender(sender)
{
    setObjectName(QStringLiteral("paymentLinkDialog"));
    setWindowTitle(tr("Payment Link for Invoice %1").arg(m_invoice.number));
    auto* layout = new QVBoxLayout(this);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("paymentLinkExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("The client pays by card, on a page of the payment service. The payment is recorded "
                              "on the invoice when it arrives."));
    layout->addWidget(m_explanation);

    // Paid in instalments: the link can ask for the one due first (the deposit) or everything owed.
    auto* amountRow = new QHBoxLayout;
    auto* amountLabel = new QLabel(tr("&Ask for:"), this);
    m_amountCombo = new QComboBox(this);
    m_amountCombo->setObjectName(QStringLiteral("paymentLinkAmountCombo"));
    amountLabel->setBuddy(m_amountCombo);
    const QLocale locale = m_context.locale();
    const bool instalments = m_invoice.nextInstalment.currency().isValid() && m_invoice.nextInstalment.isPositive()
        && m_invoice.nextInstalment != m_invoice.owed;
    if (instalments) {
        m_amountCombo->addItem(
            tr("The next instalment: %1").arg(moneyText(m_invoice.nextInstalment, locale)), QStringLiteral("next"));
    }
    m_amountCombo->addItem(tr("Everything owed: %1").arg(moneyText(m_invoice.owed, locale)), QStringLiteral("all"));
    m_amountCombo->setEnabled(instalments);
    amountRow->addWidget(amountLabel);
    amountRow->addWidget(m_amountCombo, 1);
    layout->addLayout(amountRow);
    connect(m_amountCombo, &QComboBox::currentIndexChanged, this, &PaymentLinkDialog::reload);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("paymentLinkStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);

    auto* linkRow = new QHBoxLayout;
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("paymentLinkEdit"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Payment link"));
    m_copy = new QPushButton(tr("&Copy Link"), this);
    m_copy->setObjectName(QStringLiteral("paymentLinkCopyButton"));
    m_open = new QPushButton(tr("&Open in Browser"), this);
    m_open->setObjectName(QStringLiteral("paymentLinkOpenButton"));
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copy);
    linkRow->addWidget(m_open);
    layout->addLayout(linkRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("Create &Link"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(QStringLiteral("paymentLinkCreateButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &PaymentLinkDialog::createLink);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_link->text());
        Q_EMIT statusMessage(tr("Payment link copied"));
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openInBrowser(this, QUrl(m_link->text())); });

    // While a link is on its way, look again now and then and whenever the outbox moves.
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &PaymentLinkDialog::reload);
    if (m_sender) {
        connect(m_sender, &CommandSender::changed, this, &PaymentLinkDialog::reload);
    }
    // A payment or an expiry reported by the relay (the inbox).
    connect(&m_context, &PracticeContext::dataChanged, this, [this](PracticeContext::Area area) {
        if (area == PracticeContext::Area::Invoices) {
            reload();
        }
    });
    resize(560, sizeHint().height());
    showRequest(std::nullopt, {});
    m_create->setEnabled(false);
    reload();
}

void PaymentLinkDialog::reload()
{
    whenReady(this, PaymentRequests(m_context.store()).forInvoice(m_invoice.id),
        [this](const Result<QList<PaymentRequest>>& requests) {
            if (!requests) {
                m_state->setText(requests.error().userMessage());
                return;
            }
            if (requests->isEmpty()) {
                showRequest(std::nullopt, {});
                return;
            }
            const PaymentRequest latest = requests->constFirst();
            if (latest.state != PaymentRequest::State::Failed) {
                showRequest(latest, {});
                return;
            }
            // The reason is the outbox's.
            whenReady(this, CommandOutbox(m_context.store()).find(latest.commandId),
                [this, latest](const Result<std::optional<OutboxCommand>>& command) {
                    if (command && command->has_value() && (*command)->state == OutboxState::Sent) {
                        // The link was made; the client's (bank) payment through it did not go through.
                        showRequest(latest, tr("the client's payment did not go through."));
                        return;
                    }
                    showRequest(latest, command && command->has_value() ? (*command)->lastError : QString());
                });
        });
}

domain::Money PaymentLinkDialog::asked() const
{
    return m_amountCombo->currentData().toString() == u"next" ? m_invoice.nextInstalment : m_invoice.owed;
}

void PaymentLinkDialog::showRequest(const std::optional<PaymentRequest>& latest, const QString& failure)
{
    const domain::Money asked = this->asked();
    const bool current = latest && latest->amount == asked
        && (!latest->expiresAt.isValid() || latest->expiresAt > m_context.clock().nowUtc());
    const bool ready = current && latest->state == PaymentRequest::State::Ready;
    const bool waiting = current && latest->state == PaymentRequest::State::Requested;
    const bool paid = latest && latest->state == PaymentRequest::State::Paid && latest->amount == asked;
    m_link->setText(ready ? latest->url.toString() : QString());
    m_link->setCursorPosition(0); // the address from its start
    m_link->setVisible(ready);
    m_copy->setVisible(ready);
    m_open->setVisible(ready);
    // A paid link for part of what was owed does not stand for the next one (the next instalment may be
    // the same amount); one for all of it leaves nothing to ask for.
    m_create->setVisible(!ready && !waiting && !(paid && latest->amount == m_invoice.owed));
    m_create->setEnabled(!m_working && !m_returnUrl.isEmpty());
    if (waiting) {
        m_poll.start();
    } else {
        m_poll.stop();
    }
    if (paid) {
        m_state->setText(tr("The client paid %1 through the link. The payment is recorded on the invoice.")
                             .arg(moneyText(latest->amount, m_context.locale())));
    } else if (ready) {
        const QDateTime expires = latest->expiresAt.toTimeZone(m_context.timeZone());
        m_state->setText(expires.isValid() ? tr("Send this link to the client. It works until %1.")
                                                 .arg(m_context.locale().toString(expires, QLocale::ShortFormat))
                                           : tr("Send this link to the client."));
    } else if (waiting) {
        m_state->setText(m_sender ? tr("Asking the payment service for the link…")
                                  : tr("The request waits in the Outbox until this computer is connected to a relay."));
    } else if (m_returnUrl.isEmpty()) {
        m_state->setText(tr("Payment links are made through the relay. Connect this computer to one in "
                            "Settings → Relay first."));
    } else if (latest && latest->state == PaymentRequest::State::Failed && latest->amount == asked) {
        m_state->setText(failure.isEmpty() ? tr("The last link could not be made.")
                                           : tr("The last link could not be made: %1").arg(failure));
    } else if (latest
        && (latest->state == PaymentRequest::State::Ready || latest->state == PaymentRequest::State::Expired)
        && latest->amount == asked) {
        m_state->setText(tr("The last link has expired; make a new one."));
    } else if (latest && latest->amount != asked && latest->state == PaymentRequest::State::Ready) {
        // Only one link can be paid: making this one stops the other (PaymentRequests::request).
        m_state->setText(tr("The last link asked for %1. A link for %2 replaces it: the last one stops working.")
                             .arg(moneyText(latest->amount, m_context.locale()), moneyText(asked, m_context.locale())));
    } else if (latest && latest->amount != asked) {
        m_state->setText(tr("The last link asked for %1; make one for %2.")
                             .arg(moneyText(latest->amount, m_context.locale()), moneyText(asked, m_context.locale())));
    } else {
        m_state->setText(tr("There is no link for this invoice yet."));
    }
}

void PaymentLinkDialog::createLink()
{
    if (m_working || m_returnUrl.isEmpty()) {
        return;
    }
    m_working = true;
    m_create->setEnabled(false);
    whenReady(this, PaymentRequests(m_context.store()).request(m_invoice.id, m_returnUrl, asked()),
        [this](const Result<PaymentRequest>& asked) {
            m_working = false;
            if (!asked) {
                m_state->setText(asked.error().userMessage());
                m_create->setEnabled(true);
                return;
            }
            // The outbox sends it (and shows it) now.
            m_context.notifyChanged(PracticeContext::Area::Outbox);
            showRequest(asked.value(), {});
        });
}

} // namespace clientele::ui
