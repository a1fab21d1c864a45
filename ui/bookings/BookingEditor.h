#pragma once

#include <QList>
#include <QTimeZone>
#include <QWidget>
#include <optional>

#include "core/domain/Booking.h"
#include "core/domain/BookingTransitionContext.h"
#include "core/domain/Service.h"
#include "core/ports/Clock.h"
#include "core/store/Summaries.h"

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace clientele::ui {

// One booking, as a panel beside the list: client, service, time, place or video link, notes; for a
// new booking a repeat rule; for a saved one the status as buttons offering only the changes the
// state machine allows (the others disabled, with the reason written under them) and its history.
class BookingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingEditor)

public:
    // The clock gives a new booking its default time and stamps reschedules.
    explicit BookingEditor(const Clock& clock, QWidget* parent = nullptr);

    void setChoices(const QList<ClientSummary>& clients, const QList<domain::Service>& services);
    void setTimeZone(const QTimeZone& zone);
    // A new booking (isNew) or a saved one; `context` gates the status buttons of a saved one.
    void edit(const domain::Booking& booking, bool isNew);
    void setTransitionContext(const domain::BookingTransitionContext& context);
    const domain::Booking& original() const { return m_original; }
    // Whether the user changed a field since edit(): a change made elsewhere (a payment that confirmed
    // the booking) may then reload the booking without losing anything typed.
    bool isModified() const { return m_modified; }

    // How many sessions a new booking makes (1 without repeat) and their schedules.
    struct Series
    {
        QUuid seriesId;
        std::optional<domain::Recurrence> recurrence;
        QList<domain::Schedule> schedules;
    };

Q_SIGNALS:
    void saveRequested(const clientele::domain::Booking& before, const clientele::domain::Booking& after, bool isNew,
        const clientele::ui::BookingEditor::Series& series);
    void transitionRequested(const QUuid& id, clientele::domain::BookingStatus to, const QString& reason);
    void invoiceRequested(const QUuid& bookingId);
    // Email Confirmation…: the saved booking's confirmation to its client.
    void confirmationEmailRequested(const QUuid& bookingId);
    void canceled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    Result<domain::Booking> build(Series* series) const;
    void serviceChanged();
    void revalidate();
    void save();
    void rebuildStatusButtons();
    void requestTransition(domain::BookingStatus to);

    const Clock& m_clock;
    domain::Booking m_original = domain::Booking::restore({}, {}, {}, {}, domain::BookingStatus::Inquiry);
    bool m_isNew = false;
    bool m_modified = false;
    bool m_loading = false;
    QTimeZone m_zone;
    QList<domain::Service> m_services;
    std::optional<domain::BookingTransitionContext> m_transitionContext;

    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_client = nullptr;
    QComboBox* m_service = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_start = nullptr;
    QSpinBox* m_duration = nullptr;
    QLabel* m_zoneLabel = nullptr;
    QComboBox* m_repeat = nullptr;
    QSpinBox* m_repeatCount = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_video = nullptr;
    QLineEdit* m_phone = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_invoice = nullptr;
    QPushButton* m_emailConfirmation = nullptr;
    QWidget* m_statusBox = nullptr;
    QHBoxLayout* m_statusButtons = nullptr;
    QLabel* m_blocked = nullptr;
    QListWidget* m_history = nullptr;
};

} // namespace clientele::ui

Q_DECLARE_METATYPE(clientele::ui::BookingEditor::Series)
