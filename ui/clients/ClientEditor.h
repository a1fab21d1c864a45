#pragma once

#include <QWidget>

#include "core/domain/Client.h"
#include "core/ports/Clock.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QCheckBox;
class QPushButton;

namespace clientele::ui {

class FieldErrorLabel;

// Creates or edits one client, as a panel beside the list (not a dialog). Enter saves (Ctrl+Enter in
// the notes), Esc cancels; an error appears under the field that has it and Save stays off until it
// is fixed. The region for phone numbers typed without a country code is the practice's.
class ClientEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientEditor)

public:
    // The clock stamps consent decisions recorded here.
    explicit ClientEditor(const Clock& clock, QWidget* parent = nullptr);

    void setPhoneRegion(const QString& region) { m_region = region; }
    // `client` with a null id... never: new clients come with their id from the caller.
    void edit(const domain::Client& client, bool isNew);
    const domain::Client& original() const { return m_original; }

Q_SIGNALS:
    void saveRequested(const clientele::domain::Client& before, const clientele::domain::Client& after, bool isNew);
    void canceled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The client as typed, or the first problem (and the field it belongs to).
    Result<domain::Client> build(QWidget** problemField) const;
    void revalidate();
    void save();
    // Date of birth: unknown (the check box off) or a date from 1900 to today.
    void setBirthDateKnown(bool known);

    const Clock& m_clock;
    domain::Client m_original;
    bool m_isNew = false;
    QString m_region;
    QLabel* m_title = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_phoneHint = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_tags = nullptr;
    QComboBox* m_stage = nullptr;
    QLineEdit* m_source = nullptr;
    QCheckBox* m_birthDateKnown = nullptr;
    QDateEdit* m_birthDate = nullptr;
    QLineEdit* m_diagnoses = nullptr;
    FieldErrorLabel* m_diagnosesError = nullptr;
    QCheckBox* m_smsConsent = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace clientele::ui
