#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>

#include "core/store/CalendarFeed.h"
#include "core/store/CalendarFeedPublisher.h"

namespace clientele {
class FeedHost;
class Store;
} // namespace clientele

namespace clientele::ui {

class CalendarFeedPage;

// Runs Settings → Calendar Feed: reads and saves the feed's settings in the practice, resets its
// address, and shows what the publisher reports. The relay's feed host and the publisher come from
// the workspace while the practice is connected to a relay (setPublisher).
class CalendarFeedController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarFeedController)

public:
    CalendarFeedController(CalendarFeedPage& page, Store& store, const QLocale& locale, QObject* parent = nullptr);
    ~CalendarFeedController() override;

    // Both null while the practice has no relay connection.
    void setPublisher(FeedHost* host, CalendarFeedPublisher* publisher);
    void reload();

Q_SIGNALS:
    // The feed's settings changed in the practice (Settings area: other views and devices follow).
    void settingsSaved();

private:
    void save(bool published, CalendarExport::ClientLabel label);
    void resetAddress();
    void show(const CalendarFeed::Settings& settings);

    QPointer<CalendarFeedPage> m_page;
    Store& m_store;
    QLocale m_locale;
    FeedHost* m_host = nullptr;
    QPointer<CalendarFeedPublisher> m_publisher;
};

} // namespace clientele::ui
