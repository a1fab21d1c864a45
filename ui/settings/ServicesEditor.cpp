#include "ui/settings/ServicesEditor.h"

#include <algorithm>
#include <optional>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/domain/ClinicalCodes.h"
#include "core/store/Reminders.h"
#include "core/text/MoneyText.h"
#include "ui/EmptyStatePage.h"
#include "ui/settings/DurationInput.h"
#include "ui/settings/FieldErrorLabel.h"

namespace clientele::ui {

using domain::Deposit;
using domain::Money;
using domain::ReminderRule;
using domain::Service;
using domain::ServicePackage;

namespace {

constexpr int kDefaultDurationMinutes = 60;
constexpr int kDefaultReminderMinutes = 24 * 60;

// A time of day as the user's locale writes it, hours and minutes ("8:00 AM", "08:00").
QString clockTime(const QLocale& locale, const QTime& time)
{
    return locale.language() == QLocale::C ? time.toString(QStringLiteral("HH:mm"))
                                           : locale.toString(time, QLocale::ShortFormat);
}
constexpr int kFormMaxWidth = 640;
constexpr int kSideBySideMinWidth = 860;
// What the place of service shows for a service without coding: an office visit, the common case.
const QString kDefaultPlaceOfService = QStringLiteral("11");

enum Column
{
    NameColumn,
    LengthColumn,
    PriceColumn,
};

QString lengthText(int minutes)
{
    if (minutes > 0 && minutes % 60 == 0) {
        return ServicesEditor::tr("%n h", nullptr, minutes / 60);
    }
    if (minutes > 60) {
        return ServicesEditor::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    return ServicesEditor::tr("%n min", nullptr, minutes);
}

bool sameService(const Service& a, const Service& b)
{
    return a.id() == b.id() && a.name() == b.name() && a.durationMinutes() == b.durationMinutes()
        && a.bufferBeforeMinutes() == b.bufferBeforeMinutes() && a.bufferAfterMinutes() == b.bufferAfterMinutes()
        && a.price() == b.price() && a.deposit() == b.deposit()
        && a.requiredContractTemplateId() == b.requiredContractTemplateId()
        && a.requiredQuestionnaireTemplateId() == b.requiredQuestionnaireTemplateId()
        && a.reminderPlan() == b.reminderPlan() && a.hasVideoMeeting() == b.hasVideoMeeting()
        && a.isActive() == b.isActive() && a.procedureCoding() == b.procedureCoding();
}

bool samePackage(const ServicePackage& a, const ServicePackage& b)
{
    return a.id() == b.id() && a.serviceId() == b.serviceId() && a.sessions() == b.sessions() && a.price() == b.price()
        && a.validityDays() == b.validityDays();
}

// The form field a refusal belongs to, from the domain's detail text or our own parse keys.
QString fieldForDetail(const QString& detail)
{
    // The procedure coding's keys first: "code.bad-place-of-service" is not about the service's name.
    if (detail == u"code.bad-procedure") {
        return QStringLiteral("procedureCode");
    }
    if (detail == u"code.bad-modifier" || detail == u"coding.too-many-modifiers") {
        return QStringLiteral("modifiers");
    }
    if (detail == u"code.bad-place-of-service" || detail == u"coding.needs-place-of-service") {
        return QStringLiteral("placeOfService");
    }
    if (detail == u"coding.bad-units") {
        return QStringLiteral("units");
    }
    if (detail.contains(u"name")) {
        return QStringLiteral("name");
    }
    if (detail.contains(u"duration")) {
        return QStringLiteral("duration");
    }
    if (detail.contains(u"buffer")) {
        return QStringLiteral("buffers");
    }
    if (detail.contains(u"deposit")) {
        return QStringLiteral("deposit");
    }
    if (detail.contains(u"price")) {
        return QStringLiteral("price");
    }
    if (detail.contains(u"reminder")) {
        return QStringLiteral("reminders");
    }
    if (detail.contains(u"package")) {
        return QStringLiteral("packages");
    }
    return QStringLiteral("general");
}

} // namespace

struct ServicesEditor::Draft
{
    struct Reminder
    {
        int minutes = 0;
        int channel = 0;
        friend bool operator==(const Reminder&, const Reminder&) = default;
    };
    struct Package
    {
        QUuid id;
        int sessions = 1;
        QString priceText;
        int validityDays = 0; // 0: no limit
        friend bool operator==(const Package&, const Package&) = default;
    };

    QString name;
    int duration = kDefaultDurationMinutes;
    int bufferBefore = 0;
    int bufferAfter = 0;
    QString priceText;
    int depositKind = int(Deposit::Kind::None);
    double depositPercent = 0;
    QString depositAmountText;
    bool video = false;
    bool active = true;
    QString procedureCode;
    QString modifiersText;
    QString placeOfService = kDefaultPlaceOfService;
    int units = 1;
    QList<Reminder> reminders;
    QList<Package> packages;

    friend bool operator==(const Draft&, const Draft&) = default;
};

struct ServicesEditor::Entry
{
    Service saved;
    QList<ServicePackage> savedPackages;
    Draft savedDraft; // what the form shows for `saved`: the draft differs from it when edited
    Draft draft;
    bool isNew = false;

    bool isModified() const { return isNew || !(draft == savedDraft); }
};

struct ServicesEditor::ReminderRow
{
    QWidget* row = nullptr;
    QComboBox* channel = nullptr;
    DurationInput* offset = nullptr;
};

struct ServicesEditor::PackageRow
{
    QWidget* row = nullptr;
    QUuid id;
    QSpinBox* sessions = nullptr;
    QLineEdit* price = nullptr;
    QSpinBox* validity = nullptr;
};

ServicesEditor::ServicesEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("servicesEditor"));
    setAccessibleName(tr("Services"));
    m_confirmRemove = [this](const QString& name) {
        return QMessageBox::question(this, tr("Remove Service"),
                   tr("Remove the service “%1”? Bookings already made keep their details.").arg(name),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    buildUi();
    updateStack();
}

ServicesEditor::~ServicesEditor() = default;

void ServicesEditor::buildUi()
{
    m_stack = new QStackedWidget(this);

    // Empty state: what will appear here, and the action that makes it appear.
    auto* emptyPage = new QWidget(m_stack);
    emptyPage->setObjectName(QStringLiteral("serviceEmptyState"));
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    auto* empty = new EmptyStatePage(QStringLiteral(":/icons/sections/bookings.svg"), tr("No services yet"),
        tr("Add what you offer, with its length, price and deposit."), emptyPage);
    auto* emptyAdd = new QPushButton(tr("&Add a Service"), emptyPage);
    emptyAdd->setObjectName(QStringLiteral("serviceEmptyAddButton"));
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(empty);
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);
    connect(emptyAdd, &QPushButton::clicked, this, &ServicesEditor::addService);

    auto* splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("servicesSplitter"));
    splitter->setChildrenCollapsible(false);

    auto* master = new QWidget(splitter);
    auto* masterLayout = new QVBoxLayout(master);
    masterLayout->setContentsMargins(16, 0, 8, 12);
    masterLayout->setSpacing(8);
    m_list = new QTreeWidget(master);
    m_list->setObjectName(QStringLiteral("serviceList"));
    m_list->setAccessibleName(tr("Services"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Service"), tr("Length"), tr("Price")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(LengthColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(PriceColumn, QHeaderView::ResizeToContents);
    auto* listButtons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add"), master);
    m_addButton->setObjectName(QStringLiteral("serviceAddButton"));
    m_addButton->setAccessibleName(tr("Add service"));
    m_addButton->setToolTip(tr("Add a service (Ctrl+N)"));
    m_removeButton = new QPushButton(tr("Remo&ve"), master);
    m_removeButton->setObjectName(QStringLiteral("serviceRemoveButton"));
    m_removeButton->setAccessibleName(tr("Remove service"));
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    masterLayout->addWidget(m_list, 1);
    masterLayout->addLayout(listButtons);

    auto* detail = buildDetail();
    splitter->addWidget(master);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ServicesEditor::currentRowChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ServicesEditor::addService);
    connect(m_removeButton, &QPushButton::clicked, this, &ServicesEditor::removeCurrentService);
    auto* addShortcut = new QShortcut(QKeySequence::New, this);
    addShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addShortcut, &QShortcut::activated, this, &ServicesEditor::addService);
    auto* removeShortcut = new QShortcut(QKeySequence::Delete, m_list);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &ServicesEditor::removeCurrentService);
    auto* cancel = new QShortcut(QKeySequence::Cancel, m_detail);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, &ServicesEditor::revertCurrent);
}

QWidget* ServicesEditor::buildDetail()
{
    m_detail = new QWidget;
    m_detail->setObjectName(QStringLiteral("serviceDetail"));
    auto* content = new QWidget;
    content->setMaximumWidth(kFormMaxWidth);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 0, 16, 16);
    m_detailTitle = new QLabel(content);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    contentLayout->addWidget(m_detailTitle);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(12);
    contentLayout->addLayout(form);
    contentLayout->addStretch(1);

    const auto addRow = [this, form, content](
                            const QString& label, QWidget* field, QWidget* buddy, const QString& errorKey) {
        auto* labelWidget = new QLabel(label, content);
        labelWidget->setBuddy(buddy);
        buddy->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        if (errorKey.isEmpty()) {
            form->addRow(labelWidget, field);
            return;
        }
        auto* error = new FieldErrorLabel(buddy, content);
        error->setObjectName(QStringLiteral("service%1ErrorLabel").arg(errorKey.at(0).toUpper() + errorKey.mid(1)));
        m_errors.insert(errorKey, error);
        form->addRow(labelWidget, FieldErrorLabel::wrap(field, error, content));
    };
    const auto row = [content](std::initializer_list<QWidget*> widgets) {
        auto* box = new QWidget(content);
        auto* layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(8);
        for (QWidget* widget : widgets) {
            widget->setParent(box);
            layout->addWidget(widget);
        }
        layout->addStretch(1);
        return box;
    };

    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("serviceNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Portrait session"));
    addRow(tr("&Name:"), m_name, m_name, QStringLiteral("name"));

    m_duration = new QSpinBox(content);
    m_duration->setObjectName(QStringLiteral("serviceDurationSpin"));
    m_duration->setRange(1, Service::kMaxDurationMinutes);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setAlignment(Qt::AlignRight);
    addRow(tr("&Length:"), row({m_duration}), m_duration, QStringLiteral("duration"));

    m_bufferBefore = new QSpinBox;
    m_bufferBefore->setObjectName(QStringLiteral("serviceBufferBeforeSpin"));
    m_bufferAfter = new QSpinBox;
    m_bufferAfter->setObjectName(QStringLiteral("serviceBufferAfterSpin"));
    for (QSpinBox* spin : {m_bufferBefore, m_bufferAfter}) {
        spin->setRange(0, Service::kMaxBufferMinutes);
        spin->setSingleStep(5);
        spin->setSuffix(tr(" min"));
        spin->setAlignment(Qt::AlignRight);
    }
    auto* beforeLabel = new QLabel(tr("before,"));
    auto* afterLabel = new QLabel(tr("after"));
    addRow(tr("Keep &free:"), row({m_bufferBefore, beforeLabel, m_bufferAfter, afterLabel}), m_bufferBefore,
        QStringLiteral("buffers"));
    m_bufferAfter->setAccessibleName(tr("Keep free after"));
    m_bufferBefore->setAccessibleName(tr("Keep free before"));

    m_price = new QLineEdit;
    m_price->setObjectName(QStringLiteral("servicePriceEdit"));
    m_price->setAlignment(Qt::AlignRight);
    m_price->setMaximumWidth(m_price->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16);
    m_priceCurrency = new QLabel;
    addRow(tr("&Price:"), row({m_price, m_priceCurrency}), m_price, QStringLiteral("price"));

    m_depositKind = new QComboBox;
    m_depositKind->setObjectName(QStringLiteral("serviceDepositCombo"));
    m_depositKind->addItem(tr("No deposit"), int(Deposit::Kind::None));
    m_depositKind->addItem(tr("Share of the price"), int(Deposit::Kind::Percentage));
    m_depositKind->addItem(tr("Fixed amount"), int(Deposit::Kind::Fixed));
    m_depositPercent = new QDoubleSpinBox;
    m_depositPercent->setObjectName(QStringLiteral("serviceDepositPercentSpin"));
    m_depositPercent->setRange(0, 100);
    m_depositPercent->setDecimals(2);
    m_depositPercent->setSuffix(tr(" %"));
    m_depositPercent->setAlignment(Qt::AlignRight);
    m_depositPercent->setAccessibleName(tr("Deposit percentage"));
    m_depositAmount = new QLineEdit;
    m_depositAmount->setObjectName(QStringLiteral("serviceDepositAmountEdit"));
    m_depositAmount->setAlignment(Qt::AlignRight);
    m_depositAmount->setMaximumWidth(m_price->maximumWidth());
    m_depositAmount->setAccessibleName(tr("Deposit amount"));
    m_depositCurrency = new QLabel;
    addRow(tr("&Deposit:"), row({m_depositKind, m_depositPercent, m_depositAmount, m_depositCurrency}), m_depositKind,
        QStringLiteral("deposit"));

    m_video = new QCheckBox(tr("Create a &video meeting link"), content);
    m_video->setObjectName(QStringLiteral("serviceVideoCheck"));
    form->addRow(QString(), m_video);
    m_active = new QCheckBox(tr("Offered for &booking"), content);
    m_active->setObjectName(QStringLiteral("serviceActiveCheck"));
    m_active->setToolTip(tr("Inactive services stay on past bookings and invoices but cannot be booked."));
    form->addRow(QString(), m_active);

    m_remindersBox = new QWidget(content);
    m_remindersBox->setObjectName(QStringLiteral("serviceReminders"));
    m_remindersLayout = new QVBoxLayout(m_remindersBox);
    m_remindersLayout->setContentsMargins(0, 0, 0, 0);
    m_remindersLayout->setSpacing(4);
    m_addReminder = new QPushButton(tr("Add &Reminder"), m_remindersBox);
    m_addReminder->setObjectName(QStringLiteral("serviceAddReminderButton"));
    m_remindersLayout->addWidget(m_addReminder, 0, Qt::AlignLeft);
    addRow(tr("Re&minders:"), m_remindersBox, m_addReminder, QStringLiteral("reminders"));
    m_addReminder->setAccessibleName(tr("Add reminder"));
    // When reminders go out, so nobody wonders why a text came at 08:00 or not at all.
    const ReminderPolicy policy;
    const QLocale locale;
    auto* reminderPolicy = new QLabel(
        tr("Reminders go out between %1 and %2 in the session's time zone: texts to clients who agreed to them, "
           "emails from the computer set up to send email (Settings → Email). A reminder whose moment passed more "
           "than %n hour(s) ago, because this computer was off or offline, is skipped rather than sent late, and one "
           "still waiting is withdrawn when its session is cancelled or moved.",
            nullptr, int(std::chrono::duration_cast<std::chrono::hours>(policy.lateGrace).count()))
            .arg(clockTime(locale, policy.quietEnd), clockTime(locale, policy.quietStart)),
        content);
    reminderPolicy->setObjectName(QStringLiteral("serviceReminderPolicyLabel"));
    reminderPolicy->setWordWrap(true);
    reminderPolicy->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), reminderPolicy);

    m_packagesBox = new QWidget(content);
    m_packagesBox->setObjectName(QStringLiteral("servicePackages"));
    m_packagesLayout = new QVBoxLayout(m_packagesBox);
    m_packagesLayout->setContentsMargins(0, 0, 0, 0);
    m_packagesLayout->setSpacing(4);
    m_addPackage = new QPushButton(tr("Add Pa&ckage"), m_packagesBox);
    m_addPackage->setObjectName(QStringLiteral("serviceAddPackageButton"));
    m_addPackage->setToolTip(tr("Sell several sessions together, e.g. 10 sessions for a lower price"));
    m_packagesLayout->addWidget(m_addPackage, 0, Qt::AlignLeft);
    addRow(tr("Pac&kages:"), m_packagesBox, m_addPackage, QStringLiteral("packages"));
    m_addPackage->setAccessibleName(tr("Add package"));

    // Insurance billing: what a superbill prints for each session of this service.
    auto* codingHint = new QLabel(
        tr("For superbills to US health insurers. Leave the procedure code empty if you don't bill insurance."),
        content);
    codingHint->setWordWrap(true);
    codingHint->setForegroundRole(QPalette::PlaceholderText);
    auto* codingTitle = new QLabel(tr("Insurance billing"), content);
    QFont codingFont = codingTitle->font();
    codingFont.setWeight(QFont::DemiBold);
    codingTitle->setFont(codingFont);
    codingTitle->setContentsMargins(0, 8, 0, 0);
    form->addRow(codingTitle);
    form->addRow(codingHint);
    const int codeWidth = m_price->maximumWidth();
    m_procedureCode = new QLineEdit(content);
    m_procedureCode->setObjectName(QStringLiteral("serviceProcedureCodeEdit"));
    m_procedureCode->setPlaceholderText(tr("e.g. 90837"));
    m_procedureCode->setMaximumWidth(codeWidth);
    m_procedureCode->setToolTip(tr("The CPT or HCPCS code of the service"));
    addRow(tr("CPT/HCPCS c&ode:"), m_procedureCode, m_procedureCode, QStringLiteral("procedureCode"));
    m_modifiers = new QLineEdit(content);
    m_modifiers->setObjectName(QStringLiteral("serviceModifiersEdit"));
    m_modifiers->setPlaceholderText(tr("e.g. 95, HO — up to four"));
    m_modifiers->setMaximumWidth(codeWidth);
    addRow(tr("Mod&ifiers:"), m_modifiers, m_modifiers, QStringLiteral("modifiers"));
    m_placeOfService = new QComboBox(content);
    m_placeOfService->setObjectName(QStringLiteral("servicePlaceOfServiceCombo"));
    m_placeOfService->setEditable(true);
    m_placeOfService->setInsertPolicy(QComboBox::NoInsert);
    m_placeOfService->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const QString& code : domain::commonPlacesOfService()) {
        m_placeOfService->addItem(tr("%1 – %2").arg(code, domain::placeOfServiceName(code)), code);
    }
    m_placeOfService->setToolTip(tr("Where the sessions take place, as a CMS place-of-service code; type another "
                                    "code if yours is not listed"));
    addRow(tr("Plac&e of service:"), row({m_placeOfService}), m_placeOfService, QStringLiteral("placeOfService"));
    m_units = new QSpinBox;
    m_units->setObjectName(QStringLiteral("serviceUnitsSpin"));
    m_units->setRange(1, domain::ProcedureCoding::kMaxUnits);
    m_units->setAlignment(Qt::AlignRight);
    m_units->setToolTip(tr("How many units of the code one session counts for"));
    addRow(tr("&Units per session:"), row({m_units}), m_units, QStringLiteral("units"));

    auto* scroll = new QScrollArea(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* buttonBar = new QHBoxLayout;
    buttonBar->setContentsMargins(16, 8, 16, 12);
    auto* general = new FieldErrorLabel(nullptr, m_detail);
    general->setObjectName(QStringLiteral("serviceGeneralErrorLabel"));
    m_errors.insert(QStringLiteral("general"), general);
    m_revertButton = new QPushButton(tr("&Revert"), m_detail);
    m_revertButton->setObjectName(QStringLiteral("serviceRevertButton"));
    m_revertButton->setToolTip(tr("Discard changes to this service (Esc)"));
    m_saveButton = new QPushButton(tr("&Save"), m_detail);
    m_saveButton->setObjectName(QStringLiteral("serviceSaveButton"));
    m_saveButton->setToolTip(tr("Save this service (Enter)"));
    buttonBar->addWidget(general, 1);
    buttonBar->addStretch(0);
    buttonBar->addWidget(m_revertButton);
    buttonBar->addWidget(m_saveButton);

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(0);
    detailLayout->addWidget(scroll, 1);
    detailLayout->addLayout(buttonBar);

    connect(m_name, &QLineEdit::textEdited, this, &ServicesEditor::formEdited);
    for (QLineEdit* line : {m_name, m_price, m_depositAmount}) {
        connect(line, &QLineEdit::returnPressed, this, &ServicesEditor::saveCurrent);
    }
    connect(m_price, &QLineEdit::textEdited, this, &ServicesEditor::formEdited);
    for (QLineEdit* line : {m_procedureCode, m_modifiers}) {
        connect(line, &QLineEdit::textEdited, this, &ServicesEditor::formEdited);
        connect(line, &QLineEdit::returnPressed, this, &ServicesEditor::saveCurrent);
    }
    connect(m_placeOfService, &QComboBox::currentIndexChanged, this, &ServicesEditor::formEdited);
    connect(m_placeOfService, &QComboBox::editTextChanged, this, &ServicesEditor::formEdited);
    connect(m_units, &QSpinBox::valueChanged, this, &ServicesEditor::formEdited);
    connect(m_depositAmount, &QLineEdit::textEdited, this, &ServicesEditor::formEdited);
    for (QSpinBox* spin : {m_duration, m_bufferBefore, m_bufferAfter}) {
        connect(spin, &QSpinBox::valueChanged, this, &ServicesEditor::formEdited);
    }
    connect(m_depositPercent, &QDoubleSpinBox::valueChanged, this, &ServicesEditor::formEdited);
    connect(m_depositKind, &QComboBox::currentIndexChanged, this, &ServicesEditor::formEdited);
    connect(m_video, &QCheckBox::toggled, this, &ServicesEditor::formEdited);
    connect(m_active, &QCheckBox::toggled, this, &ServicesEditor::formEdited);
    connect(m_addReminder, &QPushButton::clicked, this, [this] {
        addReminderRow(kDefaultReminderMinutes, int(ReminderRule::Channel::Email));
        m_reminderRows.back().offset->setFocus();
        formEdited();
    });
    connect(m_addPackage, &QPushButton::clicked, this, [this] {
        addPackageRow({}, 10, QString(), 0);
        m_packageRows.back().sessions->setFocus();
        formEdited();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ServicesEditor::saveCurrent);
    connect(m_revertButton, &QPushButton::clicked, this, &ServicesEditor::revertCurrent);
    return m_detail;
}

void ServicesEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Side by side when there is room; the list above the form in a narrow window (200 % scale).
    const Qt::Orientation wanted = width() < kSideBySideMinWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        const int total = wanted == Qt::Vertical ? height() : width();
        m_splitter->setSizes({total * 2 / 5, total * 3 / 5});
    }
}

void ServicesEditor::addReminderRow(int minutes, int channel)
{
    ReminderRow row;
    row.row = new QWidget(m_remindersBox);
    auto* layout = new QHBoxLayout(row.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    row.offset = new DurationInput(row.row);
    row.offset->setObjectName(QStringLiteral("reminderOffsetInput"));
    row.offset->setMaximumMinutes(Service::kMaxReminderOffsetMinutes);
    row.offset->setMinutes(minutes);
    row.offset->amountSpinBox()->setAccessibleName(tr("Reminder time before the session"));
    auto* before = new QLabel(tr("before, by"), row.row);
    row.channel = new QComboBox(row.row);
    row.channel->setObjectName(QStringLiteral("reminderChannelCombo"));
    row.channel->setAccessibleName(tr("Reminder channel"));
    row.channel->addItem(tr("email"), int(ReminderRule::Channel::Email));
    row.channel->addItem(tr("SMS"), int(ReminderRule::Channel::Sms));
    row.channel->setCurrentIndex(std::max(0, row.channel->findData(channel)));
    auto* remove = new QToolButton(row.row);
    remove->setObjectName(QStringLiteral("reminderRemoveButton"));
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove reminder"));
    layout->addWidget(row.offset);
    layout->addWidget(before);
    layout->addWidget(row.channel);
    layout->addWidget(remove);
    layout->addStretch(1);
    m_remindersLayout->insertWidget(m_remindersLayout->count() - 1, row.row);
    connect(row.offset, &DurationInput::minutesChanged, this, &ServicesEditor::formEdited);
    connect(row.channel, &QComboBox::currentIndexChanged, this, &ServicesEditor::formEdited);
    QWidget* rowWidget = row.row;
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] {
        const auto found = std::find_if(m_reminderRows.begin(), m_reminderRows.end(),
            [rowWidget](const ReminderRow& r) { return r.row == rowWidget; });
        if (found != m_reminderRows.end()) {
            m_reminderRows.erase(found);
            rowWidget->hide();
            rowWidget->setParent(nullptr); // detached now, deleted later
            rowWidget->deleteLater();
            m_addReminder->setFocus();
            formEdited();
        }
    });
    m_reminderRows.push_back(row);
}

void ServicesEditor::addPackageRow(const QUuid& id, int sessions, const QString& priceText, int validityDays)
{
    PackageRow row;
    row.id = id;
    row.row = new QWidget(m_packagesBox);
    auto* layout = new QHBoxLayout(row.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    row.sessions = new QSpinBox(row.row);
    row.sessions->setObjectName(QStringLiteral("packageSessionsSpin"));
    row.sessions->setRange(1, ServicePackage::kMaxSessions);
    row.sessions->setValue(sessions);
    row.sessions->setSuffix(tr(" sessions"));
    row.sessions->setAlignment(Qt::AlignRight);
    row.sessions->setAccessibleName(tr("Sessions in the package"));
    auto* forLabel = new QLabel(tr("for"), row.row);
    row.price = new QLineEdit(priceText, row.row);
    row.price->setObjectName(QStringLiteral("packagePriceEdit"));
    row.price->setAlignment(Qt::AlignRight);
    row.price->setMaximumWidth(m_price->maximumWidth());
    row.price->setAccessibleName(tr("Package price"));
    row.price->setPlaceholderText(amountText(Money::zero(m_currency)));
    auto* currency = new QLabel(m_currency.code(), row.row);
    row.validity = new QSpinBox(row.row);
    row.validity->setObjectName(QStringLiteral("packageValiditySpin"));
    row.validity->setRange(0, ServicePackage::kMaxValidityDays);
    row.validity->setSpecialValueText(tr("never expire"));
    row.validity->setPrefix(tr("valid "));
    row.validity->setSuffix(tr(" days"));
    row.validity->setValue(validityDays);
    row.validity->setAccessibleName(tr("Days the package is valid, 0 for no limit"));
    auto* remove = new QToolButton(row.row);
    remove->setObjectName(QStringLiteral("packageRemoveButton"));
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove package"));
    layout->addWidget(row.sessions);
    layout->addWidget(forLabel);
    layout->addWidget(row.price);
    layout->addWidget(currency);
    layout->addWidget(row.validity);
    layout->addWidget(remove);
    layout->addStretch(1);
    m_packagesLayout->insertWidget(m_packagesLayout->count() - 1, row.row);
    connect(row.sessions, &QSpinBox::valueChanged, this, &ServicesEditor::formEdited);
    connect(row.validity, &QSpinBox::valueChanged, this, &ServicesEditor::formEdited);
    connect(row.price, &QLineEdit::textEdited, this, &ServicesEditor::formEdited);
    connect(row.price, &QLineEdit::returnPressed, this, &ServicesEditor::saveCurrent);
    QWidget* rowWidget = row.row;
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] {
        const auto found = std::find_if(m_packageRows.begin(), m_packageRows.end(),
            [rowWidget](const PackageRow& r) { return r.row == rowWidget; });
        if (found != m_packageRows.end()) {
            m_packageRows.erase(found);
            rowWidget->hide();
            rowWidget->setParent(nullptr); // detached now, deleted later
            rowWidget->deleteLater();
            m_addPackage->setFocus();
            formEdited();
        }
    });
    m_packageRows.push_back(row);
}

void ServicesEditor::clearRows()
{
    for (const ReminderRow& row : m_reminderRows) {
        row.row->hide();
        row.row->setParent(nullptr); // detached now, deleted later
        row.row->deleteLater();
    }
    m_reminderRows.clear();
    for (const PackageRow& row : m_packageRows) {
        row.row->hide();
        row.row->setParent(nullptr); // detached now, deleted later
        row.row->deleteLater();
    }
    m_packageRows.clear();
}

QString ServicesEditor::amountText(const Money& money) const
{
    // The amount as typed in this locale, without symbol: "1.234,50" in German.
    const QString plain = money.toDecimalString();
    const bool negative = plain.startsWith(u'-');
    const QString digits = negative ? plain.mid(1) : plain;
    const QString whole = digits.section(u'.', 0, 0);
    const QString fraction = digits.section(u'.', 1);
    QString text = locale().toString(whole.toLongLong());
    if (!fraction.isEmpty()) {
        text += locale().decimalPoint() + fraction;
    }
    return negative ? locale().negativeSign() + text : text;
}

QString ServicesEditor::placeOfServiceCode() const
{
    const QString text = m_placeOfService->currentText().trimmed();
    const int index = m_placeOfService->currentIndex();
    if (index >= 0 && m_placeOfService->itemText(index) == text) {
        return m_placeOfService->itemData(index).toString();
    }
    const int byText = m_placeOfService->findText(text, Qt::MatchFixedString);
    if (byText >= 0) {
        return m_placeOfService->itemData(byText).toString();
    }
    // Typed: "22", or "22 – On campus…" pasted; the code is what comes first.
    return text.section(QRegularExpression(QStringLiteral("[\\s–-]")), 0, 0, QString::SectionSkipEmpty);
}

QUuid ServicesEditor::newId() const
{
    return m_idFactory ? m_idFactory() : QUuid();
}

ServicesEditor::Draft ServicesEditor::draftFrom(const Service& service, const QList<ServicePackage>& packages) const
{
    Draft draft;
    draft.name = service.name();
    draft.duration = service.durationMinutes();
    draft.bufferBefore = service.bufferBeforeMinutes();
    draft.bufferAfter = service.bufferAfterMinutes();
    draft.priceText = amountText(service.price().currency().isValid() ? service.price() : Money::zero(m_currency));
    draft.depositKind = int(service.deposit().kind());
    if (service.deposit().kind() == Deposit::Kind::Percentage) {
        draft.depositPercent = double(service.deposit().ratePpm()) / 10'000.0;
    }
    if (service.deposit().kind() == Deposit::Kind::Fixed) {
        draft.depositAmountText = amountText(service.deposit().amount());
    }
    draft.video = service.hasVideoMeeting();
    draft.active = service.isActive();
    const domain::ProcedureCoding& coding = service.procedureCoding();
    if (!coding.isEmpty()) {
        draft.procedureCode = coding.code;
        draft.modifiersText = coding.modifiers.join(QStringLiteral(", "));
        draft.placeOfService = coding.placeOfService;
        draft.units = coding.units;
    }
    for (const ReminderRule& rule : service.reminderPlan()) {
        draft.reminders.append({rule.offsetMinutes, int(rule.channel)});
    }
    for (const ServicePackage& package : packages) {
        draft.packages.append(
            {package.id(), package.sessions(), amountText(package.price()), package.validityDays().value_or(0)});
    }
    return draft;
}

void ServicesEditor::setServices(const QList<Service>& services, const domain::Currency& practiceCurrency)
{
    const QUuid selected = currentServiceId();
    m_currency = practiceCurrency;
    // Services not yet saved stay; everything else is what the store says now.
    std::vector<Entry> kept;
    for (Entry& entry : m_entries) {
        if (entry.isNew) {
            kept.push_back(std::move(entry));
        }
    }
    m_entries.clear();
    for (const Service& service : services) {
        Entry entry;
        entry.saved = service;
        for (const ServicePackage& package : std::as_const(m_packages)) {
            if (package.serviceId() == service.id()) {
                entry.savedPackages.append(package);
            }
        }
        entry.savedDraft = draftFrom(service, entry.savedPackages);
        entry.draft = entry.savedDraft;
        m_entries.push_back(std::move(entry));
    }
    for (Entry& entry : kept) {
        m_entries.push_back(std::move(entry));
    }
    m_priceCurrency->setText(m_currency.code());
    m_depositCurrency->setText(m_currency.code());
    rebuildList();
    selectService(selected);
    if (m_current < 0 && !m_entries.empty()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateStack();
}

void ServicesEditor::setPackages(const QList<ServicePackage>& packages)
{
    m_packages = packages;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        Entry& entry = m_entries.at(i);
        entry.savedPackages.clear();
        for (const ServicePackage& package : packages) {
            if (package.serviceId() == entry.saved.id() && !entry.saved.id().isNull()) {
                entry.savedPackages.append(package);
            }
        }
        const bool modified = entry.isModified();
        entry.savedDraft = draftFrom(entry.saved, entry.savedPackages);
        if (!modified) {
            entry.draft = entry.savedDraft;
        } else {
            entry.draft.packages = entry.savedDraft.packages;
        }
    }
    if (m_current >= 0) {
        showEntry(m_current);
    }
}

void ServicesEditor::setIdFactory(IdFactory factory)
{
    m_idFactory = std::move(factory);
}

void ServicesEditor::setRemoveConfirmation(RemoveConfirmation confirm)
{
    m_confirmRemove = std::move(confirm);
}

QUuid ServicesEditor::currentServiceId() const
{
    return m_current >= 0 ? m_entries.at(std::size_t(m_current)).saved.id() : QUuid();
}

void ServicesEditor::selectService(const QUuid& id)
{
    if (id.isNull()) {
        return;
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).saved.id() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(int(i)));
            return;
        }
    }
}

QString ServicesEditor::fieldError(const QString& field) const
{
    const FieldErrorLabel* label = m_errors.value(field);
    return label ? label->text() : QString();
}

void ServicesEditor::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_current = -1;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setTextAlignment(LengthColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(PriceColumn, Qt::AlignRight | Qt::AlignVCenter);
        updateListRow(int(i));
    }
}

void ServicesEditor::updateListRow(int row)
{
    QTreeWidgetItem* item = m_list->topLevelItem(row);
    if (!item) {
        return;
    }
    const Entry& entry = m_entries.at(std::size_t(row));
    const Draft& draft = entry.draft;
    QString name = draft.name.trimmed().isEmpty() ? tr("New service") : draft.name.trimmed();
    if (entry.isModified()) {
        name = tr("%1 (not saved)").arg(name);
    }
    if (!draft.active) {
        name = tr("%1 (inactive)").arg(name);
    }
    item->setText(NameColumn, name);
    item->setText(LengthColumn, lengthText(draft.duration));
    const Result<Money> price = Money::parse(draft.priceText, m_currency, locale());
    item->setText(PriceColumn, price ? moneyText(price.value(), locale()) : draft.priceText);
    QFont font = m_list->font();
    font.setItalic(entry.isModified());
    item->setFont(NameColumn, font);
    item->setToolTip(NameColumn, entry.isModified() ? tr("Changes not saved yet") : QString());
}

void ServicesEditor::updateStack()
{
    m_stack->setCurrentIndex(m_entries.empty() ? 0 : 1);
    m_detail->setEnabled(m_current >= 0);
    updateButtons();
}

void ServicesEditor::currentRowChanged()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_current = row;
    showEntry(row);
    updateStack();
}

void ServicesEditor::showEntry(int row)
{
    clearErrors();
    if (row < 0 || row >= int(m_entries.size())) {
        m_detailTitle->clear();
        writeForm(Draft {});
        return;
    }
    writeForm(m_entries.at(std::size_t(row)).draft);
}

void ServicesEditor::writeForm(const Draft& draft)
{
    m_loading = true;
    m_name->setText(draft.name);
    m_duration->setValue(draft.duration);
    m_bufferBefore->setValue(draft.bufferBefore);
    m_bufferAfter->setValue(draft.bufferAfter);
    m_price->setText(draft.priceText);
    m_depositKind->setCurrentIndex(std::max(0, m_depositKind->findData(draft.depositKind)));
    m_depositPercent->setValue(draft.depositPercent);
    m_depositAmount->setText(draft.depositAmountText);
    m_video->setChecked(draft.video);
    m_active->setChecked(draft.active);
    m_procedureCode->setText(draft.procedureCode);
    m_modifiers->setText(draft.modifiersText);
    const int place = m_placeOfService->findData(draft.placeOfService);
    if (place >= 0) {
        m_placeOfService->setCurrentIndex(place);
    } else {
        m_placeOfService->setCurrentIndex(-1);
        m_placeOfService->setEditText(draft.placeOfService);
    }
    m_units->setValue(draft.units);
    clearRows();
    for (const Draft::Reminder& reminder : draft.reminders) {
        addReminderRow(reminder.minutes, reminder.channel);
    }
    for (const Draft::Package& package : draft.packages) {
        addPackageRow(package.id, package.sessions, package.priceText, package.validityDays);
    }
    m_loading = false;
    const auto kind = Deposit::Kind(draft.depositKind);
    m_depositPercent->setVisible(kind == Deposit::Kind::Percentage);
    m_depositAmount->setVisible(kind == Deposit::Kind::Fixed);
    m_depositCurrency->setVisible(kind == Deposit::Kind::Fixed);
    m_detailTitle->setText(draft.name.trimmed().isEmpty() ? tr("New service") : draft.name.trimmed());
}

ServicesEditor::Draft ServicesEditor::readForm() const
{
    Draft draft;
    draft.name = m_name->text();
    draft.duration = m_duration->value();
    draft.bufferBefore = m_bufferBefore->value();
    draft.bufferAfter = m_bufferAfter->value();
    draft.priceText = m_price->text();
    draft.depositKind = m_depositKind->currentData().toInt();
    draft.depositPercent = m_depositPercent->value();
    draft.depositAmountText = m_depositAmount->text();
    draft.video = m_video->isChecked();
    draft.active = m_active->isChecked();
    draft.procedureCode = m_procedureCode->text();
    draft.modifiersText = m_modifiers->text();
    draft.placeOfService = placeOfServiceCode();
    draft.units = m_units->value();
    for (const ReminderRow& row : m_reminderRows) {
        draft.reminders.append({row.offset->minutes(), row.channel->currentData().toInt()});
    }
    for (const PackageRow& row : m_packageRows) {
        draft.packages.append({row.id, row.sessions->value(), row.price->text(), row.validity->value()});
    }
    return draft;
}

void ServicesEditor::formEdited()
{
    if (m_loading || m_current < 0) {
        return;
    }
    Entry& entry = m_entries.at(std::size_t(m_current));
    entry.draft = readForm();
    const auto kind = Deposit::Kind(entry.draft.depositKind);
    m_depositPercent->setVisible(kind == Deposit::Kind::Percentage);
    m_depositAmount->setVisible(kind == Deposit::Kind::Fixed);
    m_depositCurrency->setVisible(kind == Deposit::Kind::Fixed);
    m_detailTitle->setText(entry.draft.name.trimmed().isEmpty() ? tr("New service") : entry.draft.name.trimmed());
    updateListRow(m_current);
    updateButtons();
}

void ServicesEditor::updateButtons()
{
    const bool hasCurrent = m_current >= 0;
    m_removeButton->setEnabled(hasCurrent);
    m_saveButton->setEnabled(hasCurrent);
    m_revertButton->setEnabled(hasCurrent && m_entries.at(std::size_t(m_current)).isModified());
}

void ServicesEditor::clearErrors()
{
    for (FieldErrorLabel* label : std::as_const(m_errors)) {
        label->clear();
    }
}

void ServicesEditor::showError(const QString& detail, const QString& message)
{
    FieldErrorLabel* label = m_errors.value(fieldForDetail(detail));
    if (!label) {
        label = m_errors.value(QStringLiteral("general"));
    }
    label->showError(message);
}

void ServicesEditor::addService()
{
    Entry entry;
    entry.isNew = true;
    entry.saved = Service(QUuid(), QString(), kDefaultDurationMinutes, Money::zero(m_currency));
    entry.savedDraft = draftFrom(entry.saved, {});
    entry.draft = entry.savedDraft;
    m_entries.push_back(std::move(entry));
    {
        const QSignalBlocker blocker(m_list);
        new QTreeWidgetItem(m_list);
    }
    updateListRow(int(m_entries.size()) - 1);
    m_stack->setCurrentIndex(1);
    m_list->setCurrentItem(m_list->topLevelItem(int(m_entries.size()) - 1));
    m_name->setFocus(Qt::OtherFocusReason);
}

void ServicesEditor::removeCurrentService()
{
    if (m_current < 0) {
        return;
    }
    const Entry& entry = m_entries.at(std::size_t(m_current));
    const QString name = entry.saved.name().isEmpty() ? entry.draft.name : entry.saved.name();
    if (!entry.isNew) {
        if (m_confirmRemove && !m_confirmRemove(name)) {
            return;
        }
        Q_EMIT removeRequested(entry.saved.id());
    }
    const int row = m_current;
    m_entries.erase(m_entries.begin() + row);
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeTopLevelItem(row);
        m_current = -1;
    }
    if (!m_entries.empty()) {
        const int next = std::min(row, int(m_entries.size()) - 1);
        m_list->setCurrentItem(m_list->topLevelItem(next));
        // While its signals were blocked the list may already have made that row current, and then
        // setCurrentItem() says nothing: show it here so the editor never sits with no service.
        if (m_current != next) {
            m_current = next;
            showEntry(next);
        }
    } else {
        showEntry(-1);
    }
    updateStack();
}

void ServicesEditor::saveCurrent()
{
    if (m_current < 0) {
        return;
    }
    clearErrors();
    Entry& entry = m_entries.at(std::size_t(m_current));
    entry.draft = readForm();
    const Draft& draft = entry.draft;

    Service service = entry.saved;
    if (service.id().isNull()) {
        service.setId(newId());
    }
    service.setName(draft.name.trimmed());
    service.setDurationMinutes(draft.duration);
    service.setBuffers(draft.bufferBefore, draft.bufferAfter);
    const Result<Money> price = Money::parse(draft.priceText.trimmed(), m_currency, locale());
    if (!price) {
        showError(QStringLiteral("price"), price.error().userMessage());
        m_price->setFocus(Qt::OtherFocusReason);
        return;
    }
    service.setPrice(price.value());
    switch (Deposit::Kind(draft.depositKind)) {
    case Deposit::Kind::None:
        service.setDeposit(Deposit::none());
        break;
    case Deposit::Kind::Percentage:
        service.setDeposit(Deposit::percentage(qRound64(draft.depositPercent * 10'000.0)));
        break;
    case Deposit::Kind::Fixed: {
        const Result<Money> amount = Money::parse(draft.depositAmountText.trimmed(), m_currency, locale());
        if (!amount) {
            showError(QStringLiteral("deposit"), amount.error().userMessage());
            m_depositAmount->setFocus(Qt::OtherFocusReason);
            return;
        }
        service.setDeposit(Deposit::fixed(amount.value()));
        break;
    }
    }
    QList<ReminderRule> plan;
    for (const Draft::Reminder& reminder : draft.reminders) {
        plan.append({reminder.minutes, ReminderRule::Channel(reminder.channel)});
    }
    service.setReminderPlan(plan);
    service.setVideoMeeting(draft.video);
    service.setActive(draft.active);

    // The coding is kept in its canonical spelling ("90837", "95", "02"), or not at all.
    QStringList modifiers;
    const QStringList typedModifiers =
        draft.modifiersText.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& modifier : typedModifiers) {
        modifiers << modifier.trimmed();
    }
    if (draft.procedureCode.trimmed().isEmpty()) {
        if (!modifiers.isEmpty()) {
            showError(QStringLiteral("code.bad-modifier"),
                tr("Modifiers belong to a procedure code. Enter the CPT or HCPCS code, or clear the modifiers."));
            m_procedureCode->setFocus(Qt::OtherFocusReason);
            return;
        }
        service.setProcedureCoding({});
    } else {
        const Result<domain::ProcedureCoding> coding = domain::ProcedureCoding::normalized(
            {draft.procedureCode.trimmed(), modifiers, draft.placeOfService.trimmed(), draft.units});
        if (!coding) {
            showError(coding.error().detail(), coding.error().userMessage());
            const QString field = fieldForDetail(coding.error().detail());
            QWidget* focus = field == u"modifiers" ? static_cast<QWidget*>(m_modifiers)
                : field == u"placeOfService"       ? static_cast<QWidget*>(m_placeOfService)
                : field == u"units"                ? static_cast<QWidget*>(m_units)
                                                   : static_cast<QWidget*>(m_procedureCode);
            focus->setFocus(Qt::OtherFocusReason);
            return;
        }
        service.setProcedureCoding(coding.value());
    }

    // The domain decides; a service the app will give an id to is checked as if it had one.
    Service checked = service;
    if (checked.id().isNull()) {
        checked.setId(QUuid::createUuid());
    }
    if (const Result<void> valid = checked.validate(); !valid) {
        showError(valid.error().detail(), valid.error().userMessage());
        return;
    }

    QList<ServicePackage> packages;
    for (std::size_t i = 0; i < m_packageRows.size(); ++i) {
        const Draft::Package& typed = draft.packages.at(qsizetype(i));
        const Result<Money> packagePrice = Money::parse(typed.priceText.trimmed(), m_currency, locale());
        if (!packagePrice) {
            showError(
                QStringLiteral("package"), tr("Package %1: %2").arg(i + 1).arg(packagePrice.error().userMessage()));
            m_packageRows.at(i).price->setFocus(Qt::OtherFocusReason);
            return;
        }
        const QUuid packageId = typed.id.isNull() ? newId() : typed.id;
        ServicePackage package(packageId, service.id(), typed.sessions, packagePrice.value(),
            typed.validityDays > 0 ? std::optional<int>(typed.validityDays) : std::nullopt);
        const ServicePackage packageChecked(packageId.isNull() ? QUuid::createUuid() : packageId,
            service.id().isNull() ? QUuid::createUuid() : service.id(), typed.sessions, packagePrice.value(),
            package.validityDays());
        if (const Result<void> valid = packageChecked.validate(); !valid) {
            showError(QStringLiteral("package"), tr("Package %1: %2").arg(i + 1).arg(valid.error().userMessage()));
            return;
        }
        if (service.id().isNull()) {
            showError(QStringLiteral("package"), tr("Save the service first, then add its packages."));
            return;
        }
        packages.append(package);
    }

    if (entry.isNew) {
        Q_EMIT addRequested(service);
    } else if (!sameService(entry.saved, service)) {
        Q_EMIT saveRequested(entry.saved, service);
    }
    for (const ServicePackage& package : std::as_const(packages)) {
        const auto before = std::find_if(entry.savedPackages.cbegin(), entry.savedPackages.cend(),
            [&package](const ServicePackage& p) { return !p.id().isNull() && p.id() == package.id(); });
        if (before == entry.savedPackages.cend() || !samePackage(*before, package)) {
            Q_EMIT packageSaveRequested(package);
        }
    }
    for (const ServicePackage& old : std::as_const(entry.savedPackages)) {
        const bool kept = std::any_of(
            packages.cbegin(), packages.cend(), [&old](const ServicePackage& p) { return p.id() == old.id(); });
        if (!kept) {
            Q_EMIT packageRemoveRequested(old.id());
        }
    }

    // Until the app reloads, what was just saved is the saved state.
    entry.saved = service;
    entry.savedPackages = packages;
    entry.isNew = false;
    entry.savedDraft = draftFrom(entry.saved, entry.savedPackages);
    entry.draft = entry.savedDraft;
    for (const ServicePackage& package : std::as_const(packages)) {
        m_packages.removeIf([&package](const ServicePackage& p) { return p.id() == package.id(); });
        m_packages.append(package);
    }
    showEntry(m_current);
    updateListRow(m_current);
    updateButtons();
}

void ServicesEditor::revertCurrent()
{
    if (m_current < 0) {
        return;
    }
    Entry& entry = m_entries.at(std::size_t(m_current));
    entry.draft = entry.savedDraft;
    showEntry(m_current);
    updateListRow(m_current);
    updateButtons();
}

} // namespace clientele::ui
