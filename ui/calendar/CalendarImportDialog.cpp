#include "ui/calendar/CalendarImportDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace clientele::ui {

namespace {

constexpr int kIndent = 24; // what belongs to a radio button sits under its text

} // namespace

CalendarImportDialog::CalendarImportDialog(
    const QString& fileName, const QList<domain::Service>& services, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("calendarImportDialog"));
    setWindowTitle(tr("Import Calendar"));

    auto* intro = new QLabel(tr("What should Clientele do with the events of %1?").arg(fileName.toHtmlEscaped()), this);
    intro->setWordWrap(true);

    m_asBlockedTime = new QRadioButton(tr("&Block the time they take"), this);
    m_asBlockedTime->setObjectName(QStringLiteral("calendarImportAsBlockedTime"));
    auto* blockedNote = new QLabel(tr("For a family or second calendar: nobody can book those times."), this);
    blockedNote->setForegroundRole(QPalette::PlaceholderText);
    blockedNote->setWordWrap(true);
    blockedNote->setContentsMargins(kIndent, 0, 0, 0);

    m_asSessions = new QRadioButton(tr("Add them as &sessions"), this);
    m_asSessions->setObjectName(QStringLiteral("calendarImportAsSessions"));
    auto* sessionsNote = new QLabel(tr("For appointments from another scheduler: each event becomes a booking of the "
                                       "client invited to it or named in its title."),
        this);
    sessionsNote->setForegroundRole(QPalette::PlaceholderText);
    sessionsNote->setWordWrap(true);
    sessionsNote->setContentsMargins(kIndent, 0, 0, 0);
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_asBlockedTime);
    kinds->addButton(m_asSessions);
    m_asBlockedTime->setChecked(true);

    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("calendarImportService"));
    for (const domain::Service& service : services) {
        if (service.isActive()) {
            m_service->addItem(service.name(), service.id());
        }
    }
    if (m_service->count() == 0) {
        m_service->addItem(tr("Add a service first (Services)"));
    }
    m_createClients = new QCheckBox(tr("Add invited people who are not clients yet as new &clients"), this);
    m_createClients->setObjectName(QStringLiteral("calendarImportCreateClients"));
    m_createClients->setChecked(true);

    m_name = new QLineEdit(QFileInfo(fileName).completeBaseName(), this);
    m_name->setObjectName(QStringLiteral("calendarImportName"));
    m_name->setToolTip(tr("Importing a newer export under the same name updates what was imported."));

    auto* sessions = new QFormLayout;
    sessions->setContentsMargins(kIndent, 0, 0, 0);
    sessions->addRow(tr("Ser&vice:"), m_service);
    sessions->addRow(QString(), m_createClients);
    auto* form = new QFormLayout;
    form->addRow(tr("Calendar &name:"), m_name);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setObjectName(QStringLiteral("calendarImportButton"));
    m_import->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_asBlockedTime);
    layout->addWidget(blockedNote);
    layout->addWidget(m_asSessions);
    layout->addWidget(sessionsNote);
    layout->addLayout(sessions);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(kinds, &QButtonGroup::buttonToggled, this, &CalendarImportDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &CalendarImportDialog::updateState);
    updateState();
    m_name->setFocus();
}

void CalendarImportDialog::updateState()
{
    const bool sessions = m_asSessions->isChecked();
    const bool haveService = m_service->currentData().isValid();
    m_service->setEnabled(sessions && haveService);
    m_createClients->setEnabled(sessions);
    m_import->setEnabled(!m_name->text().trimmed().isEmpty() && (!sessions || haveService));
}

CalendarImportDialog::Choice CalendarImportDialog::choice() const
{
    return {m_asSessions->isChecked(), m_name->text().trimmed(), m_service->currentData().toUuid(),
        m_createClients->isChecked()};
}

} // namespace clientele::ui
