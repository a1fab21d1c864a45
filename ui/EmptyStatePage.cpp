#include "ui/EmptyStatePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/Icons.h"

namespace clientele::ui {

namespace {
constexpr int kIconSize = 64;
}

EmptyStatePage::EmptyStatePage(const QString& iconPath, const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_iconPath(iconPath)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(new QLabel(title, this))
    , m_textLabel(new QLabel(text, this))
{
    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_iconLabel->setObjectName(QStringLiteral("emptyStateIconLabel"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setObjectName(QStringLiteral("emptyStateTitleLabel"));

    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setForegroundRole(QPalette::PlaceholderText);
    m_textLabel->setObjectName(QStringLiteral("emptyStateTextLabel"));

    // A centred column of readable width; the labels fill it so that word wrap has room.
    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_iconLabel);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_titleLabel);
    columnLayout->addWidget(m_textLabel);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    setAccessibleName(title);
    setAccessibleDescription(text);
    updateIcon();
}

void EmptyStatePage::setTexts(const QString& title, const QString& text)
{
    m_titleLabel->setText(title);
    m_textLabel->setText(text);
    setAccessibleName(title);
}

QString EmptyStatePage::title() const
{
    return m_titleLabel->text();
}

QString EmptyStatePage::text() const
{
    return m_textLabel->text();
}

void EmptyStatePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateIcon();
    }
    QWidget::changeEvent(event);
}

void EmptyStatePage::updateIcon()
{
    const QColor color = palette().color(QPalette::PlaceholderText);
    m_iconLabel->setPixmap(
        tintedIcon(m_iconPath, color, kIconSize).pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
}

} // namespace clientele::ui
