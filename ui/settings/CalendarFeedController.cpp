#include "ui/settings/CalendarFeedController.h"

#include "core/feeds/CalendarFeedSeal.h"
#include "core/ports/FeedHost.h"
#include "core/store/Store.h"
#include "core/store/Transactions.h"
#include "ui/settings/CalendarFeedPage.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

CalendarFeedController::CalendarFeedController(
    CalendarFeedPage& page, Store& store, const QLocale& locale, QObject* parent)
    : QObject(parent)
    , m_page(&page)
    , m_store(store)
    , m_locale(locale)
{
    connect(&page, &CalendarFeedPage::settingsChanged, this, &CalendarFeedController::save);
    connect(&page, &CalendarFeedPage::resetRequested, this, &CalendarFeedController::resetAddress);
    reload();
}

CalendarFeedController::~CalendarFeedController() = default;

void CalendarFeedController::setPublisher(FeedHost* host, CalendarFeedPublisher* publisher)
{
    if (m_publisher) {
        disconnect(m_publisher, nullptr, this, nullptr);
    }
    m_host = host;
    m_publisher = publisher;
    if (m_page) {
        m_page->setRelayConnected(host != nullptr);
        m_page->showStatus(QString(), false);
    }
    if (publisher != nullptr) {
        connect(publisher, &CalendarFeedPublisher::published, this, [this](const QDateTime& at) {
            if (m_page && at.isValid()) {
                m_page->showStatus(tr("Published; last updated %1. Calendar apps fetch it again on their own "
                                      "schedule: Google Calendar can take several hours.")
                                       .arg(m_locale.toString(at.toLocalTime(), QLocale::ShortFormat)),
                    false);
            }
        });
        connect(publisher, &CalendarFeedPublisher::withdrawn, this, [this]() {
            if (m_page) {
                m_page->showStatus(tr("The feed is off: its address no longer shows your sessions."), false);
            }
        });
        connect(publisher, &CalendarFeedPublisher::failed, this, [this](const Error& error) {
            if (m_page) {
                m_page->showStatus(tr("The feed could not be updated: %1").arg(error.userMessage()), true);
            }
        });
    }
    reload();
}

void CalendarFeedController::reload()
{
    whenReady(this, m_store.run([](StoreSession& session) { return CalendarFeed::load(session.db()); }),
        [this](const Result<CalendarFeed::Settings>& settings) {
            if (!settings) {
                if (m_page) {
                    m_page->showStatus(settings.error().userMessage(), true);
                }
                return;
            }
            show(settings.value());
        });
}

void CalendarFeedController::show(const CalendarFeed::Settings& settings)
{
    if (!m_page) {
        return;
    }
    const QUrl address = m_host != nullptr && !settings.token.isEmpty()
        ? m_host->subscriptionUrl(feeds::CalendarFeedSeal::tokenText(settings.token))
        : QUrl();
    m_page->setSettings(settings, address);
}

void CalendarFeedController::save(bool published, CalendarExport::ClientLabel label)
{
    whenReady(this, m_store.run([published, label](StoreSession& session) -> Result<CalendarFeed::Settings> {
        return inTransaction(session, [&](WriteScope& scope) -> Result<CalendarFeed::Settings> {
            Result<CalendarFeed::Settings> settings = CalendarFeed::load(scope.db());
            if (!settings) {
                return settings;
            }
            settings.value().published = published;
            settings.value().label = label;
            return CalendarFeed::save(scope, settings.value());
        });
    }),
        [this](const Result<CalendarFeed::Settings>& saved) {
            if (!saved) {
                if (m_page) {
                    m_page->showStatus(saved.error().userMessage(), true);
                }
                return;
            }
            show(saved.value());
            if (m_page) {
                m_page->showStatus(saved->published ? tr("Publishing…") : tr("Turning the feed off…"), false);
            }
            if (m_publisher) {
                m_publisher->publishNow();
            }
            Q_EMIT settingsSaved();
        });
}

void CalendarFeedController::resetAddress()
{
    whenReady(this, m_store.run([](StoreSession& session) {
        return inTransaction(session, [](WriteScope& scope) { return CalendarFeed::resetToken(scope); });
    }),
        [this](const Result<CalendarFeed::Settings>& reset) {
            if (!reset) {
                if (m_page) {
                    m_page->showStatus(reset.error().userMessage(), true);
                }
                return;
            }
            show(reset.value());
            if (m_page) {
                m_page->showStatus(tr("New address made. Subscribe to it where you still want your sessions."), false);
            }
            if (m_publisher) {
                m_publisher->publishNow();
            }
            Q_EMIT settingsSaved();
        });
}

} // namespace clientele::ui
