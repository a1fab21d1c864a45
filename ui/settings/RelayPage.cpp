#include "ui/settings/RelayPage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/settings/JoinPracticeDialog.h"
#include "ui/settings/PairingCodeDialog.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

RelayPage::RelayPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("relayPage"));
    setAccessibleName(tr("Relay"));
    m_confirmDisconnect = [this](const QString& relay) {
        return QMessageBox::question(this, tr("Disconnect from the Relay"),
                   tr("Disconnect this computer from %1? The calendar feed stops updating from it, and the relay "
                      "forgets this computer.")
                       .arg(relay),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    m_confirmForget = [this](const QString& reason) {
        QMessageBox box(QMessageBox::Warning, tr("Disconnect from the Relay"),
            tr("The relay could not be told: %1").arg(reason), QMessageBox::Cancel, this);
        box.setInformativeText(tr("Forget the connection on this computer anyway? Until the relay is told (from "
                                  "another computer of the practice), it still accepts this computer's key."));
        QPushButton* forget = box.addButton(tr("&Forget Anyway"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == forget;
    };

    auto* intro = new QLabel(tr("The relay does what needs the internet while this computer is closed: it serves "
                                "your calendar feed, takes payments, sends text reminders and keeps your other "
                                "computers in step. It keeps your practice's data sealed, so it cannot read it."),
        this);
    intro->setWordWrap(true);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("relayAddressEdit"));
    m_address->setPlaceholderText(QStringLiteral("https://relay.example.com"));
    m_deviceName = new QLineEdit(this);
    m_deviceName->setObjectName(QStringLiteral("relayDeviceNameEdit"));
    m_deviceName->setMaxLength(100);
    m_deviceName->setToolTip(tr("How this computer appears in the relay's list of your devices."));
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("relayConnectButton"));
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_connect->isEnabled()) {
            Q_EMIT connectRequested(m_address->text().trimmed(), m_deviceName->text().trimmed());
        }
    });
    m_join = new QPushButton(tr("&Join a Practice…"), this);
    m_join->setObjectName(QStringLiteral("relayJoinButton"));
    m_join->setToolTip(tr("The practice already runs on another computer: this one joins it."));
    connect(m_join, &QPushButton::clicked, this, [this] {
        if (!m_join->isEnabled()) {
            return;
        }
        auto* dialog = new JoinPracticeDialog(m_address->text().trimmed(), m_codeCheck, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            Q_EMIT joinRequested(m_address->text().trimmed(), m_deviceName->text().trimmed(), dialog->code());
        });
        dialog->open();
    });
    connect(m_address, &QLineEdit::textChanged, this, &RelayPage::updateButtons);
    connect(m_deviceName, &QLineEdit::textChanged, this, &RelayPage::updateButtons);
    connect(m_address, &QLineEdit::returnPressed, m_connect, &QPushButton::click);
    connect(m_deviceName, &QLineEdit::returnPressed, m_connect, &QPushButton::click);

    auto* form = new QWidget(this);
    auto* formLayout = new QFormLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addRow(tr("Relay &address:"), m_address);
    formLayout->addRow(tr("This computer's &name:"), m_deviceName);
    auto* connectRow = new QHBoxLayout;
    connectRow->addStretch();
    connectRow->addWidget(m_join);
    connectRow->addWidget(m_connect);
    formLayout->addRow(connectRow);
    auto* choice = new QLabel(tr("Connect starts this practice at the relay. If it already runs on another of your "
                                 "computers, join it there instead: both then show the same practice."),
        form);
    choice->setWordWrap(true);
    choice->setForegroundRole(QPalette::PlaceholderText);
    formLayout->addRow(choice);

    auto* linked = new QWidget(this);
    m_connected = new QLabel(linked);
    m_connected->setObjectName(QStringLiteral("relayStatusLabel"));
    m_connected->setWordWrap(true);
    m_connected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_disconnect = new QPushButton(tr("&Disconnect…"), linked);
    m_disconnect->setObjectName(QStringLiteral("relayDisconnectButton"));
    connect(m_disconnect, &QPushButton::clicked, this, [this] {
        if (m_disconnect->isEnabled() && m_confirmDisconnect(m_connected->property("relay").toString())) {
            Q_EMIT disconnectRequested();
        }
    });
    m_addComputer = new QPushButton(tr("&Add a Computer…"), linked);
    m_addComputer->setObjectName(QStringLiteral("relayAddComputerButton"));
    m_addComputer->setToolTip(tr("Shows a code to type on another computer, so it keeps this practice too."));
    connect(m_addComputer, &QPushButton::clicked, this, [this] {
        if (m_addComputer->isEnabled()) {
            Q_EMIT addComputerRequested();
        }
    });
    m_syncState = new QLabel(linked);
    m_syncState->setObjectName(QStringLiteral("relaySyncStateLabel"));
    m_syncState->setWordWrap(true);
    m_syncState->hide();
    auto* linkedLayout = new QVBoxLayout(linked);
    linkedLayout->setContentsMargins(0, 0, 0, 0);
    linkedLayout->addWidget(m_connected);
    linkedLayout->addWidget(m_syncState);
    auto* disconnectRow = new QHBoxLayout;
    disconnectRow->addStretch();
    disconnectRow->addWidget(m_addComputer);
    disconnectRow->addWidget(m_disconnect);
    linkedLayout->addLayout(disconnectRow);

    m_form = form;
    m_linkedView = linked;
    m_linkedView->hide();

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("relayOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_form);
    layout->addWidget(m_linkedView);
    layout->addWidget(m_outcome);
    layout->addStretch();
    updateButtons();
}

void RelayPage::addSection(QWidget* section)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->count() - 1, section); // above the stretch
}

RelayPage::~RelayPage() = default;

void RelayPage::setSuggestions(const QString& address, const QString& deviceName)
{
    if (m_address->text().isEmpty()) {
        m_address->setText(address);
    }
    if (m_deviceName->text().isEmpty()) {
        m_deviceName->setText(deviceName);
    }
}

void RelayPage::showLink(const std::optional<RelayLink>& link)
{
    m_linked = link.has_value();
    if (link) {
        const QUrl shown = link->url.path() == u"/" ? link->url.adjusted(QUrl::RemovePath) : link->url;
        const QString relay = shown.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
        m_connected->setProperty("relay", relay);
        m_connected->setText(tr("Connected to %1 as “%2” since %3.")
                                 .arg(relay, link->deviceName,
                                     m_locale.toString(link->connectedAtUtc.toLocalTime(), QLocale::ShortFormat)));
    }
    m_form->setVisible(!link);
    m_linkedView->setVisible(link.has_value());
    updateButtons();
}

void RelayPage::showPairingCode(const QString& code, const QDateTime& expiresAtUtc)
{
    auto* dialog = new PairingCodeDialog(code, expiresAtUtc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PairingCodeDialog::newCodeRequested, this, &RelayPage::addComputerRequested);
    dialog->open();
}

void RelayPage::showSyncState(const QString& message, bool error)
{
    showOutcomeText(m_syncState, message, error);
}

void RelayPage::showBusy(const QString& message)
{
    m_busy = true;
    showOutcomeText(m_outcome, message, false);
    updateButtons();
}

void RelayPage::showOutcome(const QString& message, bool error)
{
    m_busy = false;
    showOutcomeText(m_outcome, message, error);
    updateButtons();
}

void RelayPage::updateButtons()
{
    m_connect->setEnabled(
        !m_busy && !m_address->text().trimmed().isEmpty() && !m_deviceName->text().trimmed().isEmpty());
    m_join->setEnabled(m_connect->isEnabled());
    m_addComputer->setEnabled(!m_busy && m_linked);
    m_address->setEnabled(!m_busy);
    m_deviceName->setEnabled(!m_busy);
    m_disconnect->setEnabled(!m_busy && m_linked);
}

} // namespace clientele::ui
