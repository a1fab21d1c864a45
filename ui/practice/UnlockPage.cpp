#include "ui/practice/UnlockPage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele::ui {

UnlockPage::UnlockPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("unlockPage"));
    auto* outer = new QVBoxLayout(this);
    auto* column = new QWidget(this);
    column->setFixedWidth(440);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);

    auto* icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app/clientele.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    auto* title = new QLabel(tr("Your practice is locked"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    m_hint = new QLabel(column);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignHCenter);
    m_hint->hide();

    m_status = new QLabel(column);
    m_status->setObjectName(QStringLiteral("unlockStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignHCenter);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_keychain = new QPushButton(tr("Unlock with the system keychain"), column);
    m_keychain->setObjectName(QStringLiteral("unlockKeychainButton"));
    m_keychain->setDefault(true);

    m_passphrase = new QLineEdit(column);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Recovery code or passphrase"));
    m_passphrase->setAccessibleName(tr("Recovery code or passphrase"));
    m_unlock = new QPushButton(tr("Unlock"), column);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_unlock);

    auto* help = new QLabel(tr("The recovery code is the one you printed or saved when you created the practice; "
                               "letters may be typed in any case, with or without dashes."),
        column);
    help->setObjectName(QStringLiteral("unlockHelpLabel"));
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(m_hint);
    layout->addWidget(m_status);
    layout->addWidget(m_keychain, 0, Qt::AlignHCenter);
    layout->addLayout(row);
    layout->addWidget(help);

    outer->addStretch(2);
    // Centred by stretches, not by alignment: an aligned widget gets its size hint, which leaves out
    // the height its wrapped labels need at this width.
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(3);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_passphrase, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_unlock->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_keychain, &QPushButton::clicked, this, &UnlockPage::keychainUnlockRequested);
    m_unlock->setEnabled(false);
}

void UnlockPage::setHint(const QString& hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void UnlockPage::showBusy(const QString& status)
{
    m_status->setText(status);
    m_passphrase->setEnabled(false);
    m_unlock->setEnabled(false);
    m_keychain->setEnabled(false);
}

void UnlockPage::showReady(const QString& problem, bool keychainAvailable)
{
    m_status->setText(problem);
    m_passphrase->setEnabled(true);
    m_passphrase->selectAll();
    m_unlock->setEnabled(!m_passphrase->text().trimmed().isEmpty());
    m_keychain->setVisible(keychainAvailable);
    m_keychain->setEnabled(keychainAvailable);
    if (keychainAvailable) {
        m_keychain->setFocus();
    } else {
        m_passphrase->setFocus();
    }
}

void UnlockPage::submit()
{
    const QString text = m_passphrase->text();
    if (text.trimmed().isEmpty()) {
        return;
    }
    m_passphrase->clear();
    Q_EMIT passphraseEntered(text);
}

} // namespace clientele::ui
