#include "ui/settings/PairingCodeDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele::ui {

PairingCodeDialog::PairingCodeDialog(const QString& code, const QDateTime& expiresAtUtc, QWidget* parent)
    : QDialog(parent)
    , m_expiresAtUtc(expiresAtUtc)
{
    setObjectName(QStringLiteral("pairingCodeDialog"));
    setWindowTitle(tr("Add a Computer"));

    auto* steps = new QLabel(tr("On the other computer, install Clientele and create a practice, then open "
                                "Settings → Relay, choose “Join a Practice…” and type this code:"),
        this);
    steps->setWordWrap(true);

    m_code = new QLabel(code, this);
    m_code->setObjectName(QStringLiteral("pairingCodeLabel"));
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setAccessibleName(tr("Pairing code"));
    m_code->setContentsMargins(0, 12, 0, 12);

    m_timeLeft = new QLabel(this);
    m_timeLeft->setObjectName(QStringLiteral("pairingTimeLeftLabel"));
    m_timeLeft->setAlignment(Qt::AlignCenter);
    m_timeLeft->setWordWrap(true);

    auto* privacy = new QLabel(tr("The code works once. Only your computers can open the practice's keys with it; "
                                  "the relay cannot."),
        this);
    privacy->setWordWrap(true);
    privacy->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_newCode = buttons->addButton(tr("&New Code"), QDialogButtonBox::ActionRole);
    m_newCode->setObjectName(QStringLiteral("pairingNewCodeButton"));
    m_newCode->hide();
    connect(m_newCode, &QPushButton::clicked, this, [this] {
        Q_EMIT newCodeRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(steps);
    layout->addWidget(m_code);
    layout->addWidget(m_timeLeft);
    layout->addWidget(privacy);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &PairingCodeDialog::updateTimeLeft);
    m_tick.start();
    updateTimeLeft();
}

PairingCodeDialog::~PairingCodeDialog() = default;

void PairingCodeDialog::updateTimeLeft()
{
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(m_expiresAtUtc);
    if (seconds <= 0) {
        m_tick.stop();
        m_code->setEnabled(false);
        m_timeLeft->setText(tr("This code has run out. Make a new one to add a computer."));
        m_newCode->show();
        return;
    }
    const qint64 minutes = (seconds + 59) / 60;
    m_timeLeft->setText(tr("Works for %n more minute(s).", nullptr, static_cast<int>(minutes)));
}

} // namespace clientele::ui
