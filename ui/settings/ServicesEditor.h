#pragma once

#include <functional>
#include <vector>

#include <QHash>
#include <QList>
#include <QUuid>
#include <QWidget>

#include "core/domain/Currency.h"
#include "core/domain/Service.h"
#include "core/domain/ServicePackage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;

namespace clientele::ui {

class FieldErrorLabel;

// Settings → Services: what the practice sells, master–detail. The list shows each service's name,
// length and price; the form edits one service with its deposit, reminder plan, packages and, for
// practices that give superbills, its procedure coding (CPT/HCPCS code, modifiers, place of service,
// units).
// A pure editor: Save validates and emits requests; the app stores them and calls setServices() /
// setPackages() again. Edits to several services are kept until saved or reverted.
class ServicesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesEditor)

public:
    using IdFactory = std::function<QUuid()>;
    using RemoveConfirmation = std::function<bool(const QString& serviceName)>;

    explicit ServicesEditor(QWidget* parent = nullptr);
    ~ServicesEditor() override;

    // Prices are typed in the practice currency and read in this widget's locale().
    void setServices(const QList<domain::Service>& services, const domain::Currency& practiceCurrency);
    // Packages of any of the services; each is shown under its service.
    void setPackages(const QList<domain::ServicePackage>& packages);
    // Ids for new services and packages (UUIDv7 from the store). Without one, new services and packages
    // are emitted with a null id and the app assigns it.
    void setIdFactory(IdFactory factory);
    // Asked once before a saved service is removed; the default asks with a message box.
    void setRemoveConfirmation(RemoveConfirmation confirm);

    QUuid currentServiceId() const;
    void selectService(const QUuid& id);
    // The error shown for a field key ("name", "duration", "price", "deposit", "reminders",
    // "packages", "procedureCode", "modifiers", "placeOfService", "units", "general"), empty when none.
    QString fieldError(const QString& field) const;

public Q_SLOTS:
    void addService();
    void removeCurrentService();
    void saveCurrent();
    void revertCurrent();

Q_SIGNALS:
    void saveRequested(const clientele::domain::Service& before, const clientele::domain::Service& after);
    void addRequested(const clientele::domain::Service& service);
    void removeRequested(const QUuid& serviceId);
    void packageSaveRequested(const clientele::domain::ServicePackage& package);
    void packageRemoveRequested(const QUuid& packageId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Draft;
    struct Entry;
    struct ReminderRow;
    struct PackageRow;

    void buildUi();
    QWidget* buildDetail();
    void rebuildList();
    void updateListRow(int row);
    void updateStack();
    void currentRowChanged();
    void showEntry(int row);
    void formEdited();
    Draft readForm() const;
    void writeForm(const Draft& draft);
    Draft draftFrom(const domain::Service& service, const QList<domain::ServicePackage>& packages) const;
    void addReminderRow(int minutes, int channel);
    void addPackageRow(const QUuid& id, int sessions, const QString& priceText, int validityDays);
    void clearRows();
    void clearErrors();
    void showError(const QString& detail, const QString& message);
    void updateButtons();
    QString amountText(const domain::Money& money) const;
    // The place-of-service code chosen or typed ("11" from "11 – Office").
    QString placeOfServiceCode() const;
    QUuid newId() const;

    std::vector<Entry> m_entries;
    int m_current = -1;
    domain::Currency m_currency;
    QList<domain::ServicePackage> m_packages;
    IdFactory m_idFactory;
    RemoveConfirmation m_confirmRemove;
    bool m_loading = false;

    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_detailTitle = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_duration = nullptr;
    QSpinBox* m_bufferBefore = nullptr;
    QSpinBox* m_bufferAfter = nullptr;
    QLineEdit* m_price = nullptr;
    QLabel* m_priceCurrency = nullptr;
    QComboBox* m_depositKind = nullptr;
    QDoubleSpinBox* m_depositPercent = nullptr;
    QLineEdit* m_depositAmount = nullptr;
    QLabel* m_depositCurrency = nullptr;
    QCheckBox* m_video = nullptr;
    QCheckBox* m_active = nullptr;
    QLineEdit* m_procedureCode = nullptr;
    QLineEdit* m_modifiers = nullptr;
    QComboBox* m_placeOfService = nullptr;
    QSpinBox* m_units = nullptr;
    QWidget* m_remindersBox = nullptr;
    QVBoxLayout* m_remindersLayout = nullptr;
    QPushButton* m_addReminder = nullptr;
    QWidget* m_packagesBox = nullptr;
    QVBoxLayout* m_packagesLayout = nullptr;
    QPushButton* m_addPackage = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    std::vector<ReminderRow> m_reminderRows;
    std::vector<PackageRow> m_packageRows;
    QHash<QString, FieldErrorLabel*> m_errors;
};

} // namespace clientele::ui
