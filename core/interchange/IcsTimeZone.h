#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace clientele::interchange {

struct IcsComponent;

// VTIMEZONE (RFC 5545 §3.6.5) both ways.
class IcsTimeZone final
{
public:
    // The VTIMEZONE of an IANA zone, as unfolded content lines: every transition from the one in
    // force at `fromUtc` up to `toUtc`, each as its own STANDARD or DAYLIGHT observance with the
    // onset in the old offset. Explicit transitions rather than yearly rules, because they are exact
    // for every year the events cover, including years whose rules changed.
    static QStringList write(const QTimeZone& zone, const QDateTime& fromUtc, const QDateTime& toUtc);

    // The rules of a VTIMEZONE as a file wrote them, for TZIDs that are no IANA zone (Outlook's
    // "W. Europe Standard Time" with custom rules, say). nullopt when it has no usable observance.
    static std::optional<IcsTimeZone> read(const IcsComponent& vtimezone);

    const QString& id() const { return m_id; }
    // The instant of a wall-clock reading in this zone. In a gap the offset before it applies; in an
    // overlap the earlier instant.
    QDateTime toUtc(QDate date, QTime time) const;
    // Seconds east of UTC at an instant.
    int offsetAt(const QDateTime& utc) const;

private:
    struct YearlyRule
    {
        int month = 0;
        int weekday = 0; // 1 = Monday … 7 = Sunday; 0: none
        int ordinal = 0; // 2: second; -1: last; 0: with monthDays, or every
        QList<int> monthDays;
        QDateTime untilUtc;
    };
    struct Observance
    {
        QDateTime onset; // the wall clock of DTSTART, as a UTC-spec value without meaning
        int offsetFrom = 0;
        int offsetTo = 0;
        std::optional<YearlyRule> rule;
        QList<QDateTime> extraOnsets; // RDATE, wall clock
    };
    struct Transition
    {
        QDateTime atUtc;
        int offsetTo = 0;
    };

    QList<Transition> transitionsAround(int year) const;

    QString m_id;
    QList<Observance> m_observances;
};

} // namespace clientele::interchange
