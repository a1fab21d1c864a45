#include "ui/settings/CalendarFeedPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

CalendarFeedPage::CalendarFeedPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarFeedPage"));
    setAccessibleName(tr("Calendar feed"));
    m_confirmReset = [this]() {
        return QMessageBox::question(this, tr("Reset Feed Address"),
                   tr("Make a new address for the feed? Calendars subscribed to the old address stop updating; "
                      "subscribe to the new one where you still want your sessions."),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };

    auto* intro = new QLabel(tr("Your sessions, from a month ago on, as a calendar you can subscribe to in Google "
                                "Calendar (Other calendars → From URL), Outlook (Add calendar → Subscribe from web) "
                                "or Apple Calendar (File → New Calendar Subscription). It updates by itself."),
        this);
    intro->setWordWrap(true);

    m_needsRelay = new QWidget(this);
    auto* needsRelayLabel =
        makeHint(tr("The feed is served by the relay. Connect this practice to a relay first."), m_needsRelay);
    auto* openRelay = new QPushButton(tr("Open &Relay Settings"), m_needsRelay);
    openRelay->setObjectName(QStringLiteral("calendarFeedRelayButton"));
    connect(openRelay, &QPushButton::clicked, this, &CalendarFeedPage::relaySettingsRequested);
    auto* needsRelayLayout = new QHBoxLayout(m_needsRelay);
    needsRelayLayout->setContentsMargins(0, 0, 0, 0);
    needsRelayLayout->addWidget(needsRelayLabel, 1);
    needsRelayLayout->addWidget(openRelay);

    m_publish = new QCheckBox(tr("&Publish my sessions as a calendar feed"), this);
    m_publish->setObjectName(QStringLiteral("calendarFeedPublishCheck"));
    m_label = new QComboBox(this);
    m_label->setObjectName(QStringLiteral("calendarFeedLabelCombo"));
    m_label->addItem(tr("Initials only"), int(CalendarExport::ClientLabel::Initials));
    m_label->addItem(tr("A code per client"), int(CalendarExport::ClientLabel::Code));
    m_label->addItem(tr("Full name"), int(CalendarExport::ClientLabel::Name));
    const auto changed = [this]() {
        if (!m_updating) {
            Q_EMIT settingsChanged(
                m_publish->isChecked(), static_cast<CalendarExport::ClientLabel>(m_label->currentData().toInt()));
        }
        updateState();
    };
    connect(m_publish, &QCheckBox::toggled, this, changed);
    connect(m_label, &QComboBox::currentIndexChanged, this, changed);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("calendarFeedAddressEdit"));
    m_address->setReadOnly(true);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("calendarFeedCopyButton"));
    connect(m_copy, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(m_address->text());
        showStatus(tr("The address is on the clipboard. Paste it into your calendar app."), false);
    });
    m_reset = new QPushButton(tr("&Reset Address…"), this);
    m_reset->setObjectName(QStringLiteral("calendarFeedResetButton"));
    connect(m_reset, &QPushButton::clicked, this, [this]() {
        if (m_confirmReset()) {
            Q_EMIT resetRequested();
        }
    });
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_copy);
    addressRow->addWidget(m_reset);

    auto* form = new QFormLayout;
    form->addRow(QString(), m_publish);
    form->addRow(tr("Clients &appear as:"), m_label);
    form->addRow(tr("Address:"), addressRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("calendarFeedStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* secret = makeHint(tr("Anyone with the address can see the sessions in the feed, so share it like a password. "
                               "Notes, places, video links and contact details are never in it."),
        this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_needsRelay);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(secret);
    layout->addStretch();
    updateState();
}

CalendarFeedPage::~CalendarFeedPage() = default;

void CalendarFeedPage::setRelayConnected(bool connected)
{
    m_relayConnected = connected;
    updateState();
}

void CalendarFeedPage::setSettings(const CalendarFeed::Settings& settings, const QUrl& address)
{
    m_updating = true;
    m_publish->setChecked(settings.published);
    m_label->setCurrentIndex(m_label->findData(int(settings.label)));
    m_address->setText(settings.published ? address.toString() : QString());
    m_address->setCursorPosition(0);
    m_updating = false;
    updateState();
}

void CalendarFeedPage::showStatus(const QString& message, bool error)
{
    showOutcomeText(m_status, message, error);
}

void CalendarFeedPage::updateState()
{
    m_needsRelay->setVisible(!m_relayConnected);
    m_publish->setEnabled(m_relayConnected);
    m_label->setEnabled(m_relayConnected);
    const bool live = m_relayConnected && m_publish->isChecked() && !m_address->text().isEmpty();
    m_address->setEnabled(live);
    m_copy->setEnabled(live);
    m_reset->setEnabled(live);
}

} // namespace clientele::ui
