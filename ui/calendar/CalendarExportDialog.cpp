#include "ui/calendar/CalendarExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele::ui {

CalendarExportDialog::CalendarExportDialog(QDate today, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("calendarExportDialog"));
    setWindowTitle(tr("Export Calendar"));

    m_names = new QComboBox(this);
    m_names->setObjectName(QStringLiteral("calendarExportNames"));
    m_names->addItem(tr("Full name"), int(CalendarExport::ClientLabel::Name));
    m_names->addItem(tr("Initials only"), int(CalendarExport::ClientLabel::Initials));
    m_names->addItem(tr("A code per client"), int(CalendarExport::ClientLabel::Code));

    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("calendarExportRange"));
    m_range->addItem(tr("All sessions"));
    m_range->addItem(tr("Sessions from a date on"));
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("calendarExportFrom"));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    connect(m_range, &QComboBox::currentIndexChanged, m_from, [this](int index) { m_from->setEnabled(index == 1); });

    m_canceled = new QCheckBox(tr("Include ca&nceled sessions"), this);
    m_canceled->setObjectName(QStringLiteral("calendarExportCanceled"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Clients appear as:"), m_names);
    form->addRow(tr("&Sessions:"), m_range);
    form->addRow(tr("&From:"), m_from);
    form->addRow(QString(), m_canceled);

    auto* note = new QLabel(tr("The file is not encrypted. Notes and contact details are never included."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

CalendarExport::Options CalendarExportDialog::options() const
{
    CalendarExport::Options options;
    options.label = static_cast<CalendarExport::ClientLabel>(m_names->currentData().toInt());
    if (m_range->currentIndex() == 1) {
        options.from = m_from->date();
    }
    options.includeCanceled = m_canceled->isChecked();
    return options;
}

} // namespace clientele::ui
