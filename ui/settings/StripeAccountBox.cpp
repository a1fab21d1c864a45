#include "ui/settings/StripeAccountBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/practice/PracticeContext.h"
#include "ui/widgets/OpenInBrowser.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

StripeAccountBox::StripeAccountBox(PracticeContext& context, QWidget* parent)
    : QGroupBox(tr("Card payments"), parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("stripeAccountBox"));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("stripeStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto* row = new QHBoxLayout;
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("stripeActionButton"));
    row->addWidget(m_action);
    row->addStretch();
    layout->addLayout(row);
    connect(m_action, &QPushButton::clicked, this, &StripeAccountBox::act);
    // While the account or its setup link is on its way.
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &StripeAccountBox::reload);
    connect(&m_context, &PracticeContext::dataChanged, this, [this](PracticeContext::Area area) {
        if (area == PracticeContext::Area::Settings || area == PracticeContext::Area::Outbox) {
            reload();
        }
    });
    show(m_state);
    reload();
}

StripeAccountBox::~StripeAccountBox() = default;

void StripeAccountBox::setRelay(const QUrl& relay)
{
    m_relay = relay;
    show(m_state);
}

void StripeAccountBox::reload()
{
    whenReady(this, StripeAccount(m_context.store()).state(), [this](const Result<StripeAccountState>& state) {
        if (!state) {
            m_status->setText(state.error().userMessage());
            return;
        }
        show(state.value());
        if (m_openWhenReady && m_state.setupUrlUsable(m_context.clock().nowUtc())) {
            m_openWhenReady = false;
            openInBrowser(this, m_state.setupUrl);
        }
    });
}

QUrl StripeAccountBox::returnUrl() const
{
    return m_relay.resolved(QUrl(QStringLiteral("done")));
}

void StripeAccountBox::show(const StripeAccountState& state)
{
    using Stage = StripeAccountState::Stage;
    m_state = state;
    const bool relay = !m_relay.isEmpty();
    m_action->setVisible(state.stage != Stage::Ready);
    m_action->setEnabled(relay && !m_working && state.stage != Stage::Requested);
    if (state.stage == Stage::Requested) {
        m_poll.start();
    } else {
        m_poll.stop();
    }
    switch (state.stage) {
    case Stage::NotConnected:
        m_action->setText(tr("Connect &Stripe…"));
        m_status->setText(relay ? tr("Clients pay invoices by card through your own Stripe account. Connecting "
                                     "creates the account and opens Stripe's setup in your browser.")
                                : tr("Card payments go through the relay: connect this computer to one above "
                                     "first."));
        break;
    case Stage::Requested:
        m_action->setText(tr("Connecting…"));
        m_status->setText(relay ? tr("Asking Stripe for your account and its setup page…")
                                : tr("The request waits in the Outbox until this computer is connected to a relay."));
        break;
    case Stage::SettingUp:
        m_action->setText(tr("Finish &Setup in Browser"));
        m_status->setText(state.detailsSubmitted
                ? tr("Stripe is checking your details. Card payments start once Stripe accepts the account.")
                : tr("Your Stripe account %1 exists. Finish Stripe's setup (your business and bank details) to take "
                     "card payments.")
                      .arg(state.accountId));
        break;
    case Stage::Ready:
        m_status->setText(
            tr("Stripe account %1 takes card payments. Payment links on invoices use it.").arg(state.accountId));
        break;
    case Stage::Failed:
        m_action->setText(tr("Connect &Stripe…"));
        m_status->setText(tr("Stripe could not be connected: %1").arg(state.problem));
        break;
    }
}

void StripeAccountBox::act()
{
    using Stage = StripeAccountState::Stage;
    if (m_relay.isEmpty() || m_working) {
        return;
    }
    if (m_state.stage == Stage::SettingUp && m_state.setupUrlUsable(m_context.clock().nowUtc())) {
        openInBrowser(this, m_state.setupUrl);
        return;
    }
    m_working = true;
    m_openWhenReady = true;
    const domain::PracticeProfile& profile = m_context.profile();
    QString country = profile.address.countryCode;
    if (country.isEmpty()) {
        country = QLocale::territoryToCode(QLocale(profile.localeName).territory());
    }
    const QFuture<Result<void>> asked = m_state.stage == Stage::SettingUp
        ? StripeAccount(m_context.store()).requestSetupLink(returnUrl())
        : StripeAccount(m_context.store()).connect(country, profile.email, returnUrl());
    whenReady(this, asked, [this](const Result<void>& done) {
        m_working = false;
        if (!done) {
            m_openWhenReady = false;
            show(m_state);
            m_status->setText(done.error().userMessage());
            return;
        }
        // The outbox sends it now; the page opens once Stripe's link is back.
        m_context.notifyChanged(PracticeContext::Area::Outbox);
        Q_EMIT statusMessage(tr("Connecting Stripe…"));
        reload();
    });
}

} // namespace clientele::ui
