#include "ui/practice/SyncFollower.h"

#include "core/store/ChangeSync.h"
#include "core/store/SettingsRepository.h"
#include "ui/practice/PracticeContext.h"
#include "ui/settings/RelayPage.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

using Area = PracticeContext::Area;

// The views a synced table shows in.
QList<Area> areasOf(const QString& table)
{
    if (table.startsWith(u"client") || table == u"client_tag") {
        return {Area::Clients};
    }
    if (table.startsWith(u"booking") || table == u"deliverable") {
        return {Area::Bookings};
    }
    if (table.startsWith(u"invoice") || table.startsWith(u"payment") || table == u"refund_request") {
        return {Area::Invoices};
    }
    if (table.startsWith(u"service")) {
        return {Area::Services};
    }
    if (table.startsWith(u"contract") || table.startsWith(u"questionnaire")) {
        return {Area::Contracts};
    }
    if (table == u"message") {
        return {Area::Messages};
    }
    if (table == u"subscription") {
        return {Area::Subscriptions};
    }
    if (table == u"calendar_source" || table == u"busy_block") {
        return {Area::OutsideCalendars};
    }
    return {Area::Settings}; // settings, availability and anything new
}

} // namespace

SyncFollower::SyncFollower(PracticeContext& context, RelayPage* page, ChangeSync& sync, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_page(page)
    , m_sync(sync)
{
    // Every edit here goes out at once rather than at the next look.
    connect(&context, &PracticeContext::dataChanged, &sync, [&sync] { sync.wake(); });
    connect(&sync, &ChangeSync::applied, this, &SyncFollower::took);
    connect(&sync, &ChangeSync::upToDate, this, [this] {
        showState(tr("In step: this computer's changes are at the relay, and your other computers' changes "
                     "arrive here as they are made."),
            false);
    });
    connect(&sync, &ChangeSync::failed, this, [this](const Error& error) {
        // Offline is normal: the changes wait, and the page says so. A clock far ahead or changes this
        // version cannot read need the user.
        const bool needsUser = error.code() == Error::Code::Conflict || error.code() == Error::Code::Incompatible;
        showState(needsUser ? error.userMessage()
                            : tr("Changes made here wait until the relay can be reached: %1").arg(error.userMessage()),
            needsUser);
    });
    connect(&sync, &ChangeSync::refused, this, [this](const Error&) {
        showState(tr("The relay no longer accepts this computer, so its changes stay here. Disconnect and join "
                     "again from another computer of the practice."),
            true);
    });
}

SyncFollower::~SyncFollower() = default;

void SyncFollower::took(const ChangeBatches::Applied& applied)
{
    if (applied.setAside > 0) {
        showState(tr("Some changes from another computer do not fit this version of Clientele and wait; updating "
                     "Clientele here brings them in."),
            true);
    }
    QSet<Area> areas;
    for (const QString& table : applied.tables) {
        for (const Area area : areasOf(table)) {
            areas.insert(area);
        }
    }
    for (const Area area : areas) {
        m_context.notifyChanged(area);
    }
    if (applied.tables.contains(QStringLiteral("setting"))) {
        whenReady(this, m_context.settings().profile(), [this](const Result<domain::PracticeProfile>& profile) {
            if (profile) {
                Q_EMIT profileChanged(profile.value());
            }
        });
    }
}

void SyncFollower::showState(const QString& message, bool error)
{
    if (m_page) {
        m_page->showSyncState(message, error);
    }
}

} // namespace clientele::ui
