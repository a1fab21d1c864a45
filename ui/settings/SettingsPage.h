#pragma once

#include <QWidget>

#include "core/domain/Availability.h"
#include "core/domain/ContractTemplate.h"
#include "core/domain/PracticeProfile.h"
#include "core/domain/Service.h"
#include "core/domain/ServicePackage.h"
#include "ui/Theme.h"

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace clientele::ui {

class AvailabilityEditor;
class CalendarFeedPage;
class ConnectedAccountsPage;
class ContractTemplatesEditor;
class EmailAccountForm;
class EmailTemplatesEditor;
class PracticeProfileForm;
class RelayPage;
class ServicesEditor;

// The Settings section: a list of pages on the left (Practice, Services, Contract Templates, Email,
// Availability, Connected Accounts, Calendar Feed, Relay, Appearance, Security) and the chosen page on the right. It
// only shows and edits values; every change leaves as a request signal that the app wires to the store.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    enum class Page
    {
        Practice,
        Services,
        ContractTemplates,
        Email,
        Availability,
        ConnectedAccounts,
        CalendarFeed,
        Relay,
        Appearance,
        Security,
    };

    explicit SettingsPage(QWidget* parent = nullptr);
    ~SettingsPage() override;

    // Also gives the services editor the practice currency and the availability editor its zone.
    void setProfile(const domain::PracticeProfile& profile);
    void setServices(const QList<domain::Service>& services);
    void setPackages(const QList<domain::ServicePackage>& packages);
    void setAvailability(const domain::Availability& availability);
    void setContractTemplates(const QList<domain::ContractTemplate>& templates);
    // Where the encrypted practice file lives, shown under Security.
    void setPracticeFilePath(const QString& path);
    // See PracticeProfileForm::setNumberSeries.
    void setNumberSeries(const QString& letter);

    Page currentPage() const;
    void setCurrentPage(Page page);

    PracticeProfileForm* profileForm() const { return m_profileForm; }
    ServicesEditor* servicesEditor() const { return m_servicesEditor; }
    AvailabilityEditor* availabilityEditor() const { return m_availabilityEditor; }
    ContractTemplatesEditor* contractTemplatesEditor() const { return m_contractTemplatesEditor; }
    EmailAccountForm* emailAccountForm() const { return m_emailAccountForm; }
    EmailTemplatesEditor* emailTemplatesEditor() const { return m_emailTemplatesEditor; }
    ConnectedAccountsPage* connectedAccountsPage() const { return m_connectedAccountsPage; }
    CalendarFeedPage* calendarFeedPage() const { return m_calendarFeedPage; }
    RelayPage* relayPage() const { return m_relayPage; }

    // The theme mode stored under "appearance/theme" (System when unset or unknown).
    static Theme::Mode storedThemeMode();

Q_SIGNALS:
    void profileSaveRequested(const clientele::domain::PracticeProfile& profile);
    void serviceSaveRequested(const clientele::domain::Service& before, const clientele::domain::Service& after);
    void serviceAddRequested(const clientele::domain::Service& service);
    void serviceRemoveRequested(const QUuid& serviceId);
    void packageSaveRequested(const clientele::domain::ServicePackage& package);
    void packageRemoveRequested(const QUuid& packageId);
    void availabilitySaveRequested(const clientele::domain::Availability& availability);
    void contractTemplateSaveRequested(const clientele::domain::ContractTemplate& contractTemplate);
    void contractTemplateRemoveRequested(const QUuid& templateId);
    void themeChanged(clientele::ui::Theme::Mode mode);
    void lockRequested();

private:
    QWidget* titled(const QString& title, const QString& subtitle, QWidget* body);
    QWidget* buildAppearance();
    QWidget* buildEmail();
    QWidget* buildSecurity();
    void updateLockSummary();

    domain::PracticeProfile m_profile;
    QList<domain::Service> m_services;
    QListWidget* m_sections = nullptr;
    QStackedWidget* m_pages = nullptr;
    PracticeProfileForm* m_profileForm = nullptr;
    ServicesEditor* m_servicesEditor = nullptr;
    AvailabilityEditor* m_availabilityEditor = nullptr;
    ContractTemplatesEditor* m_contractTemplatesEditor = nullptr;
    EmailAccountForm* m_emailAccountForm = nullptr;
    EmailTemplatesEditor* m_emailTemplatesEditor = nullptr;
    ConnectedAccountsPage* m_connectedAccountsPage = nullptr;
    CalendarFeedPage* m_calendarFeedPage = nullptr;
    RelayPage* m_relayPage = nullptr;
    QButtonGroup* m_themeGroup = nullptr;
    QLabel* m_fileLabel = nullptr;
    QPushButton* m_showFileButton = nullptr;
    QLabel* m_lockSummary = nullptr;
    QString m_filePath;
};

} // namespace clientele::ui
