#include "ui/widgets/CurrencyComboBox.h"

#include <QCompleter>
#include <QHash>
#include <QLineEdit>
#include <QLocale>

#include "core/domain/Currency.h"

namespace clientele::ui {

namespace {

constexpr int kCodeRole = Qt::UserRole;

// Code -> display name in one language, gathered from every locale of that language (en_GB names
// the pound, en_JP the yen, ...). Built once per language.
QHash<QString, QString> namesInLanguage(QLocale::Language language)
{
    static QHash<int, QHash<QString, QString>> cache;
    const auto cached = cache.constFind(int(language));
    if (cached != cache.cend()) {
        return cached.value();
    }
    QHash<QString, QString> names;
    const QList<QLocale> locales = QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& locale : locales) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        const QString name = locale.currencySymbol(QLocale::CurrencyDisplayName);
        if (!code.isEmpty() && !name.isEmpty() && !names.contains(code)) {
            names.insert(code, name);
        }
    }
    cache.insert(int(language), names);
    return names;
}

} // namespace

CurrencyComboBox::CurrencyComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
    setMaxVisibleItems(16);

    const QLocale uiLocale;
    const QStringList codes = domain::Currency::knownCodes();
    for (const QString& code : codes) {
        const QString name = currencyName(code, uiLocale);
        addItem(name.isEmpty() ? code : tr("%1 – %2", "currency code – currency name").arg(code, name), code);
    }

    auto* completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type a code or name, e.g. EUR"));

    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const QString current = code();
        if (current != m_lastEmitted) {
            m_lastEmitted = current;
            Q_EMIT codeChanged(current);
        }
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &CurrencyComboBox::commitTypedText);
}

CurrencyComboBox::~CurrencyComboBox() = default;

QString CurrencyComboBox::currencyName(const QString& code, const QLocale& locale)
{
    QString name = namesInLanguage(locale.language()).value(code);
    if (name.isEmpty() && locale.language() != QLocale::English) {
        name = namesInLanguage(QLocale::English).value(code);
    }
    return name;
}

void CurrencyComboBox::setCode(const QString& code)
{
    const int index = findData(code, kCodeRole);
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    } else {
        setCurrentIndex(-1);
        setEditText(code);
    }
    m_lastEmitted = this->code();
}

QString CurrencyComboBox::code() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const int index = currentIndex();
    if (index >= 0 && itemText(index) == text) {
        return itemData(index, kCodeRole).toString();
    }
    // Typed by hand: the code alone ("eur") or the code followed by the name.
    const QString typed = text.section(u' ', 0, 0).toUpper();
    const int match = findData(typed, kCodeRole);
    if (match >= 0) {
        return itemData(match, kCodeRole).toString();
    }
    const int byText = findText(text, Qt::MatchFixedString);
    return byText >= 0 ? itemData(byText, kCodeRole).toString() : typed;
}

void CurrencyComboBox::commitTypedText()
{
    const QString current = code();
    const int index = findData(current, kCodeRole);
    if (index >= 0 && index != currentIndex()) {
        setCurrentIndex(index);
    }
    if (index >= 0 && currentText() != itemText(index)) {
        setEditText(itemText(index));
    }
    if (current != m_lastEmitted) {
        m_lastEmitted = current;
        Q_EMIT codeChanged(current);
    }
}

} // namespace clientele::ui
