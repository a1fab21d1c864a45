#include "ui/settings/AccountCalendarsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

namespace {

QTableWidgetItem* checkItem(bool checked, bool enabled, const QString& tooltip)
{
    auto* item = new QTableWidgetItem;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (enabled) {
        flags |= Qt::ItemIsEnabled;
    }
    item->setFlags(flags);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(tooltip);
    return item;
}

bool sameChoice(const CalendarChoice& a, const CalendarChoice& b)
{
    if (a.chosen != b.chosen) {
        return false;
    }
    return !a.chosen
        || (a.choice.blocks == b.choice.blocks && a.choice.receives == b.choice.receives
            && a.choice.label == b.choice.label);
}

} // namespace

AccountCalendarsDialog::AccountCalendarsDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("accountCalendarsDialog"));
    setWindowTitle(tr("Calendars of %1").arg(title));

    auto* intro = new QLabel(tr("Events in calendars that block your time keep those hours free of bookings here. "
                                "Your bookings go into the calendar that receives them, showing clients as you "
                                "choose; notes and contact details never go."),
        this);
    intro->setWordWrap(true);

    m_status = new QLabel(tr("Asking %1 for its calendars…").arg(title), this);
    m_status->setObjectName(QStringLiteral("accountCalendarsStatus"));
    m_status->setWordWrap(true);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("accountCalendarsTable"));
    m_table->setAccessibleName(tr("Calendars"));
    m_table->setHorizontalHeaderLabels(
        {tr("Calendar"), tr("Blocks my time"), tr("Receives bookings"), tr("Clients appear as")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column = BlocksColumn; column <= LabelColumn; ++column) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_table->hide();
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == ReceivesColumn && item->checkState() == Qt::Checked) {
            receivingChanged(item->row());
        }
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(680, 360);
}

AccountCalendarsDialog::~AccountCalendarsDialog() = default;

void AccountCalendarsDialog::setCalendars(const QList<CalendarChoice>& calendars)
{
    m_original = calendars;
    m_filling = true;
    m_table->setRowCount(static_cast<int>(calendars.size()));
    for (int row = 0; row < calendars.size(); ++row) {
        const CalendarChoice& entry = calendars.at(row);
        auto* name = new QTableWidgetItem(
            entry.calendar.primary ? tr("%1 (main calendar)").arg(entry.calendar.name) : entry.calendar.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, BlocksColumn,
            checkItem(entry.chosen && entry.choice.blocks, true, tr("Its events keep that time free of bookings")));
        m_table->setItem(row, ReceivesColumn,
            checkItem(entry.chosen && entry.choice.receives, entry.calendar.canWrite,
                entry.calendar.canWrite ? tr("Your bookings are written into this calendar")
                                        : tr("This calendar is read-only for your account")));
        auto* label = new QComboBox(m_table);
        label->setObjectName(QStringLiteral("clientLabel_%1").arg(row));
        label->setAccessibleName(tr("How clients appear in %1").arg(entry.calendar.name));
        label->addItem(tr("Full name"), int(CalendarExport::ClientLabel::Name));
        label->addItem(tr("Initials only"), int(CalendarExport::ClientLabel::Initials));
        label->addItem(tr("A code per client"), int(CalendarExport::ClientLabel::Code));
        label->setCurrentIndex(label->findData(int(entry.choice.label)));
        m_table->setCellWidget(row, LabelColumn, label);
    }
    m_filling = false;
    m_status->setVisible(calendars.isEmpty());
    m_status->setText(tr("This account has no calendars."));
    m_table->setVisible(!calendars.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!calendars.isEmpty());
    if (!calendars.isEmpty()) {
        m_table->setCurrentCell(0, BlocksColumn);
        m_table->setFocus();
    }
}

void AccountCalendarsDialog::showError(const QString& message)
{
    m_status->setText(message);
    m_status->show();
    m_table->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

void AccountCalendarsDialog::receivingChanged(int row)
{
    // Bookings go into one calendar only.
    m_filling = true;
    for (int other = 0; other < m_table->rowCount(); ++other) {
        if (other != row) {
            m_table->item(other, ReceivesColumn)->setCheckState(Qt::Unchecked);
        }
    }
    m_filling = false;
}

QList<CalendarChoice> AccountCalendarsDialog::choices() const
{
    QList<CalendarChoice> choices;
    for (int row = 0; row < m_table->rowCount() && row < m_original.size(); ++row) {
        CalendarChoice entry = m_original.at(row);
        entry.choice.blocks = m_table->item(row, BlocksColumn)->checkState() == Qt::Checked;
        entry.choice.receives = m_table->item(row, ReceivesColumn)->checkState() == Qt::Checked;
        const auto* label = qobject_cast<QComboBox*>(m_table->cellWidget(row, LabelColumn));
        entry.choice.label = static_cast<CalendarExport::ClientLabel>(label->currentData().toInt());
        entry.chosen = entry.choice.blocks || entry.choice.receives;
        choices.append(entry);
    }
    return choices;
}

QList<CalendarChoice> AccountCalendarsDialog::changedChoices() const
{
    QList<CalendarChoice> changed;
    const QList<CalendarChoice> now = choices();
    for (qsizetype row = 0; row < now.size(); ++row) {
        if (!sameChoice(now.at(row), m_original.at(row))) {
            changed.append(now.at(row));
        }
    }
    return changed;
}

} // namespace clientele::ui
