#include "ui/settings/FieldErrorLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace clientele::ui {

FieldErrorLabel::FieldErrorLabel(QWidget* field, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    if (m_field) {
        m_fieldDescription = m_field->accessibleDescription();
    }
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("fieldErrorTextLabel"));
    QFont font = m_text->font();
    font.setWeight(QFont::DemiBold);
    m_text->setFont(font);
    m_icon->setAlignment(Qt::AlignTop);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    updateIcon();
    hide();
}

FieldErrorLabel::~FieldErrorLabel() = default;

QString FieldErrorLabel::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void FieldErrorLabel::showError(const QString& text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_text->setText(text);
    setAccessibleName(text);
    if (m_field) {
        m_field->setAccessibleDescription(text);
    }
    show();
}

void FieldErrorLabel::clear()
{
    m_text->clear();
    if (m_field) {
        m_field->setAccessibleDescription(m_fieldDescription);
    }
    hide();
}

QWidget* FieldErrorLabel::wrap(QWidget* field, FieldErrorLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

void FieldErrorLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateIcon();
    }
    QWidget::changeEvent(event);
}

void FieldErrorLabel::updateIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace clientele::ui
