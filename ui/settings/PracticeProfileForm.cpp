#include "ui/settings/PracticeProfileForm.h"

#include <algorithm>

#include <QBuffer>
#include <QCollator>
#include <QColorDialog>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/domain/InvoiceNumberFormat.h"
#include "core/store/InvoiceSeries.h"
#include "ui/settings/FieldErrorLabel.h"
#include "ui/widgets/CurrencyComboBox.h"
#include "ui/widgets/PanelParts.h"
#include "ui/widgets/TimeZoneComboBox.h"

namespace clientele::ui {

namespace {

using domain::PracticeProfile;

constexpr int kLogoRasterSide = 800; // longest side of a rasterised SVG, in pixels
constexpr int kMaxTermsDays = 365;
constexpr int kMaxLockMinutes = 24 * 60;
constexpr int kFormMaxWidth = 760;
const QByteArray kPngMagic = QByteArrayLiteral("\x89PNG\r\n\x1a\n");

QLabel* heading(const QString& text, QWidget* parent, bool first)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setContentsMargins(0, first ? 0 : 16, 0, 4);
    label->setAccessibleName(text);
    return label;
}

// Which field a validation error concerns, from the error's detail key.
QString fieldForDetail(const QString& detail)
{
    static const QList<std::pair<QString, QString>> map {
        {QStringLiteral("profile.needs-name"), QStringLiteral("name")},
        {QStringLiteral("profile.bad-currency"), QStringLiteral("currency")},
        {QStringLiteral("profile.bad-time-zone"), QStringLiteral("timeZone")},
        {QStringLiteral("profile.bad-email"), QStringLiteral("email")},
        {QStringLiteral("profile.logo-too-large"), QStringLiteral("logo")},
        {QStringLiteral("profile.bad-logo"), QStringLiteral("logo")},
        {QStringLiteral("profile.bad-accent"), QStringLiteral("accent")},
        {QStringLiteral("profile.bad-number-pattern"), QStringLiteral("numberPattern")},
        {QStringLiteral("profile.bad-terms-days"), QStringLiteral("termsDays")},
        {QStringLiteral("profile.bad-lock-minutes"), QStringLiteral("lockMinutes")},
        {QStringLiteral("profile.bad-locale"), QStringLiteral("locale")},
        {QStringLiteral("profile.bad-font"), QStringLiteral("documentFont")},
        {QStringLiteral("address."), QStringLiteral("address")},
        {QStringLiteral("profile.bad-address"), QStringLiteral("address")},
    };
    for (const auto& [key, field] : map) {
        if (detail.startsWith(key)) {
            return field;
        }
    }
    return {};
}

void fillLocales(QComboBox* localeCombo, QComboBox* countryCombo)
{
    struct Entry
    {
        QString text;
        QString data;
    };
    QList<Entry> locales;
    QList<Entry> countries;
    QStringList seenLocales;
    QStringList seenCountries;
    const QList<QLocale> all =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& locale : all) {
        if (locale.language() == QLocale::C || locale.territory() == QLocale::AnyTerritory) {
            continue;
        }
        const QString name = locale.name();
        const QString territoryCode = name.section(u'_', -1);
        if (!seenLocales.contains(name)) {
            seenLocales.append(name);
            QString text = QStringLiteral("%1 (%2)").arg(
                QLocale::languageToString(locale.language()), QLocale::territoryToString(locale.territory()));
            const QString native =
                QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName());
            if (!locale.nativeLanguageName().isEmpty() && native != text) {
                text += QStringLiteral(" · ") + native;
            }
            locales.append({text, name});
        }
        if (territoryCode.size() == 2 && !seenCountries.contains(territoryCode)) {
            seenCountries.append(territoryCode);
            countries.append({QLocale::territoryToString(locale.territory()), territoryCode});
        }
    }
    QCollator collator;
    const auto byText = [&collator](const Entry& a, const Entry& b) { return collator.compare(a.text, b.text) < 0; };
    std::sort(locales.begin(), locales.end(), byText);
    std::sort(countries.begin(), countries.end(), byText);
    for (const Entry& entry : std::as_const(locales)) {
        localeCombo->addItem(entry.text, entry.data);
    }
    countryCombo->addItem(PracticeProfileForm::tr("Not set"), QString());
    for (const Entry& entry : std::as_const(countries)) {
        countryCombo->addItem(entry.text, entry.data);
    }
}

// An editable combo box that filters its items by any part of their text.
void makeSearchable(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto* completer = new QCompleter(combo->model(), combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
}

// Selects the item with this data; unknown values are kept as an extra item so nothing is lost.
void selectData(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

QString comboData(const QComboBox* combo)
{
    const int index = combo->currentIndex();
    if (index >= 0 && (!combo->isEditable() || combo->itemText(index) == combo->currentText())) {
        return combo->itemData(index).toString();
    }
    const int byText = combo->findText(combo->currentText().trimmed(), Qt::MatchFixedString);
    if (byText >= 0) {
        return combo->itemData(byText).toString();
    }
    const int byData = combo->findData(combo->currentText().trimmed());
    return byData >= 0 ? combo->itemData(byData).toString() : combo->currentText().trimmed();
}

Error logoError(const QString& message, const QString& detail)
{
    return Error(Error::Code::InvalidInput, message, detail);
}

} // namespace

PracticeProfileForm::PracticeProfileForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("practiceProfileForm"));
    setAccessibleName(tr("Practice profile"));
    buildForm();
    connectEdits();
    setProfile(PracticeProfile {});
}

PracticeProfileForm::~PracticeProfileForm() = default;

void PracticeProfileForm::buildForm()
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("profileFormContent"));
    content->setMaximumWidth(kFormMaxWidth);
    auto* form = new QFormLayout(content);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(12);
    form->setContentsMargins(0, 0, 0, 0);

    const auto addField = [this, form, content](const QString& label, QWidget* field, const QString& key,
                              const QString& objectName, QWidget* shown = nullptr) {
        field->setObjectName(objectName);
        field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        QString base = objectName;
        for (const QString& suffix : {QStringLiteral("PreviewLabel"), QStringLiteral("Edit"), QStringLiteral("Combo"),
                 QStringLiteral("Spin"), QStringLiteral("Button")}) {
            if (base.endsWith(suffix)) {
                base.chop(suffix.size());
                break;
            }
        }
        auto* error = new FieldErrorLabel(field, content);
        error->setObjectName(base + QStringLiteral("ErrorLabel"));
        m_errors.insert(key, error);
        auto* labelWidget = new QLabel(label, content);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, FieldErrorLabel::wrap(shown ? shown : field, error, content));
    };

    // Practice
    form->addRow(heading(tr("Basics"), content, true));
    m_name = new QLineEdit(content);
    m_name->setPlaceholderText(tr("e.g. Anna Berg Photography"));
    addField(tr("&Name:"), m_name, QStringLiteral("name"), QStringLiteral("profileNameEdit"));

    m_currency = new CurrencyComboBox(content);
    addField(tr("&Currency:"), m_currency, QStringLiteral("currency"), QStringLiteral("profileCurrencyCombo"));
    m_timeZone = new TimeZoneComboBox(content);
    addField(tr("&Time zone:"), m_timeZone, QStringLiteral("timeZone"), QStringLiteral("profileTimeZoneCombo"));
    m_locale = new QComboBox(content);
    m_country = new QComboBox;
    fillLocales(m_locale, m_country);
    makeSearchable(m_locale);
    m_locale->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_locale->setMinimumContentsLength(20);
    m_locale->setToolTip(tr("How numbers, dates and amounts are written on invoices and other documents."));
    addField(tr("Document &language:"), m_locale, QStringLiteral("locale"), QStringLiteral("profileLocaleCombo"));
    form->addRow(QString(), makeHint(tr("Language and region for invoices, receipts and emails to clients."), content));

    // Business details
    form->addRow(heading(tr("Business details"), content, false));
    m_legalName = new QLineEdit(content);
    m_legalName->setPlaceholderText(tr("As registered, if different from the name"));
    addField(tr("&Legal name:"), m_legalName, QStringLiteral("legalName"), QStringLiteral("profileLegalNameEdit"));
    m_street = new QPlainTextEdit(content);
    m_street->setTabChangesFocus(true);
    m_street->setPlaceholderText(tr("Street and number, one line each"));
    m_street->setFixedHeight(m_street->fontMetrics().lineSpacing() * 3 + 2 * m_street->frameWidth() + 8);
    addField(tr("&Street:"), m_street, QStringLiteral("street"), QStringLiteral("profileStreetEdit"));
    m_postalCode = new QLineEdit(content);
    addField(tr("&Postal code:"), m_postalCode, QStringLiteral("postalCode"), QStringLiteral("profilePostalCodeEdit"));
    m_city = new QLineEdit(content);
    addField(tr("C&ity:"), m_city, QStringLiteral("city"), QStringLiteral("profileCityEdit"));
    m_region = new QLineEdit(content);
    m_region->setPlaceholderText(tr("State, province or county"));
    addField(tr("&Region:"), m_region, QStringLiteral("region"), QStringLiteral("profileRegionEdit"));
    m_country->setParent(content);
    makeSearchable(m_country);
    addField(tr("Countr&y:"), m_country, QStringLiteral("address"), QStringLiteral("profileCountryCombo"));
    m_email = new QLineEdit(content);
    m_email->setPlaceholderText(tr("hello@example.com"));
    addField(tr("&Email:"), m_email, QStringLiteral("email"), QStringLiteral("profileEmailEdit"));
    m_phone = new QLineEdit(content);
    m_phone->setPlaceholderText(tr("+49 30 1234567"));
    addField(tr("P&hone:"), m_phone, QStringLiteral("phone"), QStringLiteral("profilePhoneEdit"));
    m_website = new QLineEdit(content);
    m_website->setPlaceholderText(tr("https://example.com"));
    addField(tr("&Website:"), m_website, QStringLiteral("website"), QStringLiteral("profileWebsiteEdit"));
    m_taxId = new QLineEdit(content);
    addField(tr("Ta&x ID:"), m_taxId, QStringLiteral("taxId"), QStringLiteral("profileTaxIdEdit"));
    m_npi = new QLineEdit(content);
    m_npi->setPlaceholderText(tr("US providers only, for superbills"));
    addField(tr("&NPI:"), m_npi, QStringLiteral("npi"), QStringLiteral("profileNpiEdit"));

    // Branding
    form->addRow(heading(tr("Look of documents"), content, false));
    auto* logoBox = new QWidget(content);
    auto* logoLayout = new QHBoxLayout(logoBox);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    logoLayout->setSpacing(8);
    m_logoPreview = new QLabel(logoBox);
    m_logoPreview->setObjectName(QStringLiteral("profileLogoPreviewLabel"));
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setBackgroundRole(QPalette::Base);
    m_logoPreview->setAutoFillBackground(true);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setMinimumSize(160, 72);
    m_logoPreview->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_logoPreview->setForegroundRole(QPalette::PlaceholderText);
    m_logoChoose = new QPushButton(tr("Choose…"), logoBox);
    m_logoChoose->setObjectName(QStringLiteral("profileLogoChooseButton"));
    m_logoChoose->setAccessibleName(tr("Choose logo"));
    m_logoRemove = new QPushButton(tr("Remove"), logoBox);
    m_logoRemove->setObjectName(QStringLiteral("profileLogoRemoveButton"));
    m_logoRemove->setAccessibleName(tr("Remove logo"));
    auto* logoButtons = new QVBoxLayout;
    logoButtons->setSpacing(4);
    logoButtons->addWidget(m_logoChoose);
    logoButtons->addWidget(m_logoRemove);
    logoButtons->addStretch(1);
    logoLayout->addWidget(m_logoPreview, 0, Qt::AlignTop);
    logoLayout->addLayout(logoButtons);
    logoLayout->addStretch(1);
    addField(tr("Logo:"), m_logoPreview, QStringLiteral("logo"), QStringLiteral("profileLogoPreviewLabel"), logoBox);
    m_logoPreview->setAccessibleName(tr("Logo preview"));
    form->addRow(QString(),
        makeHint(tr("PNG or SVG, at most %1. Printed on invoices and documents.")
                     .arg(locale().formattedDataSize(PracticeProfile::kMaxLogoBytes)),
            content));

    m_accentButton = new QToolButton(content);
    m_accentButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accentButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addField(tr("&Accent colour:"), m_accentButton, QStringLiteral("accent"), QStringLiteral("profileAccentButton"));
    m_accentButton->setToolTip(tr("Used for headings and lines on documents."));
    m_documentFont = new QFontComboBox(content);
    m_documentFont->setFontFilters(QFontComboBox::ScalableFonts);
    m_documentFont->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_documentFont->setMinimumContentsLength(18);
    m_documentFont->setToolTip(tr("The font invoices, receipts and other documents are printed in."));
    addField(tr("D&ocument font:"), m_documentFont, QStringLiteral("documentFont"),
        QStringLiteral("profileDocumentFontCombo"));
    m_paperSize = new QComboBox(content);
    m_paperSize->addItem(tr("A4"), domain::paperSizeName(domain::PaperSize::A4));
    m_paperSize->addItem(tr("US Letter"), domain::paperSizeName(domain::PaperSize::Letter));
    m_paperSize->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_paperSize->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addField(tr("Paper si&ze:"), m_paperSize, QStringLiteral("paperSize"), QStringLiteral("profilePaperSizeCombo"));
    form->addRow(QString(),
        makeHint(tr("The font is embedded in every PDF, so documents look the same on every computer. The paper "
                    "can still be changed when printing."),
            content));

    // Invoices
    form->addRow(heading(tr("Invoices"), content, false));
    m_numberPattern = new QLineEdit(content);
    auto* patternBox = new QWidget(content);
    auto* patternLayout = new QVBoxLayout(patternBox);
    patternLayout->setContentsMargins(0, 0, 0, 0);
    patternLayout->setSpacing(2);
    m_numberPreview = makeHint(QString(), patternBox);
    m_numberPreview->setObjectName(QStringLiteral("profileNumberPreviewLabel"));
    patternLayout->addWidget(m_numberPattern);
    patternLayout->addWidget(m_numberPreview);
    addField(tr("N&umber pattern:"), m_numberPattern, QStringLiteral("numberPattern"),
        QStringLiteral("profileNumberPatternEdit"), patternBox);
    m_numberPattern->setToolTip(
        tr("{YYYY} year, {YY} short year, {MM} month, {####} running number with as many digits as # signs."));
    m_termsDays = new QSpinBox(content);
    m_termsDays->setRange(0, kMaxTermsDays);
    m_termsDays->setSpecialValueText(tr("Due on receipt"));
    m_termsDays->setSuffix(tr(" days"));
    m_termsDays->setAlignment(Qt::AlignRight);
    m_termsDays->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addField(
        tr("&Payment due after:"), m_termsDays, QStringLiteral("termsDays"), QStringLiteral("profileTermsDaysSpin"));
    m_terms = new QLineEdit(content);
    m_terms->setPlaceholderText(tr("e.g. Payable within 14 days."));
    addField(tr("Payment &terms:"), m_terms, QStringLiteral("terms"), QStringLiteral("profileTermsEdit"));
    m_footer = new QPlainTextEdit(content);
    m_footer->setTabChangesFocus(true);
    m_footer->setPlaceholderText(tr("Bank details, thank-you note…"));
    m_footer->setFixedHeight(m_footer->fontMetrics().lineSpacing() * 3 + 2 * m_footer->frameWidth() + 8);
    addField(tr("&Footer:"), m_footer, QStringLiteral("footer"), QStringLiteral("profileFooterEdit"));

    // Security
    form->addRow(heading(tr("Security"), content, false));
    m_lockMinutes = new QSpinBox(content);
    m_lockMinutes->setRange(0, kMaxLockMinutes);
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setSuffix(tr(" min idle"));
    m_lockMinutes->setAlignment(Qt::AlignRight);
    m_lockMinutes->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addField(
        tr("Loc&k after:"), m_lockMinutes, QStringLiteral("lockMinutes"), QStringLiteral("profileLockMinutesSpin"));

    // The form scrolls; the buttons stay in view below it.
    auto* column = new QWidget;
    auto* columnLayout = new QHBoxLayout(column);
    columnLayout->setContentsMargins(16, 16, 16, 16);
    columnLayout->addWidget(content, 1, Qt::AlignTop); // rows keep their height in a tall window
    columnLayout->addStretch(0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(column);

    m_buttonBar = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_buttonBar);
    buttons->setContentsMargins(16, 8, 16, 12);
    buttons->setSpacing(8);
    m_generalError = new FieldErrorLabel(nullptr, m_buttonBar);
    m_generalError->setObjectName(QStringLiteral("profileGeneralErrorLabel"));
    m_revertButton = new QPushButton(tr("&Revert"), m_buttonBar);
    m_revertButton->setObjectName(QStringLiteral("profileRevertButton"));
    m_revertButton->setToolTip(tr("Discard changes since the last save (Esc)"));
    m_saveButton = new QPushButton(tr("&Save"), m_buttonBar);
    m_saveButton->setObjectName(QStringLiteral("profileSaveButton"));
    m_saveButton->setToolTip(tr("Save the practice profile (Enter)"));
    m_saveButton->setDefault(true);
    buttons->addWidget(m_generalError, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttonBar);

    auto* cancel = new QShortcut(QKeySequence::Cancel, this);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, [this] {
        if (!m_embedded) {
            revert();
        }
    });
    setFocusProxy(m_name);
}

void PracticeProfileForm::connectEdits()
{
    const QList<QLineEdit*> lines {m_name, m_legalName, m_postalCode, m_city, m_region, m_email, m_phone, m_website,
        m_taxId, m_npi, m_terms, m_numberPattern};
    for (QLineEdit* line : lines) {
        connect(line, &QLineEdit::textEdited, this, &PracticeProfileForm::edited);
        connect(line, &QLineEdit::returnPressed, this, [this] {
            if (!m_embedded) {
                save();
            }
        });
    }
    connect(m_numberPattern, &QLineEdit::textChanged, this, &PracticeProfileForm::updateNumberPreview);
    for (QPlainTextEdit* text : {m_street, m_footer}) {
        connect(text, &QPlainTextEdit::textChanged, this, &PracticeProfileForm::edited);
    }
    connect(m_currency, &CurrencyComboBox::codeChanged, this, &PracticeProfileForm::edited);
    connect(m_timeZone, &TimeZoneComboBox::timeZoneIdChanged, this, &PracticeProfileForm::edited);
    for (QComboBox* combo : {m_locale, m_country}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &PracticeProfileForm::edited);
        connect(combo, &QComboBox::editTextChanged, this, &PracticeProfileForm::edited);
    }
    for (QSpinBox* spin : {m_termsDays, m_lockMinutes}) {
        connect(spin, &QSpinBox::valueChanged, this, &PracticeProfileForm::edited);
    }
    connect(m_documentFont, &QFontComboBox::currentFontChanged, this, &PracticeProfileForm::edited);
    connect(m_documentFont, &QComboBox::editTextChanged, this, &PracticeProfileForm::edited);
    connect(m_paperSize, &QComboBox::currentIndexChanged, this, &PracticeProfileForm::edited);
    connect(m_logoChoose, &QPushButton::clicked, this, &PracticeProfileForm::chooseLogo);
    connect(m_logoRemove, &QPushButton::clicked, this, &PracticeProfileForm::removeLogo);
    connect(m_accentButton, &QToolButton::clicked, this, &PracticeProfileForm::chooseAccent);
    connect(m_saveButton, &QPushButton::clicked, this, &PracticeProfileForm::save);
    connect(m_revertButton, &QPushButton::clicked, this, &PracticeProfileForm::revert);
}

void PracticeProfileForm::setProfile(const PracticeProfile& profile)
{
    m_loading = true;
    m_saved = profile;
    m_name->setText(profile.name);
    m_currency->setCode(profile.currency.code());
    m_timeZone->setTimeZoneId(profile.timeZoneId);
    selectData(m_locale, profile.localeName);
    if (profile.localeName.isEmpty()) {
        m_locale->setCurrentIndex(-1);
        m_locale->setEditText(QString());
    }
    m_legalName->setText(profile.legalName);
    m_street->setPlainText(profile.address.streetLines.join(u'\n'));
    m_postalCode->setText(profile.address.postalCode);
    m_city->setText(profile.address.city);
    m_region->setText(profile.address.region);
    selectData(m_country, profile.address.countryCode);
    m_email->setText(profile.email);
    m_phone->setText(profile.phone);
    m_website->setText(profile.website);
    m_taxId->setText(profile.taxId);
    m_npi->setText(profile.npi);
    setLogo(profile.logoPng);
    setAccent(profile.accentColor);
    // A font not installed here is kept as typed: the profile means the same on every device.
    m_documentFont->setCurrentFont(QFont(profile.documentFont));
    if (m_documentFont->currentText() != profile.documentFont) {
        m_documentFont->setEditText(profile.documentFont);
    }
    m_paperSize->setCurrentIndex(std::max(0, m_paperSize->findData(domain::paperSizeName(profile.paperSize))));
    m_terms->setText(profile.invoiceTerms);
    m_footer->setPlainText(profile.invoiceFooter);
    m_numberPattern->setText(profile.invoiceNumberPattern);
    m_termsDays->setValue(profile.paymentTermsDays);
    m_lockMinutes->setValue(profile.idleLockMinutes);
    m_loading = false;

    clearErrors();
    m_errorsShown = false;
    const bool wasModified = m_modified;
    m_modified = false;
    const bool valid = profile.validate().hasValue();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validationChanged(m_valid);
    }
    if (wasModified) {
        Q_EMIT modifiedChanged(false);
    }
    updateNumberPreview();
    updateButtons();
}

PracticeProfile PracticeProfileForm::profile() const
{
    PracticeProfile profile = m_saved;
    profile.name = m_name->text().trimmed();
    const Result<domain::Currency> currency = domain::Currency::fromCode(m_currency->code());
    profile.currency = currency ? currency.value() : domain::Currency();
    profile.timeZoneId = m_timeZone->timeZoneId();
    profile.localeName = m_locale->currentText().trimmed().isEmpty() ? QString() : comboData(m_locale);
    profile.legalName = m_legalName->text().trimmed();
    domain::PostalAddress address;
    const QStringList lines = m_street->toPlainText().split(u'\n');
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty()) {
            address.streetLines.append(line.trimmed());
        }
    }
    address.postalCode = m_postalCode->text().trimmed();
    address.city = m_city->text().trimmed();
    address.region = m_region->text().trimmed();
    address.countryCode = comboData(m_country).toUpper();
    profile.address = address;
    profile.email = m_email->text().trimmed();
    profile.phone = m_phone->text().trimmed();
    profile.website = m_website->text().trimmed();
    profile.taxId = m_taxId->text().trimmed();
    profile.npi = m_npi->text().trimmed();
    profile.logoPng = m_logoPng;
    profile.accentColor = m_accent;
    profile.documentFont = m_documentFont->currentText().trimmed();
    profile.paperSize =
        domain::paperSizeFromName(m_paperSize->currentData().toString()).value_or(domain::PaperSize::A4);
    profile.invoiceTerms = m_terms->text().trimmed();
    profile.invoiceFooter = m_footer->toPlainText().trimmed();
    profile.invoiceNumberPattern = m_numberPattern->text().trimmed();
    profile.paymentTermsDays = m_termsDays->value();
    profile.idleLockMinutes = m_lockMinutes->value();
    return profile;
}

void PracticeProfileForm::setEmbedded(bool embedded)
{
    m_embedded = embedded;
    m_buttonBar->setVisible(!embedded);
}

bool PracticeProfileForm::showValidation()
{
    clearErrors();
    m_errorsShown = true;
    const PracticeProfile current = profile();
    const Result<void> valid = current.validate();
    if (valid) {
        return true;
    }
    FieldErrorLabel* label = errorFor(valid.error().detail());
    label->showError(valid.error().userMessage());
    if (label != m_generalError) {
        const QString key = m_errors.key(label);
        QWidget* field = nullptr;
        if (key == u"name") {
            field = m_name;
        } else if (key == u"currency") {
            field = m_currency;
        } else if (key == u"timeZone") {
            field = m_timeZone;
        } else if (key == u"locale") {
            field = m_locale;
        } else if (key == u"email") {
            field = m_email;
        } else if (key == u"logo") {
            field = m_logoChoose;
        } else if (key == u"accent") {
            field = m_accentButton;
        } else if (key == u"numberPattern") {
            field = m_numberPattern;
        } else if (key == u"termsDays") {
            field = m_termsDays;
        } else if (key == u"lockMinutes") {
            field = m_lockMinutes;
        } else if (key == u"address") {
            field = m_country;
        } else if (key == u"documentFont") {
            field = m_documentFont;
        }
        if (field && isVisible()) {
            field->setFocus(Qt::OtherFocusReason);
        }
    }
    return false;
}

QString PracticeProfileForm::fieldError(const QString& field) const
{
    const FieldErrorLabel* label = field == u"general" ? m_generalError : m_errors.value(field);
    return label ? label->text() : QString();
}

FieldErrorLabel* PracticeProfileForm::errorFor(const QString& detail) const
{
    FieldErrorLabel* label = m_errors.value(fieldForDetail(detail));
    return label ? label : m_generalError;
}

void PracticeProfileForm::clearErrors()
{
    for (FieldErrorLabel* label : std::as_const(m_errors)) {
        label->clear();
    }
    m_generalError->clear();
}

void PracticeProfileForm::save()
{
    if (!showValidation()) {
        return;
    }
    const PracticeProfile current = profile();
    m_saved = current;
    m_errorsShown = false;
    if (m_modified) {
        m_modified = false;
        Q_EMIT modifiedChanged(false);
    }
    updateButtons();
    Q_EMIT saveRequested(current);
}

void PracticeProfileForm::revert()
{
    setProfile(m_saved);
}

void PracticeProfileForm::edited()
{
    if (m_loading) {
        return;
    }
    if (!m_modified) {
        m_modified = true;
        Q_EMIT modifiedChanged(true);
    }
    const bool valid = profile().validate().hasValue();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validationChanged(m_valid);
    }
    if (m_errorsShown) {
        // Keep the shown errors current while the user fixes them, without moving focus.
        clearErrors();
        const Result<void> result = profile().validate();
        if (!result) {
            errorFor(result.error().detail())->showError(result.error().userMessage());
        }
    }
    updateButtons();
}

void PracticeProfileForm::updateButtons()
{
    m_revertButton->setEnabled(m_modified);
}

bool PracticeProfileForm::loadLogoFile(const QString& path)
{
    FieldErrorLabel* error = m_errors.value(QStringLiteral("logo"));
    const Result<QByteArray> png = logoPngFromFile(path);
    if (!png) {
        error->showError(png.error().userMessage());
        return false;
    }
    error->clear();
    setLogo(png.value());
    edited();
    return true;
}

Result<QByteArray> PracticeProfileForm::logoPngFromFile(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString limit = QLocale().formattedDataSize(PracticeProfile::kMaxLogoBytes);
    const QString notAnImage = tr("“%1” is not an image Clientele can read. Choose a PNG or SVG file.").arg(fileName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            Error::Code::Io, tr("“%1” could not be opened. Choose another file.").arg(fileName), file.errorString());
    }
    if (file.size() > PracticeProfile::kMaxLogoBytes) {
        return logoError(tr("“%1” is %2; a logo can be at most %3. Save a smaller PNG or use an SVG.")
                             .arg(fileName, QLocale().formattedDataSize(file.size()), limit),
            QStringLiteral("profile.logo-too-large"));
    }
    const QByteArray data = file.readAll();
    QByteArray png;
    if (data.startsWith(kPngMagic)) {
        QImage image;
        if (!image.loadFromData(data, "PNG")) {
            return logoError(notAnImage, QStringLiteral("profile.bad-logo"));
        }
        png = data;
    } else {
        QImage image;
        const bool svg =
            QFileInfo(path).suffix().compare(u"svg", Qt::CaseInsensitive) == 0 || data.left(512).contains("<svg");
        if (svg) {
            QSvgRenderer renderer(data);
            if (!renderer.isValid()) {
                return logoError(notAnImage, QStringLiteral("profile.bad-logo"));
            }
            QSize size = renderer.defaultSize();
            if (size.isEmpty()) {
                size = QSize(kLogoRasterSide, kLogoRasterSide);
            }
            size.scale(kLogoRasterSide, kLogoRasterSide, Qt::KeepAspectRatio);
            image = QImage(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
            painter.end();
        } else if (!image.loadFromData(data)) {
            return logoError(notAnImage, QStringLiteral("profile.bad-logo"));
        }
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG")) {
            return logoError(notAnImage, QStringLiteral("profile.bad-logo"));
        }
    }
    if (png.size() > PracticeProfile::kMaxLogoBytes) {
        return logoError(tr("“%1” makes a PNG of %2; a logo can be at most %3. Choose a simpler or smaller image.")
                             .arg(fileName, QLocale().formattedDataSize(png.size()), limit),
            QStringLiteral("profile.logo-too-large"));
    }
    return png;
}

void PracticeProfileForm::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Logo"), QString(), tr("Logo images (*.png *.svg);;All files (*)"));
    if (!path.isEmpty()) {
        loadLogoFile(path);
    }
}

void PracticeProfileForm::removeLogo()
{
    setLogo({});
    m_errors.value(QStringLiteral("logo"))->clear();
    edited();
}

void PracticeProfileForm::setLogo(const QByteArray& png)
{
    m_logoPng = png;
    updateLogoPreview();
}

void PracticeProfileForm::updateLogoPreview()
{
    m_logoRemove->setEnabled(!m_logoPng.isEmpty());
    QImage image;
    if (m_logoPng.isEmpty() || !image.loadFromData(m_logoPng, "PNG")) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(m_logoPng.isEmpty() ? tr("No logo") : tr("Unreadable logo"));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const QSize box = (m_logoPreview->minimumSize() - QSize(8, 8)) * ratio;
    QPixmap pixmap = QPixmap::fromImage(image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_logoPreview->setPixmap(pixmap);
}

void PracticeProfileForm::chooseAccent()
{
    const QColor chosen = QColorDialog::getColor(QColor::fromString(m_accent), this, tr("Accent Colour"));
    if (chosen.isValid()) {
        setAccent(chosen.name(QColor::HexRgb));
        edited();
    }
}

void PracticeProfileForm::setAccent(const QString& color)
{
    m_accent = color;
    updateAccentButton();
}

void PracticeProfileForm::updateAccentButton()
{
    const QColor color = QColor::fromString(m_accent);
    const int side = m_accentButton->iconSize().height();
    const qreal ratio = devicePixelRatioF();
    QPixmap swatch(QSize(side, side) * ratio);
    swatch.setDevicePixelRatio(ratio);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setBrush(color.isValid() ? color : QColor(Qt::transparent));
    painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1.0, side - 1.0), 3, 3);
    painter.end();
    m_accentButton->setIcon(QIcon(swatch));
    m_accentButton->setText(color.isValid() ? m_accent : tr("Choose…"));
    m_accentButton->setAccessibleDescription(m_accent);
}

void PracticeProfileForm::updateNumberPreview()
{
    const Result<domain::InvoiceNumberFormat> format =
        domain::InvoiceNumberFormat::fromPattern(m_numberPattern->text());
    if (!format) {
        m_numberPreview->setText(format.error().userMessage());
        return;
    }
    const QString pattern = InvoiceSeries::lettered(m_seriesLetter, m_numberPattern->text()).pattern;
    const Result<domain::InvoiceNumberFormat> lettered = domain::InvoiceNumberFormat::fromPattern(pattern);
    const Result<QString> example = (lettered ? lettered.value() : format.value()).format(1, QDate::currentDate());
    if (!example) {
        m_numberPreview->clear();
    } else if (m_seriesLetter.isEmpty()) {
        m_numberPreview->setText(tr("First number this year: %1").arg(example.value()));
    } else {
        m_numberPreview->setText(tr("First number this year on this computer: %1. Each computer of the practice "
                                    "numbers in a series of its own (%2), so no number is used twice.")
                                     .arg(example.value(), m_seriesLetter));
    }
}

void PracticeProfileForm::setNumberSeries(const QString& letter)
{
    m_seriesLetter = letter;
    updateNumberPreview();
}

void PracticeProfileForm::focusIdleLock()
{
    m_lockMinutes->setFocus(Qt::OtherFocusReason);
}

void PracticeProfileForm::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        m_name->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace clientele::ui
