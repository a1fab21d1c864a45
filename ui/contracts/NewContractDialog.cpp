#include "ui/contracts/NewContractDialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domain/BookingStatus.h"
#include "ui/practice/PracticeContext.h"
#include "ui/widgets/PanelParts.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

// Fields only a booking fills: its own, its service's and its invoice's.
bool needsBooking(const QString& field)
{
    return field.startsWith(u"booking.") || field.startsWith(u"service.") || field.startsWith(u"invoice.");
}

} // namespace

NewContractDialog::NewContractDialog(
    PracticeContext& context, const QUuid& clientId, const QString& clientName, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_clientId(clientId)
    , m_clientName(clientName)
{
    setObjectName(QStringLiteral("newContractDialog"));
    setWindowTitle(tr("New Contract for %1").arg(clientName));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);

    auto* heading = makeHeading(tr("New Contract for %1").arg(clientName), this, 1.2);
    heading->setTextFormat(Qt::PlainText);
    auto* explanation = new QLabel(tr("A draft from one of your templates, with its merge fields filled in from "
                                      "%1's details and, if you choose one, a booking's. You can read and change "
                                      "it under Contracts before you send it.")
                                       .arg(clientName),
        this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    layout->addWidget(explanation);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("newContractTemplateCombo"));
    m_template->setAccessibleName(tr("Template"));
    m_template->addItem(tr("Loading templates…"));
    m_template->setEnabled(false);
    m_booking = new QComboBox(this);
    m_booking->setObjectName(QStringLiteral("newContractBookingCombo"));
    m_booking->setAccessibleName(tr("Booking"));
    m_booking->setToolTip(tr("The session the contract is about: its date, time, service and invoice fill the "
                             "template's booking, service and invoice fields"));
    m_booking->addItem(tr("No booking"), QUuid());
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Booking:"), m_booking);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("newContractHintLabel"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setVisible(false);
    layout->addWidget(m_hint);
    // Only when there is no template yet (a button box would show it again on its own).
    m_openTemplates = new QPushButton(tr("Open Contract T&emplates"), this);
    m_openTemplates->setObjectName(QStringLiteral("newContractOpenTemplatesButton"));
    m_openTemplates->setAutoDefault(false);
    m_openTemplates->setVisible(false);
    layout->addWidget(m_openTemplates, 0, Qt::AlignLeft);
    m_error = makeDialogErrorLabel(QStringLiteral("newContractErrorLabel"), this);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create Draft"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("newContractCreateButton"));
    m_create->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("newContractCancelButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewContractDialog::createDraft);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openTemplates, &QPushButton::clicked, this, [this] {
        Q_EMIT templatesRequested();
        reject();
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewContractDialog::templateChanged);
    connect(m_booking, &QComboBox::currentIndexChanged, this, [this] {
        showProblem(QString());
        updateButtons();
    });

    setTabOrder(m_template, m_booking);
    setTabOrder(m_booking, m_openTemplates);
    setTabOrder(m_openTemplates, m_create);
    setTabOrder(m_create, cancel);
    m_template->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    updateButtons();
    fitDialogHeight(this);

    whenReady(
        this, m_context.contracts().listTemplates(), [this](const Result<QList<domain::ContractTemplate>>& templates) {
            if (!templates) {
                m_template->setItemText(0, tr("No templates"));
                showProblem(tr("The templates could not be loaded: %1").arg(templates.error().userMessage()));
                return;
            }
            templatesLoaded(templates.value());
        });
    // The client's bookings, newest first, as the client's page lists them.
    whenReady(this, m_context.queries().clientHistory(m_clientId, m_context.today()),
        [this](const Result<ClientHistory>& history) {
            if (!history) {
                return; // a contract without a booking can still be drafted
            }
            const QLocale locale = m_context.locale();
            for (const BookingSummary& booking : history->bookings) {
                const QString when = booking.schedule.isNull()
                    ? tr("No time yet")
                    : locale.toString(booking.schedule.start().toTimeZone(m_context.timeZone()), QLocale::ShortFormat);
                m_booking->addItem(
                    tr("%1 · %2 · %3").arg(when, booking.serviceName, domain::bookingStatusName(booking.status)),
                    booking.id);
            }
            templateChanged();
        });
}

NewContractDialog::~NewContractDialog() = default;

QString NewContractDialog::errorText() const
{
    return m_problem;
}

void NewContractDialog::templatesLoaded(const QList<domain::ContractTemplate>& templates)
{
    m_templates = templates;
    m_templatesLoaded = true;
    {
        const QSignalBlocker blocker(m_template);
        m_template->clear();
        for (const domain::ContractTemplate& contractTemplate : templates) {
            m_template->addItem(contractTemplate.name(), contractTemplate.id());
        }
        if (templates.isEmpty()) {
            m_template->addItem(tr("No templates yet"));
        }
    }
    m_template->setEnabled(!templates.isEmpty());
    m_openTemplates->setVisible(templates.isEmpty());
    if (templates.isEmpty()) {
        m_hint->setText(tr("You have no contract templates yet. Write one in Settings → Contract Templates, then "
                           "draft it for %1 here.")
                            .arg(m_clientName));
        m_hint->setVisible(true);
        m_openTemplates->setFocus();
    } else {
        m_template->setFocus();
    }
    templateChanged();
}

bool NewContractDialog::templateNeedsBooking() const
{
    const int index = m_template->currentIndex();
    if (!m_templatesLoaded || index < 0 || index >= m_templates.size()) {
        return false;
    }
    const Result<QStringList> fields = m_templates.at(index).fields();
    return fields && std::any_of(fields->cbegin(), fields->cend(), needsBooking);
}

void NewContractDialog::templateChanged()
{
    showProblem(QString());
    if (!m_templates.isEmpty()) {
        const bool needs = templateNeedsBooking();
        // A template about a session starts with the client's newest booking; the user can change it.
        if (needs && m_booking->currentIndex() == 0 && m_booking->count() > 1) {
            m_booking->setCurrentIndex(1);
        }
        QString hint;
        if (needs) {
            hint = m_booking->count() > 1
                ? tr("This template fills in a booking's details: choose the booking it is about.")
                : tr("This template fills in a booking's details, and %1 has no booking yet.").arg(m_clientName);
        }
        m_hint->setText(hint);
        m_hint->setVisible(needs);
    }
    updateButtons();
    fitDialogHeight(this);
}

void NewContractDialog::updateButtons()
{
    const bool ready = m_templatesLoaded && !m_templates.isEmpty() && !m_working;
    m_create->setEnabled(ready);
    m_template->setEnabled(m_templatesLoaded && !m_templates.isEmpty() && !m_working);
    m_booking->setEnabled(!m_working && !(m_templatesLoaded && m_templates.isEmpty()));
}

void NewContractDialog::createDraft()
{
    const int index = m_template->currentIndex();
    if (m_working || !m_templatesLoaded || index < 0 || index >= m_templates.size()) {
        return;
    }
    const domain::ContractTemplate chosen = m_templates.at(index);
    const QUuid bookingId = m_booking->currentData().toUuid();
    m_working = true;
    showProblem(QString());
    updateButtons();
    whenReady(this,
        m_context.contracts().draftFromTemplate(chosen.id(), m_clientId, bookingId, m_context.clock().nowUtc()),
        [this, bookingId](const Result<domain::Contract>& contract) {
            m_working = false;
            updateButtons();
            if (!contract) {
                QString message = contract.error().userMessage();
                if (bookingId.isNull() && templateNeedsBooking()) {
                    message += u' '
                        + (m_booking->count() > 1 ? tr("Choose one of %1's bookings above.").arg(m_clientName)
                                                  : tr("Book the session first, or choose a template without "
                                                       "booking fields."));
                }
                showProblem(message);
                return;
            }
            Q_EMIT created(contract.value());
            accept();
        });
}

void NewContractDialog::showProblem(const QString& message)
{
    m_problem = message;
    m_error->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    m_error->setAccessibleName(message);
    m_error->setVisible(!message.isEmpty());
    fitDialogHeight(this);
}

} // namespace clientele::ui
