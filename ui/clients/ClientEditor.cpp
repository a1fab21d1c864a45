#include "ui/clients/ClientEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/settings/FieldErrorLabel.h"
#include "ui/widgets/BookingStatusText.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {

QLineEdit* field(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

// Nobody alive was born earlier (the domain refuses it); one day before stands for "not set".
const QDate kEarliestBirthDate(1900, 1, 1);
const QDate kBirthDateNotSet = kEarliestBirthDate.addDays(-1);
// Where the date starts when the user says it is known: mid-life, a few key presses from most dates.
const QDate kFirstBirthDateShown(1980, 1, 1);

// The locale's short date with the year in full: "03/12/90" would be ambiguous for a birth date.
QString birthDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return format;
}

// "F41.1, F33.1; Z63.0" → the codes as typed, one per entry.
QStringList codesOf(const QString& text)
{
    QStringList codes;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            codes << part.trimmed();
        }
    }
    return codes;
}

} // namespace

ClientEditor::ClientEditor(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("clientEditor"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    m_title = makeHeading(QString(), this);
    outer->addWidget(m_title);

    QScrollArea* scroll = nullptr;
    QFormLayout* form = makeScrollingForm(this, &scroll);
    QWidget* body = scroll->widget();

    m_given = field(QStringLiteral("clientGivenNameEdit"), tr("Given name"), body);
    m_family = field(QStringLiteral("clientFamilyNameEdit"), tr("Family name"), body);
    m_company = field(QStringLiteral("clientCompanyEdit"), tr("Company"), body);
    m_email = field(QStringLiteral("clientEmailEdit"), tr("Email"), body);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone = field(QStringLiteral("clientPhoneEdit"), tr("Phone"), body);
    m_phoneHint = new QLabel(body);
    m_phoneHint->setForegroundRole(QPalette::PlaceholderText);
    m_street = field(QStringLiteral("clientStreetEdit"), tr("Street"), body);
    m_postalCode = field(QStringLiteral("clientPostalCodeEdit"), tr("Postal code"), body);
    m_city = field(QStringLiteral("clientCityEdit"), tr("City"), body);
    m_country = field(QStringLiteral("clientCountryEdit"), tr("Country code"), body);
    m_country->setPlaceholderText(tr("e.g. DE, US"));
    m_country->setMaxLength(2);
    m_tags = field(QStringLiteral("clientTagsEdit"), tr("Tags"), body);
    m_tags->setPlaceholderText(tr("wedding, referral — separated by commas"));
    m_stage = new QComboBox(body);
    m_stage->setObjectName(QStringLiteral("clientStageCombo"));
    m_stage->setAccessibleName(tr("Pipeline stage"));
    for (auto stage : {domain::PipelineStage::Inquiry, domain::PipelineStage::Consultation,
             domain::PipelineStage::Booked, domain::PipelineStage::Repeat}) {
        m_stage->addItem(pipelineStageText(stage), int(stage));
    }
    m_source = field(QStringLiteral("clientSourceEdit"), tr("Source"), body);
    m_source->setPlaceholderText(tr("Where they found you, e.g. Instagram"));
    // What a superbill needs; most practices leave both empty.
    auto* birthRow = new QWidget(body);
    auto* birthLayout = new QHBoxLayout(birthRow);
    birthLayout->setContentsMargins(0, 0, 0, 0);
    m_birthDateKnown = new QCheckBox(tr("Known"), birthRow);
    m_birthDateKnown->setObjectName(QStringLiteral("clientBirthDateKnownCheck"));
    m_birthDateKnown->setAccessibleName(tr("Date of birth known"));
    m_birthDate = new QDateEdit(birthRow);
    m_birthDate->setObjectName(QStringLiteral("clientBirthDateEdit"));
    m_birthDate->setAccessibleName(tr("Date of birth"));
    m_birthDate->setDisplayFormat(birthDateFormat());
    m_birthDate->setCalendarPopup(true);
    birthLayout->addWidget(m_birthDateKnown);
    birthLayout->addWidget(m_birthDate);
    birthLayout->addStretch(1);
    m_diagnoses = field(QStringLiteral("clientDiagnosisEdit"), tr("Diagnosis codes"), body);
    m_diagnoses->setPlaceholderText(tr("ICD-10, e.g. F41.1, F33.1 — for superbills"));
    m_diagnosesError = new FieldErrorLabel(m_diagnoses, body);
    m_diagnosesError->setObjectName(QStringLiteral("clientDiagnosisErrorLabel"));
    m_smsConsent = new QCheckBox(tr("Agreed to receive text message reminders"), body);
    m_smsConsent->setObjectName(QStringLiteral("clientSmsConsentCheck"));
    m_notes = new QPlainTextEdit(body);
    m_notes->setObjectName(QStringLiteral("clientNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().height() * 5);

    auto* postal = new QHBoxLayout;
    postal->addWidget(m_postalCode, 1);
    postal->addWidget(m_city, 3);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("C&ompany:"), m_company);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_phoneHint);
    form->addRow(tr("S&treet:"), m_street);
    form->addRow(tr("Postal code, city:"), postal);
    form->addRow(tr("Co&untry:"), m_country);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("Sta&ge:"), m_stage);
    form->addRow(tr("So&urce:"), m_source);
    auto* birthLabel = new QLabel(tr("Date of &birth:"), body);
    birthLabel->setBuddy(m_birthDateKnown);
    form->addRow(birthLabel, birthRow);
    form->addRow(tr("&Diagnosis codes:"), FieldErrorLabel::wrap(m_diagnoses, m_diagnosesError, body));
    form->addRow(QString(), m_smsConsent);
    form->addRow(tr("&Notes:"), m_notes);
    outer->addWidget(scroll, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("clientEditorError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    outer->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("clientSaveButton"));
    m_save->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("clientCancelButton"));
    outer->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &ClientEditor::save);
    connect(cancel, &QPushButton::clicked, this, &ClientEditor::canceled);

    connect(m_birthDateKnown, &QCheckBox::toggled, this, [this](bool known) {
        setBirthDateKnown(known);
        if (known) {
            m_birthDate->setFocus(Qt::OtherFocusReason);
        }
        revalidate();
    });
    connect(m_birthDate, &QDateEdit::dateChanged, this, &ClientEditor::revalidate);
    const auto lines = {m_given, m_family, m_company, m_email, m_phone, m_street, m_postalCode, m_city, m_country,
        m_tags, m_source, m_diagnoses};
    for (QLineEdit* line : lines) {
        connect(line, &QLineEdit::textChanged, this, &ClientEditor::revalidate);
        connect(line, &QLineEdit::returnPressed, this, &ClientEditor::save);
    }
    setBirthDateKnown(false);
}

void ClientEditor::edit(const domain::Client& client, bool isNew)
{
    m_original = client;
    m_isNew = isNew;
    m_title->setText(isNew ? tr("New client") : tr("Edit %1").arg(client.displayName()));
    m_given->setText(client.givenName());
    m_family->setText(client.familyName());
    m_company->setText(client.company());
    m_email->setText(client.primaryEmail() ? client.primaryEmail()->address() : QString());
    m_phone->setText(client.primaryPhone()
            ? client.primaryPhone()->formatted(domain::PhoneNumber::Format::International)
            : QString());
    m_street->setText(client.address().streetLines.join(QStringLiteral(", ")));
    m_postalCode->setText(client.address().postalCode);
    m_city->setText(client.address().city);
    m_country->setText(client.address().countryCode);
    m_tags->setText(client.tags().join(QStringLiteral(", ")));
    m_stage->setCurrentIndex(m_stage->findData(int(client.stage())));
    m_source->setText(client.source());
    {
        const QSignalBlocker blocker(m_birthDateKnown);
        m_birthDateKnown->setChecked(client.birthDate().isValid());
    }
    setBirthDateKnown(client.birthDate().isValid());
    if (client.birthDate().isValid()) {
        m_birthDate->setDate(client.birthDate());
    }
    m_diagnoses->setText(client.diagnosisCodes().join(QStringLiteral(", ")));
    m_smsConsent->setChecked(client.consentState(domain::ContactChannel::Sms) == domain::Consent::State::Granted);
    m_notes->setPlainText(client.notes());
    revalidate();
    m_given->setFocus();
}

Result<domain::Client> ClientEditor::build(QWidget** problemField) const
{
    domain::Client client = m_original;
    client.setGivenName(m_given->text());
    client.setFamilyName(m_family->text());
    client.setCompany(m_company->text());
    if (client.givenName().isEmpty() && client.familyName().isEmpty() && client.company().isEmpty()) {
        *problemField = m_given;
        return Error(Error::Code::InvalidInput, tr("Give a name or a company, so you can find this client again."));
    }

    const QString emailText = m_email->text().trimmed();
    const std::optional<domain::EmailAddress> oldEmail = m_original.primaryEmail();
    if (emailText.isEmpty()) {
        if (oldEmail) {
            client.removeEmail(*oldEmail);
        }
    } else if (!oldEmail || oldEmail->address() != emailText) {
        const Result<domain::EmailAddress> email = domain::EmailAddress::parse(emailText);
        if (!email) {
            *problemField = m_email;
            return Error(
                Error::Code::InvalidInput, tr("The email address is not valid: %1").arg(email.error().userMessage()));
        }
        if (oldEmail) {
            client.removeEmail(*oldEmail);
        }
        client.addEmail(email.value());
        (void)client.makePrimaryEmail(email.value());
    }

    const QString phoneText = m_phone->text().trimmed();
    const std::optional<domain::PhoneNumber> oldPhone = m_original.primaryPhone();
    if (phoneText.isEmpty()) {
        if (oldPhone) {
            client.removePhone(*oldPhone);
        }
    } else {
        const Result<domain::PhoneNumber> phone = domain::PhoneNumber::parse(phoneText, m_region);
        if (!phone) {
            *problemField = m_phone;
            return Error(Error::Code::InvalidInput,
                tr("The phone number is not valid: %1 Include the country code, e.g. +49 30 1234567.")
                    .arg(phone.error().userMessage()));
        }
        if (!oldPhone || oldPhone->e164() != phone->e164()) {
            if (oldPhone) {
                client.removePhone(*oldPhone);
            }
            client.addPhone(phone.value());
            (void)client.makePrimaryPhone(phone.value());
        }
    }

    domain::PostalAddress address;
    const QString street = m_street->text().trimmed();
    if (!street.isEmpty()) {
        address.streetLines = {street};
    }
    address.postalCode = m_postalCode->text().trimmed();
    address.city = m_city->text().trimmed();
    address.countryCode = m_country->text().trimmed().toUpper();
    if (Result<void> set = client.setAddress(address); !set) {
        *problemField = m_country;
        return Error(Error::Code::InvalidInput, tr("The address is not valid: %1").arg(set.error().userMessage()));
    }

    QStringList tags;
    const QStringList parts = m_tags->text().split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            tags << part.trimmed();
        }
    }
    if (Result<void> set = client.setTags(tags); !set) {
        *problemField = m_tags;
        return Error(Error::Code::InvalidInput, tr("A tag is not valid: %1").arg(set.error().userMessage()));
    }

    const auto stage = static_cast<domain::PipelineStage>(m_stage->currentData().toInt());
    if (stage != client.stage()) {
        Result<void> moved = client.advanceTo(stage);
        if (!moved) {
            moved = client.reopen(stage);
        }
        if (!moved) {
            *problemField = m_stage;
            return Error(Error::Code::InvalidInput, moved.error().userMessage());
        }
    }
    client.setSource(m_source->text());
    client.setNotes(m_notes->toPlainText());

    client.setBirthDate(m_birthDateKnown->isChecked() ? m_birthDate->date() : QDate());
    if (Result<void> valid = client.validateAt(m_clock.nowUtc().date()); !valid) {
        *problemField =
            valid.error().detail().startsWith(u"client.birth-date") ? static_cast<QWidget*>(m_birthDate) : m_given;
        return valid.error();
    }
    if (Result<void> set = client.setDiagnosisCodes(codesOf(m_diagnoses->text())); !set) {
        *problemField = m_diagnoses;
        return set.error();
    }
    return client;
}

void ClientEditor::revalidate()
{
    QWidget* problem = nullptr;
    const Result<domain::Client> client = build(&problem);
    // A bad diagnosis code is explained under its field; anything else under the form.
    const bool diagnosisProblem = !client && problem == m_diagnoses;
    m_error->setText(client || diagnosisProblem ? QString() : client.error().userMessage());
    if (diagnosisProblem) {
        m_diagnosesError->showError(client.error().userMessage());
    } else {
        m_diagnosesError->clear();
    }
    m_save->setEnabled(bool(client));
    m_save->setToolTip(client ? QString() : tr("Can't save yet: %1").arg(client.error().userMessage()));
    // Show the number as it will be stored, so a wrong country is noticed while typing.
    const QString phoneText = m_phone->text().trimmed();
    const Result<domain::PhoneNumber> phone = domain::PhoneNumber::parse(phoneText, m_region);
    m_phoneHint->setText(phoneText.isEmpty() || !phone
            ? QString()
            : tr("Saved as %1").arg(phone->formatted(domain::PhoneNumber::Format::International)));
}

void ClientEditor::save()
{
    QWidget* problem = nullptr;
    Result<domain::Client> client = build(&problem);
    if (!client) {
        revalidate();
        if (problem) {
            problem->setFocus();
        }
        return;
    }
    domain::Client after = client.value();
    const bool wantsSms = m_smsConsent->isChecked();
    const bool hasSms = after.consentState(domain::ContactChannel::Sms) == domain::Consent::State::Granted;
    if (wantsSms != hasSms) {
        domain::Consent consent;
        consent.channel = domain::ContactChannel::Sms;
        consent.state = wantsSms ? domain::Consent::State::Granted : domain::Consent::State::Revoked;
        consent.at = m_clock.nowUtc();
        consent.method = domain::Consent::Method::Verbal;
        consent.evidence = tr("Recorded by the practitioner in the client editor");
        (void)after.recordConsent(consent);
    }
    Q_EMIT saveRequested(m_original, after, m_isNew);
}

void ClientEditor::setBirthDateKnown(bool known)
{
    const QSignalBlocker blocker(m_birthDate);
    m_birthDate->setEnabled(known);
    if (known) {
        const bool wasUnset = m_birthDate->date() <= kBirthDateNotSet;
        m_birthDate->setSpecialValueText(QString()); // 1 January 1900 is a date, not "Not set"
        m_birthDate->setDateRange(kEarliestBirthDate, std::max(kEarliestBirthDate, m_clock.nowUtc().date()));
        if (wasUnset) {
            m_birthDate->setDate(kFirstBirthDateShown);
        }
    } else {
        // The special value: the field reads "Not set".
        m_birthDate->setSpecialValueText(tr("Not set"));
        m_birthDate->setMinimumDate(kBirthDateNotSet);
        m_birthDate->setDate(kBirthDateNotSet);
    }
}

void ClientEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT canceled();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() & Qt::ControlModifier) {
        save();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace clientele::ui
