#pragma once

#include <QDateTime>
#include <QLocale>
#include <QWidget>
#include <functional>
#include <optional>

#include "core/store/RelayLinks.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace clientele::ui {

// Settings → Relay: connect this practice to a relay (its address and a name for this computer), or
// join a practice another computer keeps there with the code it shows; see the connection and
// whether this computer is in step; add another computer; disconnect. The relay carries what needs the internet while
// the laptop may be closed: the calendar feed now; payments, SMS and syncing other devices as they arrive. Only shows
// and asks; RelayConnector does the work.
class RelayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayPage)

public:
    using DisconnectConfirmation = std::function<bool(const QString& relay)>;
    // The relay could not be told (`reason`): forget the connection on this computer anyway?
    using ForgetConfirmation = std::function<bool(const QString& reason)>;

    explicit RelayPage(QWidget* parent = nullptr);
    ~RelayPage() override;

    void setLocale(const QLocale& locale) { m_locale = locale; }
    void setSuggestions(const QString& address, const QString& deviceName);
    void showLink(const std::optional<RelayLink>& link);
    // Connecting or disconnecting: the buttons wait and the page says so.
    void showBusy(const QString& message);
    void showOutcome(const QString& message, bool error);
    // What else runs through the relay (card payments), below the connection.
    void addSection(QWidget* section);
    // How Join a Practice… tells a code that cannot be one, before anything is sent.
    void setCodeCheck(std::function<QString(const QString& code)> check) { m_codeCheck = std::move(check); }
    // The code for the new computer (Add a Computer…), in a dialog that offers a new one once it runs out.
    void showPairingCode(const QString& code, const QDateTime& expiresAtUtc);
    // Whether this computer's changes are at the relay and the others' here.
    void showSyncState(const QString& message, bool error);
    void setDisconnectConfirmation(DisconnectConfirmation confirm) { m_confirmDisconnect = std::move(confirm); }
    void setForgetConfirmation(ForgetConfirmation confirm) { m_confirmForget = std::move(confirm); }
    bool confirmForget(const QString& reason) const { return m_confirmForget(reason); }

Q_SIGNALS:
    void connectRequested(const QString& address, const QString& deviceName);
    void disconnectRequested();
    void joinRequested(const QString& address, const QString& deviceName, const QString& code);
    void addComputerRequested();

private:
    void updateButtons();

    QLocale m_locale;
    QWidget* m_form = nullptr;
    QWidget* m_linkedView = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_deviceName = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_join = nullptr;
    QPushButton* m_addComputer = nullptr;
    QLabel* m_syncState = nullptr;
    std::function<QString(const QString&)> m_codeCheck;
    QLabel* m_connected = nullptr;
    QPushButton* m_disconnect = nullptr;
    QLabel* m_outcome = nullptr;
    bool m_busy = false;
    bool m_linked = false;
    DisconnectConfirmation m_confirmDisconnect;
    ForgetConfirmation m_confirmForget;
};

} // namespace clientele::ui
