#pragma once

#include <QLocale>
#include <QString>

#include "core/domain/Money.h"

namespace clientele {

// Money as a person reads it in their locale ("€1,234.50", "1.234,50 €", "¥1,235"), computed from
// the integer minor units: no floating point between the store and the screen.
QString moneyText(const domain::Money& money, const QLocale& locale = {});
QString moneyText(qint64 minorUnits, const QString& currencyCode, const QLocale& locale = {});
// The symbol for a currency code in this locale ("€", "US$" outside the US, or the code itself).
QString currencySymbol(const QString& currencyCode, const QLocale& locale = {});

} // namespace clientele
