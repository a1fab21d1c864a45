#pragma once

#include <QHash>
#include <QWidget>

#include "core/Result.h"
#include "core/domain/PracticeProfile.h"

class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace clientele::ui {

class CurrencyComboBox;
class FieldErrorLabel;
class TimeZoneComboBox;

// Settings → Practice: who the practice is, how it keeps time and money, and what its documents say.
// A pure editor over domain::PracticeProfile: Save validates and emits saveRequested(); the app
// stores the profile and calls setProfile() again. The first-run wizard embeds the same form without
// its buttons (setEmbedded) and follows validationChanged() to enable its Next button.
class PracticeProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeProfileForm)

public:
    explicit PracticeProfileForm(QWidget* parent = nullptr);
    ~PracticeProfileForm() override;

    void setProfile(const domain::PracticeProfile& profile);
    // The profile as typed (it may be invalid; see isValid()).
    domain::PracticeProfile profile() const;

    // Embedded: no Save and Revert buttons, no Enter/Esc shortcuts (the host owns them).
    void setEmbedded(bool embedded);
    bool isEmbedded() const { return m_embedded; }

    bool isValid() const { return m_valid; }
    bool isModified() const { return m_modified; }

    // Shows the first reason the profile cannot be saved next to the field it concerns and moves
    // focus there; clears errors that no longer apply. Returns whether the profile is valid.
    bool showValidation();
    // The error shown for a field key ("name", "currency", "logo", …), empty when none.
    QString fieldError(const QString& field) const;

    // Takes a PNG (kept as it is) or SVG (rasterised to PNG) as the logo; shows why a file is refused
    // next to the logo and returns false.
    bool loadLogoFile(const QString& path);
    // The PNG bytes for an image file, or why it cannot be the logo.
    static Result<QByteArray> logoPngFromFile(const QString& path);

    // Moves focus to the automatic lock setting (Settings → Security links here).
    void focusIdleLock();

    // This computer's invoice number series (InvoiceSeries): its letter, empty for the plain one.
    // Shown with the number preview.
    void setNumberSeries(const QString& letter);

public Q_SLOTS:
    void save();
    void revert();

Q_SIGNALS:
    void saveRequested(const clientele::domain::PracticeProfile& profile);
    void validationChanged(bool valid);
    void modifiedChanged(bool modified);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildForm();
    void connectEdits();
    void edited();
    void chooseLogo();
    void removeLogo();
    void chooseAccent();
    void setLogo(const QByteArray& png);
    void setAccent(const QString& color);
    void updateLogoPreview();
    void updateAccentButton();
    void updateNumberPreview();
    void updateButtons();
    void clearErrors();
    FieldErrorLabel* errorFor(const QString& detail) const;

    domain::PracticeProfile m_saved;
    QByteArray m_logoPng;
    QString m_accent;
    bool m_embedded = false;
    bool m_valid = false;
    bool m_modified = false;
    bool m_loading = false;
    bool m_errorsShown = false;
    bool m_focusedOnce = false;

    QLineEdit* m_name = nullptr;
    CurrencyComboBox* m_currency = nullptr;
    TimeZoneComboBox* m_timeZone = nullptr;
    QComboBox* m_locale = nullptr;
    QLineEdit* m_legalName = nullptr;
    QPlainTextEdit* m_street = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_region = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_taxId = nullptr;
    QLineEdit* m_npi = nullptr;
    QLabel* m_logoPreview = nullptr;
    QPushButton* m_logoChoose = nullptr;
    QPushButton* m_logoRemove = nullptr;
    QToolButton* m_accentButton = nullptr;
    QFontComboBox* m_documentFont = nullptr;
    QComboBox* m_paperSize = nullptr;
    QLineEdit* m_terms = nullptr;
    QPlainTextEdit* m_footer = nullptr;
    QLineEdit* m_numberPattern = nullptr;
    QLabel* m_numberPreview = nullptr;
    QString m_seriesLetter;
    QSpinBox* m_termsDays = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QWidget* m_buttonBar = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    FieldErrorLabel* m_generalError = nullptr;
    QHash<QString, FieldErrorLabel*> m_errors; // by field key
};

} // namespace clientele::ui
