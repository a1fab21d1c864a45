#include "ui/widgets/PanelParts.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>

namespace clientele::ui {

QLabel* makeHeading(const QString& text, QWidget* parent, double scale)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QFormLayout* makeScrollingForm(QWidget* parent, QScrollArea** scrollArea)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* form = new QFormLayout(body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(body);
    *scrollArea = scroll;
    return form;
}

QLabel* makeHint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void showOutcomeText(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    // The error red of the light and dark palettes alike (Material's error tone, 4.5:1 on both).
    label->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    label->setVisible(!text.isEmpty());
}

QLabel* makeDialogErrorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setWeight(QFont::DemiBold);
    label->setFont(bold);
    return label;
}

QPushButton* addDialogButtons(QDialog* dialog, QBoxLayout* layout, const QString& okText, const QString& okName,
    const QString& cancelName, std::function<bool()> isValid)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(okName);
    ok->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(cancelName);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, isValid = std::move(isValid)] {
        if (isValid()) {
            dialog->accept();
        }
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return ok;
}

void setUpRecordTable(QTableView* table)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
}

void fitDialogHeight(QDialog* dialog)
{
    dialog->layout()->activate();
    const int width = qMax(dialog->width(), dialog->minimumWidth());
    const int wanted = dialog->heightForWidth(width);
    if (wanted > 0) {
        dialog->setMinimumHeight(wanted);
        if (dialog->height() < wanted) {
            dialog->resize(width, wanted);
        }
    }
}

} // namespace clientele::ui
