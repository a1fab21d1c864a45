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
{
    // Every edit here goes out at once rather than at the next look.
    connect(&context, &PracticeContext::dataChanged, &sync, [&sync] { sync.changedLocally(); });
    connect(&sync, &ChangeSync::applied, this, &SyncFollower::took);
    connect(&sync, &ChangeSync::upToDate, this, [this] {
        m_sending.reset();
        m_sent = true;
        showState();
    });
    connect(&sync, &ChangeSync::received, this, [this] {
        m_receiving.reset();
        m_received = true;
        showState();
    });
    connect(&sync, &ChangeSync::failed, this, [this](const Error& error, bool receiving) {
        (receiving ? m_receiving : m_sending) = error;
        showState();
    });
    connect(&sync, &ChangeSync::refused, this, [this](const Error&) {
        m_refused = true;
        showState();
    });
}

SyncFollower::~SyncFollower() = default;

void SyncFollower::took(const ChangeBatches::Applied& applied)
{
    m_setAside += applied.setAside;
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

void SyncFollower::showState()
{
    if (!m_page) {
        return;
    }
    // The most pressing first: what the user must act on, then what waits, then all well.
    const auto needsUser = [](const std::optional<Error>& error) {
        return error && (error->code() == Error::Code::Conflict || error->code() == Error::Code::Incompatible);
    };
    if (m_refused) {
        m_page->showSyncState(tr("The relay no longer accepts this computer (it was removed from the practice), so "
                                 "its changes stay here and the other computers' do not arrive."),
            true);
    } else if (needsUser(m_receiving) || needsUser(m_sending)) {
        m_page->showSyncState((needsUser(m_receiving) ? m_receiving : m_sending)->userMessage(), true);
    } else if (m_sending || m_receiving) {
        const Error& error = m_sending ? *m_sending : *m_receiving;
        m_page->showSyncState(error.code() == Error::Code::Network || error.code() == Error::Code::Timeout
                    || error.code() == Error::Code::Unavailable
                ? tr("Not in step: the relay cannot be reached (%1). Changes made here wait, and go out when it "
                     "can.")
                      .arg(error.userMessage())
                : tr("Not in step: %1").arg(error.userMessage()),
            false);
    } else if (m_setAside > 0) {
        m_page->showSyncState(tr("%n change(s) from another computer need a newer version of Clientele. They are "
                                 "kept, and taken in when Clientele here is updated.",
                                  nullptr, m_setAside),
            true);
    } else if (m_sent && m_received) {
        m_page->showSyncState(tr("In step: this computer's changes are at the relay, and your other computers' "
                                 "changes arrive here as they are made."),
            false);
    } else {
        m_page->showSyncState(tr("Getting in step with the relay…"), false);
    }
}

} // namespace clientele::ui
