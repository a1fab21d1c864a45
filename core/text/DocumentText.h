#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "core/domain/Money.h"
#include "core/domain/PostalAddress.h"

namespace clientele {

// How figures are written on documents, in the practice's locale (not the computer's): a German
// practice prints "1.234,50 €" and "26.11.2026" even on an English system.

// A date with a four-digit year in the locale's short order ("11/26/2026", "26.11.2026").
QString documentDate(const QDate& date, const QLocale& locale);
// A date and time in the given IANA time zone, written like documentDate plus the time.
// The calendar day of a UTC instant in the given IANA time zone (the practice's day, not UTC's).
QDate localDate(const QDateTime& utc, const QString& timeZoneId);
QString documentDateTime(const QDateTime& utc, const QString& timeZoneId, const QLocale& locale);
QString documentMoney(const domain::Money& money, const QLocale& locale);
// A quantity in thousandths without needless zeros ("1", "1.5", "0.25").
QString documentQuantity(qint64 thousandths, const QLocale& locale);
// A rate in parts per million as a percentage ("19 %", "7,5 %").
QString documentPercent(qint64 ratePpm, const QLocale& locale);
// The lines an envelope would carry, in the country's usual order. The country is written out only
// for mail that crosses a border: when it differs from `homeCountry` (ISO 3166 alpha-2; the
// practice's own country).
QStringList addressLines(const domain::PostalAddress& address, const QString& homeCountry);
// The practice's country: its address's, else its locale's.
QString homeCountry(const domain::PostalAddress& practiceAddress, const QLocale& locale);
// An E.164 number as people write it internationally ("+49 30 1234567"); the input when it does
// not parse.
QString documentPhone(const QString& e164);

} // namespace clientele
