#pragma once

#include <QComboBox>
#include <QString>

namespace clientele::ui {

// An ISO 4217 currency picker over the codes the domain knows, written "EUR – Euro" with the name in
// the user's language where Qt's locale data has one. Typing any part of the code or name filters.
class CurrencyComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrencyComboBox)

public:
    explicit CurrencyComboBox(QWidget* parent = nullptr);
    ~CurrencyComboBox() override;

    // Selects the currency; an unknown code is shown as typed so the form can say what is wrong.
    void setCode(const QString& code);
    // The chosen ISO code, or the typed text (upper-cased) when it names no known currency.
    QString code() const;

    // The currency's name in the language of `locale`, or empty when Qt has none.
    static QString currencyName(const QString& code, const QLocale& locale);

Q_SIGNALS:
    void codeChanged(const QString& code);

private:
    void commitTypedText();

    QString m_lastEmitted;
};

} // namespace clientele::ui
