#pragma once

#include <QUrl>
#include <QWidget>
#include <functional>

#include "core/store/CalendarFeed.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clientele::ui {

// Settings → Calendar Feed: publish the practice's sessions as a feed that Google Calendar, Outlook
// or Apple Calendar subscribe to, how it names clients, its secret address (copy, reset) and whether
// the last publication worked. Without a relay connection it says where to make one. Only shows and
// asks; CalendarFeedController does the work.
class CalendarFeedPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarFeedPage)

public:
    using ResetConfirmation = std::function<bool()>;

    explicit CalendarFeedPage(QWidget* parent = nullptr);
    ~CalendarFeedPage() override;

    void setRelayConnected(bool connected);
    // `address` is empty while the feed is off.
    void setSettings(const CalendarFeed::Settings& settings, const QUrl& address);
    void showStatus(const QString& message, bool error);
    void setResetConfirmation(ResetConfirmation confirm) { m_confirmReset = std::move(confirm); }

Q_SIGNALS:
    void settingsChanged(bool published, clientele::CalendarExport::ClientLabel label);
    void resetRequested();
    void relaySettingsRequested();

private:
    void updateState();

    QWidget* m_needsRelay = nullptr;
    QCheckBox* m_publish = nullptr;
    QComboBox* m_label = nullptr;
    QLineEdit* m_address = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_status = nullptr;
    bool m_relayConnected = false;
    bool m_updating = false;
    ResetConfirmation m_confirmReset;
};

} // namespace clientele::ui
