#pragma once

#include <QComboBox>
#include <QString>

namespace clientele::ui {

// An IANA time zone picker: every zone Qt knows, written "Europe/Berlin (UTC+01:00)" with the offset
// it has today. The user can type any part of a name ("berlin", "new_york", "UTC+09") and pick from
// the matches.
class TimeZoneComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZoneComboBox)

public:
    explicit TimeZoneComboBox(QWidget* parent = nullptr);
    ~TimeZoneComboBox() override;

    // Selects the zone; an unknown id leaves the text as given so the form can say what is wrong.
    void setTimeZoneId(const QString& id);
    // The chosen zone's IANA id, or what was typed when it names no known zone (empty if blank).
    QString timeZoneId() const;

    // "Europe/Berlin (UTC+01:00)": the id with its offset from UTC at the current time.
    static QString displayText(const QByteArray& id);

Q_SIGNALS:
    void timeZoneIdChanged(const QString& id);

private:
    void commitTypedText();

    QString m_lastEmitted;
};

} // namespace clientele::ui
