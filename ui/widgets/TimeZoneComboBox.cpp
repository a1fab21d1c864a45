#include "ui/widgets/TimeZoneComboBox.h"

#include <utility>

#include <QCompleter>
#include <QDateTime>
#include <QLineEdit>
#include <QTimeZone>

namespace clientele::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString offsetText(int offsetSeconds)
{
    const QChar sign = offsetSeconds < 0 ? u'-' : u'+';
    const int minutes = qAbs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TimeZoneComboBox::TimeZoneComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setMaxVisibleItems(16);

    // Computing every zone's offset takes a moment; pickers made later in the same run reuse it.
    static const QList<std::pair<QString, QString>> zones = [] {
        QList<std::pair<QString, QString>> list;
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        for (const QByteArray& id : ids) {
            list.append({displayText(id), QString::fromLatin1(id)});
        }
        return list;
    }();
    for (const auto& [text, id] : zones) {
        addItem(text, id);
    }

    // Search anywhere in the name, not only at its start: "berlin" finds "Europe/Berlin".
    auto* completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type a city or region, e.g. Berlin"));

    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = timeZoneId();
        if (id != m_lastEmitted) {
            m_lastEmitted = id;
            Q_EMIT timeZoneIdChanged(id);
        }
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &TimeZoneComboBox::commitTypedText);
}

TimeZoneComboBox::~TimeZoneComboBox() = default;

QString TimeZoneComboBox::displayText(const QByteArray& id)
{
    const QTimeZone zone(id);
    if (!zone.isValid()) {
        return QString::fromLatin1(id);
    }
    return QStringLiteral("%1 (%2)").arg(
        QString::fromLatin1(id), offsetText(zone.offsetFromUtc(QDateTime::currentDateTimeUtc())));
}

void TimeZoneComboBox::setTimeZoneId(const QString& id)
{
    const int index = findData(id, kIdRole);
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    } else {
        setCurrentIndex(-1);
        setEditText(id);
    }
    m_lastEmitted = timeZoneId();
}

QString TimeZoneComboBox::timeZoneId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const int index = currentIndex();
    if (index >= 0 && itemText(index) == text) {
        return itemData(index, kIdRole).toString();
    }
    // Typed by hand: the id alone, or the id followed by the offset we show.
    const QString id = text.section(u' ', 0, 0);
    const int match = findData(id, kIdRole);
    return match >= 0 ? itemData(match, kIdRole).toString() : text;
}

void TimeZoneComboBox::commitTypedText()
{
    const QString id = timeZoneId();
    const int index = findData(id, kIdRole);
    if (index >= 0 && index != currentIndex()) {
        setCurrentIndex(index);
    }
    if (index >= 0 && currentText() != itemText(index)) {
        setEditText(itemText(index));
    }
    if (id != m_lastEmitted) {
        m_lastEmitted = id;
        Q_EMIT timeZoneIdChanged(id);
    }
}

} // namespace clientele::ui
