#include "ui/settings/SettingsPage.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/settings/AvailabilityEditor.h"
#include "ui/settings/CalendarFeedPage.h"
#include "ui/settings/ConnectedAccountsPage.h"
#include "ui/settings/ContractTemplatesEditor.h"
#include "ui/settings/EmailAccountForm.h"
#include "ui/settings/EmailTemplatesEditor.h"
#include "ui/settings/PracticeProfileForm.h"
#include "ui/settings/RelayPage.h"
#include "ui/settings/ServicesEditor.h"
#include "ui/widgets/PanelParts.h"

namespace clientele::ui {

namespace {

QLabel* pageHint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPageWidget"));
    setAccessibleName(tr("Settings"));

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("settingsSectionList"));
    m_sections->setAccessibleName(tr("Settings pages"));
    m_sections->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));

    m_profileForm = new PracticeProfileForm;
    m_servicesEditor = new ServicesEditor;
    m_availabilityEditor = new AvailabilityEditor;
    m_contractTemplatesEditor = new ContractTemplatesEditor;
    m_connectedAccountsPage = new ConnectedAccountsPage;
    m_calendarFeedPage = new CalendarFeedPage;
    m_relayPage = new RelayPage;

    const QList<std::pair<QString, QWidget*>> pages {
        {tr("Practice"), titled(tr("Practice"), tr("Your practice as clients and documents see it."), m_profileForm)},
        {tr("Services"),
            titled(tr("Services"), tr("What clients can book, with length, price, deposit and reminders."),
                m_servicesEditor)},
        {tr("Contract Templates"),
            titled(tr("Contract Templates"),
                tr("The agreements you send clients, with merge fields filled in for each client."),
                m_contractTemplatesEditor)},
        {tr("Email"), titled(tr("Email"), tr("How emails to clients go out, and what they say."), buildEmail())},
        {tr("Availability"), titled(tr("Availability"), tr("When clients can book you."), m_availabilityEditor)},
        {tr("Connected Accounts"), titled(tr("Connected Accounts"), QString(), m_connectedAccountsPage)},
        {tr("Calendar Feed"), titled(tr("Calendar Feed"), QString(), m_calendarFeedPage)},
        {tr("Relay"), titled(tr("Relay"), QString(), m_relayPage)},
        {tr("Appearance"), titled(tr("Appearance"), QString(), buildAppearance())},
        {tr("Security"), titled(tr("Security"), QString(), buildSecurity())},
    };
    const QStringList keys {QStringLiteral("practice"), QStringLiteral("services"), QStringLiteral("contractTemplates"),
        QStringLiteral("email"), QStringLiteral("availability"), QStringLiteral("connectedAccounts"),
        QStringLiteral("calendarFeed"), QStringLiteral("relay"), QStringLiteral("appearance"),
        QStringLiteral("security")};
    int widest = 0;
    for (int i = 0; i < pages.size(); ++i) {
        auto* item = new QListWidgetItem(pages.at(i).first, m_sections);
        item->setSizeHint(QSize(0, m_sections->fontMetrics().height() + 16));
        pages.at(i).second->setObjectName(
            QStringLiteral("settings%1Page").arg(keys.at(i).at(0).toUpper() + keys.at(i).mid(1)));
        m_pages->addWidget(pages.at(i).second);
        widest = std::max(widest, m_sections->fontMetrics().horizontalAdvance(pages.at(i).first));
    }
    m_sections->setFixedWidth(widest + 48);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sections);
    layout->addWidget(m_pages, 1);

    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);

    connect(m_profileForm, &PracticeProfileForm::saveRequested, this, [this](const domain::PracticeProfile& profile) {
        m_profile = profile;
        updateLockSummary();
        Q_EMIT profileSaveRequested(profile);
    });
    connect(m_servicesEditor, &ServicesEditor::saveRequested, this, &SettingsPage::serviceSaveRequested);
    connect(m_servicesEditor, &ServicesEditor::addRequested, this, &SettingsPage::serviceAddRequested);
    connect(m_servicesEditor, &ServicesEditor::removeRequested, this, &SettingsPage::serviceRemoveRequested);
    connect(m_servicesEditor, &ServicesEditor::packageSaveRequested, this, &SettingsPage::packageSaveRequested);
    connect(m_servicesEditor, &ServicesEditor::packageRemoveRequested, this, &SettingsPage::packageRemoveRequested);
    connect(m_availabilityEditor, &AvailabilityEditor::saveRequested, this, &SettingsPage::availabilitySaveRequested);
    connect(m_contractTemplatesEditor, &ContractTemplatesEditor::saveRequested, this,
        &SettingsPage::contractTemplateSaveRequested);
    connect(m_contractTemplatesEditor, &ContractTemplatesEditor::removeRequested, this,
        &SettingsPage::contractTemplateRemoveRequested);
    setPracticeFilePath(QString());
    updateLockSummary();
}

SettingsPage::~SettingsPage() = default;

QWidget* SettingsPage::titled(const QString& title, const QString& subtitle, QWidget* body)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* header = new QWidget(page);
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 16, 16, 8);
    headerLayout->setSpacing(4);
    auto* titleLabel = new QLabel(title, header);
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setWeight(QFont::DemiBold);
    titleLabel->setFont(font);
    titleLabel->setAccessibleName(title);
    headerLayout->addWidget(titleLabel);
    if (!subtitle.isEmpty()) {
        headerLayout->addWidget(pageHint(subtitle, header));
    }
    layout->addWidget(header);
    body->setParent(page);
    layout->addWidget(body, 1);
    page->setFocusProxy(body);
    return page;
}

QWidget* SettingsPage::buildEmail()
{
    // The account above the templates, in one scrolling column: the page is taller than a laptop screen.
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(16, 8, 16, 16);
    m_emailAccountForm = new EmailAccountForm(body);
    m_emailTemplatesEditor = new EmailTemplatesEditor(body);
    layout->addWidget(m_emailAccountForm);
    layout->addSpacing(16);
    layout->addWidget(makeHeading(tr("Templates"), body, 1.15));
    layout->addWidget(m_emailTemplatesEditor);
    layout->addStretch(1);
    scroll->setWidget(body);
    return scroll;
}

QWidget* SettingsPage::buildAppearance()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 8, 16, 16);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* choices = new QWidget(page);
    auto* choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    m_themeGroup = new QButtonGroup(this);
    const QList<std::tuple<Theme::Mode, QString, QString>> modes {
        {Theme::Mode::System, tr("Same as the &system"), QStringLiteral("appearanceSystemRadio")},
        {Theme::Mode::Light, tr("&Light"), QStringLiteral("appearanceLightRadio")},
        {Theme::Mode::Dark, tr("&Dark"), QStringLiteral("appearanceDarkRadio")},
    };
    const Theme::Mode stored = storedThemeMode();
    for (const auto& [mode, text, name] : modes) {
        auto* radio = new QRadioButton(text, choices);
        radio->setObjectName(name);
        radio->setAccessibleName(QString(text).remove(u'&'));
        radio->setChecked(mode == stored);
        m_themeGroup->addButton(radio, int(mode));
        choicesLayout->addWidget(radio, 0, Qt::AlignLeft);
    }
    form->addRow(tr("Theme:"), choices);
    layout->addLayout(form);
    layout->addWidget(
        pageHint(tr("“Same as the system” follows your desktop when it switches between light and dark."), page));
    layout->addStretch(1);
    connect(m_themeGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked) {
            return;
        }
        const auto mode = Theme::Mode(id);
        Theme::storeMode(mode);
        Q_EMIT themeChanged(mode);
    });
    page->setFocusProxy(m_themeGroup->checkedButton());
    return page;
}

QWidget* SettingsPage::buildSecurity()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->setSpacing(12);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* fileBox = new QWidget(page);
    auto* fileLayout = new QVBoxLayout(fileBox);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_fileLabel = new QLabel(fileBox);
    m_fileLabel->setObjectName(QStringLiteral("securityFileLocationLabel"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_showFileButton = new QPushButton(tr("Show in &Folder"), fileBox);
    m_showFileButton->setObjectName(QStringLiteral("securityShowFileButton"));
    fileLayout->addWidget(m_fileLabel);
    fileLayout->addWidget(m_showFileButton, 0, Qt::AlignLeft);
    form->addRow(tr("Practice file:"), fileBox);
    connect(m_showFileButton, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_filePath).absolutePath())); });

    auto* lockBox = new QWidget(page);
    auto* lockLayout = new QVBoxLayout(lockBox);
    lockLayout->setContentsMargins(0, 0, 0, 0);
    m_lockSummary = new QLabel(lockBox);
    m_lockSummary->setObjectName(QStringLiteral("securityLockSummaryLabel"));
    m_lockSummary->setWordWrap(true);
    auto* change = new QPushButton(tr("&Change…"), lockBox);
    change->setObjectName(QStringLiteral("securityChangeLockButton"));
    change->setAccessibleName(tr("Change when Clientele locks itself"));
    lockLayout->addWidget(m_lockSummary);
    lockLayout->addWidget(change, 0, Qt::AlignLeft);
    form->addRow(tr("Automatic lock:"), lockBox);
    connect(change, &QPushButton::clicked, this, [this] {
        setCurrentPage(Page::Practice);
        m_profileForm->focusIdleLock();
    });

    auto* lockNow = new QPushButton(tr("&Lock Now"), page);
    lockNow->setObjectName(QStringLiteral("securityLockNowButton"));
    lockNow->setToolTip(tr("Close the practice file; your password is needed to open it again."));
    lockNow->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(QString(), lockNow);
    connect(lockNow, &QPushButton::clicked, this, &SettingsPage::lockRequested);

    layout->addLayout(form);
    layout->addWidget(pageHint(tr("Everything is kept in one encrypted file on this computer. Locking closes it; "
                                  "your password opens it again."),
        page));
    layout->addStretch(1);
    return page;
}

void SettingsPage::setProfile(const domain::PracticeProfile& profile)
{
    const bool currencyChanged = profile.currency != m_profile.currency;
    m_profile = profile;
    m_profileForm->setProfile(profile);
    if (currencyChanged) {
        m_servicesEditor->setServices(m_services, profile.currency);
    }
    if (!profile.timeZoneId.isEmpty()) {
        m_availabilityEditor->setTimeZoneId(profile.timeZoneId);
    }
    updateLockSummary();
}

void SettingsPage::setServices(const QList<domain::Service>& services)
{
    m_services = services;
    m_servicesEditor->setServices(services, m_profile.currency);
}

void SettingsPage::setPackages(const QList<domain::ServicePackage>& packages)
{
    m_servicesEditor->setPackages(packages);
}

void SettingsPage::setAvailability(const domain::Availability& availability)
{
    m_availabilityEditor->setAvailability(availability);
}

void SettingsPage::setContractTemplates(const QList<domain::ContractTemplate>& templates)
{
    m_contractTemplatesEditor->setTemplates(templates);
}

void SettingsPage::setNumberSeries(const QString& letter)
{
    m_profileForm->setNumberSeries(letter);
}

void SettingsPage::setPracticeFilePath(const QString& path)
{
    m_filePath = path;
    m_fileLabel->setText(path.isEmpty() ? tr("No practice file is open.") : QDir::toNativeSeparators(path));
    m_showFileButton->setEnabled(!path.isEmpty());
}

SettingsPage::Page SettingsPage::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void SettingsPage::setCurrentPage(Page page)
{
    m_sections->setCurrentRow(int(page));
}

Theme::Mode SettingsPage::storedThemeMode()
{
    return Theme::storedMode();
}

void SettingsPage::updateLockSummary()
{
    const int minutes = m_profile.idleLockMinutes;
    m_lockSummary->setText(minutes > 0
            ? tr("Clientele locks itself after %1 min without use.").arg(minutes)
            : tr("Clientele does not lock itself; use Lock Now when you leave the computer."));
}

} // namespace clientele::ui
