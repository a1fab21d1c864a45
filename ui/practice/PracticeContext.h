#pragma once

#include <QLocale>
#include <QObject>
#include <QTimeZone>

#include "core/domain/PracticeProfile.h"
#include "core/store/BookingRepository.h"
#include "core/store/ClientRepository.h"
#include "core/store/ConnectedAccounts.h"
#include "core/store/ContractRepository.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/PracticeFiles.h"
#include "core/store/PracticeQueries.h"
#include "core/store/ServiceRepository.h"
#include "core/store/SettingsRepository.h"

#include "core/ports/Clock.h"

namespace clientele {
class Store;
} // namespace clientele

namespace clientele::ui {

// The open practice as the views see it: its repositories (each call a job on the storage thread),
// its profile and the clock. One exists while the practice is unlocked; views get it by reference and
// are destroyed before it on lock. dataChanged() tells every view that a write happened, so lists
// elsewhere refresh without knowing who wrote.
class PracticeContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeContext)

public:
    enum class Area
    {
        Clients,
        Bookings,
        Invoices,
        Services,
        Settings,
        Contracts, // contracts and contract templates
        OutsideCalendars, // imported or connected calendars and the time they block
        Outbox, // a payment link, refund or text was queued for the relay
        Messages, // a text or email was sent or came in
        Subscriptions, // a client's subscription started, changed or ended
    };
    Q_ENUM(Area)

    PracticeContext(Store& store, const Clock& clock, PracticeFiles files, domain::PracticeProfile profile,
        QObject* parent = nullptr);

    Store& store() { return m_store; }
    const Clock& clock() const { return m_clock; }
    const PracticeFiles& files() const { return m_files; }

    ClientRepository& clients() { return m_clients; }
    BookingRepository& bookings() { return m_bookings; }
    ContractRepository& contracts() { return m_contracts; }
    InvoiceRepository& invoices() { return m_invoices; }
    ServiceRepository& services() { return m_services; }
    SettingsRepository& settings() { return m_settings; }
    PracticeQueries& queries() { return m_queries; }
    ConnectedAccounts& connectedAccounts() { return m_connectedAccounts; }

    const domain::PracticeProfile& profile() const { return m_profile; }
    void setProfile(const domain::PracticeProfile& profile);
    // How the practice writes numbers, money and dates (the profile's locale, else the system's).
    QLocale locale() const;
    // The practice's zone: what the calendar and Today show.
    QTimeZone timeZone() const;
    // Today's date on the practice's wall clock.
    QDate today() const;

    // Called by whoever wrote; views listen.
    void notifyChanged(Area area) { Q_EMIT dataChanged(area); }

Q_SIGNALS:
    void dataChanged(clientele::ui::PracticeContext::Area area);
    void profileChanged();

private:
    Store& m_store;
    const Clock& m_clock;
    PracticeFiles m_files;
    domain::PracticeProfile m_profile;
    ClientRepository m_clients;
    BookingRepository m_bookings;
    ContractRepository m_contracts;
    InvoiceRepository m_invoices;
    ServiceRepository m_services;
    SettingsRepository m_settings;
    PracticeQueries m_queries;
    ConnectedAccounts m_connectedAccounts;
};

} // namespace clientele::ui
